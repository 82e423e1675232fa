// A cache is written piece by piece: its checksum fed in pieces must be the checksum of
// the whole, wherever the pieces are cut (inside a 32-byte block, on its edge, empty).

#include <catch2/catch.hpp>

#include "cache/checksum.hpp"

#include <numeric>
#include <vector>

using namespace alentour::detail;

TEST_CASE("checksum fed in pieces equals the checksum of the whole", "[cache]") {
    std::vector<unsigned char> bytes(200);
    std::iota(bytes.begin(), bytes.end(), static_cast<unsigned char>(7));
    for (std::size_t size : {0u, 1u, 8u, 31u, 32u, 33u, 64u, 100u, 200u}) {
        const std::uint64_t whole = checksum64(bytes.data(), size);
        for (std::size_t cut = 0; cut <= size; ++cut) {
            for (std::size_t second = cut; second <= size; second += 13) {
                Checksum64 sum;
                sum.update(bytes.data(), cut).update(bytes.data() + cut, second - cut).update(bytes.data() + second, size - second);
                REQUIRE(sum.finish() == whole);
            }
        }
    }
    // And it still tells one changed byte.
    std::vector<unsigned char> changed(bytes);
    changed[150] ^= 1;
    CHECK(checksum64(changed.data(), changed.size()) != checksum64(bytes.data(), bytes.size()));
}
