#pragma once
// Small helpers around GDAL shared by every reader and writer.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <string>

namespace alentour::detail {

// Registers GDAL's drivers once and makes GDAL errors exceptions-free but quiet:
// callers check results and raise alentour errors with context instead.
void ensure_gdal();

// The vector driver for an output path: explicit name, or from the extension.
// Throws InputError listing the known extensions.
GDALDriver& vector_driver_for(const std::string& path, const std::string& format);

GDALDatasetUniquePtr open_vector(const std::string& path);

// WGS84 with longitude first, the axis order GeoJSON and most GIS files use.
OGRSpatialReference wgs84();

std::string last_gdal_error();

// GDAL's CSV reader ends a table at a line longer than 10 MB (its MAX_LINE_SIZE) and
// says so only through its error state. A reader calls CPLErrorReset() before its loop
// and this after it, so that the rows after such a line are never silently lost.
void check_no_overlong_line(const std::string& path);

} // namespace alentour::detail
