#include "layers/Filter.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "geo/Error.hpp"

namespace ecotown::layers {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

[[noreturn]] void bad(std::string_view flag, std::string_view text, std::string_view why) {
    throw UsageError("", std::string(flag) + ": '" + std::string(text) + "' " + std::string(why));
}

std::optional<int> parseInt(std::string_view s) {
    s = trim(s);
    if (s.empty())
        return std::nullopt;
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<double> parseDouble(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// "3" or "3-5" without bounds checks; nullopt when malformed.
std::optional<IntRange> parseRawRange(std::string_view text) {
    const std::string_view t = trim(text);
    const auto dash = t.find('-', 1);  // a leading '-' would be a sign
    if (dash == std::string_view::npos) {
        const auto v = parseInt(t);
        if (!v)
            return std::nullopt;
        return IntRange{*v, *v};
    }
    const auto a = parseInt(t.substr(0, dash));
    const auto b = parseInt(t.substr(dash + 1));
    if (!a || !b)
        return std::nullopt;
    return IntRange{*a, *b};
}

bool isPolygonal(const geo::Geometry& g) {
    return g.type == geo::GeometryType::Polygon || g.type == geo::GeometryType::MultiPolygon;
}

// Even-odd rule over every ring (parts of a multipolygon do not overlap).
bool polygonContains(const geo::Geometry& g, geo::XY p) {
    bool inside = false;
    std::uint32_t start = 0;
    for (std::uint32_t end : g.ringEnds) {
        for (std::uint32_t i = start, j = end - 1; i < end; j = i++) {
            const geo::XY a = g.coords[i], b = g.coords[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
                inside = !inside;
            }
        }
        start = end;
    }
    return inside;
}

}  // namespace

bool polygonIntersectsBox(const geo::Geometry& polygon, const geo::Extent& box) {
    if (!isPolygonal(polygon) || polygon.isEmpty() || !box.valid)
        return false;
    if (!polygon.extent().intersects(box))
        return false;
    std::uint32_t start = 0;
    for (std::uint32_t end : polygon.ringEnds) {
        for (std::uint32_t i = start; i + 1 < end; ++i) {
            if (geo::segmentTouchesBox(polygon.coords[i], polygon.coords[i + 1], box))
                return true;
        }
        if (end - start == 1 && box.contains(polygon.coords[start].x, polygon.coords[start].y))
            return true;
        start = end;
    }
    // No edge reaches the box: it is wholly inside the polygon or wholly outside.
    return polygonContains(polygon, {box.minX, box.minY});
}

// ------------------------------------------------------------------------------ the filter

bool Filter::isEmpty() const {
    return provinces.empty() && regions.empty() && phases.empty() && !stages &&
           certifications.empty() && !years && !bbox && !asOf;
}

int Filter::asOfYear(const Atlas& atlas) const {
    if (asOf)
        return years ? std::min(years->max, *asOf) : *asOf;
    return years ? years->max : atlas.lastCertificateYear();
}

std::optional<IntRange> Filter::countedYears(const Atlas& atlas) const {
    if (!asOf)
        return years;
    if (years)
        return IntRange{years->min, std::min(years->max, *asOf)};
    return IntRange{std::min(atlas.firstCertificateYear(), *asOf), *asOf};
}

bool factoryPassesCertificates(const Atlas& atlas, std::size_t factory, const Filter& filter) {
    if (filter.certifications.empty() && !filter.years)
        return true;
    const CertificateTable& c = atlas.certificates();
    const auto& begin = atlas.factories().certBegin;
    const int asOf = filter.asOfYear(atlas);
    for (std::uint32_t k = begin[factory]; k < begin[factory + 1]; ++k) {
        const bool revokedInYears = filter.revocationsInYears && filter.years &&
                                    !c.revokedFrom.empty() &&
                                    filter.years->contains(c.revokedFrom[k]);
        if (!revokedInYears) {
            if (filter.years && !filter.years->contains(c.fiscalYear[k]))
                continue;
            if (filter.asOf && c.fiscalYear[k] > *filter.asOf)
                continue;
            if (c.revokedBy(k, asOf))  // no longer held
                continue;
        }
        if (filter.certifications.empty())
            return true;
        for (const CertificationRule& rule : filter.certifications) {
            if (rule.type != c.type[k])
                continue;
            if (rule.type == CertificationType::GreenIndustry && !rule.levels.contains(c.level[k]))
                continue;
            return true;
        }
    }
    return false;
}

PlaceCriteria placeCriteria(const Atlas& atlas, const Filter& filter) {
    PlaceCriteria out;
    // Provinces passing the province and region criteria (not the box: factories are boxed by
    // their own point, areas and estates by their own shape).
    const auto& provinces = atlas.provinces();
    out.byProvince = !filter.provinces.empty() || !filter.regions.empty();
    out.provinceOk.assign(provinces.size(), 1);
    if (!filter.provinces.empty()) {
        std::fill(out.provinceOk.begin(), out.provinceOk.end(), 0);
        for (const std::string& text : filter.provinces) {
            if (const auto p = atlas.findProvince(text))
                out.provinceOk[*p] = 1;
            else
                out.unmatchedProvinces.push_back(text);
        }
    }
    if (!filter.regions.empty()) {
        for (std::size_t i = 0; i < provinces.size(); ++i) {
            if (std::find(filter.regions.begin(), filter.regions.end(), provinces[i].region) ==
                filter.regions.end()) {
                out.provinceOk[i] = 0;
            }
        }
    }
    // Areas by phase and stage.
    const auto& areas = atlas.areas();
    out.byArea = !filter.phases.empty() || filter.stages.has_value();
    out.areaStageOk.assign(areas.size(), 1);
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const EcoTownArea& a = areas[i];
        bool ok = true;
        if (!filter.phases.empty()) {
            ok = std::find(filter.phases.begin(), filter.phases.end(), a.phase) !=
                 filter.phases.end();
        }
        if (ok && filter.stages)
            ok = a.stage && filter.stages->contains(static_cast<int>(*a.stage));
        out.areaStageOk[i] = ok ? 1 : 0;
    }
    return out;
}

Selection select(const Atlas& atlas, const Filter& filter, unsigned /*threads*/) {
    Selection sel;
    sel.asOfYear = filter.asOfYear(atlas);
    sel.years = filter.countedYears(atlas);

    PlaceCriteria places = placeCriteria(atlas, filter);
    sel.unmatchedProvinces = std::move(places.unmatchedProvinces);
    const auto& provinces = atlas.provinces();
    const bool byProvince = places.byProvince;
    const std::vector<std::uint8_t>& provinceOk = places.provinceOk;
    auto provincePasses = [&](std::int32_t p) {
        if (p == kNoIndex)
            return !byProvince;
        return provinceOk[static_cast<std::size_t>(p)] != 0;
    };
    const std::optional<geo::Extent>& box = filter.bbox;

    for (std::size_t i = 0; i < provinces.size(); ++i) {
        if (!provinceOk[i])
            continue;
        if (box && !polygonIntersectsBox(provinces[i].shape, *box))
            continue;
        sel.provinces.push_back(static_cast<std::uint32_t>(i));
    }

    // Areas: province, phase, stage, box. `areaStageOk` is phase/stage only, for factories.
    const auto& areas = atlas.areas();
    const bool byArea = places.byArea;
    const std::vector<std::uint8_t>& areaStageOk = places.areaStageOk;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const EcoTownArea& a = areas[i];
        const bool ok = areaStageOk[i] != 0;
        if (!ok || !provincePasses(a.province))
            continue;
        if (box && !polygonIntersectsBox(a.shape, *box))
            continue;
        sel.areas.push_back(static_cast<std::uint32_t>(i));
    }

    const auto& estates = atlas.estates();
    for (std::size_t i = 0; i < estates.size(); ++i) {
        if (!provincePasses(estates[i].province))
            continue;
        if (box && !polygonIntersectsBox(estates[i].shape, *box))
            continue;
        sel.estates.push_back(static_cast<std::uint32_t>(i));
    }

    // Factories: one pass over the columns, no allocation per factory.
    const FactoryTable& f = atlas.factories();
    const std::size_t n = f.size();
    const bool byCertificate = !filter.certifications.empty() || filter.years.has_value();
    sel.factories.reserve(filter.isEmpty() ? n : std::min<std::size_t>(n, 1 << 16));
    for (std::size_t i = 0; i < n; ++i) {
        if (byProvince) {
            const std::int16_t p = f.province[i];
            if (p == kNoIndex || !provinceOk[static_cast<std::size_t>(p)])
                continue;
        }
        if (byArea) {
            const std::int32_t a = f.area[i];
            if (a == kNoIndex || !areaStageOk[static_cast<std::size_t>(a)])
                continue;
        }
        if (box) {
            const double x = f.lon[i], y = f.lat[i];
            if (!(x >= box->minX && x <= box->maxX && y >= box->minY && y <= box->maxY))
                continue;
        }
        if (byCertificate && !factoryPassesCertificates(atlas, i, filter))
            continue;
        sel.factories.push_back(static_cast<std::uint32_t>(i));
    }
    return sel;
}

// ------------------------------------------------------------------------------ parsing

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    while (true) {
        const auto comma = text.find(',');
        const std::string_view item = trim(text.substr(0, comma));
        if (!item.empty())
            out.emplace_back(item);
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

IntRange parseRange(std::string_view text, std::string_view flag, int lo, int hi) {
    const auto r = parseRawRange(text);
    const std::string bounds = std::to_string(lo) + "-" + std::to_string(hi);
    if (!r)
        bad(flag, text, "is not a number or a range like " + bounds);
    if (r->min > r->max)
        bad(flag, text, "is an empty range (the first number must not exceed the second)");
    if (r->min < lo || r->max > hi)
        bad(flag, text, "is outside " + bounds);
    return *r;
}

std::vector<int> parseIntList(std::string_view text, std::string_view flag, int lo, int hi) {
    const std::vector<std::string> items = splitList(text);
    if (items.empty())
        bad(flag, text, "is empty");
    std::vector<int> out;
    for (const std::string& item : items) {
        const IntRange r = parseRange(item, flag, lo, hi);
        for (int v = r.min; v <= r.max; ++v) {
            if (std::find(out.begin(), out.end(), v) == out.end())
                out.push_back(v);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<CertificationRule> parseCertificationRules(std::string_view text,
                                                       std::string_view flag) {
    const std::vector<std::string> items = splitList(text);
    if (items.empty())
        bad(flag, text, "is empty");
    std::vector<CertificationRule> out;
    for (const std::string& item : items) {
        const auto colon = item.find(':');
        const std::string_view name = trim(std::string_view(item).substr(0, colon));
        const auto type = certificationTypeFromText(name);
        if (!type)
            bad(flag, item, "is not a certification (gi, gi:3-5, eco-factory, csr-diw)");
        CertificationRule rule;
        rule.type = *type;
        if (colon != std::string::npos) {
            if (*type != CertificationType::GreenIndustry) {
                bad(flag, item, "has levels, but only Green Industry (gi) has levels");
            }
            rule.levels = parseRange(std::string_view(item).substr(colon + 1), flag, 1, 5);
        }
        if (std::find(out.begin(), out.end(), rule) == out.end())
            out.push_back(rule);
    }
    return out;
}

geo::Extent parseBbox(std::string_view text, std::string_view flag) {
    std::vector<std::string_view> parts;
    std::string_view rest = text;
    while (true) {
        const auto comma = rest.find(',');
        parts.push_back(rest.substr(0, comma));
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    if (parts.size() != 4)
        bad(flag, text, "is not minlon,minlat,maxlon,maxlat");
    double v[4];
    for (int i = 0; i < 4; ++i) {
        const auto d = parseDouble(parts[static_cast<std::size_t>(i)]);
        if (!d)
            bad(flag, text, "is not four numbers minlon,minlat,maxlon,maxlat");
        v[i] = *d;
    }
    if (v[0] > v[2] || v[1] > v[3])
        bad(flag, text, "has a minimum above its maximum");
    if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
        bad(flag, text, "is not in degrees (longitude -180..180, latitude -90..90)");
    }
    geo::Extent e;
    e.minX = v[0];
    e.minY = v[1];
    e.maxX = v[2];
    e.maxY = v[3];
    e.valid = true;
    return e;
}

std::vector<Region> parseRegions(std::string_view text, std::string_view flag) {
    const std::vector<std::string> items = splitList(text);
    if (items.empty())
        bad(flag, text, "is empty");
    std::vector<Region> out;
    for (const std::string& item : items) {
        const auto r = regionFromText(item);
        if (!r)
            bad(flag, item, "is not a region (north, northeast, central, east, west, south)");
        if (std::find(out.begin(), out.end(), *r) == out.end())
            out.push_back(*r);
    }
    return out;
}

IntRange parseYears(std::string_view text, std::string_view flag) {
    auto r = parseRawRange(text);
    if (!r)
        bad(flag, text, "is not a fiscal year or a range like 2019-2022");
    auto ce = [](int y) { return y >= 2400 ? commonEraYear(y) : y; };
    r->min = ce(r->min);
    r->max = ce(r->max);
    if (r->min < 1900 || r->max > 2200)
        bad(flag, text, "is not a fiscal year (C.E. like 2022, or B.E. like 2565)");
    if (r->min > r->max)
        bad(flag, text, "is an empty range (the first year must not be after the second)");
    return *r;
}

}  // namespace ecotown::layers
