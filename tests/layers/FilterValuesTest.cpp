// One conversion from typed filter values to a Filter, for the CLI and the window alike.

#include <gtest/gtest.h>

#include "geo/Error.hpp"
#include "layers/FilterValues.hpp"

namespace ecotown::test {
namespace {

std::string usageMessage(const layers::FilterValues& v) {
    try {
        layers::filterFromValues(v);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "(no UsageError)";
}

TEST(FilterValues, EveryValueBecomesItsCriterion) {
    layers::FilterValues v;
    v.provinces = "TH-21, ชลบุรี";
    v.regions = "east";
    v.phases = "1-2";
    v.stages = "3-5";
    v.certs = "gi:3-5,csr-diw";
    v.years = "2562-2565";  // B.E.
    v.bbox = "100,12,102,14";
    const layers::Filter f = layers::filterFromValues(v);
    EXPECT_EQ(f.provinces, (std::vector<std::string>{"TH-21", "ชลบุรี"}));
    EXPECT_EQ(f.regions, std::vector<layers::Region>{layers::Region::East});
    EXPECT_EQ(f.phases, (std::vector<int>{1, 2}));
    EXPECT_EQ(f.stages, (layers::IntRange{3, 5}));
    ASSERT_EQ(f.certifications.size(), 2u);
    EXPECT_EQ(f.certifications[0].levels, (layers::IntRange{3, 5}));
    EXPECT_EQ(f.certifications[1].type, layers::CertificationType::CsrDiw);
    EXPECT_EQ(f.years, (layers::IntRange{2019, 2022}));
    ASSERT_TRUE(f.bbox);
    EXPECT_DOUBLE_EQ(f.bbox->maxX, 102);
}

TEST(FilterValues, EmptyValuesSetNothingAndSeparatorsAloneAreAnError) {
    EXPECT_TRUE(layers::filterFromValues({}).isEmpty());
    layers::FilterValues commas;
    commas.provinces = " , ";
    EXPECT_NE(usageMessage(commas).find("--province"), std::string::npos) << usageMessage(commas);
    layers::FilterValues badStage;
    badStage.stages = "6";
    EXPECT_NE(usageMessage(badStage).find("--stage"), std::string::npos);
}

}  // namespace
}  // namespace ecotown::test
