// libFuzzer's entry for one target, chosen at compile time (ALENTOUR_FUZZ_TARGET).

#include "targets.hpp"

#include <alentour/error.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        alentour::fuzz::ALENTOUR_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const alentour::InputError&) {
        // the expected answer to bad input
    }
    return 0;
}
