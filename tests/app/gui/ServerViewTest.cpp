// The window's server view (AtlasController::serverView): a database's factories stay on the
// server, on the real PostgreSQL/PostGIS server (ECOTOWN_TEST_PG, started by scripts/test.sh).
// The bundled dataset is published and opened with --server-view (the view a database of
// millions gets by itself); what the window shows is checked against the same atlas read whole.

#include <gtest/gtest.h>

#include <unistd.h>

#include <QGeoCoordinate>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <cstdlib>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "GuiSupport.hpp"
#include "TestSupport.hpp"
#include "WindowSupport.hpp"
#include "app/gui/AtlasController.hpp"
#include "app/gui/ChangesController.hpp"
#include "app/gui/FactoryPoints.hpp"
#include "app/gui/Window.hpp"
#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/Changes.hpp"
#include "layers/Statistics.hpp"

using namespace ecotown;
using namespace ecotown::gui;

namespace {

class ServerViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const char* server = std::getenv("ECOTOWN_TEST_PG");
        if (!server)
            GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
        test::guiApp();
        m_server = server;
        m_schema = "serverview_gui_" + std::to_string(::getpid());
        layers::PublishOptions options;
        options.schema = m_schema;
        layers::publishAtlas(ECOTOWN_BUNDLED_GPKG, server, options);
        m_whole = layers::readBundledAtlas(ECOTOWN_BUNDLED_GPKG);
    }
    void TearDown() override {
        if (!m_server.empty()) {
            auto db = geo::SqlConnection::openPostgres(m_server);
            db->execute("DROP SCHEMA IF EXISTS " + db->quoteIdentifier(m_schema) + " CASCADE");
        }
    }
    std::unique_ptr<AtlasWindow> open(QVariantMap filter = {}) {
        WindowOptions options;
        options.width = 1400;
        options.height = 900;
        options.dataset = QString::fromStdString(m_server + " schemas=" + m_schema);
        options.filterFlags = filter;
        options.serverView = true;
        return test::openDrawnWindow(options);
    }
    // Waits until no query of the server view runs.
    static bool answered(AtlasController& c) {
        for (int i = 0; i < 600 && c.fetching(); ++i)
            QTest::qWait(50);
        return !c.fetching();
    }
    std::int64_t wholeCount(const layers::Filter& filter) {
        return static_cast<std::int64_t>(layers::select(m_whole, filter).factories.size());
    }

    std::string m_server, m_schema;
    layers::Atlas m_whole;
};

}  // namespace

TEST_F(ServerViewTest, TheCountsAndCellsAreTheServersAndNoFactoryIsRead) {
    auto w = open();
    AtlasController& c = *w->controller();
    ASSERT_TRUE(c.serverView());
    ASSERT_TRUE(answered(c));
    EXPECT_EQ(c.atlas()->factories().size(), 0u);  // the factories stayed on the server
    EXPECT_EQ(c.atlas()->areas().size(), m_whole.areas().size());
    const layers::Statistics whole =
        layers::computeStatistics(m_whole, layers::select(m_whole, {}), layers::GroupBy::Province);
    const QVariantMap counts = c.counts();
    EXPECT_EQ(counts.value(QStringLiteral("factories")).toLongLong(),
              static_cast<qlonglong>(m_whole.factories().size()));
    EXPECT_EQ(counts.value(QStringLiteral("withGi")).toLongLong(), whole.total.counts.withGi);
    EXPECT_EQ(counts.value(QStringLiteral("ecoFactory")).toLongLong(),
              whole.total.counts.ecoFactory);
    // The map's cells hold every factory: drawn at country zoom, and above zoom 8 until the
    // view's factories are read.
    EXPECT_FALSE(c.points().forZoom(6).empty());
    EXPECT_TRUE(c.points().cellsAboveLastZoom());
    EXPECT_EQ(c.points().individualCount(), 0u);
    // The title, status and note name the server without its password.
    EXPECT_TRUE(c.statusText().contains(QStringLiteral("counted and drawn by the server")))
        << c.statusText().toStdString();

    // A province: its counts from the server, its cells only.
    c.setProvinceFilter({QStringLiteral("TH-21")});
    ASSERT_TRUE(answered(c));
    layers::Filter rayong;
    rayong.provinces = {"TH-21"};
    EXPECT_EQ(c.counts().value(QStringLiteral("factories")).toLongLong(), wholeCount(rayong));
    std::size_t cellsInRayong = c.points().forZoom(7).size();
    c.clearFilter();
    ASSERT_TRUE(answered(c));
    EXPECT_LT(cellsInRayong, c.points().forZoom(7).size());
}

TEST_F(ServerViewTest, AtStreetZoomTheViewsFactoriesAreReadAndIdentified) {
    auto w = open();
    AtlasController& c = *w->controller();
    ASSERT_TRUE(answered(c));
    QQuickItem* map = test::item(*w, "map");
    ASSERT_NE(map, nullptr);
    auto moveTo = [&](double lon, double lat, double zoom) {
        map->setProperty("zoomLevel", zoom);
        map->setProperty("center", QVariant::fromValue(QGeoCoordinate(lat, lon)));
        QTest::qWait(300);  // the map tells the controller its view after 60 ms
        return answered(c);
    };
    // Zoom 8 draws cells and reads nothing.
    ASSERT_TRUE(moveTo(101.15, 12.72, 8.5));  // Map Ta Phut, Rayong
    EXPECT_EQ(c.points().individualCount(), 0u);
    EXPECT_FALSE(c.viewFactoriesBox());
    // Zoom 12: the view's factories (and half the view around) one by one.
    ASSERT_TRUE(moveTo(101.15, 12.72, 12));
    ASSERT_FALSE(c.points().cellsAboveLastZoom());
    ASSERT_TRUE(c.viewFactoriesBox());
    layers::Filter box;
    box.bbox = c.viewFactoriesBox();
    const layers::Selection inBox = layers::select(m_whole, box);
    std::size_t shown = 0;  // those with a symbol (certified as of the year)
    std::int64_t certified = -1;
    for (std::uint32_t i : inBox.factories) {
        const layers::FactoryStatus s = m_whole.statusAsOf(i, inBox.asOfYear);
        if (s.giLevel > 0 || s.ecoFactory || s.csrDiw) {
            ++shown;
            certified = certified < 0 ? i : certified;
        }
    }
    ASSERT_GT(shown, 0u);
    EXPECT_EQ(c.points().individualCount(), shown);
    ASSERT_GE(certified, 0);
    // Identify finds the factory under the pointer among those read.
    const auto i = static_cast<std::size_t>(certified);
    const QVariantMap hit =
        c.identify(m_whole.factories().lon[i], m_whole.factories().lat[i], 18, 1);
    EXPECT_EQ(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("factory"));
    EXPECT_EQ(hit.value(QStringLiteral("id")).toString().toStdString(),
              std::string(m_whole.factories().id[i]));
    // A small pan stays within what was read: nothing is asked again.
    QSignalSpy asked(&c, &AtlasController::fetchingChanged);
    ASSERT_TRUE(moveTo(101.16, 12.72, 12));
    EXPECT_EQ(asked.count(), 0);
    // A filter reads the factories of the view again, for that filter: only its province's.
    c.setProvinceFilter({QStringLiteral("TH-20")});  // Chon Buri (the map goes there)
    ASSERT_TRUE(answered(c));
    QTest::qWait(800);  // the map's move to the province
    ASSERT_TRUE(answered(c));
    const layers::Atlas* read = c.factoriesAtlas();
    const layers::Selection drawn = c.factoriesSelection();
    const auto chonBuri = read->findProvince("TH-20");
    ASSERT_TRUE(chonBuri);
    for (std::uint32_t f : drawn.factories)
        ASSERT_EQ(read->factories().province[f], static_cast<std::int32_t>(*chonBuri));
}

TEST_F(ServerViewTest, AnExportWritesTheServersFactoriesOfTheFilter) {
    auto w = open({{QStringLiteral("province"), QStringLiteral("TH-21")}});
    AtlasController& c = *w->controller();
    ASSERT_TRUE(answered(c));
    test::ScratchDir dir;
    const QString out = QString::fromStdString(dir.file("rayong_factories.gpkg"));
    QSignalSpy finished(c.exporter(), &ExportJob::exportFinished);
    c.exportSelection(QStringLiteral("factories"), {}, {}, out, false);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    layers::Filter rayong;
    rayong.provinces = {"TH-21"};
    ASSERT_GT(wholeCount(rayong), 0);
    EXPECT_EQ(ds->GetLayer(0)->GetFeatureCount(), static_cast<GIntBig>(wholeCount(rayong)));
}

TEST_F(ServerViewTest, ADatabaseOfFewFactoriesIsReadWhole) {
    WindowOptions options;
    options.dataset = QString::fromStdString(m_server + " schemas=" + m_schema);
    auto w = test::openDrawnWindow(options);
    EXPECT_FALSE(w->controller()->serverView());
    EXPECT_EQ(w->controller()->atlas()->factories().size(), m_whole.factories().size());
}

TEST_F(ServerViewTest, WhatChangedCountsTheServersCertificates) {
    auto w = open({{QStringLiteral("region"), QStringLiteral("east")}});
    AtlasController& c = *w->controller();
    ASSERT_TRUE(answered(c));
    ChangesController* panel = w->changes();
    panel->setFromYear(2019);
    panel->setToYear(2021);
    panel->setActive(true);
    ASSERT_TRUE(answered(c));
    QTest::qWait(50);  // the answer is applied through the event loop
    layers::Filter east;
    east.regions = {layers::Region::East};
    const layers::Filter filter = layers::changesFilter(east, 2019, 2021);
    const layers::Changes expected =
        layers::computeChanges(m_whole, layers::select(m_whole, filter), 2019, 2021);
    ASSERT_GT(expected.total.granted(), 0);
    const QVariantMap total = panel->changes().value(QStringLiteral("total")).toMap();
    EXPECT_EQ(total.value(QStringLiteral("granted")).toLongLong(), expected.total.granted());
    EXPECT_EQ(panel->changes().value(QStringLiteral("certificates")).toList().size(),
              static_cast<int>(expected.provinces.size()));
    EXPECT_EQ(panel->changes().value(QStringLiteral("stageMoves")).toList().size(),
              static_cast<int>(expected.stages.size()));
    EXPECT_TRUE(panel->problem().isEmpty()) << panel->problem().toStdString();
    // A certification filter needs the factories: one line saying where to count them.
    c.setCertificationFilter(QStringLiteral("gi"), 1, 5);
    ASSERT_TRUE(answered(c));
    panel->refresh();
    ASSERT_TRUE(answered(c));
    QTest::qWait(50);
    EXPECT_TRUE(panel->problem().contains(QStringLiteral("ecotown-cli changes")))
        << panel->problem().toStdString();
    EXPECT_FALSE(panel->problem().contains(QLatin1Char('\n')));
}
