#include "core/clock.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace alentour::detail {

OutputTime output_time() {
    OutputTime out;
    std::time_t when = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        long long seconds = 0;
        const char* end = epoch + std::strlen(epoch);
        const auto parsed = std::from_chars(epoch, end, seconds);
        // A malformed value is ignored, as reproducible-builds tools do.
        if (parsed.ec == std::errc() && parsed.ptr == end && seconds >= 0) {
            when = static_cast<std::time_t>(seconds);
            out.fixed = true;
        }
    }
    if (out.fixed) {
        gmtime_r(&when, &out.calendar);
    } else {
        localtime_r(&when, &out.calendar);
    }
    return out;
}

std::string iso_8601(const OutputTime& time) {
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &time.calendar);
    return text;
}

} // namespace alentour::detail
