#include "layers/Statistics.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace ecotown::layers {

std::string_view groupByName(GroupBy by) {
    switch (by) {
        case GroupBy::Province:
            return "province";
        case GroupBy::Area:
            return "area";
        case GroupBy::Region:
            return "region";
        case GroupBy::Stage:
            return "stage";
    }
    return "province";
}

std::optional<GroupBy> groupByFromName(std::string_view name) {
    for (GroupBy by : {GroupBy::Province, GroupBy::Area, GroupBy::Region, GroupBy::Stage}) {
        if (name == groupByName(by))
            return by;
    }
    return std::nullopt;
}

namespace {

void add(FactoryCounts& to, const FactoryCounts& from) {
    to.factories += from.factories;
    for (std::size_t i = 0; i < to.giLevel.size(); ++i) {
        to.giLevel[i] += from.giLevel[i];
        to.giCertificates[i] += from.giCertificates[i];
    }
    to.withGi += from.withGi;
    to.ecoFactory += from.ecoFactory;
    to.csrDiw += from.csrDiw;
    to.ecoFactoryCertificates += from.ecoFactoryCertificates;
    to.csrDiwCertificates += from.csrDiwCertificates;
}

}  // namespace

std::vector<FactoryCell> factoryCells(const Atlas& atlas, const Selection& sel) {
    // One cell per (province, area) pair met, found through a small map keyed by both.
    std::vector<FactoryCell> cells;
    std::unordered_map<std::int64_t, std::size_t> at;
    const FactoryTable& f = atlas.factories();
    const CertificateTable& c = atlas.certificates();
    const int asOf = sel.asOfYear;
    for (std::uint32_t i : sel.factories) {
        const std::int64_t key = (static_cast<std::int64_t>(f.province[i]) << 32) ^
                                 static_cast<std::uint32_t>(f.area[i]);
        auto [it, added] = at.emplace(key, cells.size());
        if (added)
            cells.push_back({f.province[i], f.area[i], {}});
        FactoryCounts& k = cells[it->second].counts;
        ++k.factories;
        int gi = 0;
        bool eco = false, csr = false;
        for (std::uint32_t j = f.certBegin[i]; j < f.certBegin[i + 1]; ++j) {
            const int fy = c.fiscalYear[j];
            // A certificate revoked by the as-of year counts nowhere.
            if (c.revokedBy(j, asOf))
                continue;
            const bool inYears = !sel.years || sel.years->contains(fy);
            switch (c.type[j]) {
                case CertificationType::GreenIndustry:
                    if (fy <= asOf)
                        gi = std::max<int>(gi, c.level[j]);
                    if (inYears)
                        ++k.giCertificates[c.level[j]];
                    break;
                case CertificationType::EcoFactory:
                    if (fy <= asOf)
                        eco = true;
                    if (inYears)
                        ++k.ecoFactoryCertificates;
                    break;
                case CertificationType::CsrDiw:
                    if (fy <= asOf)
                        csr = true;
                    if (inYears)
                        ++k.csrDiwCertificates;
                    break;
            }
        }
        ++k.giLevel[static_cast<std::size_t>(gi)];
        if (gi > 0)
            ++k.withGi;
        if (eco)
            ++k.ecoFactory;
        if (csr)
            ++k.csrDiw;
    }
    return cells;
}

Statistics computeStatistics(const Atlas& atlas, const Selection& sel, GroupBy by) {
    return computeStatistics(atlas, sel, by, factoryCells(atlas, sel));
}

Statistics computeStatistics(const Atlas& atlas, const Selection& sel, GroupBy by,
                             const std::vector<FactoryCell>& cells) {
    Statistics st;
    st.groupBy = by;
    st.asOfYear = sel.asOfYear;
    st.years = sel.years;

    const auto& provinces = atlas.provinces();
    const auto& areas = atlas.areas();
    const auto& estates = atlas.estates();

    // Groups: one per province / area / region / stage, and a last one for "none".
    std::size_t groups = 0;
    switch (by) {
        case GroupBy::Province:
            groups = provinces.size();
            break;
        case GroupBy::Area:
            groups = areas.size();
            break;
        case GroupBy::Region:
            groups = kRegions.size();
            break;
        case GroupBy::Stage:
            groups = kStageCount;
            break;
    }
    const std::size_t none = groups;
    std::vector<StatisticsRow> rows(groups + 1);
    std::vector<std::uint8_t> shown(groups + 1, 0);

    auto groupOfProvince = [&](std::int32_t p) -> std::size_t {
        if (p == kNoIndex)
            return none;
        if (by == GroupBy::Province)
            return static_cast<std::size_t>(p);
        return static_cast<std::size_t>(provinces[static_cast<std::size_t>(p)].region);
    };
    auto groupOfArea = [&](std::int32_t a) -> std::size_t {
        if (a == kNoIndex)
            return none;
        if (by == GroupBy::Area)
            return static_cast<std::size_t>(a);
        const auto& stage = areas[static_cast<std::size_t>(a)].stage;
        return stage ? static_cast<std::size_t>(*stage) - 1 : none;
    };
    const bool byPlace = by == GroupBy::Province || by == GroupBy::Region;

    for (std::uint32_t p : sel.provinces) {
        if (!byPlace)
            continue;
        const std::size_t g = groupOfProvince(static_cast<std::int32_t>(p));
        ++rows[g].provinces;
        shown[g] = 1;
    }
    for (std::uint32_t a : sel.areas) {
        const EcoTownArea& area = areas[a];
        const std::size_t g =
            byPlace ? groupOfProvince(area.province) : groupOfArea(static_cast<std::int32_t>(a));
        ++rows[g].areas;
        shown[g] = 1;
        ++st.areasByStage[area.stage ? static_cast<std::size_t>(*area.stage) : 0];
        ++st.areasByPhase[area.phase >= 1 && area.phase <= 3 ? static_cast<std::size_t>(area.phase)
                                                             : 0];
    }
    for (std::uint32_t e : sel.estates) {
        const IndustrialEstate& estate = estates[e];
        const std::size_t g = byPlace ? groupOfProvince(estate.province) : groupOfArea(estate.area);
        ++rows[g].estates;
        shown[g] = 1;
        ++st.estatesByEcoLevel[estate.ieatLevel ? static_cast<std::size_t>(*estate.ieatLevel) : 0];
    }

    for (const FactoryCell& cell : cells) {
        const std::size_t g = byPlace ? groupOfProvince(cell.province) : groupOfArea(cell.area);
        add(rows[g].counts, cell.counts);
        shown[g] = 1;
    }

    // Keys and names; rows in the atlas's order, the "none" row last.
    for (std::size_t g = 0; g < groups; ++g) {
        StatisticsRow& r = rows[g];
        switch (by) {
            case GroupBy::Province:
                r.key = provinces[g].code;
                r.nameEn = provinces[g].nameEn;
                r.nameTh = provinces[g].nameTh;
                break;
            case GroupBy::Area:
                r.key = areas[g].id;
                r.nameEn = areas[g].nameEn;
                r.nameTh = areas[g].nameTh;
                break;
            case GroupBy::Region: {
                const Region region = kRegions[g];
                // kRegions is in enum order, so g is also the enum value
                r.key = std::string(regionId(region));
                r.nameEn = std::string(regionName(region).en);
                r.nameTh = std::string(regionName(region).th);
                break;
            }
            case GroupBy::Stage: {
                const auto stage = static_cast<DevelopmentStage>(g + 1);
                r.key = std::to_string(g + 1);
                r.nameEn = std::string(stageName(stage).en);
                r.nameTh = std::string(stageName(stage).th);
                shown[g] = 1;  // every stage is listed, also with no area at it
                break;
            }
        }
    }
    rows[none].key.clear();
    switch (by) {
        case GroupBy::Province:
        case GroupBy::Region:
            rows[none].nameEn = "outside every province";
            rows[none].nameTh = "นอกเขตจังหวัด";
            break;
        case GroupBy::Area:
        case GroupBy::Stage:
            rows[none].nameEn = "outside eco-town areas";
            rows[none].nameTh = "นอกพื้นที่เมืองอุตสาหกรรมเชิงนิเวศ";
            break;
    }

    st.total.key = "total";
    st.total.nameEn = "Total";
    st.total.nameTh = "รวม";
    for (std::size_t g = 0; g <= groups; ++g) {
        const StatisticsRow& r = rows[g];
        st.total.provinces += r.provinces;
        st.total.areas += r.areas;
        st.total.estates += r.estates;
        add(st.total.counts, r.counts);
        if (shown[g])
            st.rows.push_back(std::move(rows[g]));
    }
    return st;
}

// ------------------------------------------------------------------------------ output

namespace {

using Json = nlohmann::ordered_json;

Json countsJson(const StatisticsRow& r) {
    Json j;
    j["key"] = r.key.empty() ? Json(nullptr) : Json(r.key);
    j["name_en"] = r.nameEn;
    j["name_th"] = r.nameTh;
    j["provinces"] = r.provinces;
    j["areas"] = r.areas;
    j["estates"] = r.estates;
    const FactoryCounts& k = r.counts;
    j["factories"] = k.factories;
    Json gi;
    gi["none"] = k.giLevel[0];
    for (int l = 1; l <= 5; ++l)
        gi[std::to_string(l)] = k.giLevel[static_cast<std::size_t>(l)];
    j["gi_level"] = gi;
    j["with_gi"] = k.withGi;
    j["eco_factory"] = k.ecoFactory;
    j["csr_diw"] = k.csrDiw;
    Json certs;
    Json giCerts;
    std::int64_t giTotal = 0;
    for (int l = 1; l <= 5; ++l) {
        giCerts[std::to_string(l)] = k.giCertificates[static_cast<std::size_t>(l)];
        giTotal += k.giCertificates[static_cast<std::size_t>(l)];
    }
    giCerts["total"] = giTotal;
    certs["gi"] = giCerts;
    certs["eco-factory"] = k.ecoFactoryCertificates;
    certs["csr-diw"] = k.csrDiwCertificates;
    j["certificates"] = certs;
    return j;
}

}  // namespace

std::string statisticsToJson(const Statistics& st, int indent) {
    Json j;
    j["group_by"] = std::string(groupByName(st.groupBy));
    j["as_of_year"] = st.asOfYear;
    if (st.years)
        j["years"] = Json{{"from", st.years->min}, {"to", st.years->max}};
    else
        j["years"] = nullptr;
    j["total"] = countsJson(st.total);
    Json stages;
    for (int s = 1; s <= kStageCount; ++s)
        stages[std::to_string(s)] = st.areasByStage[static_cast<std::size_t>(s)];
    stages["none"] = st.areasByStage[0];
    j["areas_by_stage"] = stages;
    Json phases;
    phases["unknown"] = st.areasByPhase[0];
    for (int p = 1; p <= 3; ++p)
        phases[std::to_string(p)] = st.areasByPhase[static_cast<std::size_t>(p)];
    j["areas_by_phase"] = phases;
    Json levels;
    levels["none"] = st.estatesByEcoLevel[0];
    for (int l = 1; l <= 3; ++l) {
        levels[std::string(ieatEcoLevelName(static_cast<IeatEcoLevel>(l)).en)] =
            st.estatesByEcoLevel[static_cast<std::size_t>(l)];
    }
    j["estates_by_eco_level"] = levels;
    Json rows = Json::array();
    for (const StatisticsRow& r : st.rows)
        rows.push_back(countsJson(r));
    j["rows"] = rows;
    return j.dump(indent) + "\n";
}

std::string statisticsToText(const Statistics& st) {
    std::string out;
    char line[512];
    auto years = st.years ? "fiscal years " + std::to_string(st.years->min) + "-" +
                                std::to_string(st.years->max)
                          : std::string("all fiscal years");
    out += "Green Industry levels and certificate flags as of fiscal year " +
           std::to_string(st.asOfYear) + "; certificates granted in " + years + "\n";
    out += "Areas by stage:";
    for (int s = 1; s <= kStageCount; ++s) {
        std::snprintf(line, sizeof line, " %d=%lld", s,
                      static_cast<long long>(st.areasByStage[static_cast<std::size_t>(s)]));
        out += line;
    }
    if (st.areasByStage[0] > 0) {
        std::snprintf(line, sizeof line, " none=%lld", static_cast<long long>(st.areasByStage[0]));
        out += line;
    }
    out += "\nEstates by IEAT eco level:";
    std::snprintf(line, sizeof line, " none=%lld", static_cast<long long>(st.estatesByEcoLevel[0]));
    out += line;
    for (int l = 1; l <= 3; ++l) {
        std::snprintf(line, sizeof line, " %s=%lld",
                      std::string(ieatEcoLevelName(static_cast<IeatEcoLevel>(l)).en).c_str(),
                      static_cast<long long>(st.estatesByEcoLevel[static_cast<std::size_t>(l)]));
        out += line;
    }
    out += "\n\n";
    std::snprintf(line, sizeof line, "%-9s %-28s %5s %5s %7s %9s %8s %7s %7s %7s %7s %7s %6s %6s\n",
                  std::string(groupByName(st.groupBy)).c_str(), "name", "prov", "areas", "estates",
                  "factories", "GI any", "GI1", "GI2", "GI3", "GI4", "GI5", "eco", "csr");
    out += line;
    auto row = [&](const StatisticsRow& r) {
        const FactoryCounts& k = r.counts;
        std::string name = r.nameEn.size() > 28 ? r.nameEn.substr(0, 27) + "~" : r.nameEn;
        std::snprintf(
            line, sizeof line,
            "%-9s %-28s %5lld %5lld %7lld %9lld %8lld %7lld %7lld %7lld %7lld %7lld %6lld %6lld\n",
            r.key.empty() ? "-" : r.key.c_str(), name.c_str(), static_cast<long long>(r.provinces),
            static_cast<long long>(r.areas), static_cast<long long>(r.estates),
            static_cast<long long>(k.factories), static_cast<long long>(k.withGi),
            static_cast<long long>(k.giLevel[1]), static_cast<long long>(k.giLevel[2]),
            static_cast<long long>(k.giLevel[3]), static_cast<long long>(k.giLevel[4]),
            static_cast<long long>(k.giLevel[5]), static_cast<long long>(k.ecoFactory),
            static_cast<long long>(k.csrDiw));
        out += line;
    };
    for (const StatisticsRow& r : st.rows)
        row(r);
    row(st.total);
    return out;
}

}  // namespace ecotown::layers
