// The queries of the window's server view (layers::ServerQueries) on a real PostgreSQL/PostGIS
// server (ECOTOWN_TEST_PG, started by scripts/test.sh), against the same atlas read whole from
// the bundled GeoPackage: the polygons without factories, the server's counts, the map cells and
// the factories of a box are what the whole atlas gives.

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/Statistics.hpp"

using namespace ecotown;

namespace {

class ServerQueriesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const char* server = std::getenv("ECOTOWN_TEST_PG");
        if (!server)
            GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
        m_server = server;
        m_schema = "serverview" + std::to_string(::getpid());
        layers::PublishOptions options;
        options.schema = m_schema;
        layers::publishAtlas(ECOTOWN_BUNDLED_GPKG, server, options);
        m_store = layers::AtlasStore::open(m_server + " schemas=" + m_schema);
        ASSERT_NE(m_store->server(), nullptr);
        m_whole = layers::readBundledAtlas(ECOTOWN_BUNDLED_GPKG);
    }
    void TearDown() override {
        if (!m_server.empty()) {
            auto db = geo::SqlConnection::openPostgres(m_server);
            db->execute("DROP SCHEMA IF EXISTS " + db->quoteIdentifier(m_schema) + " CASCADE");
        }
    }
    static std::vector<std::string> idsOf(const layers::Atlas& atlas,
                                          const layers::Selection& sel) {
        std::vector<std::string> ids;
        for (std::uint32_t i : sel.factories)
            ids.emplace_back(atlas.factories().id[i]);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    std::string m_server, m_schema;
    std::unique_ptr<layers::AtlasStore> m_store;
    layers::Atlas m_whole;
};

}  // namespace

TEST_F(ServerQueriesTest, ThePlacesComeWithoutFactoriesAndWithEveryCertificateYear) {
    layers::ServerQueries& server = *m_store->server();
    const layers::Atlas places = server.places();
    EXPECT_EQ(places.factories().size(), 0u);
    EXPECT_EQ(places.provinces().size(), m_whole.provinces().size());
    EXPECT_EQ(places.areas().size(), m_whole.areas().size());
    EXPECT_EQ(places.estates().size(), m_whole.estates().size());
    EXPECT_EQ(places.firstCertificateYear(), m_whole.firstCertificateYear());
    EXPECT_EQ(places.lastCertificateYear(), m_whole.lastCertificateYear());
    // publish ran ANALYZE: the planner's estimate is the table's size, read without a scan
    EXPECT_EQ(server.factoryEstimate(), static_cast<std::int64_t>(m_whole.factories().size()));
}

TEST_F(ServerQueriesTest, TheServersCountsAreTheWholeAtlassForEachFilter) {
    layers::ServerQueries& server = *m_store->server();
    layers::Atlas places = server.places();
    std::vector<layers::Filter> filters(5);
    filters[1].provinces = {"TH-21"};
    filters[2].regions = {layers::Region::East};
    filters[3].certifications = {{layers::CertificationType::GreenIndustry, {3, 5}}};
    filters[4].provinces = {"TH-10"};
    filters[4].asOf = 2018;
    for (const layers::Filter& filter : filters) {
        m_whole.applyAsOf(filter.asOf);
        places.applyAsOf(filter.asOf);
        const layers::Statistics expected = layers::computeStatistics(
            m_whole, layers::select(m_whole, filter), layers::GroupBy::Province);
        const layers::Statistics got = server.statistics(places, filter, layers::GroupBy::Province);
        EXPECT_EQ(got.total.counts.factories, expected.total.counts.factories);
        EXPECT_EQ(got.total.counts.withGi, expected.total.counts.withGi);
        EXPECT_EQ(got.total.counts.ecoFactory, expected.total.counts.ecoFactory);
        EXPECT_EQ(got.total.counts.csrDiw, expected.total.counts.csrDiw);
        EXPECT_EQ(got.total.counts.giLevel, expected.total.counts.giLevel);
        EXPECT_EQ(got.areasByStage, expected.areasByStage);
        ASSERT_EQ(got.rows.size(), expected.rows.size());
        for (std::size_t r = 0; r < got.rows.size(); ++r) {
            EXPECT_EQ(got.rows[r].key, expected.rows[r].key);
            EXPECT_EQ(got.rows[r].counts.factories, expected.rows[r].counts.factories);
        }
    }
}

TEST_F(ServerQueriesTest, EveryZoomsCellsHoldThePlacesFactoriesOnce) {
    layers::ServerQueries& server = *m_store->server();
    const layers::Atlas places = server.places();
    layers::Filter east;
    east.regions = {layers::Region::East};
    const std::size_t inEast = layers::select(m_whole, east).factories.size();
    ASSERT_GT(inEast, 0u);
    for (int zoom = layers::kFirstCellZoom; zoom <= layers::kLastCellZoom; ++zoom) {
        std::int64_t all = 0, east8 = 0;
        for (const layers::DensityCell& c : server.cells(places, {}, zoom, std::nullopt))
            all += c.factories;
        for (const layers::DensityCell& c : server.cells(places, east, zoom, std::nullopt))
            east8 += c.factories;
        EXPECT_EQ(all, static_cast<std::int64_t>(m_whole.factories().size())) << zoom;
        EXPECT_EQ(east8, static_cast<std::int64_t>(inEast)) << zoom;
    }
}

TEST_F(ServerQueriesTest, TheFactoriesOfABoxAreTheWholeAtlassInThatBox) {
    layers::ServerQueries& server = *m_store->server();
    const layers::Atlas places = server.places();
    layers::Filter filter;
    filter.bbox = geo::Extent{100.8, 12.5, 101.5, 13.3};  // Chon Buri and Rayong's coast
    const layers::Atlas view = server.placed(places, filter);
    const std::vector<std::string> got = idsOf(view, layers::select(view, filter));
    const std::vector<std::string> expected = idsOf(m_whole, layers::select(m_whole, filter));
    ASSERT_GT(expected.size(), 10u);
    EXPECT_EQ(got, expected);
    // only the box's factories were read, each with its certificates and its place
    EXPECT_EQ(view.factories().size(), expected.size());
    EXPECT_EQ(view.provinces().size(), places.provinces().size());
    for (std::size_t i = 0; i < view.factories().size(); ++i) {
        const std::optional<std::size_t> w = m_whole.findFactory(view.factories().id[i]);
        ASSERT_TRUE(w);
        EXPECT_EQ(view.factories().area[i], m_whole.factories().area[*w]);
        EXPECT_EQ(view.statusAsOf(i, 2022).giLevel, m_whole.statusAsOf(*w, 2022).giLevel);
    }
}

TEST_F(ServerQueriesTest, TheCertificatesThatChangedAreTheWholeAtlass) {
    layers::ServerQueries& server = *m_store->server();
    // A revocation, so that both halves are counted: the first GI certificate, from FY2021.
    auto db = geo::SqlConnection::openPostgres(m_server);
    const std::string certId =
        db->query(
              "SELECT cert_id FROM " + db->quoteIdentifier(m_schema) +
              ".certificates WHERE fiscal_year <= 2019 AND cert_type = 'gi' ORDER BY fid LIMIT 1")
            .text(0, 0);
    ASSERT_FALSE(certId.empty());
    m_store->revokeCertificate({certId, 2021, "test"});
    // ... and a certificate recorded after publish's counting.
    m_store->addCertificates({{std::string(m_whole.factories().id[0]),
                               layers::CertificationType::EcoFactory, 0, 2021, "test"}});
    const layers::Atlas whole = layers::readBundledAtlas(m_server + " schemas=" + m_schema);
    const layers::Atlas places = server.places();
    std::vector<layers::Filter> filters(3);
    filters[1].regions = {layers::Region::East};
    filters[2].provinces = {std::string(
        whole.provinces()[static_cast<std::size_t>(whole.factories().province[0])].code)};
    for (const layers::Filter& f : filters) {
        const layers::Filter filter = layers::changesFilter(f, 2019, 2021);
        const std::vector<layers::CertificateChanges> expected =
            layers::certificateChangesOf(whole, layers::select(whole, filter), 2019, 2021);
        const std::vector<layers::CertificateChanges> got =
            server.certificateChanges(places, filter, 2019, 2021);
        ASSERT_EQ(got.size(), expected.size());
        std::int64_t granted = 0, revoked = 0;
        for (std::size_t g = 0; g < got.size(); ++g) {
            EXPECT_EQ(got[g].gi, expected[g].gi) << g;
            EXPECT_EQ(got[g].ecoFactory, expected[g].ecoFactory) << g;
            EXPECT_EQ(got[g].csrDiw, expected[g].csrDiw) << g;
            EXPECT_EQ(got[g].revoked, expected[g].revoked) << g;
            EXPECT_EQ(got[g].revokedGi, expected[g].revokedGi) << g;
            granted += got[g].granted();
            revoked += got[g].revoked;
        }
        EXPECT_GT(granted, 0);
        if (f.regions.empty() && f.provinces.empty()) {
            EXPECT_EQ(revoked, 1);
        }
    }
    // A certification rule needs the factories: refused in one line.
    layers::Filter gi;
    gi.certifications = {{layers::CertificationType::GreenIndustry, {1, 5}}};
    EXPECT_THROW(
        server.certificateChanges(places, layers::changesFilter(gi, 2019, 2021), 2019, 2021),
        UsageError);
}
