// Profile JSON as --profile-file reads it, then a build of a tiny world with the
// profiles it gives: a profile that loads must also build, with finite positive times.

#include "targets.hpp"
#include "worlds.hpp"

#include <alentour/network.hpp>
#include <alentour/profile.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace alentour::fuzz {

void profile(std::string_view bytes) {
    BuildOptions options;
    options.profiles = profiles_from_json(bytes, "profiles.json");
    for (const Profile& p : options.profiles) (void)profile_to_json(p);
    const Region region = build_region_from_data(test::one_way_block, "opl", options);
    for (const auto& network : region.networks()) {
        for (const Edge& e : network.graph.arrays().edges) {
            if (!(std::isfinite(e.seconds) && e.seconds >= 0.0F)) {
                std::fprintf(stderr, "profile '%s' gave an edge of %g seconds\n", network.mode.c_str(), static_cast<double>(e.seconds));
                std::abort();
            }
        }
    }
}

} // namespace alentour::fuzz
