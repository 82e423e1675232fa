#include "geocode/ban_reader.hpp"

#include <alentour/error.hpp>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace alentour::detail {
namespace {

enum Field : std::size_t {
    f_numero, f_rep, f_nom_voie, f_code_postal, f_code_insee, f_nom_commune, f_lon, f_lat,
    f_nom_ancienne_commune, f_libelle_acheminement, f_count
};
constexpr std::size_t required_fields = f_nom_ancienne_commune;
constexpr std::array<std::string_view, f_count> field_names = {
    "numero", "rep", "nom_voie", "code_postal", "code_insee", "nom_commune", "lon", "lat", "nom_ancienne_commune", "libelle_acheminement"};

struct GzCloser {
    void operator()(gzFile_s* file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

// Splits a line at ';'; a field in double quotes may hold ';' and doubled quotes.
void split(std::string_view line, std::vector<std::string_view>& fields, std::string& unquoted) {
    fields.clear();
    unquoted.clear();
    unquoted.reserve(line.size());
    std::size_t i = 0;
    while (true) {
        if (i < line.size() && line[i] == '"') {
            const std::size_t start = unquoted.size();
            for (++i; i < line.size(); ++i) {
                if (line[i] == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                    unquoted += '"';
                    ++i;
                } else if (line[i] == '"') {
                    ++i;
                    break;
                } else {
                    unquoted += line[i];
                }
            }
            // The pool was reserved to the line's size, so views into it stay valid.
            fields.emplace_back(unquoted.data() + start, unquoted.size() - start);
            const std::size_t end = line.find(';', i);
            if (end == std::string_view::npos) return;
            i = end + 1;
            continue;
        }
        const std::size_t end = line.find(';', i);
        fields.push_back(line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        if (end == std::string_view::npos) return;
        i = end + 1;
    }
}

class Reader {
public:
    Reader(const std::string& path, const std::function<void(const BanRow&)>& row) : m_path(path), m_row(row) {}

    void line(std::string_view text) {
        ++m_line;
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (m_line == 1) return header(text);
        if (text.empty()) return;
        split(text, m_fields, m_unquoted);
        if (m_fields.size() < m_needed) {
            throw InputError("has " + std::to_string(m_fields.size()) + " fields where the header has " + std::to_string(m_width) +
                                 " (a cut or damaged line)",
                             {m_path, m_line, {}});
        }
        BanRow row;
        row.line = m_line;
        std::string_view* targets[f_count] = {&row.numero, &row.rep, &row.nom_voie, &row.code_postal, &row.code_insee, &row.nom_commune,
                                               &row.lon, &row.lat, &row.nom_ancienne_commune, &row.libelle_acheminement};
        for (std::size_t f = 0; f < f_count; ++f) {
            if (m_column[f]) *targets[f] = m_fields[*m_column[f]];
        }
        m_row(row);
    }

    std::size_t lines() const noexcept { return m_line; }

private:
    void header(std::string_view text) {
        if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
        std::string unquoted;
        split(text, m_fields, unquoted);
        m_width = m_fields.size();
        for (std::size_t f = 0; f < f_count; ++f) {
            const auto it = std::find(m_fields.begin(), m_fields.end(), field_names[f]);
            if (it != m_fields.end()) m_column[f] = static_cast<std::size_t>(it - m_fields.begin());
        }
        std::string missing;
        for (std::size_t f = 0; f < required_fields; ++f) {
            if (!m_column[f]) missing += (missing.empty() ? "" : ", ") + std::string(field_names[f]);
        }
        if (!missing.empty()) {
            throw InputError("is not a Base Adresse Nationale CSV file: no column " + missing +
                                 " (the BAN's header: id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;…;lon;lat;…)",
                             {m_path, 1, missing});
        }
        for (const auto& c : m_column) {
            if (c) m_needed = std::max(m_needed, *c + 1);
        }
    }

    const std::string& m_path;
    const std::function<void(const BanRow&)>& m_row;
    std::size_t m_line = 0;
    std::size_t m_width = 0, m_needed = 0;
    std::array<std::optional<std::size_t>, f_count> m_column;
    std::vector<std::string_view> m_fields;
    std::string m_unquoted;
};

std::string gz_problem(gzFile_s* file) {
    int code = Z_OK;
    const char* message = gzerror(file, &code);
    return std::string(message != nullptr ? message : "unknown error");
}

bool gz_broken(gzFile_s* file) {
    int code = Z_OK;
    gzerror(file, &code);
    return code != Z_OK;
}

// Feeds the reader whole lines; what follows the last newline stays in `pending`.
void read_lines(gzFile_s* file, Reader& reader, std::string& pending, std::uintmax_t size, const std::function<void(double)>& progress) {
    std::vector<char> buffer(1 << 20);
    std::size_t next_report = 0;
    while (true) {
        const int got = gzread(file, buffer.data(), static_cast<unsigned>(buffer.size()));
        if (got <= 0) return;
        std::string_view chunk(buffer.data(), static_cast<std::size_t>(got));
        std::size_t end;
        while ((end = chunk.find('\n')) != std::string_view::npos) {
            if (pending.empty()) {
                reader.line(chunk.substr(0, end));
            } else {
                pending.append(chunk.substr(0, end));
                reader.line(pending);
                pending.clear();
            }
            chunk.remove_prefix(end + 1);
        }
        pending.append(chunk);
        if (progress && size > 0 && reader.lines() >= next_report) {
            progress(std::min(1.0, static_cast<double>(gzoffset(file)) / static_cast<double>(size)));
            next_report = reader.lines() + 20000;
        }
    }
}

} // namespace

void read_ban(const std::string& path, const std::function<void(const BanRow&)>& row, const std::function<void(double)>& progress) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    GzFile file(gzopen(path.c_str(), "rb"));
    if (!file || ec) throw InputError("cannot open", {path, 0, {}});
    gzbuffer(file.get(), 1 << 18);
    Reader reader(path, row);
    std::string pending;
    const auto broken = [&] { return InputError("broken gzip stream (" + gz_problem(file.get()) + ") after line " + std::to_string(reader.lines()), {path, 0, {}}); };
    try {
        read_lines(file.get(), reader, pending, size, progress);
    } catch (const InputError&) {
        // A garbled stream may inflate into garbage lines before zlib notices: say the cause.
        std::vector<char> rest(1 << 16);
        while (gzread(file.get(), rest.data(), static_cast<unsigned>(rest.size())) > 0) {
        }
        if (gz_broken(file.get())) throw broken();
        throw;
    }
    // zlib reports a stream cut short only here, after the last bytes it could give.
    if (gz_broken(file.get())) throw broken();
    if (!pending.empty()) reader.line(pending);
    if (reader.lines() == 0) throw InputError("is empty: a Base Adresse Nationale CSV file has a header line", {path, 0, {}});
}

} // namespace alentour::detail
