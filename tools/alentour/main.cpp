// alentour — travel-time catchments and partner maps for digital mediation spaces.
// main only parses; each subcommand lives in its own file.

#include "commands.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <iostream>

int main(int argc, char** argv) {
    using namespace alentour::cli;
    alentour::clean_up_on_interrupt();
    GlobalOptions global;
    CLI::App app{"alentour: travel-time catchments around digital mediation spaces, and the partners around them"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", "alentour 0.1.0");
    app.add_flag("--progress", global.progress, "draw the progress bar even when stderr is not a terminal");
    app.add_flag("-q,--quiet", global.quiet, "no progress bar and no summary");
    add_build_command(app, global);
    add_info_command(app, global);
    add_times_command(app, global);
    add_export_graph_command(app, global);
    add_catchment_command(app, global);
    add_map_command(app, global);
    add_rank_command(app, global);
    add_batch_command(app, global);
    add_coverage_command(app, global);
    add_places_command(app, global);
    add_geocode_index_command(app, global);
    add_geocode_command(app, global);
    add_tour_command(app, global);
    add_profiles_command(app, global);
    try {
        app.parse(argc, argv);
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "alentour: error: " << e.what() << "\n(run 'alentour --help' or 'alentour COMMAND --help')\n";
        return 1;
    } catch (const alentour::InputError& e) {
        std::cerr << "alentour: error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "alentour: internal error: " << e.what() << '\n';
        return 2;
    }
}
