#pragma once
// Tiny OPL worlds shared by several tests. Nodes lie on a grid near 48°N where
// 0.001° of longitude is about 74 m and 0.001° of latitude about 111 m.

#include <alentour/geo.hpp>

#include <string>

namespace alentour::test {

inline double metres_between(double lat1, double lon1, double lat2, double lon2) {
    return haversine_metres({lat1, lon1}, {lat2, lon2});
}

inline double walk_seconds(double metres) { return metres / (4.5 / 3.6); }

// A square block A(48.000,2.000) B(48.000,2.001) C(48.001,2.001) D(48.001,2.000):
// A→B is one-way for vehicles, the other three sides are two-way residential streets.
inline const std::string one_way_block =
    "n1 v1 x2.000 y48.000\n"
    "n2 v1 x2.001 y48.000\n"
    "n3 v1 x2.001 y48.001\n"
    "n4 v1 x2.000 y48.001\n"
    "w1 v1 Thighway=residential,oneway=yes Nn1,n2\n"
    "w2 v1 Thighway=residential Nn2,n3\n"
    "w3 v1 Thighway=residential Nn3,n4\n"
    "w4 v1 Thighway=residential Nn4,n1\n";

// Two banks of a river (between lat 48.0005 and 48.0015) joined by a road bridge at
// the east (lon 2.004) and a footbridge at the west (lon 2.000). Each bank has an
// east-west street.
inline const std::string river_with_two_bridges =
    "n1 v1 x2.000 y48.000\n"
    "n2 v1 x2.004 y48.000\n"
    "n3 v1 x2.000 y48.002\n"
    "n4 v1 x2.004 y48.002\n"
    "w1 v1 Thighway=residential Nn1,n2\n"
    "w2 v1 Thighway=residential Nn3,n4\n"
    "w3 v1 Thighway=footway,bridge=yes,layer=1 Nn1,n3\n"
    "w4 v1 Thighway=residential,bridge=yes,layer=1 Nn2,n4\n";

} // namespace alentour::test
