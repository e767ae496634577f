// A revoked certificate (CertificateTable::revokedFrom) counts up to the fiscal year before its
// revocation and nowhere from it on: the level a factory holds, the certification filter, the
// statistics and the changes between two years.

#include <gtest/gtest.h>

#include "layers/Changes.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

using namespace ecotown::layers;

namespace {

// F1: GI 2 (2018), GI 4 (2020, revoked from 2022); F2: Eco Factory (2019, revoked from 2021).
// The rows are given out of order: setFactories sorts them with their revocations.
Atlas twoFactories() {
    FactoryTable f;
    f.id.push_back("F1");
    f.id.push_back("F2");
    f.lon = {100.5, 101.0};
    f.lat = {13.7, 14.0};
    CertificateTable c;
    c.factory = {0, 1, 0};
    c.type = {CertificationType::GreenIndustry, CertificationType::EcoFactory,
              CertificationType::GreenIndustry};
    c.level = {4, 0, 2};
    c.fiscalYear = {2020, 2019, 2018};
    c.revokedFrom = {2022, 2021, 0};
    Atlas atlas;
    atlas.setFactories(std::move(f), std::move(c));
    return atlas;
}

}  // namespace

TEST(CertificateRevocationTest, AFactoryHoldsARevokedCertificateOnlyBeforeItsRevocation) {
    const Atlas atlas = twoFactories();
    EXPECT_EQ(atlas.giLevelAsOf(0, 2019), 2);
    EXPECT_EQ(atlas.giLevelAsOf(0, 2021), 4);
    EXPECT_EQ(atlas.giLevelAsOf(0, 2022), 2);
    EXPECT_EQ(atlas.statusAsOf(0, 2022).giYear, 2018);
    EXPECT_TRUE(atlas.statusAsOf(1, 2020).ecoFactory);
    EXPECT_FALSE(atlas.statusAsOf(1, 2021).ecoFactory);
    // The latest year is the last revocation's: the latest view leaves it out.
    EXPECT_EQ(atlas.lastCertificateYear(), 2022);
    EXPECT_EQ(atlas.firstCertificateYear(), 2018);
}

TEST(CertificateRevocationTest, FiltersAndStatisticsLeaveOutWhatIsRevokedByTheYear) {
    const Atlas atlas = twoFactories();
    Filter gi4;
    gi4.certifications = {{CertificationType::GreenIndustry, {4, 4}}};
    EXPECT_TRUE(select(atlas, gi4).factories.empty());
    gi4.asOf = 2021;
    EXPECT_EQ(select(atlas, gi4).factories, std::vector<std::uint32_t>{0});

    const Statistics latest = computeStatistics(atlas, select(atlas, Filter{}), GroupBy::Province);
    EXPECT_EQ(latest.total.counts.giLevel[2], 1);
    EXPECT_EQ(latest.total.counts.giLevel[4], 0);
    EXPECT_EQ(latest.total.counts.giCertificates[4], 0);
    EXPECT_EQ(latest.total.counts.giCertificates[2], 1);
    EXPECT_EQ(latest.total.counts.ecoFactory, 0);
    EXPECT_EQ(latest.total.counts.ecoFactoryCertificates, 0);
    Filter asOf2020;
    asOf2020.asOf = 2020;
    const Statistics then = computeStatistics(atlas, select(atlas, asOf2020), GroupBy::Province);
    EXPECT_EQ(then.total.counts.giLevel[4], 1);
    EXPECT_EQ(then.total.counts.ecoFactory, 1);
    EXPECT_EQ(then.total.counts.ecoFactoryCertificates, 1);
}

TEST(CertificateRevocationTest, ChangesCountTheRevocationsOfTheirYearsByLevel) {
    const Atlas atlas = twoFactories();
    const Selection s = select(atlas, changesFilter({}, 2021, 2022));
    // F1 is selected for its revocation alone: it was granted nothing in 2022.
    EXPECT_EQ(s.factories, std::vector<std::uint32_t>{0});
    const Changes ch = computeChanges(atlas, s, 2021, 2022);
    EXPECT_EQ(ch.total.revoked, 1);
    EXPECT_EQ(ch.total.revokedGi[4], 1);
    EXPECT_EQ(ch.total.granted(), 0);
    const Changes before =
        computeChanges(atlas, select(atlas, changesFilter({}, 2020, 2021)), 2020, 2021);
    EXPECT_EQ(before.total.revoked, 1);
    EXPECT_EQ(before.total.revokedEcoFactory, 1);
    EXPECT_EQ(before.total.revokedGi[4], 0);
}
