// The bundled dataset's reader (docs/DATASET.md): its layers in a GeoPackage file or in a
// PostgreSQL schema, read into an Atlas. The atlas itself does no I/O (layers/Atlas.hpp).
#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <future>
#include <limits>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "geo/Crs.hpp"
#include "geo/Dataset.hpp"
#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/DataLocation.hpp"
#include "layers/FactoryRows.hpp"
#include "layers/HistoryReader.hpp"
#include "layers/Mapping.hpp"

namespace ecotown::layers {

// ------------------------------------------------------------------------------ reading

std::string readFeaturesWgs84(const geo::Dataset& dataset, const std::string& layer,
                              const geo::ReadOptions& options,
                              const std::function<void(const geo::Schema&, geo::Feature&)>& visit) {
    geo::FeatureReader reader = dataset.read(layer, options);
    std::optional<geo::CoordinateTransform> transform;
    if (reader.crs().isKnown() && !reader.crs().isWgs84() &&
        reader.schema().geometryType != geo::GeometryType::None) {
        transform.emplace(reader.crs(), geo::Crs::wgs84());
        if (transform->isIdentity())
            transform.reset();
    }
    geo::Feature f;
    while (reader.next(f)) {
        if (transform && !f.geometry.isNull()) {
            try {
                transform->transform(f.geometry);
            } catch (const Error&) {
                f.geometry = geo::Geometry{};  // the loaders report features without geometry
            }
        }
        visit(reader.schema(), f);
    }
    return reader.info().name;
}

namespace {

constexpr const char* kBundledHint = " (not an Eco-Town Atlas dataset? see docs/DATASET.md)";

// Field positions of a layer, looked up once; a missing required field is an InputError.
class FieldPositions {
  public:
    FieldPositions(const geo::Schema& schema, const std::string& file, const std::string& layer)
        : m_schema(schema), m_file(file), m_layer(layer) {}
    int required(const char* name) const {
        const int i = m_schema.fieldIndex(name);
        if (i < 0) {
            throw InputError(m_file, std::string("no field named '") + name + "'" + kBundledHint,
                             m_layer);
        }
        return i;
    }
    int optional(const char* name) const { return m_schema.fieldIndex(name); }

  private:
    const geo::Schema& m_schema;
    const std::string& m_file;
    const std::string& m_layer;
};

const geo::FieldValue& valueAt(const geo::Feature& f, int i) {
    static const geo::FieldValue kNull;
    return i >= 0 && static_cast<std::size_t>(i) < f.values.size()
               ? f.values[static_cast<std::size_t>(i)]
               : kNull;
}

std::string textAt(const geo::Feature& f, int i) {
    return fieldText(valueAt(f, i));
}

// The Dataset names what is missing with a UsageError; for a dataset that is an input problem.
template <typename Fn>
auto asInputProblem(const std::string& file, Fn&& fn) {
    try {
        return fn();
    } catch (const MappingError&) {
        throw;
    } catch (const UsageError& e) {
        throw InputError(e.file().empty() ? file : e.file(), e.reason() + kBundledHint, e.layer());
    }
}

// certificate_revocations (absent before the first revocation): cert_id -> the earliest fiscal
// year a revocation names. A record without a usable id or year is skipped.
std::unordered_map<std::string, int> readRevocations(const geo::Dataset& ds,
                                                     const std::string& file) {
    std::unordered_map<std::string, int> out;
    const std::vector<std::string> names = ds.layerNames();
    if (std::find(names.begin(), names.end(), "certificate_revocations") == names.end())
        return out;
    geo::ReadOptions options;
    options.requireCrs = false;
    options.fields = {"cert_id", "fiscal_year"};
    geo::FeatureReader reader =
        asInputProblem(file, [&] { return ds.read("certificate_revocations", options); });
    const int id = reader.schema().fieldIndex("cert_id");
    const int year = reader.schema().fieldIndex("fiscal_year");
    if (id < 0 || year < 0)
        throw InputError(file, "has no field cert_id or fiscal_year", "certificate_revocations");
    geo::Feature f;
    while (reader.next(f)) {
        auto y = fieldInteger(f.values[static_cast<std::size_t>(year)]);
        if (y && *y >= 2400)
            *y = commonEraYear(static_cast<int>(*y));
        const std::string cert = fieldText(f.values[static_cast<std::size_t>(id)]);
        if (!y || *y < 1900 || *y > 2200 || cert.empty())
            continue;
        auto [it, added] = out.emplace(cert, static_cast<int>(*y));
        if (!added)
            it->second = std::min(it->second, static_cast<int>(*y));
    }
    return out;
}

void requireLayers(const geo::Dataset& ds, const std::string& file) {
    const std::vector<std::string> names = ds.layerNames();
    for (const char* wanted : {"provinces", "areas", "estates", "factories", "certificates"}) {
        const bool found = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
            return n.size() == std::char_traits<char>::length(wanted) &&
                   std::equal(n.begin(), n.end(), wanted, [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == b;
                   });
        });
        if (!found)
            throw InputError(file, std::string("no layer named '") + wanted + "'" + kBundledHint);
    }
}

std::vector<Province> readProvinces(const geo::Dataset& ds, const std::string& file) {
    std::vector<Province> out;
    const std::string layer = "provinces";
    std::optional<std::array<int, 7>> pos;
    readFeaturesWgs84(ds, layer, {}, [&](const geo::Schema& schema, geo::Feature& f) {
        if (!pos) {
            FieldPositions p(schema, file, layer);
            pos = std::array<int, 7>{p.required("province_code"), p.optional("province_num"),
                                     p.required("name_en"),       p.required("name_th"),
                                     p.required("region"),        p.optional("ne_name"),
                                     p.optional("fips")};
        }
        Province pr;
        pr.code = textAt(f, (*pos)[0]);
        const auto num = fieldInteger(valueAt(f, (*pos)[1]));
        if (num) {
            pr.number = static_cast<int>(*num);
        } else if (const auto n = ProvinceMatcher().match(pr.code)) {
            pr.number = ProvinceMatcher::builtInProvinces()[*n].number;
        }
        pr.nameEn = textAt(f, (*pos)[2]);
        pr.nameTh = textAt(f, (*pos)[3]);
        const std::string region = textAt(f, (*pos)[4]);
        const auto r = regionFromText(region);
        if (!r) {
            throw InputError(file, "province " + pr.code + ": unknown region '" + region + "'",
                             layer, f.fid);
        }
        pr.region = *r;
        pr.neName = textAt(f, (*pos)[5]);
        pr.fips = textAt(f, (*pos)[6]);
        pr.shape = std::move(f.geometry);
        pr.extent = pr.shape.extent();
        pr.labelPoint = labelPointOf(pr.shape);
        out.push_back(std::move(pr));
    });
    std::stable_sort(out.begin(), out.end(),
                     [](const Province& a, const Province& b) { return a.number < b.number; });
    return out;
}

std::vector<Country> readCountries(const geo::Dataset& ds, const std::string& file) {
    std::vector<Country> out;
    const std::vector<std::string> names = ds.layerNames();
    if (std::find(names.begin(), names.end(), "countries") == names.end())
        return out;
    std::optional<std::array<int, 2>> pos;
    readFeaturesWgs84(ds, "countries", {}, [&](const geo::Schema& schema, geo::Feature& f) {
        if (!pos) {
            FieldPositions p(schema, file, "countries");
            pos = std::array<int, 2>{p.optional("name"), p.optional("iso_a2")};
        }
        Country c;
        c.name = textAt(f, (*pos)[0]);
        c.isoA2 = textAt(f, (*pos)[1]);
        c.shape = std::move(f.geometry);
        c.extent = c.shape.extent();
        out.push_back(std::move(c));
    });
    return out;
}

// The bundled areas and estates are read as mapped layers with DATASET.md's field names.
LayerMapping bundledMapping(MappedLayer kind) {
    LayerMapping m;
    m.kind = kind;
    if (kind == MappedLayer::Areas) {
        m.layer = "areas";
        m.fields = {{"id", "area_id"},
                    {"name_en", "name_en"},
                    {"name_th", "name_th"},
                    {"province", "province_code"},
                    {"stage", "stage"},
                    {"phase", "phase"},
                    {"year", "year_designated"},
                    {"scope", "scope"},
                    {"status", "status"},
                    {"source", "source"},
                    {"approximate", "approximate"}};
    } else {
        m.layer = "estates";
        m.fields = {{"id", "estate_id"},           {"name_en", "name_en"},
                    {"name_th", "name_th"},        {"province", "province_code"},
                    {"level", "ieat_level"},       {"year", "ieat_level_year"},
                    {"area_rai", "area_rai"},      {"area_rai_status", "area_rai_status"},
                    {"status", "status"},          {"source", "source"},
                    {"approximate", "approximate"}};
    }
    return m;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Factory id -> row. Ids like "F0000001" (one prefix, digits of one width) go through a
// dense table; anything else through a hash map.
class FactoryIdIndex {
  public:
    explicit FactoryIdIndex(const TextColumn& ids) : m_ids(ids) {
        if (!buildDense()) {
            m_dense.clear();
            m_duplicates.clear();
            m_hash.reserve(ids.size());
            for (std::size_t i = 0; i < ids.size(); ++i) {
                if (!m_hash.emplace(ids[i], static_cast<std::int32_t>(i)).second)
                    m_duplicates.push_back(i);
            }
        }
    }

    // Rows whose id an earlier row already has (their certificates go to the earlier one).
    const std::vector<std::size_t>& duplicates() const { return m_duplicates; }

    std::int32_t find(std::string_view id) const {
        if (m_isDense) {
            if (id.size() != m_width || id.substr(0, m_prefix.size()) != m_prefix)
                return kNoIndex;
            const auto n = number(id);
            if (!n || *n >= m_dense.size())
                return kNoIndex;
            return m_dense[*n];
        }
        const auto it = m_hash.find(id);
        return it == m_hash.end() ? kNoIndex : it->second;
    }

  private:
    std::optional<std::size_t> number(std::string_view id) const {
        const std::string_view digits = id.substr(m_prefix.size());
        if (digits.empty() || digits.size() > 12)
            return std::nullopt;
        std::size_t n = 0;
        for (char c : digits) {
            if (!isDigit(c))
                return std::nullopt;
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        return n;
    }

    bool buildDense() {
        if (m_ids.empty())
            return false;
        const std::string_view first = m_ids[0];
        std::size_t p = 0;
        while (p < first.size() && !isDigit(first[p]))
            ++p;
        m_prefix = std::string(first.substr(0, p));
        m_width = first.size();
        const std::size_t limit = 4 * m_ids.size() + 1024;
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            const std::string_view id = m_ids[i];
            if (id.size() != m_width || id.substr(0, p) != m_prefix)
                return false;
            const auto n = number(id);
            if (!n || *n >= limit)
                return false;
            if (*n >= m_dense.size())
                m_dense.resize(std::max(*n + 1, m_dense.size() * 2), kNoIndex);
            if (m_dense[*n] == kNoIndex)
                m_dense[*n] = static_cast<std::int32_t>(i);
            else
                m_duplicates.push_back(i);
        }
        m_isDense = true;
        return true;
    }

    const TextColumn& m_ids;
    bool m_isDense = false;
    std::string m_prefix;
    std::size_t m_width = 0;
    std::vector<std::int32_t> m_dense;
    std::vector<std::size_t> m_duplicates;
    std::unordered_map<std::string_view, std::int32_t> m_hash;
};

// Province text -> index, remembering what it has seen (a million factories, 77 values).
class ProvinceLookup {
  public:
    explicit ProvinceLookup(const Atlas& atlas) : m_atlas(atlas) {}
    // kNoIndex when empty or unmatched; `unmatched` says which.
    std::int16_t find(const std::string& text, bool& unmatched) {
        unmatched = false;
        if (text.empty())
            return static_cast<std::int16_t>(kNoIndex);
        if (text == m_lastText) {
            unmatched = m_lastUnmatched;
            return m_last;
        }
        auto it = m_cache.find(text);
        if (it == m_cache.end()) {
            const auto found = m_atlas.findProvince(text);
            it = m_cache
                     .emplace(text, found ? static_cast<std::int16_t>(*found)
                                          : static_cast<std::int16_t>(kNoIndex))
                     .first;
        }
        m_lastText = text;
        m_last = it->second;
        m_lastUnmatched = m_last == kNoIndex;
        unmatched = m_lastUnmatched;
        return m_last;
    }

  private:
    const Atlas& m_atlas;
    std::unordered_map<std::string, std::int16_t> m_cache;
    std::string m_lastText;
    std::int16_t m_last = static_cast<std::int16_t>(kNoIndex);
    bool m_lastUnmatched = false;
};

std::optional<CertificationType> certificateTypeFast(const std::string& text) {
    if (text == "gi")
        return CertificationType::GreenIndustry;
    if (text == "eco-factory")
        return CertificationType::EcoFactory;
    if (text == "csr-diw")
        return CertificationType::CsrDiw;
    return certificationTypeFromText(text);
}

LayerRows readerRows(const geo::Dataset& ds, const std::string& layer, const geo::ReadOptions& ro,
                     const std::string& file) {
    auto reader = std::make_shared<geo::FeatureReader>(
        asInputProblem(file, [&] { return ds.read(layer, ro); }));
    LayerRows rows;
    rows.next = [reader](geo::Feature& f) { return reader->next(f); };
    rows.fieldIndex = [reader](const char* name) { return reader->schema().fieldIndex(name); };
    rows.count = reader->count();
    rows.crs = reader->crs();
    return rows;
}

// One certificate row as read: checked for everything but its factory, which needs every factory
// read first.
struct CertificateRow {
    enum class Problem : std::uint8_t { None, Type, Year, Level };
    std::int64_t fid = 0;
    CertificationType type = CertificationType::GreenIndustry;
    std::uint8_t level = 0;
    std::int16_t year = 0;
    Problem problem = Problem::None;
};

struct CertificateRows {
    std::vector<CertificateRow> rows;
    TextColumn factoryId;  // row i's factory_id
    TextColumn certId;     // row i's cert_id, when hasCertId
    bool hasCertId = false;
    // The value at fault of each row with a problem, in row order.
    std::vector<std::pair<std::size_t, std::string>> badValues;
};

// Reads the certificates (fields factory_id, cert_type, level, fiscal_year and, with withCertId,
// cert_id) into columns. Stops early, with what it has, when `stop` is set.
CertificateRows readCertificateRows(LayerRows certs, bool withCertId,
                                    const std::atomic<bool>& stop) {
    CertificateRows out;
    const int cId = withCertId ? certs.fieldIndex("cert_id") : -1;
    out.hasCertId = cId >= 0;
    const auto cFactory = static_cast<std::size_t>(certs.fieldIndex("factory_id"));
    const auto cType = static_cast<std::size_t>(certs.fieldIndex("cert_type"));
    const auto cLevel = static_cast<std::size_t>(certs.fieldIndex("level"));
    const auto cYear = static_cast<std::size_t>(certs.fieldIndex("fiscal_year"));
    if (certs.count > 0) {
        const auto count = static_cast<std::size_t>(certs.count);
        out.rows.reserve(count);
        out.factoryId.reserve(count, count * 9);
        if (out.hasCertId)
            out.certId.reserve(count, count * 16);
    }
    geo::Feature f;
    while (certs.next(f)) {
        if ((out.rows.size() & 0xFFFF) == 0 && stop.load(std::memory_order_relaxed))
            break;
        CertificateRow row;
        row.fid = f.fid;
        const auto* factoryText = std::get_if<std::string>(&f.values[cFactory]);
        out.factoryId.push_back(factoryText ? std::string_view(*factoryText)
                                            : std::string_view(fieldText(f.values[cFactory])));
        if (out.hasCertId)
            out.certId.push_back(fieldText(f.values[static_cast<std::size_t>(cId)]));
        const auto problem = [&](CertificateRow::Problem p, std::string value) {
            row.problem = p;
            out.badValues.emplace_back(out.rows.size(), std::move(value));
        };
        const std::string typeText = fieldText(f.values[cType]);
        const auto type = certificateTypeFast(typeText);
        auto year = fieldInteger(f.values[cYear]);
        if (year && *year >= 2400)
            *year = commonEraYear(static_cast<int>(*year));
        if (!type) {
            problem(CertificateRow::Problem::Type, typeText);
        } else if (!year || *year < 1900 || *year > 2200) {
            problem(CertificateRow::Problem::Year, fieldText(f.values[cYear]));
        } else {
            row.type = *type;
            row.year = static_cast<std::int16_t>(*year);
            if (*type == CertificationType::GreenIndustry) {
                const auto l = fieldInteger(f.values[cLevel]);
                if (!l || *l < 1 || *l > 5)
                    problem(CertificateRow::Problem::Level, fieldText(f.values[cLevel]));
                else
                    row.level = static_cast<std::uint8_t>(*l);
            }
        }
        out.rows.push_back(row);
    }
    return out;
}

}  // namespace

void readFactoryRows(Atlas& atlas, LayerRows reader,
                     const std::function<LayerRows()>& readCertificates,
                     CertificateReading certificateReading,
                     const std::unordered_map<std::string, int>& revoked, const std::string& file,
                     const AtlasLoadOptions& options) {
    const std::string layer = "factories";
    // The certificates are read on another thread while the factories are read here, when the
    // caller's reader allows it; only matching them to their factories waits for both.
    const bool withCertId = !revoked.empty();
    const bool concurrent = certificateReading == CertificateReading::Concurrently;
    std::atomic<bool> stop{false};
    std::future<CertificateRows> pending;
    if (concurrent) {
        pending = std::async(std::launch::async, [&] {
            return readCertificateRows(readCertificates(), withCertId, stop);
        });
    }
    // On any exception below, the certificate reader is told to stop, and waited for.
    struct StopOnExit {
        std::atomic<bool>& stop;
        std::future<CertificateRows>& pending;
        ~StopOnExit() {
            stop = true;
            if (pending.valid())
                pending.wait();
        }
    } stopOnExit{stop, pending};
    const int idPos = reader.fieldIndex("factory_id");
    const int provincePos = reader.fieldIndex("province_code");
    const int namePos = options.factoryNames ? reader.fieldIndex("name_th") : -1;

    FactoryTable t;
    const std::size_t expected = reader.count > 0 ? static_cast<std::size_t>(reader.count) : 0;
    t.id.reserve(expected, expected * 9);
    if (options.factoryNames)
        t.nameTh.reserve(expected, expected * 48);
    t.lon.reserve(expected);
    t.lat.reserve(expected);
    t.fid.reserve(expected);
    t.declaredProvince.reserve(expected);

    ProvinceLookup provinces(atlas);
    geo::Feature f;
    std::int64_t n = 0;
    const std::string empty;
    while (reader.next(f)) {
        const auto* id = std::get_if<std::string>(&f.values[static_cast<std::size_t>(idPos)]);
        const std::string idText = id ? *id : fieldText(f.values[static_cast<std::size_t>(idPos)]);
        t.id.push_back(idText);
        if (namePos >= 0) {
            const auto* name =
                std::get_if<std::string>(&f.values[static_cast<std::size_t>(namePos)]);
            t.nameTh.push_back(name ? std::string_view(*name) : std::string_view());
        }
        t.fid.push_back(f.fid);
        const geo::XY p = pointLocationOf(f.geometry);
        if (std::isnan(p.x)) {
            atlas.addIssue({LoadIssue::Kind::MissingGeometry, file, layer,
                            idText.empty() ? "fid " + std::to_string(f.fid) : idText, "", "",
                            "no point geometry: the factory cannot be placed"});
        }
        t.lon.push_back(p.x);
        t.lat.push_back(p.y);
        const auto* declared =
            std::get_if<std::string>(&f.values[static_cast<std::size_t>(provincePos)]);
        bool unmatched = false;
        t.declaredProvince.push_back(provinces.find(declared ? *declared : empty, unmatched));
        if (unmatched) {
            atlas.addIssue({LoadIssue::Kind::UnmatchedValue, file, layer, idText, "province_code",
                            *declared, "matches no province"});
        }
        if ((++n & 0xFFFF) == 0 && options.progress &&
            !options.progress("reading factories", n, reader.count)) {
            throw geo::Cancelled(file, "cancelled");
        }
    }
    if (reader.crs.isKnown() && !reader.crs.isWgs84()) {
        geo::CoordinateTransform transform(reader.crs, geo::Crs::wgs84());
        if (!transform.isIdentity()) {
            std::vector<geo::XY> xy(t.lon.size());
            for (std::size_t i = 0; i < xy.size(); ++i)
                xy[i] = {t.lon[i], t.lat[i]};
            transform.transform(xy);
            for (std::size_t i = 0; i < xy.size(); ++i) {
                t.lon[i] = std::isfinite(xy[i].x) ? xy[i].x : std::nan("");
                t.lat[i] = std::isfinite(xy[i].y) ? xy[i].y : std::nan("");
            }
        }
    }

    // Certificates, attached by factory id; a revoked one carries its revocation's year.
    CertificateRows certs =
        concurrent ? pending.get() : readCertificateRows(readCertificates(), withCertId, stop);
    const FactoryIdIndex index(t.id);
    for (std::size_t row : index.duplicates()) {
        atlas.addIssue({LoadIssue::Kind::InvalidValue, file, layer, std::string(t.id[row]),
                        "factory_id", std::string(t.id[row]),
                        "another factory has the same id: certificates go to the first"});
    }
    CertificateTable c;
    c.factory.reserve(certs.rows.size());
    c.type.reserve(certs.rows.size());
    c.level.reserve(certs.rows.size());
    c.fiscalYear.reserve(certs.rows.size());
    const std::string certLayer = "certificates";
    auto bad = certs.badValues.begin();
    for (std::size_t i = 0; i < certs.rows.size(); ++i) {
        const CertificateRow& row = certs.rows[i];
        const std::string_view factoryId = certs.factoryId[i];
        const std::int32_t factory = index.find(factoryId);
        const auto issue = [&](LoadIssue::Kind kind, const char* field, std::string value,
                               std::string message) {
            atlas.addIssue({kind, file, certLayer, "fid " + std::to_string(row.fid), field,
                            std::move(value), std::move(message)});
        };
        std::string badValue;
        if (row.problem != CertificateRow::Problem::None) {
            badValue = std::move(bad->second);  // the rows' bad values, in row order
            ++bad;
        }
        if (factory == kNoIndex) {
            issue(LoadIssue::Kind::UnknownFactory, "factory_id", std::string(factoryId),
                  "names no factory");
            continue;
        }
        switch (row.problem) {
            case CertificateRow::Problem::None:
                break;
            case CertificateRow::Problem::Type:
                issue(LoadIssue::Kind::UnmatchedValue, "cert_type", std::move(badValue),
                      "not a certification type (gi, eco-factory, csr-diw)");
                continue;
            case CertificateRow::Problem::Year:
                issue(LoadIssue::Kind::InvalidValue, "fiscal_year", std::move(badValue),
                      "not a fiscal year");
                continue;
            case CertificateRow::Problem::Level:
                issue(LoadIssue::Kind::InvalidValue, "level", std::move(badValue),
                      "not a Green Industry level (1-5)");
                continue;
        }
        c.factory.push_back(factory);
        c.type.push_back(row.type);
        c.level.push_back(row.level);
        c.fiscalYear.push_back(row.year);
        if (certs.hasCertId) {
            const auto r = revoked.find(std::string(certs.certId[i]));
            c.revokedFrom.push_back(static_cast<std::int16_t>(
                r == revoked.end() ? 0 : std::max<int>(r->second, row.year)));
        }
    }
    atlas.setFactories(std::move(t), std::move(c), file, layer);
}

BundledReader::BundledReader(std::string source) : m_source(std::move(source)) {}

Atlas BundledReader::read(const AtlasLoadOptions& options) const {
    const std::string& source = m_source;
    // On PostgreSQL the atlas's tables are in a schema (`ecotown` unless the string names one);
    // messages name the source with its password masked.
    const std::string path = redactSecrets(source);
    geo::Dataset ds = geo::Dataset::open(geo::isPostgresSource(source)
                                             ? atlasDatasetSource(source, schemaOfSource(source))
                                             : source);
    requireLayers(ds, path);
    Atlas atlas;
    atlas.setSource(path);
    atlas.setProvinces(readProvinces(ds, path));
    atlas.setCountries(readCountries(ds, path));
    asInputProblem(path, [&] {
        loadMappedLayer(atlas, ds, bundledMapping(MappedLayer::Areas), path, options);
        loadMappedLayer(atlas, ds, bundledMapping(MappedLayer::Estates), path, options);
        readHistory(ds, atlas, path);
        return 0;
    });
    if (!options.factories) {
        atlas.setFactories({}, {}, path, "factories");
        atlas.joinFactories(options.threads);  // each estate's area
        return atlas;
    }
    // The polygon indexes build on another thread while the factories are read: the shapes are
    // not touched again until the join.
    std::future<std::shared_ptr<const Atlas::Locators>> locators =
        std::async(std::launch::async, [&atlas] { return Atlas::buildLocators(atlas); });
    try {
        geo::ReadOptions ro;
        ro.pointXYOnly = true;  // a GeoPackage's rows straight from SQLite
        ro.fields = {"factory_id", "province_code"};
        if (options.factoryNames)
            ro.fields.emplace_back("name_th");
        const std::unordered_map<std::string, int> revoked = readRevocations(ds, path);
        geo::ReadOptions co;
        co.pointXYOnly = true;
        co.fields = {"factory_id", "cert_type", "level", "fiscal_year"};
        if (!revoked.empty())
            co.fields.emplace_back("cert_id");
        // One pass with a reader limited to the fields needed; the point comes with each
        // feature. (Dataset::readPoints was measured slower than this reader on GeoPackage with
        // GDAL 3.6 — 0.9 s against 0.8 s for a million points.)
        // A GeoPackage's certificates are read through a second handle, on another thread
        // (a GDAL dataset is used by one thread at a time); PostgreSQL's in the same session,
        // after the factories, so that both come from the same state of the database.
        const bool file = !geo::isPostgresSource(source);
        const std::string datasetSource = file ? source : std::string();
        readFactoryRows(
            atlas, readerRows(ds, "factories", ro, path),
            [&]() -> LayerRows {
                if (!file)
                    return readerRows(ds, "certificates", co, path);
                auto own = std::make_shared<geo::Dataset>(
                    asInputProblem(path, [&] { return geo::Dataset::open(datasetSource); }));
                LayerRows rows = readerRows(*own, "certificates", co, path);
                rows.next = [own, next = std::move(rows.next)](geo::Feature& f) { return next(f); };
                return rows;
            },
            file ? CertificateReading::Concurrently : CertificateReading::AfterFactories, revoked,
            path, options);
    } catch (...) {
        locators.wait();
        throw;
    }
    atlas.joinWith(locators.get(), options.threads, options.progress);
    return atlas;
}

}  // namespace ecotown::layers
