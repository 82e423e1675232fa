#pragma once
// The three files a plan is drawn into; each writes the whole file at `path` (the
// temporary one) and throws Error when cairo reports a failure.

#include "poster/plan.hpp"

#include <string>

namespace alentour::detail::poster {

void write_pdf(const Plan& plan, const std::string& path);
void write_png(const Plan& plan, const std::string& path, double dpi);
void write_svg(const Plan& plan, const std::string& path);

} // namespace alentour::detail::poster
