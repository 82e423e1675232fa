#include "trace.hpp"

#include <alentour/error.hpp>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <unordered_map>
#include <utility>

namespace alentour::detail {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

// Directions of a boundary edge between grid vertices, counter-clockwise in the plane
// (x east, y north); rows of the grid grow southwards.
enum Direction : std::uint8_t { east = 0, north = 1, west = 2, south = 3 };
constexpr std::uint8_t saddle_flag = 1 << 4;  // a vertex where two pieces' corners touch

constexpr std::pair<long, long> neighbours[] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

std::uint8_t left_of(std::uint8_t d) { return static_cast<std::uint8_t>((d + 1) % 4); }
std::uint8_t right_of(std::uint8_t d) { return static_cast<std::uint8_t>((d + 3) % 4); }

// A ring vertex where the boundary turns, and the direction it leaves in.
struct Corner {
    std::uint32_t vertex;
    std::uint8_t leaving;
};

struct Ring {
    std::vector<Corner> corners;
    std::int64_t twice_area = 0;  // in cells², positive counter-clockwise (a piece's outline)
    std::int32_t piece = 0;
};

using GridPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using GridBox = bg::model::box<GridPoint>;

class Tracer {
public:
    Tracer(const GridFrame& frame, const std::vector<std::uint8_t>& inside)
        : m_frame(frame), m_width(frame.width), m_height(frame.height), m_inside(inside) {}

    std::vector<TracedPolygon> polygons(double min_hole_m2) {
        const std::int32_t pieces = label_pieces();
        mark_edges();
        trace_rings();
        return assemble(pieces, min_hole_m2 / (m_frame.cell * m_frame.cell) * 2.0);
    }

private:
    bool in(long col, long row) const {
        return col >= 0 && row >= 0 && col < m_width && row < m_height && m_inside[cell(col, row)] != 0;
    }
    std::size_t cell(long col, long row) const { return static_cast<std::size_t>(row) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(col); }
    std::uint32_t vertex(long col, long row) const { return static_cast<std::uint32_t>(row * (m_width + 1L) + col); }
    long vertex_col(std::uint32_t v) const { return static_cast<long>(v % static_cast<std::uint32_t>(m_width + 1)); }
    long vertex_row(std::uint32_t v) const { return static_cast<long>(v / static_cast<std::uint32_t>(m_width + 1)); }

    std::uint32_t step(std::uint32_t v, std::uint8_t d) const {
        const std::uint32_t row = static_cast<std::uint32_t>(m_width + 1);
        switch (d) {
        case east: return v + 1;
        case north: return v - row;
        case west: return v - 1;
        default: return v + row;
        }
    }

    // The inside cell on the left of the edge leaving `v` in direction `d`.
    std::size_t left_cell(std::uint32_t v, std::uint8_t d) const {
        const long col = vertex_col(v), row = vertex_row(v);
        switch (d) {
        case east: return cell(col, row - 1);
        case north: return cell(col - 1, row - 1);
        case west: return cell(col - 1, row);
        default: return cell(col, row);
        }
    }

    // 4-connected pieces, numbered from 1, as the band's flood fill joins cells.
    std::int32_t label_pieces() {
        m_piece.assign(m_inside.size(), 0);
        std::int32_t count = 0;
        std::vector<std::size_t> stack;
        for (std::size_t start = 0; start < m_inside.size(); ++start) {
            if (m_inside[start] == 0 || m_piece[start] != 0) continue;
            m_piece[start] = ++count;
            stack.push_back(start);
            while (!stack.empty()) {
                const std::size_t c = stack.back();
                stack.pop_back();
                const long col = static_cast<long>(c % static_cast<std::size_t>(m_width)), row = static_cast<long>(c / static_cast<std::size_t>(m_width));
                for (const auto& [dc, dr] : neighbours) {
                    if (!in(col + dc, row + dr) || m_piece[cell(col + dc, row + dr)] != 0) continue;
                    m_piece[cell(col + dc, row + dr)] = count;
                    stack.push_back(cell(col + dc, row + dr));
                }
            }
        }
        return count;
    }

    // Every cell side between an inside cell and the outside, directed with the inside on its left.
    void mark_edges() {
        m_out.assign(static_cast<std::size_t>(m_width + 1) * static_cast<std::size_t>(m_height + 1), 0);
        for (long row = 0; row < m_height; ++row) {
            for (long col = 0; col < m_width; ++col) {
                if (!in(col, row)) continue;
                if (!in(col, row + 1)) m_out[vertex(col, row + 1)] |= 1 << east;
                if (!in(col + 1, row)) m_out[vertex(col + 1, row + 1)] |= 1 << north;
                if (!in(col, row - 1)) m_out[vertex(col + 1, row)] |= 1 << west;
                if (!in(col - 1, row)) m_out[vertex(col, row)] |= 1 << south;
            }
        }
        for (auto& out : m_out) {
            if ((out & 0xF) == 0xF) throw Error("catchment tracing: a vertex with four boundary edges");
            if ((out & (out - 1)) != 0) out |= saddle_flag;  // two edges leave: two pieces' corners meet
        }
    }

    // Follows one boundary from an unused edge until it comes back to that edge. At a
    // saddle the walk turns left, round the corner of the cell it follows.
    std::vector<Corner> walk(std::uint32_t start, std::uint8_t first) {
        std::vector<Corner> corners;
        std::uint32_t v = start;
        std::uint8_t d = first;
        while (true) {
            m_out[v] &= static_cast<std::uint8_t>(~(1 << d));
            if (corners.empty() || corners.back().leaving != d) corners.push_back({v, d});
            v = step(v, d);
            const auto open = [&](std::uint8_t c) { return (m_out[v] >> c & 1) != 0 || (v == start && c == first); };
            const std::uint8_t next = open(left_of(d)) ? left_of(d) : open(d) ? d : right_of(d);
            if (!open(next)) throw Error("catchment tracing: a boundary that does not close");
            if (v == start && next == first) break;
            d = next;
        }
        // Started part-way along a side: the first vertex is no corner.
        if (corners.size() > 1 && corners.back().leaving == corners.front().leaving) corners.erase(corners.begin());
        return corners;
    }

    void trace_rings() {
        for (std::uint32_t v = 0; v < m_out.size(); ++v) {
            for (std::uint8_t d = 0; d < 4; ++d) {
                if ((m_out[v] >> d & 1) != 0) split_at_touches(walk(v, d));
            }
        }
    }

    // A boundary that passes a saddle twice is cut there: the loop between the two
    // passes becomes a ring of its own (a hole touching the outline at that point).
    void split_at_touches(const std::vector<Corner>& loop) {
        std::vector<Corner> stack;
        std::unordered_map<std::uint32_t, std::size_t> at;  // saddle → its place in the stack
        for (const Corner& corner : loop) {
            if ((m_out[corner.vertex] & saddle_flag) != 0) {
                if (const auto found = at.find(corner.vertex); found != at.end()) {
                    const std::size_t from = found->second;
                    add_ring({stack.begin() + static_cast<std::ptrdiff_t>(from), stack.end()});
                    for (std::size_t i = from; i < stack.size(); ++i) at.erase(stack[i].vertex);
                    stack.resize(from);
                }
                at[corner.vertex] = stack.size();
            }
            stack.push_back(corner);
        }
        add_ring(std::move(stack));
    }

    void add_ring(std::vector<Corner> corners) {
        Ring ring;
        for (std::size_t i = 0; i < corners.size(); ++i) {
            const std::uint32_t a = corners[i].vertex, b = corners[(i + 1) % corners.size()].vertex;
            // Shoelace in (col, -row): the plane's orientation.
            ring.twice_area += vertex_col(a) * -vertex_row(b) - vertex_col(b) * -vertex_row(a);
        }
        ring.piece = m_piece[left_cell(corners.front().vertex, corners.front().leaving)];
        ring.corners = std::move(corners);
        m_rings.push_back(std::move(ring));
    }

    // A cell centre lies strictly inside or outside a ring: ring sides are on grid lines.
    bool contains(const Ring& ring, double col, double row) const {
        bool in_ring = false;
        for (std::size_t i = 0; i < ring.corners.size(); ++i) {
            const std::uint32_t a = ring.corners[i].vertex, b = ring.corners[(i + 1) % ring.corners.size()].vertex;
            if (vertex_col(a) != vertex_col(b) || static_cast<double>(vertex_col(a)) < col) continue;
            const double low = static_cast<double>(std::min(vertex_row(a), vertex_row(b)));
            const double high = static_cast<double>(std::max(vertex_row(a), vertex_row(b)));
            if (row > low && row < high) in_ring = !in_ring;
        }
        return in_ring;
    }

    GridBox box_of(const Ring& ring) const {
        GridBox box{{1e18, 1e18}, {-1e18, -1e18}};
        for (const Corner& c : ring.corners) bg::expand(box, GridPoint(static_cast<double>(vertex_col(c.vertex)), static_cast<double>(vertex_row(c.vertex))));
        return box;
    }

    // Pieces whose inside lies in a hole that was filled (another piece's, on an island
    // in a pond that is filled): the filled outline covers them already.
    std::vector<bool> swallowed(std::int32_t pieces, const std::vector<std::size_t>& shells, const std::vector<std::size_t>& filled) const {
        std::vector<bool> gone(static_cast<std::size_t>(pieces) + 1, false);
        if (filled.empty()) return gone;
        bgi::rtree<std::pair<GridBox, std::size_t>, bgi::quadratic<16>> index;
        for (const std::size_t h : filled) index.insert({box_of(m_rings[h]), h});
        for (std::int32_t piece = 1; piece <= pieces; ++piece) {
            const Ring& shell = m_rings[shells[static_cast<std::size_t>(piece)]];
            const std::size_t c = left_cell(shell.corners.front().vertex, shell.corners.front().leaving);
            const double col = static_cast<double>(c % static_cast<std::size_t>(m_width)) + 0.5, row = static_cast<double>(c / static_cast<std::size_t>(m_width)) + 0.5;
            for (auto it = index.qbegin(bgi::intersects(GridPoint(col, row))); it != index.qend(); ++it) {
                if (m_rings[it->second].piece != piece && contains(m_rings[it->second], col, row)) gone[static_cast<std::size_t>(piece)] = true;
            }
        }
        return gone;
    }

    std::vector<XY> points_of(const Ring& ring) const {
        std::vector<XY> points;
        points.reserve(ring.corners.size() + 1);
        for (const Corner& c : ring.corners) {
            points.push_back({m_frame.min_x + static_cast<double>(vertex_col(c.vertex)) * m_frame.cell,
                              m_frame.max_y - static_cast<double>(vertex_row(c.vertex)) * m_frame.cell});
        }
        points.push_back(points.front());
        return points;
    }

    std::vector<TracedPolygon> assemble(std::int32_t pieces, double min_twice_hole_cells) {
        std::vector<std::size_t> shells(static_cast<std::size_t>(pieces) + 1, m_rings.size());
        std::vector<std::vector<std::size_t>> holes(static_cast<std::size_t>(pieces) + 1);
        std::vector<std::size_t> filled;
        for (std::size_t i = 0; i < m_rings.size(); ++i) {
            const Ring& ring = m_rings[i];
            const auto piece = static_cast<std::size_t>(ring.piece);
            if (ring.twice_area > 0) {
                if (shells[piece] != m_rings.size()) throw Error("catchment tracing: a piece with two outlines");
                shells[piece] = i;
            } else if (static_cast<double>(-ring.twice_area) < min_twice_hole_cells) {
                filled.push_back(i);
            } else {
                holes[piece].push_back(i);
            }
        }
        for (std::size_t piece = 1; piece < shells.size(); ++piece) {
            if (shells[piece] == m_rings.size()) throw Error("catchment tracing: a piece without an outline");
        }
        const std::vector<bool> gone = swallowed(pieces, shells, filled);
        std::vector<TracedPolygon> polygons;
        for (std::size_t piece = 1; piece <= static_cast<std::size_t>(pieces); ++piece) {
            if (gone[piece]) continue;
            TracedPolygon polygon{points_of(m_rings[shells[piece]]), {}};
            for (const std::size_t h : holes[piece]) polygon.holes.push_back(points_of(m_rings[h]));
            polygons.push_back(std::move(polygon));
        }
        return polygons;
    }

    const GridFrame& m_frame;
    long m_width, m_height;
    const std::vector<std::uint8_t>& m_inside;
    std::vector<std::int32_t> m_piece;  // per cell: its piece, 0 outside
    std::vector<std::uint8_t> m_out;    // per vertex: the unused boundary edges leaving it, and the saddle flag
    std::vector<Ring> m_rings;
};

} // namespace

std::vector<TracedPolygon> trace_cells(const GridFrame& frame, const std::vector<std::uint8_t>& inside, double min_hole_m2) {
    if (frame.width <= 0 || frame.height <= 0) return {};
    return Tracer(frame, inside).polygons(min_hole_m2);
}

} // namespace alentour::detail
