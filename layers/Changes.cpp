#include "layers/Changes.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "geo/Error.hpp"

namespace ecotown::layers {

std::int64_t CertificateChanges::granted() const {
    std::int64_t n = ecoFactory + csrDiw;
    for (std::size_t l = 1; l < gi.size(); ++l)
        n += gi[l];
    return n;
}

Filter changesFilter(Filter filter, int from, int to) {
    if (from >= to) {
        throw UsageError(
            "", "--from " + std::to_string(from) + " must be before --to " + std::to_string(to));
    }
    if (filter.years)
        throw UsageError("", "--year: changes counts the years between --from and --to");
    if (filter.asOf)
        throw UsageError("", "--as-of: changes compares --from with --to");
    filter.years = IntRange{from + 1, to};
    filter.revocationsInYears = true;
    return filter;
}

namespace {

const StageAssessment* recordOf(const Atlas& atlas, const StageChange&, std::uint32_t i, int y) {
    return atlas.stageRecordAsOf(i, y);
}
const EstateAssessment* recordOf(const Atlas& atlas, const LevelChange&, std::uint32_t i, int y) {
    return atlas.estateRecordAsOf(i, y);
}
DevelopmentStage valueOf(const StageAssessment& r) {
    return r.stage;
}
IeatEcoLevel valueOf(const EstateAssessment& r) {
    return r.level;
}

// The moves of the selected areas (estates) between the end of `from` and the end of `to`.
template <class Change>
std::vector<Change> movesOf(const Atlas& atlas, const std::vector<std::uint32_t>& selected,
                            int from, int to) {
    std::vector<Change> out;
    for (std::uint32_t i : selected) {
        Change c;
        c.index = i;
        const auto* before = recordOf(atlas, c, i, from);
        const auto* after = recordOf(atlas, c, i, to);
        if (before)
            c.from = valueOf(*before);
        if (after)
            c.to = valueOf(*after);
        if (c.from == c.to)
            continue;
        // The record that brought the new value: the first year in (from, to] holding it.
        for (int y = from + 1; y <= to; ++y) {
            const auto* r = recordOf(atlas, c, i, y);
            if (r && valueOf(*r) == c.to) {
                c.fiscalYear = r->fiscalYear;
                c.recordedBy = r->recordedBy;
                c.recordedAt = r->recordedAt;
                c.note = r->note;
                c.status = r->status;
                break;
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

// Counts certificate k by its type and Green Industry level.
void countCertificate(const CertificateTable& c, std::uint32_t k, std::array<std::int64_t, 6>& gi,
                      std::int64_t& ecoFactory, std::int64_t& csrDiw) {
    switch (c.type[k]) {
        case CertificationType::GreenIndustry:
            if (c.level[k] >= 1 && c.level[k] <= 5)
                ++gi[c.level[k]];
            break;
        case CertificationType::EcoFactory:
            ++ecoFactory;
            break;
        case CertificationType::CsrDiw:
            ++csrDiw;
            break;
    }
}

}  // namespace

Changes computeChanges(const Atlas& atlas, const Selection& sel, int from, int to) {
    Changes ch;
    ch.from = from;
    ch.to = to;
    ch.hasStageHistory = !atlas.stageHistory().empty();
    ch.hasLevelHistory = !atlas.estateHistory().empty();
    ch.stages = movesOf<StageChange>(atlas, sel.areas, from, to);
    ch.levels = movesOf<LevelChange>(atlas, sel.estates, from, to);
    for (std::uint32_t a : sel.areas) {
        const auto before = atlas.stageAsOf(a, from);
        const auto after = atlas.stageAsOf(a, to);
        ++ch.areasByStageFrom[before ? static_cast<std::size_t>(*before) : 0];
        ++ch.areasByStageTo[after ? static_cast<std::size_t>(*after) : 0];
    }
    if (!ch.hasStageHistory) {
        // Without history only the snapshot is known: report it for both years, no moves.
        ch.areasByStageFrom = {};
        for (std::uint32_t a : sel.areas) {
            const auto& s = atlas.areas()[a].stage;
            ++ch.areasByStageFrom[s ? static_cast<std::size_t>(*s) : 0];
        }
        ch.areasByStageTo = ch.areasByStageFrom;
    }

    ch.provinces = certificateChangesOf(atlas, sel, from, to);  // groups, totalled below
    addCertificateGroups(atlas, ch);
    return ch;
}

std::vector<CertificateChanges> certificateChangesOf(const Atlas& atlas, const Selection& sel,
                                                     int from, int to) {
    // Certificates of the selected factories granted in (from, to], by the factory's province.
    const auto& provinces = atlas.provinces();
    std::vector<CertificateChanges> groups(provinces.size() + 1);
    const FactoryTable& f = atlas.factories();
    const CertificateTable& c = atlas.certificates();
    for (std::uint32_t i : sel.factories) {
        const std::int16_t p = f.province[i];
        CertificateChanges& g =
            groups[p == kNoIndex ? provinces.size() : static_cast<std::size_t>(p)];
        for (std::uint32_t k = f.certBegin[i]; k < f.certBegin[i + 1]; ++k) {
            if (c.revokedBy(k, to) && !c.revokedBy(k, from)) {
                ++g.revoked;
                countCertificate(c, k, g.revokedGi, g.revokedEcoFactory, g.revokedCsrDiw);
            }
            if (c.fiscalYear[k] > from && c.fiscalYear[k] <= to)
                countCertificate(c, k, g.gi, g.ecoFactory, g.csrDiw);
        }
    }
    return groups;
}

void addCertificateGroups(const Atlas& atlas, Changes& ch) {
    const auto& provinces = atlas.provinces();
    std::vector<CertificateChanges> groups = std::move(ch.provinces);
    groups.resize(provinces.size() + 1);
    ch.provinces.clear();
    ch.total = CertificateChanges{};
    ch.total.key = "total";
    ch.total.nameEn = "Total";
    ch.total.nameTh = "รวม";
    for (std::size_t g = 0; g < groups.size(); ++g) {
        CertificateChanges& row = groups[g];
        for (std::size_t l = 1; l < row.gi.size(); ++l)
            ch.total.gi[l] += row.gi[l];
        ch.total.ecoFactory += row.ecoFactory;
        ch.total.csrDiw += row.csrDiw;
        ch.total.revoked += row.revoked;
        for (std::size_t l = 1; l < row.revokedGi.size(); ++l)
            ch.total.revokedGi[l] += row.revokedGi[l];
        ch.total.revokedEcoFactory += row.revokedEcoFactory;
        ch.total.revokedCsrDiw += row.revokedCsrDiw;
        if (row.granted() == 0 && row.revoked == 0)
            continue;
        if (g < provinces.size()) {
            row.key = provinces[g].code;
            row.nameEn = provinces[g].nameEn;
            row.nameTh = provinces[g].nameTh;
        } else {
            row.nameEn = "outside every province";
            row.nameTh = "นอกเขตจังหวัด";
        }
        ch.provinces.push_back(std::move(row));
    }
}

// ------------------------------------------------------------------------------ output

namespace {

using Json = nlohmann::ordered_json;

std::string stageText(const std::optional<DevelopmentStage>& s) {
    return s ? std::to_string(static_cast<int>(*s)) : std::string("none");
}
std::string levelText(const std::optional<IeatEcoLevel>& l) {
    return l ? std::string(ieatEcoLevelName(*l).en) : std::string("none");
}

Json stageJson(const std::optional<DevelopmentStage>& s) {
    return s ? Json(static_cast<int>(*s)) : Json(nullptr);
}
Json levelJson(const std::optional<IeatEcoLevel>& l) {
    return l ? Json(std::string(ieatEcoLevelName(*l).en)) : Json(nullptr);
}

Json provinceJson(const Atlas& atlas, std::int32_t province) {
    return province == kNoIndex ? Json(nullptr)
                                : Json(atlas.provinces()[static_cast<std::size_t>(province)].code);
}

// One object a move: the area's (estate's) id under `idKey`, names, province, from, to and
// the record that brought the new value.
template <class Change, class Owner, class Value>
Json movesJson(const Atlas& atlas, const std::vector<Change>& moves, const char* idKey, Owner owner,
               Value value) {
    Json out = Json::array();
    for (const Change& c : moves) {
        const auto& o = owner(c.index);
        Json j;
        j[idKey] = o.id;
        j["name_en"] = o.nameEn;
        j["name_th"] = o.nameTh;
        j["province_code"] = provinceJson(atlas, o.province);
        j["from"] = value(c.from);
        j["to"] = value(c.to);
        j["fiscal_year"] = c.fiscalYear;
        j["recorded_by"] = c.recordedBy;
        j["recorded_at"] = c.recordedAt;
        j["note"] = c.note;
        j["status"] = c.status;
        out.push_back(std::move(j));
    }
    return out;
}

Json stagesJson(const std::array<std::int64_t, 6>& counts) {
    Json j;
    for (int s = 1; s <= kStageCount; ++s)
        j[std::to_string(s)] = counts[static_cast<std::size_t>(s)];
    j["none"] = counts[0];
    return j;
}

Json certificatesJson(const CertificateChanges& r) {
    Json j;
    j["key"] = r.key.empty() ? Json(nullptr) : Json(r.key);
    j["name_en"] = r.nameEn;
    j["name_th"] = r.nameTh;
    Json gi;
    std::int64_t giTotal = 0;
    for (int l = 1; l <= 5; ++l) {
        gi[std::to_string(l)] = r.gi[static_cast<std::size_t>(l)];
        giTotal += r.gi[static_cast<std::size_t>(l)];
    }
    gi["total"] = giTotal;
    j["gi"] = gi;
    j["eco-factory"] = r.ecoFactory;
    j["csr-diw"] = r.csrDiw;
    j["granted"] = r.granted();
    j["revoked"] = r.revoked;
    Json revokedGi;
    for (int l = 1; l <= 5; ++l)
        revokedGi[std::to_string(l)] = r.revokedGi[static_cast<std::size_t>(l)];
    j["revoked_by_type"] =
        Json{{"gi", revokedGi}, {"eco-factory", r.revokedEcoFactory}, {"csr-diw", r.revokedCsrDiw}};
    return j;
}

std::string recordText(int year, const std::string& by, const std::string& at,
                       const std::string& note) {
    std::string out = "FY" + std::to_string(year);
    if (!at.empty())
        out += ", recorded " + at;
    if (!by.empty())
        out += " by " + by;
    if (!note.empty())
        out += ": " + note;
    return out;
}

// "<title>: N" and a line per move: id, name, from -> to, the record. `noHistory` non-empty:
// the source records no history of that.
template <class Change, class Owner, class Text>
std::string movesText(const std::vector<Change>& moves, const char* title, const char* noHistory,
                      Owner owner, Text text) {
    std::string out = std::string(title) + ": " + std::to_string(moves.size()) + "\n";
    if (*noHistory)
        out += std::string("  (the dataset records no ") + noHistory + " history)\n";
    char line[512];
    for (const Change& c : moves) {
        const auto& o = owner(c.index);
        const std::string name = o.nameEn.size() > 30 ? o.nameEn.substr(0, 29) + "~" : o.nameEn;
        std::snprintf(line, sizeof line, "  %-8s %-30s %s -> %s  %s\n", o.id.c_str(), name.c_str(),
                      text(c.from).c_str(), text(c.to).c_str(),
                      recordText(c.fiscalYear, c.recordedBy, c.recordedAt, c.note).c_str());
        out += line;
    }
    return out;
}

}  // namespace

std::string changesToJson(const Atlas& atlas, const Changes& ch, int indent) {
    Json j;
    j["from"] = ch.from;
    j["to"] = ch.to;
    j["certificate_years"] = Json{{"from", ch.from + 1}, {"to", ch.to}};
    j["stage_history"] = ch.hasStageHistory;
    j["ieat_level_history"] = ch.hasLevelHistory;
    j["stage_changes"] = movesJson(
        atlas, ch.stages,
        "area_id", [&](std::uint32_t i) -> const auto& { return atlas.areas()[i]; }, stageJson);
    j["areas_by_stage"] =
        Json{{"from", stagesJson(ch.areasByStageFrom)}, {"to", stagesJson(ch.areasByStageTo)}};
    j["ieat_level_changes"] = movesJson(
        atlas, ch.levels,
        "estate_id", [&](std::uint32_t i) -> const auto& { return atlas.estates()[i]; }, levelJson);
    Json rows = Json::array();
    for (const CertificateChanges& r : ch.provinces)
        rows.push_back(certificatesJson(r));
    j["certificates"] = Json{{"rows", rows}, {"total", certificatesJson(ch.total)}};
    return j.dump(indent) + "\n";
}

std::string changesToText(const Atlas& atlas, const Changes& ch) {
    std::string out;
    char line[512];
    out += "Changes from the end of fiscal year " + std::to_string(ch.from) + " to the end of " +
           std::to_string(ch.to) + "\n\n";
    out += movesText(
        ch.stages, "Areas that moved stage", ch.hasStageHistory ? "" : "stage",
        [&](std::uint32_t i) -> const auto& { return atlas.areas()[i]; }, stageText);
    out += "Areas by stage:";
    for (const auto& [label, counts] :
         {std::pair{ch.from, &ch.areasByStageFrom}, std::pair{ch.to, &ch.areasByStageTo}}) {
        out += " FY" + std::to_string(label);
        for (int s = 1; s <= kStageCount; ++s)
            out += " " + std::to_string(s) + "=" +
                   std::to_string((*counts)[static_cast<std::size_t>(s)]);
        out += " none=" + std::to_string((*counts)[0]) + (label == ch.from ? ";" : "");
    }
    out += "\n\n";
    out += movesText(
        ch.levels, "Estates whose IEAT eco level changed", ch.hasLevelHistory ? "" : "IEAT level",
        [&](std::uint32_t i) -> const auto& { return atlas.estates()[i]; }, levelText);
    out += "\nCertificates granted in fiscal years " + std::to_string(ch.from + 1) + "-" +
           std::to_string(ch.to) + ", by province:\n";
    std::snprintf(line, sizeof line, "%-9s %-28s %7s %7s %7s %7s %7s %6s %6s %8s %7s\n", "province",
                  "name", "GI1", "GI2", "GI3", "GI4", "GI5", "eco", "csr", "granted", "revoked");
    out += line;
    auto row = [&](const CertificateChanges& r) {
        std::string name = r.nameEn.size() > 28 ? r.nameEn.substr(0, 27) + "~" : r.nameEn;
        std::snprintf(
            line, sizeof line, "%-9s %-28s %7lld %7lld %7lld %7lld %7lld %6lld %6lld %8lld %7lld\n",
            r.key.empty() ? "-" : r.key.c_str(), name.c_str(), static_cast<long long>(r.gi[1]),
            static_cast<long long>(r.gi[2]), static_cast<long long>(r.gi[3]),
            static_cast<long long>(r.gi[4]), static_cast<long long>(r.gi[5]),
            static_cast<long long>(r.ecoFactory), static_cast<long long>(r.csrDiw),
            static_cast<long long>(r.granted()), static_cast<long long>(r.revoked));
        out += line;
    };
    for (const CertificateChanges& r : ch.provinces)
        row(r);
    row(ch.total);
    if (ch.total.revoked == 0)
        return out;
    out += "\nCertificates revoked in fiscal years " + std::to_string(ch.from + 1) + "-" +
           std::to_string(ch.to) + ", by province:\n";
    std::snprintf(line, sizeof line, "%-9s %-28s %7s %7s %7s %7s %7s %6s %6s %8s\n", "province",
                  "name", "GI1", "GI2", "GI3", "GI4", "GI5", "eco", "csr", "revoked");
    out += line;
    auto revokedRow = [&](const CertificateChanges& r) {
        std::string name = r.nameEn.size() > 28 ? r.nameEn.substr(0, 27) + "~" : r.nameEn;
        std::snprintf(
            line, sizeof line, "%-9s %-28s %7lld %7lld %7lld %7lld %7lld %6lld %6lld %8lld\n",
            r.key.empty() ? "-" : r.key.c_str(), name.c_str(),
            static_cast<long long>(r.revokedGi[1]), static_cast<long long>(r.revokedGi[2]),
            static_cast<long long>(r.revokedGi[3]), static_cast<long long>(r.revokedGi[4]),
            static_cast<long long>(r.revokedGi[5]), static_cast<long long>(r.revokedEcoFactory),
            static_cast<long long>(r.revokedCsrDiw), static_cast<long long>(r.revoked));
        out += line;
    };
    for (const CertificateChanges& r : ch.provinces) {
        if (r.revoked > 0)
            revokedRow(r);
    }
    revokedRow(ch.total);
    return out;
}

}  // namespace ecotown::layers
