// The map cells publish counts (layers/FactorySummary.hpp) on a real PostgreSQL/PostGIS server
// (ECOTOWN_TEST_PG, started by scripts/test.sh): every zoom's cells hold every factory once, a
// province filter keeps that province's, a view keeps the cells it touches.

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/FactorySummary.hpp"

using namespace ecotown;

namespace {

class FactorySummaryTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const char* server = std::getenv("ECOTOWN_TEST_PG");
        if (!server)
            GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
        m_schema = "cells" + std::to_string(::getpid());
        layers::PublishOptions options;
        options.schema = m_schema;
        layers::publishAtlas(ECOTOWN_BUNDLED_GPKG, server, options);
        m_db = geo::SqlConnection::openPostgres(server);
        layers::AtlasLoadOptions load;
        load.factories = false;
        m_atlas = layers::readBundledAtlas(std::string(server) + " schemas=" + m_schema, load);
    }
    void TearDown() override {
        if (m_db)
            m_db->execute("DROP SCHEMA IF EXISTS " + m_db->quoteIdentifier(m_schema) + " CASCADE");
    }
    std::int64_t number(const std::string& sqlAfterFrom) {
        return m_db
            ->query("SELECT count(*) FROM " + m_db->quoteIdentifier(m_schema) + "." + sqlAfterFrom)
            .integer(0, 0)
            .value_or(-1);
    }
    static std::int64_t total(const std::vector<layers::DensityCell>& cells) {
        std::int64_t n = 0;
        for (const layers::DensityCell& c : cells)
            n += c.factories;
        return n;
    }

    std::string m_schema;
    std::unique_ptr<geo::SqlConnection> m_db;
    layers::Atlas m_atlas;
};

}  // namespace

TEST_F(FactorySummaryTest, EveryZoomsCellsHoldEveryFactoryOnce) {
    const std::int64_t all = number("factories WHERE geom IS NOT NULL");
    ASSERT_EQ(all, 78000);
    layers::Filter bangkok;
    bangkok.provinces = {"Bangkok"};
    const std::int64_t inBangkok = number("factories WHERE in_province = 'TH-10'");
    ASSERT_GT(inBangkok, 1000);
    std::size_t previous = 0;
    for (int zoom = layers::kFirstCellZoom; zoom <= layers::kLastCellZoom; ++zoom) {
        const auto cells = layers::densityCells(*m_db, m_schema, m_atlas, {}, zoom);
        EXPECT_EQ(total(cells), all) << "zoom " << zoom;
        // Far fewer cells than factories, more at each zoom.
        EXPECT_LT(cells.size(), 20000u) << "zoom " << zoom;
        EXPECT_GT(cells.size(), previous) << "zoom " << zoom;
        previous = cells.size();
        EXPECT_EQ(total(layers::densityCells(*m_db, m_schema, m_atlas, bangkok, zoom)), inBangkok)
            << "zoom " << zoom;
    }
    // At zoom 4 a cell is 10 pixels of 256 * 16: 360 / 409.6 degrees wide. Bangkok (100.33-100.94
    // E, 13.49-13.96 N) is in columns 318-319, rows 188-189 (counted from 180 W and 85 N).
    const auto cells = layers::densityCells(*m_db, m_schema, m_atlas, bangkok, 4);
    ASSERT_FALSE(cells.empty());
    for (const layers::DensityCell& c : cells) {
        EXPECT_GE(c.gx, 318);
        EXPECT_LE(c.gx, 319);
        EXPECT_GE(c.gy, 188);
        EXPECT_LE(c.gy, 189);
        // The mean position of its factories: inside Bangkok.
        EXPECT_NEAR(c.lon, 100.63, 0.32);
        EXPECT_NEAR(c.lat, 13.72, 0.25);
    }
}

TEST_F(FactorySummaryTest, AViewKeepsTheCellsItTouches) {
    const geo::Extent view{100.8, 12.6, 101.4, 13.2};
    const auto cells = layers::densityCells(*m_db, m_schema, m_atlas, {}, 8, view);
    ASSERT_FALSE(cells.empty());
    const double cell = 360.0 / (256.0 * 256.0 / layers::kDensityCellPixels);  // zoom 8
    for (const layers::DensityCell& c : cells) {
        EXPECT_GE(c.lon, view.minX - cell);
        EXPECT_LE(c.lon, view.maxX + cell);
        EXPECT_GE(c.lat, view.minY - cell);
        EXPECT_LE(c.lat, view.maxY + cell);
    }
    // The cells cover the view: at least the factories inside it, and not all of Thailand's.
    const std::int64_t inside =
        number("factories WHERE geom && ST_MakeEnvelope(100.8, 12.6, 101.4, 13.2, 4326)");
    EXPECT_GT(inside, 100);
    EXPECT_GE(total(cells), inside);
    EXPECT_LT(total(cells), 78000);
}
