#include <alentour/error.hpp>

namespace alentour {
namespace {

// "file.csv, line 12, field lat: reason" — the prefix names only what is known.
std::string with_context(const std::string& message, const ErrorContext& context) {
    std::string prefix = context.file;
    if (context.line != 0) prefix += (prefix.empty() ? "" : ", ") + std::string("line ") + std::to_string(context.line);
    if (!context.field.empty()) prefix += (prefix.empty() ? "" : ", ") + context.field;
    return prefix.empty() ? message : prefix + ": " + message;
}

} // namespace

Error::Error(const std::string& message, ErrorContext context)
    : std::runtime_error(with_context(message, context)), m_context(std::move(context)), m_reason(message) {}

} // namespace alentour
