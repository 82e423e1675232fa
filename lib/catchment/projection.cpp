#include "projection.hpp"

#include <cmath>
#include <numbers>

namespace alentour::detail {
namespace {

constexpr double authalic_radius = 6371007.2;
constexpr double rad = std::numbers::pi / 180.0;

} // namespace

LocalProjection::LocalProjection(LatLon centre)
    : m_lat0(centre.lat * rad), m_lon0(centre.lon * rad), m_sin0(std::sin(m_lat0)), m_cos0(std::cos(m_lat0)) {}

XY LocalProjection::forward(LatLon p) const noexcept {
    const double lat = p.lat * rad, dlon = p.lon * rad - m_lon0;
    const double sin_lat = std::sin(lat), cos_lat = std::cos(lat), cos_dlon = std::cos(dlon);
    const double k = std::sqrt(2.0 / (1.0 + m_sin0 * sin_lat + m_cos0 * cos_lat * cos_dlon));
    return {authalic_radius * k * cos_lat * std::sin(dlon), authalic_radius * k * (m_cos0 * sin_lat - m_sin0 * cos_lat * cos_dlon)};
}

LatLon LocalProjection::inverse(XY p) const noexcept {
    const double rho = std::hypot(p.x, p.y);
    if (rho < 1e-9) return {m_lat0 / rad, m_lon0 / rad};
    const double c = 2.0 * std::asin(std::min(1.0, rho / (2.0 * authalic_radius)));
    const double sin_c = std::sin(c), cos_c = std::cos(c);
    const double lat = std::asin(cos_c * m_sin0 + p.y * sin_c * m_cos0 / rho);
    const double lon = m_lon0 + std::atan2(p.x * sin_c, rho * m_cos0 * cos_c - p.y * m_sin0 * sin_c);
    return {lat / rad, lon / rad};
}

} // namespace alentour::detail
