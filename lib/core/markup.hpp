#pragma once
// Text inside HTML or XML (the web page, GPX files): the five characters markup reserves.

#include <string>
#include <string_view>

namespace alentour::detail {

// & < > " ' as entities, so text is safe in element content and in quoted attributes.
std::string markup_escaped(std::string_view text);

} // namespace alentour::detail
