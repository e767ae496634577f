#include "layers/Atlas.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "geo/Join.hpp"
#include "geo/Ops.hpp"

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

std::shared_ptr<const Atlas::Locators> Atlas::buildLocators(const Atlas& atlas) {
    return std::make_shared<const Locators>(Locators{ShapeLocator(atlas.m_provinces),
                                                     ShapeLocator(atlas.m_areas),
                                                     ShapeLocator(atlas.m_estates)});
}

void Atlas::joinFactories(unsigned threads, const geo::ProgressCallback& progress) {
    joinWith(buildLocators(*this), threads, progress);
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

void Atlas::joinWith(std::shared_ptr<const Locators> locators, unsigned threads,
                     const geo::ProgressCallback& progress) {
    m_locators = std::move(locators);
    const ShapeLocator& provinces = m_locators->provinces;
    const ShapeLocator& areas = m_locators->areas;
    const ShapeLocator& estates = m_locators->estates;

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

}  // namespace ecotown::layers
