#pragma once
// Everything alentour offers, for applications that would rather include one header.
// Each area has its own header too; they follow the flow of the data:
// networks → snapping and searches → catchments, travel times, ranked partners → maps.

#include <alentour/error.hpp>
#include <alentour/geo.hpp>
#include <alentour/output_file.hpp>
#include <alentour/progress.hpp>

#include <alentour/cache.hpp>
#include <alentour/graph.hpp>
#include <alentour/graph_export.hpp>
#include <alentour/network.hpp>
#include <alentour/profile.hpp>

#include <alentour/search.hpp>
#include <alentour/snap.hpp>
#include <alentour/times.hpp>
#include <alentour/points.hpp>

#include <alentour/catchment.hpp>
#include <alentour/geocode.hpp>
#include <alentour/partners.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/geocode_table.hpp>
#include <alentour/transit.hpp>
#include <alentour/population.hpp>
#include <alentour/coverage.hpp>

#include <alentour/batch.hpp>
#include <alentour/tour.hpp>
#include <alentour/map.hpp>
#include <alentour/map_content.hpp>
#include <alentour/poster.hpp>
#include <alentour/umap.hpp>
#include <alentour/web_page.hpp>
