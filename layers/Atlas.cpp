#include "layers/Atlas.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <atomic>
#include <future>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "geo/Crs.hpp"
#include "geo/Dataset.hpp"
#include "geo/Join.hpp"
#include "geo/Ops.hpp"
#include "geo/Sql.hpp"
#include "layers/DataLocation.hpp"
#include "layers/FactoryRows.hpp"
#include "layers/HistoryReader.hpp"
#include "layers/Mapping.hpp"

namespace ecotown::layers {

// ------------------------------------------------------------------------------ small things

std::string_view certificationTypeId(CertificationType type) {
    switch (type) {
        case CertificationType::GreenIndustry:
            return "gi";
        case CertificationType::EcoFactory:
            return "eco-factory";
        case CertificationType::CsrDiw:
            return "csr-diw";
    }
    return "gi";
}

const BilingualName& certificationTypeName(CertificationType type) {
    static const BilingualName kNames[] = {
        {"Green Industry", "อุตสาหกรรมสีเขียว", true},
        {"Eco Factory", "โรงงานอุตสาหกรรมเชิงนิเวศ", true},
        {"CSR-DIW", "CSR-DIW", true},
    };
    return kNames[static_cast<int>(type)];
}

std::optional<CertificationType> certificationTypeFromText(std::string_view text) {
    std::string key;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            key += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key += c;
        else if (c == ' ' || c == '-' || c == '_' || c == '\t')
            continue;
        else
            key += c;
    }
    if (key == "gi" || key == "greenindustry" || key == "green")
        return CertificationType::GreenIndustry;
    if (key == "ecofactory" || key == "eco" || key == "ef")
        return CertificationType::EcoFactory;
    if (key == "csrdiw" || key == "csr")
        return CertificationType::CsrDiw;
    return std::nullopt;
}

void TextColumn::push_back(std::string_view text) {
    m_text.append(text);
    m_ends.push_back(m_text.size());
}

void TextColumn::reserve(std::size_t count, std::size_t bytes) {
    m_ends.reserve(count);
    m_text.reserve(bytes);
}

void TextColumn::clear() {
    m_text.clear();
    m_ends.clear();
}

std::string LoadIssue::toString() const {
    std::string out = file.empty() ? std::string("(input)") : file;
    if (!layer.empty())
        out += ": layer " + layer;
    if (!featureId.empty())
        out += ": feature " + featureId;
    if (!field.empty())
        out += ": field " + field;
    if (!field.empty() || !value.empty())
        out += ": value '" + value + "'";
    if (!message.empty())
        out += ": " + message;
    return out;
}

geo::XY labelPointOf(const geo::Geometry& shape) {
    const geo::Extent e = shape.extent();
    const geo::XY centre{(e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2};
    if (shape.isNull() || shape.isEmpty())
        return centre;
    try {
        return geo::pointOnSurface(shape);
    } catch (const Error&) {
        return centre;
    }
}

std::string fieldText(const geo::FieldValue& value) {
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        char buf[64];
        const auto [p, ec] = std::to_chars(buf, buf + sizeof buf, *d);
        return ec == std::errc() ? std::string(buf, p) : std::string();
    }
    return {};
}

geo::XY pointLocationOf(const geo::Geometry& shape) {
    constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
    if ((shape.type != geo::GeometryType::Point && shape.type != geo::GeometryType::MultiPoint) ||
        shape.coords.empty()) {
        return {kNan, kNan};
    }
    const geo::XY p = shape.coords.front();
    return std::isfinite(p.x) && std::isfinite(p.y) ? p : geo::XY{kNan, kNan};
}

std::string_view trimBlanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::optional<std::int64_t> fieldInteger(const geo::FieldValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return *i;
    if (const auto* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d) && std::trunc(*d) == *d && std::fabs(*d) < 9e15) {
            return static_cast<std::int64_t>(*d);
        }
        return std::nullopt;
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        std::string_view t = trimBlanks(*s);
        if (t.empty())
            return std::nullopt;
        if (const auto dot = t.find('.'); dot != std::string_view::npos) {
            if (t.substr(dot + 1).find_first_not_of('0') != std::string_view::npos)
                return std::nullopt;
            t = t.substr(0, dot);
        }
        if (!t.empty() && t.front() == '+')
            t.remove_prefix(1);
        std::int64_t n = 0;
        const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
        if (ec != std::errc() || p != t.data() + t.size() || t.empty())
            return std::nullopt;
        return n;
    }
    return std::nullopt;
}

std::optional<double> fieldReal(const geo::FieldValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* s = std::get_if<std::string>(&value)) {
        std::string_view t = trimBlanks(*s);
        if (!t.empty() && t.front() == '+')
            t.remove_prefix(1);
        double d = 0;
        const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), d);
        if (ec != std::errc() || p != t.data() + t.size() || t.empty())
            return std::nullopt;
        return d;
    }
    return std::nullopt;
}

// ------------------------------------------------------------------------------ the model

Atlas::Atlas() = default;

void Atlas::clearIssues(AtlasLayer about) {
    std::erase_if(m_issues, [about](const LoadIssue& i) { return i.about == about; });
}

std::optional<std::size_t> Atlas::findProvince(std::string_view text) const {
    return m_matcher.match(text);
}

std::optional<std::size_t> Atlas::findArea(std::string_view id) const {
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        if (m_areas[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> Atlas::findEstate(std::string_view id) const {
    for (std::size_t i = 0; i < m_estates.size(); ++i) {
        if (m_estates[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> Atlas::findFactory(std::string_view id) const {
    for (std::size_t i = 0; i < m_factories.id.size(); ++i) {
        if (m_factories.id[i] == id)
            return i;
    }
    return std::nullopt;
}

int Atlas::giLevelAsOf(std::size_t factory, int year) const {
    int level = 0;
    const std::uint32_t end = m_factories.certBegin[factory + 1];
    for (std::uint32_t c = m_factories.certBegin[factory]; c < end; ++c) {
        if (m_certificates.fiscalYear[c] > year)
            break;  // sorted by year within a factory
        if (m_certificates.revokedBy(c, year))
            continue;
        if (m_certificates.type[c] == CertificationType::GreenIndustry) {
            level = std::max<int>(level, m_certificates.level[c]);
        }
    }
    return level;
}

FactoryStatus Atlas::statusAsOf(std::size_t factory, int year) const {
    FactoryStatus s;
    const std::uint32_t end = m_factories.certBegin[factory + 1];
    for (std::uint32_t c = m_factories.certBegin[factory]; c < end; ++c) {
        const int fy = m_certificates.fiscalYear[c];
        if (fy > year)
            break;
        if (m_certificates.revokedBy(c, year))
            continue;
        switch (m_certificates.type[c]) {
            case CertificationType::GreenIndustry:
                if (m_certificates.level[c] > s.giLevel) {
                    s.giLevel = m_certificates.level[c];
                    s.giYear = fy;
                }
                break;
            case CertificationType::EcoFactory:
                s.ecoFactory = true;
                break;
            case CertificationType::CsrDiw:
                s.csrDiw = true;
                break;
        }
    }
    return s;
}

void Atlas::setProvinces(std::vector<Province> provinces) {
    m_provinces = std::move(provinces);
    m_locators.reset();
    rebuildMatcher();
}

void Atlas::setCountries(std::vector<Country> countries) {
    m_countries = std::move(countries);
}
void Atlas::setAreas(std::vector<EcoTownArea> areas) {
    m_areas = std::move(areas);
    m_stageHistory.clear();  // it named the areas replaced
    m_snapshotStages.clear();
    m_locators.reset();
}
void Atlas::setEstates(std::vector<IndustrialEstate> estates) {
    m_estates = std::move(estates);
    m_estateHistory.clear();
    m_snapshotLevels.clear();
    m_locators.reset();
}

void Atlas::rebuildMatcher() {
    // The atlas's own provinces, with the spelling variants of the built-in table for each code.
    const auto& builtIn = ProvinceMatcher::builtInProvinces();
    std::vector<ProvinceName> names;
    names.reserve(m_provinces.size());
    for (const Province& p : m_provinces) {
        ProvinceName n;
        n.code = p.code;
        n.number = p.number;
        n.nameEn = p.nameEn;
        n.nameTh = p.nameTh;
        n.region = p.region;
        n.neName = p.neName;
        n.fips = p.fips;
        for (const ProvinceName& b : builtIn) {
            if (b.code != p.code)
                continue;
            n.aliases = b.aliases;
            if (n.fips.empty())
                n.fips = b.fips;
            if (b.nameEn != n.nameEn)
                n.aliases.push_back(b.nameEn);
            if (b.nameTh != n.nameTh)
                n.aliases.push_back(b.nameTh);
        }
        names.push_back(std::move(n));
    }
    m_matcher = ProvinceMatcher(std::move(names));
}

void Atlas::setFactories(FactoryTable factories, CertificateTable certificates, std::string file,
                         std::string layer, std::string provinceField) {
    m_factories = std::move(factories);
    m_factoriesProvinceField = std::move(provinceField);
    m_factoriesFile = std::move(file);
    m_factoriesLayer = std::move(layer);
    const std::size_t n = m_factories.size();
    auto fill = [n](auto& column, auto value) {
        if (column.size() != n)
            column.assign(n, value);
    };
    fill(m_factories.province, static_cast<std::int16_t>(kNoIndex));
    fill(m_factories.declaredProvince, static_cast<std::int16_t>(kNoIndex));
    fill(m_factories.area, kNoIndex);
    fill(m_factories.estate, kNoIndex);
    if (m_factories.fid.size() != n) {
        m_factories.fid.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            m_factories.fid[i] = static_cast<std::int64_t>(i);
    }

    // Counting sort by factory, then by year (and type, level) within each factory.
    std::vector<std::uint32_t> begin(n + 1, 0);
    for (std::int32_t f : certificates.factory) {
        if (f >= 0 && static_cast<std::size_t>(f) < n)
            ++begin[static_cast<std::size_t>(f) + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
        begin[i + 1] += begin[i];
    const std::size_t kept = begin[n];
    CertificateTable sorted;
    sorted.factory.resize(kept);
    sorted.type.resize(kept);
    sorted.level.resize(kept);
    sorted.fiscalYear.resize(kept);
    const bool revocations =
        certificates.revokedFrom.size() == certificates.size() &&
        std::any_of(certificates.revokedFrom.begin(), certificates.revokedFrom.end(),
                    [](std::int16_t y) { return y != 0; });
    if (revocations)
        sorted.revokedFrom.resize(kept);
    {
        std::vector<std::uint32_t> cursor(begin.begin(), begin.end() - 1);
        for (std::size_t c = 0; c < certificates.size(); ++c) {
            const std::int32_t f = certificates.factory[c];
            if (f < 0 || static_cast<std::size_t>(f) >= n)
                continue;
            const std::uint32_t at = cursor[static_cast<std::size_t>(f)]++;
            sorted.factory[at] = f;
            sorted.type[at] = certificates.type[c];
            sorted.level[at] = certificates.level[c];
            sorted.fiscalYear[at] = certificates.fiscalYear[c];
            if (revocations)
                sorted.revokedFrom[at] = certificates.revokedFrom[c];
        }
    }
    certificates = CertificateTable{};
    // Insertion sort of each factory's few certificates.
    for (std::size_t f = 0; f < n; ++f) {
        for (std::uint32_t i = begin[f] + 1; i < begin[f + 1]; ++i) {
            for (std::uint32_t j = i; j > begin[f]; --j) {
                auto key = [&](std::uint32_t k) {
                    return std::tuple(sorted.fiscalYear[k], static_cast<int>(sorted.type[k]),
                                      sorted.level[k]);
                };
                if (!(key(j) < key(j - 1)))
                    break;
                std::swap(sorted.fiscalYear[j], sorted.fiscalYear[j - 1]);
                std::swap(sorted.type[j], sorted.type[j - 1]);
                std::swap(sorted.level[j], sorted.level[j - 1]);
                if (revocations)
                    std::swap(sorted.revokedFrom[j], sorted.revokedFrom[j - 1]);
            }
        }
    }
    m_certificates = std::move(sorted);
    m_factories.certBegin = std::move(begin);
    rebuildCertificateIndex();
}

void Atlas::rebuildCertificateIndex() {
    // fiscal year 0 = unknown (a mapped flag without a year): not a year of the atlas
    m_firstYear = 0;
    m_lastYear = 0;
    for (const std::int16_t y : m_certificates.fiscalYear) {
        if (y <= 0)
            continue;
        m_firstYear = m_firstYear == 0 ? y : std::min<int>(m_firstYear, y);
        m_lastYear = std::max<int>(m_lastYear, y);
    }
    for (const std::int16_t y : m_certificates.revokedFrom)
        m_lastYear = std::max<int>(m_lastYear, y);
}

namespace {

// Point-in-polygon over the polygonal members of `shapes`; positions in `shapes` come back.
class ShapeLocator {
  public:
    template <typename T>
    explicit ShapeLocator(const std::vector<T>& items) {
        std::vector<geo::Geometry> polygons;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const geo::Geometry& g = items[i].shape;
            if ((g.type == geo::GeometryType::Polygon ||
                 g.type == geo::GeometryType::MultiPolygon) &&
                !g.isEmpty()) {
                polygons.push_back(g);
                m_ids.push_back(static_cast<std::int32_t>(i));
            }
        }
        if (!polygons.empty())
            m_index = std::make_unique<geo::PolygonIndex>(std::move(polygons));
    }

    std::int32_t locate(geo::XY p) const {
        if (!m_index || !std::isfinite(p.x) || !std::isfinite(p.y))
            return kNoIndex;
        const std::int32_t k = m_index->locate(p.x, p.y);
        return k < 0 ? kNoIndex : m_ids[static_cast<std::size_t>(k)];
    }

    template <typename Out>
    void locateAll(const std::vector<double>& x, const std::vector<double>& y, unsigned threads,
                   std::vector<Out>& out) const {
        out.assign(x.size(), static_cast<Out>(kNoIndex));
        if (!m_index || x.empty())
            return;
        const std::vector<std::int32_t> found = m_index->locateAll(x, y, threads);
        for (std::size_t i = 0; i < found.size(); ++i) {
            out[i] = static_cast<Out>(found[i] < 0 ? kNoIndex
                                                   : m_ids[static_cast<std::size_t>(found[i])]);
        }
    }

  private:
    std::unique_ptr<geo::PolygonIndex> m_index;
    std::vector<std::int32_t> m_ids;
};

}  // namespace

struct Atlas::Locators {
    ShapeLocator provinces;
    ShapeLocator areas;
    ShapeLocator estates;
};

std::unique_ptr<Atlas::Locators> Atlas::buildLocators(const Atlas& atlas) {
    return std::make_unique<Locators>(Locators{ShapeLocator(atlas.m_provinces),
                                               ShapeLocator(atlas.m_areas),
                                               ShapeLocator(atlas.m_estates)});
}

void Atlas::joinFactories(unsigned threads, const geo::ProgressCallback& progress) {
    std::unique_ptr<Locators> locators = buildLocators(*this);
    joinWith(*locators, threads, progress);
    m_locators = std::move(locators);
}

std::int32_t Atlas::provinceAt(geo::XY p) const {
    return m_locators ? m_locators->provinces.locate(p) : kNoIndex;
}
std::int32_t Atlas::areaAt(geo::XY p) const {
    return m_locators ? m_locators->areas.locate(p) : kNoIndex;
}
std::int32_t Atlas::estateAt(geo::XY p) const {
    return m_locators ? m_locators->estates.locate(p) : kNoIndex;
}

void Atlas::joinWith(const Locators& locators, unsigned threads,
                     const geo::ProgressCallback& progress) {
    const ShapeLocator& provinces = locators.provinces;
    const ShapeLocator& areas = locators.areas;
    const ShapeLocator& estates = locators.estates;

    for (EcoTownArea& a : m_areas) {
        if (a.province == kNoIndex)
            a.province = provinces.locate(a.labelPoint);
    }
    for (IndustrialEstate& e : m_estates) {
        if (e.province == kNoIndex)
            e.province = provinces.locate(e.labelPoint);
        e.area = areas.locate(e.labelPoint);
    }

    FactoryTable& f = m_factories;
    const std::size_t n = f.size();
    // PolygonIndex wants finite coordinates: points without geometry go far away.
    const bool anyMissing =
        std::any_of(f.lon.begin(), f.lon.end(), [](double v) { return !std::isfinite(v); }) ||
        std::any_of(f.lat.begin(), f.lat.end(), [](double v) { return !std::isfinite(v); });
    std::vector<double> safeX, safeY;
    if (anyMissing) {
        safeX = f.lon;
        safeY = f.lat;
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isfinite(safeX[i]) || !std::isfinite(safeY[i]))
                safeX[i] = safeY[i] = -1.0e6;
        }
    }
    const std::vector<double>& x = anyMissing ? safeX : f.lon;
    const std::vector<double>& y = anyMissing ? safeY : f.lat;
    if (progress && !progress("joining factories to provinces", 0, 3)) {
        throw geo::Cancelled(m_source, "cancelled");
    }
    provinces.locateAll(x, y, threads, f.province);
    if (progress && !progress("joining factories to areas", 1, 3))
        throw geo::Cancelled(m_source, "cancelled");
    areas.locateAll(x, y, threads, f.area);
    if (progress && !progress("joining factories to estates", 2, 3))
        throw geo::Cancelled(m_source, "cancelled");
    estates.locateAll(x, y, threads, f.estate);

    // Declared provinces that differ from the geometry's, one issue each.
    std::erase_if(m_issues,
                  [](const LoadIssue& i) { return i.kind == LoadIssue::Kind::ProvinceMismatch; });
    for (std::size_t i = 0; i < n; ++i) {
        const std::int16_t declared = f.declaredProvince[i];
        if (declared == kNoIndex || declared == f.province[i])
            continue;
        if (!std::isfinite(f.lon[i]) || !std::isfinite(f.lat[i]))
            continue;  // reported at load
        LoadIssue issue;
        issue.kind = LoadIssue::Kind::ProvinceMismatch;
        issue.file = m_factoriesFile;
        issue.layer = m_factoriesLayer;
        issue.featureId = f.id.size() > i && !f.id[i].empty() ? std::string(f.id[i])
                                                              : "fid " + std::to_string(f.fid[i]);
        issue.field = m_factoriesProvinceField;
        issue.value = m_provinces[static_cast<std::size_t>(declared)].code;
        issue.message = f.province[i] == kNoIndex
                            ? std::string("the point lies outside every province")
                            : "the point lies in " +
                                  m_provinces[static_cast<std::size_t>(f.province[i])].code + " " +
                                  m_provinces[static_cast<std::size_t>(f.province[i])].nameEn;
        m_issues.push_back(std::move(issue));
    }
    if (progress)
        progress("joining factories", 3, 3);
}

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
    CertificateRows certs = concurrent ? pending.get() : readCertificateRows(readCertificates(), withCertId, stop);
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

Atlas Atlas::loadBundled(const std::string& source, const AtlasLoadOptions& options) {
    // On PostgreSQL the atlas's tables are in a schema (`ecotown` unless the string names one);
    // messages name the source with its password masked.
    const std::string path = redactSecrets(source);
    geo::Dataset ds = geo::Dataset::open(geo::isPostgresSource(source)
                                             ? atlasDatasetSource(source, schemaOfSource(source))
                                             : source);
    requireLayers(ds, path);
    Atlas atlas;
    atlas.m_source = path;
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
    std::future<std::unique_ptr<Locators>> locators =
        std::async(std::launch::async, [&atlas] { return buildLocators(atlas); });
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
    std::unique_ptr<Locators> built = locators.get();
    atlas.joinWith(*built, options.threads, options.progress);
    atlas.m_locators = std::move(built);
    return atlas;
}

}  // namespace ecotown::layers
