// Filters: what users type is parsed strictly (UsageError naming the flag), and select() agrees
// with a brute-force reading of the filter's definition, on the fixture and on the bundled data.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "AtlasFixture.hpp"
#include "TestSupport.hpp"
#include "geo/Error.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Filter.hpp"

namespace ecotown::test {

namespace {

using namespace ecotown::layers;

template <typename Fn>
std::string usageMessage(Fn&& fn) {
    try {
        fn();
    } catch (const UsageError& e) {
        return e.what();
    }
    return "(no UsageError)";
}

TEST(FilterParse, Ranges) {
    EXPECT_EQ(parseRange("3", "--stage", 1, 5), (IntRange{3, 3}));
    EXPECT_EQ(parseRange(" 3-5 ", "--stage", 1, 5), (IntRange{3, 5}));
    EXPECT_NE(usageMessage([] { parseRange("6", "--stage", 1, 5); }).find("--stage"),
              std::string::npos);
    EXPECT_THROW(parseRange("5-3", "--stage", 1, 5), UsageError);
    EXPECT_THROW(parseRange("three", "--stage", 1, 5), UsageError);
    EXPECT_THROW(parseRange("3-", "--stage", 1, 5), UsageError);
    EXPECT_THROW(parseRange("", "--stage", 1, 5), UsageError);
    EXPECT_THROW(parseRange("3.5", "--stage", 1, 5), UsageError);
    EXPECT_EQ(parseIntList("1,3", "--phase", 1, 3), (std::vector<int>{1, 3}));
    EXPECT_EQ(parseIntList("1-2", "--phase", 1, 3), (std::vector<int>{1, 2}));
    EXPECT_THROW(parseIntList("4", "--phase", 1, 3), UsageError);
}

TEST(FilterParse, CertificationRules) {
    const auto rules = parseCertificationRules("gi:3-5,eco-factory,csr-diw", "--cert");
    ASSERT_EQ(rules.size(), 3u);
    EXPECT_EQ(rules[0].type, CertificationType::GreenIndustry);
    EXPECT_EQ(rules[0].levels, (IntRange{3, 5}));
    EXPECT_EQ(rules[1].type, CertificationType::EcoFactory);
    EXPECT_EQ(rules[2].type, CertificationType::CsrDiw);
    const auto gi = parseCertificationRules("gi", "--cert");
    ASSERT_EQ(gi.size(), 1u);
    EXPECT_EQ(gi[0].levels, (IntRange{1, 5}));
    EXPECT_EQ(parseCertificationRules("gi:4", "--cert")[0].levels, (IntRange{4, 4}));
    EXPECT_THROW(parseCertificationRules("gi:0-6", "--cert"), UsageError);
    EXPECT_THROW(parseCertificationRules("eco-factory:3", "--cert"), UsageError);
    EXPECT_THROW(parseCertificationRules("gold", "--cert"), UsageError);
    EXPECT_NE(
        usageMessage([] { parseCertificationRules("gold", "--cert"); }).find("--cert: 'gold'"),
        std::string::npos);
}

TEST(FilterParse, BboxRegionsYears) {
    const geo::Extent e = parseBbox("100.5,12.5,101.5,13.5", "--bbox");
    EXPECT_TRUE(e.valid);
    EXPECT_EQ(e.minX, 100.5);
    EXPECT_EQ(e.maxY, 13.5);
    EXPECT_THROW(parseBbox("100,12,101", "--bbox"), UsageError);
    EXPECT_THROW(parseBbox("101,12,100,13", "--bbox"), UsageError);
    EXPECT_THROW(parseBbox("100,12,101,x", "--bbox"), UsageError);
    EXPECT_THROW(parseBbox("100,12,101,95", "--bbox"), UsageError);
    EXPECT_THROW(parseBbox("100,5;12,101,13", "--bbox"), UsageError);
    EXPECT_EQ(parseRegions("east, ภาคเหนือ", "--region"),
              (std::vector<Region>{Region::East, Region::North}));
    EXPECT_THROW(parseRegions("mars", "--region"), UsageError);
    EXPECT_EQ(parseYears("2019-2022", "--year"), (IntRange{2019, 2022}));
    EXPECT_EQ(parseYears("2565", "--year"), (IntRange{2022, 2022}));  // B.E.
    EXPECT_THROW(parseYears("2022-2019", "--year"), UsageError);
    EXPECT_THROW(parseYears("22", "--year"), UsageError);
    EXPECT_EQ(splitList(" TH-21, ,ชลบุรี,"), (std::vector<std::string>{"TH-21", "ชลบุรี"}));
}

TEST(FilterParse, PolygonTouchesBoxExactly) {
    const geo::Geometry tri = geo::Geometry::fromWkt("POLYGON((0 0,10 0,0 10,0 0))");
    auto box = [](double a, double b, double c, double d) {
        geo::Extent e;
        e.minX = a, e.minY = b, e.maxX = c, e.maxY = d, e.valid = true;
        return e;
    };
    EXPECT_TRUE(polygonIntersectsBox(tri, box(1, 1, 2, 2)));      // box inside
    EXPECT_TRUE(polygonIntersectsBox(tri, box(-5, -5, 20, 20)));  // polygon inside
    EXPECT_TRUE(polygonIntersectsBox(tri, box(4, 4, 6, 6)));      // crossing the diagonal
    EXPECT_FALSE(polygonIntersectsBox(tri, box(6, 6, 9, 9)));  // in the envelope, outside the shape
    EXPECT_FALSE(polygonIntersectsBox(tri, box(11, 0, 12, 1)));
    const geo::Geometry holed =
        geo::Geometry::fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,8 2,8 8,2 8,2 2))");
    EXPECT_FALSE(polygonIntersectsBox(holed, box(3, 3, 4, 4)));  // inside the hole
    EXPECT_TRUE(polygonIntersectsBox(holed, box(1, 1, 3, 3)));
}

// --- select() against brute force ----------------------------------------------------------

// The filter's definition, read literally, one thing at a time.
Selection bruteForce(const Atlas& a, const Filter& filter) {
    Selection s;
    std::vector<bool> provinceOk(a.provinces().size(), true);
    if (!filter.provinces.empty()) {
        std::fill(provinceOk.begin(), provinceOk.end(), false);
        for (const auto& text : filter.provinces) {
            for (std::size_t i = 0; i < a.provinces().size(); ++i) {
                const Province& p = a.provinces()[i];
                if (text == p.code || text == p.nameEn || text == p.nameTh ||
                    text == std::to_string(p.number)) {
                    provinceOk[i] = true;
                }
            }
        }
    }
    for (std::size_t i = 0; i < a.provinces().size(); ++i) {
        if (!filter.regions.empty() && std::find(filter.regions.begin(), filter.regions.end(),
                                                 a.provinces()[i].region) == filter.regions.end()) {
            provinceOk[i] = false;
        }
    }
    const bool byProvince = !filter.provinces.empty() || !filter.regions.empty();
    auto provinceIn = [&](std::int32_t p) {
        return p == kNoIndex ? !byProvince : bool(provinceOk[static_cast<std::size_t>(p)]);
    };
    auto boxTouches = [&](const geo::Geometry& g) {
        return !filter.bbox || polygonIntersectsBox(g, *filter.bbox);
    };
    auto areaStageOk = [&](const EcoTownArea& area) {
        if (!filter.phases.empty() && std::find(filter.phases.begin(), filter.phases.end(),
                                                area.phase) == filter.phases.end()) {
            return false;
        }
        return !filter.stages ||
               (area.stage && filter.stages->contains(static_cast<int>(*area.stage)));
    };
    for (std::size_t i = 0; i < a.provinces().size(); ++i) {
        if (provinceOk[i] && boxTouches(a.provinces()[i].shape))
            s.provinces.push_back(static_cast<std::uint32_t>(i));
    }
    for (std::size_t i = 0; i < a.areas().size(); ++i) {
        const EcoTownArea& area = a.areas()[i];
        if (provinceIn(area.province) && areaStageOk(area) && boxTouches(area.shape)) {
            s.areas.push_back(static_cast<std::uint32_t>(i));
        }
    }
    for (std::size_t i = 0; i < a.estates().size(); ++i) {
        if (provinceIn(a.estates()[i].province) && boxTouches(a.estates()[i].shape)) {
            s.estates.push_back(static_cast<std::uint32_t>(i));
        }
    }
    const FactoryTable& f = a.factories();
    const CertificateTable& c = a.certificates();
    // each factory's certificates from one scan of the table (not the atlas's certBegin ranges)
    std::vector<std::vector<std::size_t>> certsOf(f.size());
    for (std::size_t k = 0; k < c.size(); ++k)
        certsOf[static_cast<std::size_t>(c.factory[k])].push_back(k);
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (byProvince &&
            (f.province[i] == kNoIndex || !provinceOk[static_cast<std::size_t>(f.province[i])]))
            continue;
        if ((!filter.phases.empty() || filter.stages) &&
            (f.area[i] == kNoIndex ||
             !areaStageOk(a.areas()[static_cast<std::size_t>(f.area[i])]))) {
            continue;
        }
        if (filter.bbox && !filter.bbox->contains(f.lon[i], f.lat[i]))
            continue;
        if (!filter.certifications.empty() || filter.years) {
            bool any = false;
            for (std::size_t k : certsOf[i]) {
                if (filter.years &&
                    (c.fiscalYear[k] < filter.years->min || c.fiscalYear[k] > filter.years->max))
                    continue;
                if (filter.certifications.empty())
                    any = true;
                for (const auto& rule : filter.certifications) {
                    if (rule.type == c.type[k] && (rule.type != CertificationType::GreenIndustry ||
                                                   rule.levels.contains(c.level[k]))) {
                        any = true;
                    }
                }
            }
            if (!any)
                continue;
        }
        s.factories.push_back(static_cast<std::uint32_t>(i));
    }
    return s;
}

void expectSame(const Selection& got, const Selection& want, const std::string& what) {
    EXPECT_EQ(got.provinces, want.provinces) << what;
    EXPECT_EQ(got.areas, want.areas) << what;
    EXPECT_EQ(got.estates, want.estates) << what;
    EXPECT_EQ(got.factories.size(), want.factories.size()) << what;
    EXPECT_TRUE(got.factories == want.factories) << what;
}

class FilterOnFixture : public AtlasFixture {
  protected:
    static std::vector<std::string> ids(const Selection& s) {
        std::vector<std::string> out;
        for (std::uint32_t i : s.factories)
            out.emplace_back(s_atlas->factories().id[i]);
        return out;
    }
};

TEST_F(FilterOnFixture, NoFilterSelectsEverything) {
    const Selection s = select(*s_atlas, Filter{});
    EXPECT_EQ(s.provinces.size(), 4u);
    EXPECT_EQ(s.areas.size(), 3u);
    EXPECT_EQ(s.estates.size(), 2u);
    EXPECT_EQ(s.factories.size(), 8u);
    EXPECT_EQ(s.asOfYear, 2022);
}

TEST_F(FilterOnFixture, KnownAnswers) {
    Filter f;
    f.provinces = {"Rayong"};
    EXPECT_EQ(ids(select(*s_atlas, f)),
              (std::vector<std::string>{"F0000001", "F0000002"}));  // by geometry
    f = {};
    f.regions = {Region::East};
    EXPECT_EQ(ids(select(*s_atlas, f)),
              (std::vector<std::string>{"F0000001", "F0000002", "F0000003", "F0000008"}));
    f = {};
    f.stages = IntRange{3, 5};
    const Selection staged = select(*s_atlas, f);
    EXPECT_EQ(ids(staged), (std::vector<std::string>{"F0000001", "F0000003", "F0000008"}));
    EXPECT_EQ(staged.areas, (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(staged.provinces.size(), 4u);  // stages do not limit provinces
    f = {};
    f.certifications = parseCertificationRules("gi:3-5", "--cert");
    EXPECT_EQ(ids(select(*s_atlas, f)),
              (std::vector<std::string>{"F0000001", "F0000003", "F0000007"}));
    f.years = IntRange{2019, 2022};  // F0000007's GI4 is from 2018
    EXPECT_EQ(ids(select(*s_atlas, f)), (std::vector<std::string>{"F0000001", "F0000003"}));
    EXPECT_EQ(select(*s_atlas, f).asOfYear, 2022);
    f = {};
    f.years = IntRange{2016, 2016};  // any certificate granted then
    EXPECT_EQ(ids(select(*s_atlas, f)), (std::vector<std::string>{"F0000008"}));
    f = {};
    f.certifications = parseCertificationRules("eco-factory,csr-diw", "--cert");
    EXPECT_EQ(ids(select(*s_atlas, f)),
              (std::vector<std::string>{"F0000001", "F0000003", "F0000008"}));
    f = {};
    f.bbox = parseBbox("101.1,13.1,101.5,13.5", "--bbox");
    const Selection boxed = select(*s_atlas, f);
    EXPECT_EQ(ids(boxed), (std::vector<std::string>{"F0000001"}));
    EXPECT_EQ(boxed.provinces, (std::vector<std::uint32_t>{2}));
    EXPECT_EQ(boxed.areas, (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(boxed.estates, (std::vector<std::uint32_t>{0}));
}

TEST_F(FilterOnFixture, QuotesInNamesSimplyMatchNothing) {
    Filter f;
    f.provinces = {"Chon' Buri\"", "'; DROP TABLE factories; --"};
    const Selection s = select(*s_atlas, f);
    EXPECT_TRUE(s.provinces.empty());
    EXPECT_TRUE(s.areas.empty());
    EXPECT_TRUE(s.estates.empty());
    EXPECT_TRUE(s.factories.empty());
    EXPECT_EQ(s.unmatchedProvinces.size(), 2u);
    // one good value among bad ones still selects its province
    f.provinces.push_back("ชลบุรี");
    EXPECT_EQ(select(*s_atlas, f).provinces, (std::vector<std::uint32_t>{1}));
}

TEST_F(FilterOnFixture, EmptyResultIsAResult) {
    Filter f;
    f.regions = {Region::South};
    const Selection s = select(*s_atlas, f);
    EXPECT_TRUE(s.provinces.empty() && s.areas.empty() && s.estates.empty() && s.factories.empty());
}

TEST_F(FilterOnFixture, AgreesWithBruteForce) {
    std::vector<Filter> filters(1);
    Filter f;
    f.provinces = {"TH-21", "Bangkok"};
    filters.push_back(f);
    f.stages = IntRange{4, 4};
    filters.push_back(f);
    f = {};
    f.phases = {3};
    filters.push_back(f);
    f.certifications = parseCertificationRules("gi:1-2", "--cert");
    filters.push_back(f);
    f = {};
    f.bbox = parseBbox("99,13,100.6,14", "--bbox");
    f.years = IntRange{2013, 2018};
    filters.push_back(f);
    for (std::size_t i = 0; i < filters.size(); ++i) {
        expectSame(select(*s_atlas, filters[i]), bruteForce(*s_atlas, filters[i]),
                   "filter " + std::to_string(i));
    }
}

TEST(FilterOnBundled, AgreesWithBruteForce) {
    if (!std::filesystem::exists(ECOTOWN_BUNDLED_GPKG))
        GTEST_SKIP() << "no bundled dataset";
    AtlasLoadOptions options;
    options.factoryNames = false;
    const Atlas atlas = readBundledAtlas(ECOTOWN_BUNDLED_GPKG, options);
    std::mt19937 random(2566);
    const std::vector<std::string> someProvinces = {"TH-20", "TH-21", "TH-10",
                                                    "TH-50", "TH-74", "TH-90"};
    const std::vector<std::string> certs = {"gi",      "gi:3-5",       "eco-factory",
                                            "csr-diw", "gi:1,csr-diw", "gi:5"};
    for (int round = 0; round < 12; ++round) {
        Filter f;
        if (random() % 2)
            f.provinces = {someProvinces[random() % 6], someProvinces[random() % 6]};
        if (random() % 3 == 0)
            f.regions = {kRegions[random() % 6]};
        if (random() % 3 == 0)
            f.phases = {static_cast<int>(random() % 3) + 1};
        if (random() % 3 == 0)
            f.stages = IntRange{static_cast<int>(random() % 3) + 1, 4};
        if (random() % 2)
            f.certifications = parseCertificationRules(certs[random() % certs.size()], "--cert");
        if (random() % 2)
            f.years = IntRange{2011 + static_cast<int>(random() % 6),
                               2017 + static_cast<int>(random() % 6)};
        if (random() % 3 == 0)
            f.bbox = parseBbox("100.5,12.5,101.5,13.6", "--bbox");
        expectSame(select(atlas, f), bruteForce(atlas, f), "round " + std::to_string(round));
    }
}

}  // namespace
}  // namespace ecotown::test
