# The fuzz targets' bodies: linked into each libFuzzer target in the fuzz build, and into
# test_fuzz_inputs (which replays the corpus and the regressions) in every build.
set(ALENTOUR_FUZZ_BODIES
  ${CMAKE_CURRENT_LIST_DIR}/scratch.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_cache.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_profile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fuzz_partners.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_osm.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_options.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fuzz_gtfs.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_population.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fuzz_geocode_ban.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_geocode_index.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fuzz_geocode_query.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_places.cpp ${CMAKE_CURRENT_LIST_DIR}/fuzz_tour.cpp)
set(ALENTOUR_FUZZ_TARGETS cache profile partners_csv partners_json osm_opl osm_xml options points_csv gtfs population geocode_ban geocode_index geocode_query places tour_stops)
