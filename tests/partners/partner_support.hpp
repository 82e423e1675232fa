#pragma once
// Helpers for the partner tests: files written byte for byte, a small street world to
// rank on, and reading back what alentour wrote with something else than alentour.

#include "support.hpp"
#include "worlds.hpp"

#include <alentour/partners.hpp>
#include <alentour/partners_rank.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace alentour::test {

// One scratch folder for the whole run, removed at exit.
inline std::filesystem::path partner_dir() {
    struct Dir {
        std::filesystem::path path = scratch_dir("partners");
        ~Dir() {
            std::error_code ec;
            std::filesystem::remove_all(path, ec);
        }
    };
    static const Dir dir;
    return dir.path;
}

// Writes `content` as is (bytes: encodings are part of what is tested).
inline std::string write_file(const std::string& name, const std::string& content) {
    const auto path = partner_dir() / name;
    std::ofstream out(path, std::ios::binary);
    out << content;
    out.close();
    REQUIRE(out.good());
    return path.string();
}

inline const Partner& by_name(const PartnerTable& table, const std::string& name) {
    for (const auto& p : table.partners) {
        if (p.name == name) return p;
    }
    FAIL("no structure named " << name);
    throw std::logic_error("unreachable");
}

inline const RankedPartner& row_of(const Ranking& ranking, const std::string& name) {
    for (const auto& row : ranking.rows) {
        if (ranking.table.partners[row.partner].name == name) return row;
    }
    FAIL("no row for " << name);
    throw std::logic_error("unreachable");
}

// An L of streets around an empty square: Main Street runs east from the space at
// (48.000, 2.000) to 2.010; Side Street runs north from the space to 48.010, where a
// footpath goes on east to 2.005. The far corner (48.010, 2.010) is ~372 m from any way.
// Main Street is one-way eastwards for cars from 2.005 on, with a northern return loop
// (48.002) for the way back. 0.001° of longitude is ~74.4 m here: 59.5 s on foot.
inline const std::string l_world =
    "n1 v1 x2.000 y48.000\n"
    "n2 v1 x2.001 y48.000\n"
    "n3 v1 x2.002 y48.000\n"
    "n4 v1 x2.003 y48.000\n"
    "n5 v1 x2.004 y48.000\n"
    "n6 v1 x2.005 y48.000\n"
    "n7 v1 x2.006 y48.000\n"
    "n8 v1 x2.007 y48.000\n"
    "n9 v1 x2.008 y48.000\n"
    "n10 v1 x2.009 y48.000\n"
    "n11 v1 x2.010 y48.000\n"
    "n20 v1 x2.000 y48.010\n"
    "n21 v1 x2.005 y48.010\n"
    "n30 v1 x2.005 y48.002\n"
    "n31 v1 x2.010 y48.002\n"
    "w1 v1 Thighway=residential Nn1,n2,n3,n4,n5,n6\n"
    "w2 v1 Thighway=residential,oneway=yes Nn6,n7,n8,n9,n10,n11\n"
    "w3 v1 Thighway=residential Nn1,n20\n"
    "w4 v1 Thighway=residential Nn11,n31,n30,n6\n"
    "w5 v1 Thighway=footway Nn20,n21\n";

inline double main_street_metres(double lon) { return metres_between(48.0, 2.0, 48.0, lon); }
inline double main_street_walk_minutes(double lon) { return walk_seconds(main_street_metres(lon)) / 60.0; }

// A CSV of structures on or near the L world, header included.
inline std::string partners_csv(const std::vector<std::string>& rows,
                                const std::string& header = "id,nom,categorie,latitude,longitude,orientations") {
    std::string text = header + "\n";
    for (const auto& r : rows) text += r + "\n";
    return text;
}

// Reads a GDAL vector file back: one map of field → text per feature, plus positions.
struct ReadBack {
    std::vector<std::map<std::string, std::string>> features;
    std::vector<std::optional<LatLon>> positions;
    std::string srs;
};

inline ReadBack read_back(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer* layer = dataset->GetLayer(0);
    REQUIRE(layer != nullptr);
    ReadBack out;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        const char* code = srs->GetAuthorityCode(nullptr);
        out.srs = code ? code : "";
    }
    OGRFeatureDefn& definition = *layer->GetLayerDefn();
    for (auto& feature : *layer) {
        std::map<std::string, std::string> fields;
        for (int i = 0; i < definition.GetFieldCount(); ++i) {
            fields[definition.GetFieldDefn(i)->GetNameRef()] = feature->IsFieldSetAndNotNull(i) ? feature->GetFieldAsString(i) : "";
        }
        out.features.push_back(std::move(fields));
        const OGRGeometry* g = feature->GetGeometryRef();
        if (g != nullptr && wkbFlatten(g->getGeometryType()) == wkbPoint) {
            out.positions.push_back(LatLon{g->toPoint()->getY(), g->toPoint()->getX()});
        } else {
            out.positions.push_back(std::nullopt);
        }
    }
    return out;
}

// Splits one CSV line written by alentour (quotes doubled inside quoted fields).
inline std::vector<std::string> csv_fields(const std::string& line, char separator) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

} // namespace alentour::test
