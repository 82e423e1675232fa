// The paper and orientation names people type.

#include <alentour/error.hpp>
#include <alentour/poster.hpp>

#include <catch2/catch.hpp>

using namespace alentour;

TEST_CASE("paper names in either case", "[poster]") {
    CHECK(parse_paper("a4") == Paper::a4);
    CHECK(parse_paper("A3") == Paper::a3);
    CHECK(parse_paper("A2") == Paper::a2);
    CHECK_THROWS_AS(parse_paper("A5"), InputError);
    CHECK_THROWS_AS(parse_paper(""), InputError);
    CHECK_THROWS_WITH(parse_paper("letter", "--paper"), Catch::Contains("letter"));
}

TEST_CASE("orientation names, in English or French", "[poster]") {
    CHECK(parse_orientation("portrait") == Orientation::portrait);
    CHECK(parse_orientation("landscape") == Orientation::landscape);
    CHECK(parse_orientation("paysage") == Orientation::landscape);
    CHECK(parse_orientation("Paysage") == Orientation::landscape);
    CHECK_THROWS_AS(parse_orientation("sideways"), InputError);
}
