#include "poster/surfaces.hpp"

#include "poster/draw.hpp"

#include "core/clock.hpp"

#include <alentour/error.hpp>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cmath>

namespace alentour::detail::poster {

namespace {

void check(cairo_status_t status, const std::string& path) {
    if (status != CAIRO_STATUS_SUCCESS) throw Error(std::string("cannot draw the poster: ") + cairo_status_to_string(status), {path, 0, {}});
}

// Draws on a vector surface and finishes it, which writes the file.
void draw_and_finish(SurfacePtr surface, const Plan& plan, const std::string& path) {
    check(cairo_surface_status(surface.get()), path);
    {
        ContextPtr cr(cairo_create(surface.get()));
        draw_plan(cr.get(), plan);
        check(cairo_status(cr.get()), path);
    }
    cairo_surface_finish(surface.get());
    check(cairo_surface_status(surface.get()), path);
}

} // namespace

void write_pdf(const Plan& plan, const std::string& path) {
    SurfacePtr surface(cairo_pdf_surface_create(path.c_str(), plan.page.width, plan.page.height));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, plan.content->title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "alentour");
    const detail::OutputTime time = detail::output_time();
    if (time.fixed) cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, detail::iso_8601(time).c_str());
    draw_and_finish(std::move(surface), plan, path);
}

void write_svg(const Plan& plan, const std::string& path) {
    SurfacePtr surface(cairo_svg_surface_create(path.c_str(), plan.page.width, plan.page.height));
    cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PT);
    draw_and_finish(std::move(surface), plan, path);
}

void write_png(const Plan& plan, const std::string& path, double dpi) {
    const double pixels_per_point = dpi / 72.0;
    const int width = static_cast<int>(std::lround(plan.page.width * pixels_per_point));
    const int height = static_cast<int>(std::lround(plan.page.height * pixels_per_point));
    SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
    check(cairo_surface_status(surface.get()), path);
    {
        ContextPtr cr(cairo_create(surface.get()));
        cairo_scale(cr.get(), pixels_per_point, pixels_per_point);
        draw_plan(cr.get(), plan);
        check(cairo_status(cr.get()), path);
    }
    check(cairo_surface_write_to_png(surface.get(), path.c_str()), path);
}

} // namespace alentour::detail::poster
