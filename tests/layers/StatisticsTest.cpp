// Statistics: rows add up to the totals for every grouping, and every count equals one computed
// independently (per factory through Atlas::statusAsOf / giLevelAsOf, grouped by hand).

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "AtlasFixture.hpp"
#include "TestSupport.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::test {

namespace {

using namespace ecotown::layers;

void expectRowsAddUp(const Statistics& st) {
    StatisticsRow sum;
    for (const StatisticsRow& r : st.rows) {
        sum.provinces += r.provinces;
        sum.areas += r.areas;
        sum.estates += r.estates;
        sum.counts.factories += r.counts.factories;
        sum.counts.withGi += r.counts.withGi;
        sum.counts.ecoFactory += r.counts.ecoFactory;
        sum.counts.csrDiw += r.counts.csrDiw;
        for (std::size_t l = 0; l < 6; ++l) {
            sum.counts.giLevel[l] += r.counts.giLevel[l];
            sum.counts.giCertificates[l] += r.counts.giCertificates[l];
        }
        // within a row: the levels partition the factories
        std::int64_t levels = 0;
        for (std::size_t l = 0; l < 6; ++l)
            levels += r.counts.giLevel[l];
        EXPECT_EQ(levels, r.counts.factories) << r.key;
        EXPECT_EQ(r.counts.factories - r.counts.giLevel[0], r.counts.withGi) << r.key;
    }
    EXPECT_EQ(sum.provinces, st.total.provinces);
    EXPECT_EQ(sum.areas, st.total.areas);
    EXPECT_EQ(sum.estates, st.total.estates);
    EXPECT_EQ(sum.counts.factories, st.total.counts.factories);
    EXPECT_EQ(sum.counts.giLevel, st.total.counts.giLevel);
    EXPECT_EQ(sum.counts.giCertificates, st.total.counts.giCertificates);
    EXPECT_EQ(sum.counts.withGi, st.total.counts.withGi);
    EXPECT_EQ(sum.counts.ecoFactory, st.total.counts.ecoFactory);
    EXPECT_EQ(sum.counts.csrDiw, st.total.counts.csrDiw);
    std::int64_t stages = 0, phases = 0, levels = 0;
    for (auto n : st.areasByStage)
        stages += n;
    for (auto n : st.areasByPhase)
        phases += n;
    for (auto n : st.estatesByEcoLevel)
        levels += n;
    EXPECT_EQ(phases, st.total.areas);
    EXPECT_EQ(levels, st.total.estates);
    EXPECT_LE(stages, st.total.areas);
}

// Group key of each selected factory, computed from the atlas by hand; then per-key counts.
struct Expected {
    std::int64_t factories = 0, withGi = 0, eco = 0, csr = 0;
    std::array<std::int64_t, 6> levels{};
};

std::map<std::string, Expected> expectedByGroup(const Atlas& a, const Selection& s, GroupBy by) {
    std::map<std::string, Expected> out;
    for (std::uint32_t i : s.factories) {
        std::string key;
        const auto p = a.factories().province[i];
        const auto ar = a.factories().area[i];
        switch (by) {
            case GroupBy::Province:
                key = p == kNoIndex ? "" : a.provinces()[static_cast<std::size_t>(p)].code;
                break;
            case GroupBy::Region:
                key =
                    p == kNoIndex
                        ? ""
                        : std::string(regionId(a.provinces()[static_cast<std::size_t>(p)].region));
                break;
            case GroupBy::Area:
                key = ar == kNoIndex ? "" : a.areas()[static_cast<std::size_t>(ar)].id;
                break;
            case GroupBy::Stage:
                key = ar == kNoIndex ? ""
                                     : std::to_string(static_cast<int>(
                                           *a.areas()[static_cast<std::size_t>(ar)].stage));
                break;
        }
        Expected& e = out[key];
        ++e.factories;
        const int level = a.giLevelAsOf(i, s.asOfYear);
        ++e.levels[static_cast<std::size_t>(level)];
        if (level > 0)
            ++e.withGi;
        const FactoryStatus st = a.statusAsOf(i, s.asOfYear);
        EXPECT_EQ(st.giLevel, level);
        if (st.ecoFactory)
            ++e.eco;
        if (st.csrDiw)
            ++e.csr;
    }
    return out;
}

void expectMatchesIndependentCounts(const Atlas& a, const Filter& f) {
    const Selection s = select(a, f);
    for (GroupBy by : {GroupBy::Province, GroupBy::Area, GroupBy::Region, GroupBy::Stage}) {
        const Statistics st = computeStatistics(a, s, by);
        SCOPED_TRACE(std::string(groupByName(by)));
        expectRowsAddUp(st);
        EXPECT_EQ(st.total.counts.factories, static_cast<std::int64_t>(s.factories.size()));
        EXPECT_EQ(st.total.areas, static_cast<std::int64_t>(s.areas.size()));
        EXPECT_EQ(st.total.estates, static_cast<std::int64_t>(s.estates.size()));
        const auto expected = expectedByGroup(a, s, by);
        for (const StatisticsRow& r : st.rows) {
            const auto it = expected.find(r.key);
            if (it == expected.end()) {
                EXPECT_EQ(r.counts.factories, 0) << r.key;
                continue;
            }
            EXPECT_EQ(r.counts.factories, it->second.factories) << r.key;
            EXPECT_EQ(r.counts.giLevel, it->second.levels) << r.key;
            EXPECT_EQ(r.counts.withGi, it->second.withGi) << r.key;
            EXPECT_EQ(r.counts.ecoFactory, it->second.eco) << r.key;
            EXPECT_EQ(r.counts.csrDiw, it->second.csr) << r.key;
        }
        for (const auto& [key, e] : expected) {
            EXPECT_TRUE(std::any_of(st.rows.begin(), st.rows.end(),
                                    [&](const StatisticsRow& r) { return r.key == key; }))
                << "no row for " << key;
        }
    }
}

class StatisticsOnFixture : public AtlasFixture {};

const StatisticsRow* row(const Statistics& st, const std::string& key) {
    for (const auto& r : st.rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

TEST_F(StatisticsOnFixture, KnownAnswersByProvince) {
    const Statistics st =
        computeStatistics(*s_atlas, select(*s_atlas, Filter{}), GroupBy::Province);
    ASSERT_NE(row(st, "TH-21"), nullptr);
    const StatisticsRow& rayong = *row(st, "TH-21");
    EXPECT_EQ(rayong.provinces, 1);
    EXPECT_EQ(rayong.areas, 1);
    EXPECT_EQ(rayong.estates, 1);
    EXPECT_EQ(rayong.counts.factories, 2);
    EXPECT_EQ(rayong.counts.giLevel[3], 1);
    EXPECT_EQ(rayong.counts.giLevel[2], 1);
    EXPECT_EQ(rayong.counts.ecoFactory, 1);
    EXPECT_EQ(rayong.nameTh, "ระยอง");
    ASSERT_NE(row(st, ""), nullptr);  // F0000006 at sea
    EXPECT_EQ(row(st, "")->counts.factories, 1);
    EXPECT_EQ(st.total.counts.factories, 8);
    EXPECT_EQ(st.total.counts.giCertificates[1], 3);
    EXPECT_EQ(st.total.counts.csrDiwCertificates, 2);
    EXPECT_EQ(st.areasByStage[4], 1);
    EXPECT_EQ(st.areasByStage[3], 1);
    EXPECT_EQ(st.areasByStage[1], 1);
    EXPECT_EQ(st.estatesByEcoLevel[0], 1);
    EXPECT_EQ(st.estatesByEcoLevel[3], 1);
    expectRowsAddUp(st);
}

TEST_F(StatisticsOnFixture, AsOfTheFiltersEndYear) {
    Filter f;
    f.years = IntRange{2011, 2014};
    const Statistics st = computeStatistics(*s_atlas, select(*s_atlas, f), GroupBy::Region);
    EXPECT_EQ(st.asOfYear, 2014);
    EXPECT_EQ(st.total.counts.factories, 1);  // F0000005 only
    EXPECT_EQ(st.total.counts.giLevel[2], 1);
    EXPECT_EQ(st.total.counts.giCertificates[1], 1);
    EXPECT_EQ(st.total.counts.giCertificates[2], 1);
    ASSERT_NE(row(st, "north"), nullptr);
    EXPECT_EQ(row(st, "north")->counts.factories, 1);
    EXPECT_EQ(row(st, "north")->provinces, 1);
}

TEST_F(StatisticsOnFixture, ByStageListsEveryStage) {
    const Statistics st = computeStatistics(*s_atlas, select(*s_atlas, Filter{}), GroupBy::Stage);
    for (const char* key : {"1", "2", "3", "4", "5", ""})
        EXPECT_NE(row(st, key), nullptr) << key;
    EXPECT_EQ(row(st, "4")->counts.factories, 1);
    EXPECT_EQ(row(st, "4")->estates, 1);
    EXPECT_EQ(row(st, "5")->areas, 0);
    EXPECT_EQ(row(st, "")->counts.factories, 4);  // F0000002, 4, 6, 7
    expectRowsAddUp(st);
}

TEST_F(StatisticsOnFixture, EmptySelectionGivesZeroTotals) {
    Filter f;
    f.provinces = {"Chon' Buri\""};
    for (GroupBy by : {GroupBy::Province, GroupBy::Area, GroupBy::Region, GroupBy::Stage}) {
        const Statistics st = computeStatistics(*s_atlas, select(*s_atlas, f), by);
        EXPECT_EQ(st.total.counts.factories, 0);
        EXPECT_EQ(st.total.areas, 0);
        EXPECT_EQ(st.total.estates, 0);
        EXPECT_EQ(st.total.provinces, 0);
        const std::string json = statisticsToJson(st);
        EXPECT_NE(json.find("\"factories\": 0"), std::string::npos);
        EXPECT_FALSE(statisticsToText(st).empty());
    }
}

TEST_F(StatisticsOnFixture, AgreesWithIndependentCounts) {
    expectMatchesIndependentCounts(*s_atlas, Filter{});
    Filter f;
    f.certifications = parseCertificationRules("gi:2-5,csr-diw", "--cert");
    expectMatchesIndependentCounts(*s_atlas, f);
}

TEST_F(StatisticsOnFixture, JsonAndTextCarryTheNumbers) {
    const Statistics st =
        computeStatistics(*s_atlas, select(*s_atlas, Filter{}), GroupBy::Province);
    const std::string json = statisticsToJson(st);
    EXPECT_NE(json.find("\"group_by\": \"province\""), std::string::npos);
    EXPECT_NE(json.find("\"name_th\": \"ระยอง\""), std::string::npos);
    EXPECT_NE(json.find("\"as_of_year\": 2022"), std::string::npos);
    const std::string text = statisticsToText(st);
    EXPECT_NE(text.find("TH-21"), std::string::npos);
    EXPECT_NE(text.find("total"), std::string::npos);
}

TEST(StatisticsOnBundled, AgreesWithIndependentCountsAndThePublishedTable) {
    if (!std::filesystem::exists(ECOTOWN_BUNDLED_GPKG))
        GTEST_SKIP() << "no bundled dataset";
    AtlasLoadOptions options;
    options.factoryNames = false;
    const Atlas atlas = readBundledAtlas(ECOTOWN_BUNDLED_GPKG, options);
    const Statistics all = computeStatistics(atlas, select(atlas, Filter{}), GroupBy::Stage);
    EXPECT_EQ(all.total.counts.factories, 78000);
    // the published table: 52,940 / 13,103 / 10,875 / 865 / 142 certificates by level
    EXPECT_EQ(all.total.counts.giCertificates[1], 52940);
    EXPECT_EQ(all.total.counts.giCertificates[2], 13103);
    EXPECT_EQ(all.total.counts.giCertificates[3], 10875);
    EXPECT_EQ(all.total.counts.giCertificates[4], 865);
    EXPECT_EQ(all.total.counts.giCertificates[5], 142);
    EXPECT_EQ(all.total.counts.ecoFactory, 172);
    EXPECT_EQ(all.areasByStage[4], 4);
    EXPECT_EQ(all.areasByStage[3], 14);
    EXPECT_EQ(all.areasByStage[1] + all.areasByStage[2], 36);
    EXPECT_EQ(all.total.areas, 54);
    Filter fy;
    fy.years = IntRange{2022, 2022};  // B.E. 2565: 33,704 certificates
    const Statistics y = computeStatistics(atlas, select(atlas, fy), GroupBy::Province);
    std::int64_t certs = 0;
    for (std::size_t l = 1; l <= 5; ++l)
        certs += y.total.counts.giCertificates[l];
    EXPECT_EQ(certs, 33704);

    expectMatchesIndependentCounts(atlas, Filter{});
    Filter f;
    f.regions = {Region::East};
    f.certifications = parseCertificationRules("gi:3-5,eco-factory", "--cert");
    f.years = IntRange{2015, 2020};
    expectMatchesIndependentCounts(atlas, f);
    Filter g;
    g.stages = IntRange{3, 4};
    g.phases = {1};
    expectMatchesIndependentCounts(atlas, g);
}

}  // namespace
}  // namespace ecotown::test
