#pragma once
// One function per subcommand: each declares its options and calls one library function.

#include "common.hpp"

namespace alentour::cli {

void add_build_command(CLI::App& app, const GlobalOptions& global);
void add_info_command(CLI::App& app, const GlobalOptions& global);
void add_times_command(CLI::App& app, const GlobalOptions& global);
void add_export_graph_command(CLI::App& app, const GlobalOptions& global);
void add_profiles_command(CLI::App& app, const GlobalOptions& global);
void add_catchment_command(CLI::App& app, const GlobalOptions& global);
void add_map_command(CLI::App& app, const GlobalOptions& global);
void add_rank_command(CLI::App& app, const GlobalOptions& global);
void add_batch_command(CLI::App& app, const GlobalOptions& global);
void add_coverage_command(CLI::App& app, const GlobalOptions& global);
void add_places_command(CLI::App& app, const GlobalOptions& global);
void add_geocode_index_command(CLI::App& app, const GlobalOptions& global);
void add_geocode_command(CLI::App& app, const GlobalOptions& global);
void add_tour_command(CLI::App& app, const GlobalOptions& global);

} // namespace alentour::cli
