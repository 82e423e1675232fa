// From BAN rows to the index: rows grouped into communes and streets, points sorted by
// number along each street, every name keyed once.

#include "geocode/address_text.hpp"
#include "geocode/ban_reader.hpp"
#include "geocode/index.hpp"

#include <alentour/error.hpp>
#include <alentour/geocode.hpp>
#include <alentour/output_file.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstring>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace alentour {
namespace {

using detail::BanRow;

struct CommuneDraft {
    std::string name, insee, former, postal;
};

struct StreetDraft {
    std::string name;
    std::uint32_t commune = 0;
    std::uint32_t postcode = 0;
    std::optional<FixedPoint> unnumbered;  // a row without a number (a lieu-dit)
};

struct DraftPoint {
    std::uint32_t street = 0;
    detail::PointRecord record;
};

std::optional<double> number_of(std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::uint32_t whole_number(std::string_view text) {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : 0;
}

class Drafts {
public:
    void add(const BanRow& row, GeocodeIndexStats& stats) {
        ++stats.rows;
        const auto lat = number_of(row.lat), lon = number_of(row.lon);
        // Written as ranges that NaN fails: from_chars reads "nan".
        if (!lat || !lon || !(*lat >= -90 && *lat <= 90) || !(*lon >= -180 && *lon <= 180) || row.nom_voie.empty()) {
            ++stats.rows_skipped;
            return;
        }
        const FixedPoint position = to_fixed({*lat, *lon});
        const std::uint32_t street = street_of(row);
        const std::uint32_t number = whole_number(row.numero);
        if (number == 0 || number >= 99999) {  // the BAN numbers toponyms 99999
            if (!streets[street].unnumbered) streets[street].unnumbered = position;
            return;
        }
        DraftPoint point{street, {number, {}, position}};
        const std::string suffix = detail::suffix_code(row.rep);
        std::strncpy(point.record.suffix, suffix.c_str(), sizeof point.record.suffix - 1);
        points.push_back(point);
    }

    std::vector<CommuneDraft> communes;
    std::vector<StreetDraft> streets;
    std::vector<DraftPoint> points;

private:
    std::uint32_t commune_of(const BanRow& row) {
        m_key.assign(row.code_insee).append("\x1f").append(row.nom_commune).append("\x1f").append(row.nom_ancienne_commune);
        const auto [it, added] = m_communes.try_emplace(m_key, static_cast<std::uint32_t>(communes.size()));
        if (added) {
            communes.push_back({std::string(row.nom_commune), std::string(row.code_insee), std::string(row.nom_ancienne_commune),
                                std::string(row.libelle_acheminement)});
        }
        return it->second;
    }

    std::uint32_t street_of(const BanRow& row) {
        // Rows come street by street: the last one is most often the one.
        if (m_last && row.nom_voie == m_last_name && row.code_postal == m_last_postcode && row.code_insee == m_last_insee &&
            row.nom_ancienne_commune == m_last_former) {
            return *m_last;
        }
        const std::uint32_t commune = commune_of(row);
        m_key.assign(std::to_string(commune)).append("\x1f").append(row.code_postal).append("\x1f").append(row.nom_voie);
        const auto [it, added] = m_streets.try_emplace(m_key, static_cast<std::uint32_t>(streets.size()));
        if (added) streets.push_back({std::string(row.nom_voie), commune, whole_number(row.code_postal), {}});
        m_last = it->second;
        m_last_name = row.nom_voie;
        m_last_postcode = row.code_postal;
        m_last_insee = row.code_insee;
        m_last_former = row.nom_ancienne_commune;
        return it->second;
    }

    std::unordered_map<std::string, std::uint32_t> m_communes, m_streets;
    std::string m_key;
    std::optional<std::uint32_t> m_last;
    std::string m_last_name, m_last_postcode, m_last_insee, m_last_former;
};

class TextPool {
public:
    explicit TextPool(std::vector<char>& text) : m_text(text) {}
    detail::TextRef add(std::string_view s) {
        const detail::TextRef ref{static_cast<std::uint32_t>(m_text.size()), static_cast<std::uint32_t>(s.size())};
        m_text.insert(m_text.end(), s.begin(), s.end());
        return ref;
    }

private:
    std::vector<char>& m_text;
};

// Communes in INSEE order, their streets together in key order, points by number.
detail::GeocodeIndexData arrange(Drafts& drafts, std::vector<std::uint32_t>& street_order) {
    detail::GeocodeIndexData data;
    TextPool pool(data.text);
    std::vector<std::uint32_t> commune_order(drafts.communes.size());
    std::iota(commune_order.begin(), commune_order.end(), 0u);
    std::sort(commune_order.begin(), commune_order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = drafts.communes[a];
        const auto& y = drafts.communes[b];
        return std::tie(x.insee, x.name, x.former) < std::tie(y.insee, y.name, y.former);
    });
    std::vector<std::uint32_t> commune_rank(commune_order.size());
    for (std::uint32_t i = 0; i < commune_order.size(); ++i) commune_rank[commune_order[i]] = i;

    std::vector<std::string> keys(drafts.streets.size());
    for (std::size_t s = 0; s < keys.size(); ++s) keys[s] = detail::street_key(drafts.streets[s].name);
    street_order.resize(drafts.streets.size());
    std::iota(street_order.begin(), street_order.end(), 0u);
    std::sort(street_order.begin(), street_order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto ca = commune_rank[drafts.streets[a].commune], cb = commune_rank[drafts.streets[b].commune];
        return std::tie(ca, keys[a], drafts.streets[a].postcode) < std::tie(cb, keys[b], drafts.streets[b].postcode);
    });
    std::vector<std::uint32_t> street_rank(street_order.size());
    for (std::uint32_t i = 0; i < street_order.size(); ++i) street_rank[street_order[i]] = i;

    for (const auto c : commune_order) {
        const auto& draft = drafts.communes[c];
        detail::CommuneRecord record{};
        record.name = pool.add(draft.name);
        record.keys[0] = pool.add(detail::commune_key(draft.name));
        record.keys[1] = pool.add(detail::commune_key(draft.former));
        record.keys[2] = pool.add(detail::commune_key(draft.postal));
        std::strncpy(record.insee, draft.insee.c_str(), sizeof record.insee - 1);
        data.communes.push_back(record);
    }
    for (const auto s : street_order) {
        detail::StreetRecord record{};
        record.name = pool.add(drafts.streets[s].name);
        record.key = pool.add(keys[s]);
        record.commune = commune_rank[drafts.streets[s].commune];
        record.postcode = drafts.streets[s].postcode;
        data.streets.push_back(record);
        data.signatures.push_back(detail::signature(keys[s]));
        ++data.communes[record.commune].street_count;
    }
    for (std::size_t c = 1; c < data.communes.size(); ++c) {
        data.communes[c].first_street = data.communes[c - 1].first_street + data.communes[c - 1].street_count;
    }
    for (auto& p : drafts.points) p.street = street_rank[p.street];
    std::sort(drafts.points.begin(), drafts.points.end(), [](const DraftPoint& a, const DraftPoint& b) {
        return std::tie(a.street, a.record.number) < std::tie(b.street, b.record.number) ||
               (a.street == b.street && a.record.number == b.record.number && std::strcmp(a.record.suffix, b.record.suffix) < 0);
    });
    return data;
}

// Each street's run of points, and its middle: the median of its numbered points (a
// point on the street, where an average of a bent street's points may fall off it).
void place_streets(detail::GeocodeIndexData& data, const Drafts& drafts, const std::vector<std::uint32_t>& street_order) {
    data.points.reserve(drafts.points.size());
    for (const auto& p : drafts.points) data.points.push_back(p.record);
    std::size_t i = 0;
    for (std::uint32_t s = 0; s < data.streets.size(); ++s) {
        auto& street = data.streets[s];
        street.first_point = static_cast<std::uint32_t>(i);
        while (i < drafts.points.size() && drafts.points[i].street == s) ++i;
        street.point_count = static_cast<std::uint32_t>(i - street.first_point);
        const auto& unnumbered = drafts.streets[street_order[s]].unnumbered;
        street.middle = street.point_count > 0 ? data.points[street.first_point + (street.point_count - 1) / 2].position
                                               : unnumbered.value_or(FixedPoint{});
    }
}

} // namespace

GeocodeIndexStats build_geocode_index(const std::vector<std::string>& ban_files, const std::string& output, bool overwrite,
                                      const Progress& progress) {
    if (ban_files.empty()) throw InputError("give at least one Base Adresse Nationale file (adresses-94.csv.gz)");
    { const OutputFile early_check(output, overwrite); }  // refuse an existing output before the work
    const auto start = std::chrono::steady_clock::now();
    GeocodeIndexStats stats;
    Drafts drafts;
    for (std::size_t f = 0; f < ban_files.size(); ++f) {
        const auto step = sub_progress(progress, 0.8 * f / ban_files.size(), 0.8 * (f + 1) / ban_files.size());
        detail::read_ban(ban_files[f], [&](const BanRow& row) { drafts.add(row, stats); },
                         [&](double fraction) { report(step, fraction, "lecture de " + ban_files[f]); });
        stats.sources.push_back(ban_files[f]);
    }
    report(progress, 0.8, "index");
    std::vector<std::uint32_t> street_order;
    detail::GeocodeIndexData data = arrange(drafts, street_order);
    place_streets(data, drafts, street_order);
    stats.addresses = data.points.size();
    stats.streets = data.streets.size();
    stats.communes = data.communes.size();
    detail::save_geocode_index(data, output, overwrite);
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report(progress, 1.0, "index");
    return stats;
}

} // namespace alentour
