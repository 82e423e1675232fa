#include "core/markup.hpp"
#include "web/assets.hpp"
#include "web/page_data.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>
#include <alentour/web_page.hpp>

#include <string_view>

namespace alentour {
namespace {

std::string html_escaped(std::string_view text) { return detail::markup_escaped(text); }

// The JSON goes inside a <script> element, which ends at the first "</script" and
// changes state at "<!--" whatever the JSON means: '<', '>' and '&' are written as
// \u escapes, which JSON.parse reads back as the same characters. Text that is not
// UTF-8 becomes U+FFFD rather than failing the whole page.
std::string script_json(const nlohmann::ordered_json& data) {
    const std::string text = data.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + text.size() / 64);
    for (const char c : text) {
        switch (c) {
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        default: out += c;
        }
    }
    return out;
}

// "Espace numérique · 29 novembre 2026", or whichever of the two is known.
std::string subtitle(const MapContent& content) {
    if (content.space_name.empty() || content.date_text.empty()) return content.space_name + content.date_text;
    return content.space_name + " · " + content.date_text;
}

// Nothing but the OSM tiles (an option of the layer switcher) may come from elsewhere.
constexpr std::string_view head_start =
    "<!DOCTYPE html>\n"
    "<html lang=\"fr\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data: https://tile.openstreetmap.org\">\n";

std::string head(const MapContent& content) {
    std::string out(head_start);
    out += "<meta name=\"generator\" content=\"alentour, Leaflet ";
    out += detail::leaflet_version();
    out += "\">\n<title>" + html_escaped(content.title) + "</title>\n";
    out += "<style>\n";
    out += detail::leaflet_css();
    out += "</style>\n<style>\n";
    out += detail::page_css();
    out += "</style>\n</head>\n";
    return out;
}

std::string body(const MapContent& content) {
    std::string out = "<body>\n<header class=\"bandeau\">\n";
    out += "<h1>" + html_escaped(content.title) + "</h1>\n";
    out += "<p>" + html_escaped(subtitle(content)) + "</p>\n";
    out += "</header>\n";
    out += "<main id=\"carte\" aria-label=\"Carte\"></main>\n";
    out += "<noscript><p class=\"sans-script\">Cette carte a besoin de JavaScript pour s'afficher.</p></noscript>\n";
    out += "<script type=\"application/json\" id=\"alentour-data\">" + script_json(detail::page_data(content)) + "</script>\n";
    out += "<script>\n";
    out += detail::leaflet_js();
    out += "</script>\n<script>\n";
    out += detail::page_js();
    out += "</script>\n</body>\n</html>\n";
    return out;
}

} // namespace

std::string web_page_html(const MapContent& content) { return head(content) + body(content); }

void write_web_page(const MapContent& content, const std::string& path, bool overwrite) {
    // Built before the file is opened: a band that cannot be read leaves nothing behind.
    const std::string html = web_page_html(content);
    write_file(path, overwrite, html);
}

} // namespace alentour
