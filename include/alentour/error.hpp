#pragma once
// Every failure alentour reports is an alentour::Error carrying where it happened
// (file, line of input, field), so each boundary (CLI, Python) can turn it into one
// clear message without knowing which stage raised it.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace alentour {

struct ErrorContext {
    std::string file;    // the input file involved, if any
    std::size_t line = 0;  // 1-based line or feature number in that file, 0 if none
    std::string field;   // the column, tag or option involved, if any
};

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, ErrorContext context = {});

    const ErrorContext& context() const noexcept { return m_context; }
    // The bare message without the context prefix.
    const std::string& reason() const noexcept { return m_reason; }

private:
    ErrorContext m_context;
    std::string m_reason;
};

// Bad input from the user: a file, a coordinate, an option. The CLI exits with 1.
class InputError : public Error {
public:
    using Error::Error;
};

// A cache file that is damaged, truncated or from another format version.
class CacheError : public InputError {
public:
    using InputError::InputError;
};

// A point that cannot be placed on the network (outside the region, too far from a way).
class SnapError : public InputError {
public:
    using InputError::InputError;
};

} // namespace alentour
