#pragma once
// A small independent reader of .osm.pbf files (protozero for the messages, GDAL's zlib
// for the blobs) that counts what `alentour info` reports about its input, so those
// counts can be checked without going through libosmium or alentour's reader.

#include <catch2/catch.hpp>

#include <cpl_conv.h>
#include <protozero/pbf_reader.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace alentour::test::real {

struct OsmCensus {
    std::uint64_t nodes = 0;
    std::uint64_t ways = 0;
    std::uint64_t highway_ways = 0;
    std::uint64_t missing_refs = 0;             // node refs, over all ways, to nodes absent from the file
    std::uint64_t highway_missing_refs = 0;
    std::uint64_t damaged_highway_ways = 0;     // highway ways with at least one node missing
    std::uint64_t highway_ways_under_two = 0;   // of those, ways with fewer than two nodes left
};

namespace census_detail {

struct RawWay {
    bool highway = false;
    std::vector<std::int64_t> refs;
};

inline std::string inflate(const char* data, std::size_t size, std::size_t raw_size) {
    std::string out(raw_size, '\0');
    std::size_t written = 0;
    REQUIRE(CPLZLibInflate(data, size, out.data(), out.size(), &written) != nullptr);
    REQUIRE(written == raw_size);
    return out;
}

inline void read_group(protozero::pbf_reader group, const std::vector<std::string_view>& strings,
                       std::vector<std::int64_t>& nodes, std::vector<RawWay>& ways) {
    while (group.next()) {
        switch (group.tag()) {
        case 1: {  // Node
            protozero::pbf_reader node = group.get_message();
            while (node.next()) {
                if (node.tag() == 1) {
                    nodes.push_back(node.get_sint64());
                } else {
                    node.skip();
                }
            }
            break;
        }
        case 2: {  // DenseNodes: delta-coded ids
            protozero::pbf_reader dense = group.get_message();
            while (dense.next()) {
                if (dense.tag() == 1) {
                    std::int64_t id = 0;
                    for (const auto delta : dense.get_packed_sint64()) nodes.push_back(id += delta);
                } else {
                    dense.skip();
                }
            }
            break;
        }
        case 3: {  // Way
            protozero::pbf_reader way = group.get_message();
            RawWay w;
            std::vector<std::uint32_t> keys;
            while (way.next()) {
                if (way.tag() == 2) {
                    for (const auto k : way.get_packed_uint32()) keys.push_back(k);
                } else if (way.tag() == 8) {
                    std::int64_t ref = 0;
                    for (const auto delta : way.get_packed_sint64()) w.refs.push_back(ref += delta);
                } else {
                    way.skip();
                }
            }
            w.highway = std::any_of(keys.begin(), keys.end(), [&](std::uint32_t k) { return k < strings.size() && strings[k] == "highway"; });
            ways.push_back(std::move(w));
            break;
        }
        default:
            group.skip();
        }
    }
}

} // namespace census_detail

inline OsmCensus osm_census(const std::string& path) {
    using namespace census_detail;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::int64_t> nodes;
    std::vector<RawWay> ways;
    std::size_t pos = 0;
    while (pos < file.size()) {
        REQUIRE(pos + 4 <= file.size());
        const auto* b = reinterpret_cast<const unsigned char*>(file.data() + pos);
        const std::size_t header_size = (std::size_t{b[0]} << 24) | (std::size_t{b[1]} << 16) | (std::size_t{b[2]} << 8) | b[3];
        pos += 4;
        protozero::pbf_reader header(file.data() + pos, header_size);
        pos += header_size;
        std::string type;
        std::size_t blob_size = 0;
        while (header.next()) {
            if (header.tag() == 1) {
                type = header.get_string();
            } else if (header.tag() == 3) {
                blob_size = static_cast<std::size_t>(header.get_int32());
            } else {
                header.skip();
            }
        }
        REQUIRE(pos + blob_size <= file.size());
        protozero::pbf_reader blob(file.data() + pos, blob_size);
        pos += blob_size;
        if (type != "OSMData") continue;
        std::string block;
        std::size_t raw_size = 0;
        bool have = false;
        while (blob.next()) {
            if (blob.tag() == 1) {
                block = blob.get_string(), have = true;
            } else if (blob.tag() == 2) {
                raw_size = static_cast<std::size_t>(blob.get_int32());
            } else if (blob.tag() == 3) {
                const auto view = blob.get_view();
                block = inflate(view.data(), view.size(), raw_size), have = true;  // raw_size precedes zlib_data
            } else {
                blob.skip();
            }
        }
        REQUIRE(have);  // only raw and zlib blobs are expected in these files
        protozero::pbf_reader primitive(block);
        std::vector<std::string_view> strings;
        std::vector<protozero::data_view> groups;
        while (primitive.next()) {
            if (primitive.tag() == 1) {
                protozero::pbf_reader table = primitive.get_message();
                while (table.next()) {
                    const auto s = table.get_view();
                    strings.emplace_back(s.data(), s.size());
                }
            } else if (primitive.tag() == 2) {
                groups.push_back(primitive.get_view());
            } else {
                primitive.skip();
            }
        }
        for (const auto& g : groups) read_group(protozero::pbf_reader(g), strings, nodes, ways);
    }
    std::sort(nodes.begin(), nodes.end());
    OsmCensus out;
    out.nodes = nodes.size();
    out.ways = ways.size();
    for (const auto& w : ways) {
        std::uint64_t missing = 0;
        for (const auto ref : w.refs) missing += std::binary_search(nodes.begin(), nodes.end(), ref) ? 0 : 1;
        out.missing_refs += missing;
        if (!w.highway) continue;
        ++out.highway_ways;
        out.highway_missing_refs += missing;
        if (missing > 0) {
            ++out.damaged_highway_ways;
            if (w.refs.size() - missing < 2) ++out.highway_ways_under_two;
        }
    }
    return out;
}

} // namespace alentour::test::real
