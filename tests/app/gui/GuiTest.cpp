// The real window under Xvfb (scripts/test.sh runs ctest inside xvfb-run), on the bundled data,
// with the tile-less itemsoverlay plugin: what was drawn is checked, not only that it started.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "GuiSupport.hpp"
#include "TestSupport.hpp"
#include "WindowSupport.hpp"
#include "app/gui/CountryLayer.hpp"
#include "app/gui/FactoryLayer.hpp"
#include "app/gui/FactoryPoints.hpp"
#include "app/gui/ProvenanceLayer.hpp"
#include "app/gui/Window.hpp"
#include "geo/Ops.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Identify.hpp"
#include "layers/Provenance.hpp"
#include "layers/Style.hpp"

using namespace ecotown;
using namespace ecotown::gui;
using ecotown::test::findItem;

namespace {

using test::app;
using test::findItem;
using test::item;
using test::openWindow;
using test::settle;

QPointF toScene(AtlasWindow& w, geo::XY lonLat) {
    QQuickItem* map = item(w, "map");
    QPointF p;
    QMetaObject::invokeMethod(map, "fromCoordinate", Q_RETURN_ARG(QPointF, p),
                              Q_ARG(QGeoCoordinate, QGeoCoordinate(lonLat.y, lonLat.x)),
                              Q_ARG(bool, false));
    return map->mapToScene(p);
}

// The distinct feature indices of the visible map items named "<prefix>-<index>".
std::set<int> visibleItems(AtlasWindow& w, const QString& prefix) {
    std::set<int> out;
    QObject* map = item(w, "map");
    for (QObject* o : qvariant_cast<QList<QObject*>>(map->property("mapItems"))) {
        const QString name = o->objectName();
        if (!name.startsWith(prefix + QLatin1Char('-')))
            continue;
        auto* quick = qobject_cast<QQuickItem*>(o);
        if (quick && quick->isVisible())
            out.insert(name.mid(prefix.size() + 1).toInt());
    }
    return out;
}

QColor blend(layers::Rgba over, double opacity, layers::Rgba under) {
    auto mix = [&](int a, int b) {
        return static_cast<int>(std::lround(a * opacity + b * (1 - opacity)));
    };
    return QColor(mix(over.r, under.r), mix(over.g, under.g), mix(over.b, under.b));
}

bool near(QColor a, QColor b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A whole-province area whose label point no estate covers: its pixel is the stage colour.
std::size_t areaWithClearInterior(const layers::Atlas& atlas, const std::string& provinceCode) {
    for (std::size_t i = 0; i < atlas.areas().size(); ++i) {
        const auto& a = atlas.areas()[i];
        if (a.scope != "province" || a.province < 0)
            continue;
        if (atlas.provinces()[static_cast<std::size_t>(a.province)].code != provinceCode)
            continue;
        bool covered = false;
        for (const auto& e : atlas.estates())
            covered = covered || geo::covers(e.shape, a.labelPoint);
        if (!covered)
            return i;
    }
    ADD_FAILURE() << "no clear whole-province area in " << provinceCode;
    return 0;
}

void hideOverlays(AtlasWindow& w) {
    w.controller()->setShowGreenIndustry(false);
    w.controller()->setShowEcoFactory(false);
    w.controller()->setShowCsrDiw(false);
    item(w, "mapPane")->setProperty("showLabels", false);
}

}  // namespace

TEST(GuiTest, Shows77ProvincesAnd54AreasAndFactories) {
    auto w = openWindow();
    AtlasController* c = w->controller();
    ASSERT_TRUE(c->loaded()) << c->errorText().toStdString();
    EXPECT_EQ(visibleItems(*w, QStringLiteral("province")).size(), 77u);
    EXPECT_EQ(visibleItems(*w, QStringLiteral("area")).size(), 54u);
    EXPECT_EQ(visibleItems(*w, QStringLiteral("estate")).size(), c->atlas()->estates().size());
    auto* layer = w->window()->findChild<FactoryLayer*>(QStringLiteral("factoryLayer"));
    ASSERT_NE(layer, nullptr);
    EXPECT_GT(layer->drawnPoints(), 100);  // aggregated at the country view
    EXPECT_EQ(c->counts().value(QStringLiteral("factories")).toLongLong(), 78000);
    // a legend entry per stage, with the area counts of the published split
    const QVariantList legend = c->stageLegend();
    ASSERT_EQ(legend.size(), 5);
    EXPECT_EQ(legend[3].toMap().value(QStringLiteral("count")).toInt(), 4);   // stage 4
    EXPECT_EQ(legend[2].toMap().value(QStringLiteral("count")).toInt(), 14);  // stage 3
}

TEST(GuiTest, AreaInteriorHasItsStageColour) {
    auto w = openWindow();
    const layers::Atlas& atlas = *w->controller()->atlas();
    hideOverlays(*w);
    settle(*w);
    const std::size_t i = areaWithClearInterior(atlas, "TH-30");  // Nakhon Ratchasima, stage 4
    const auto& area = atlas.areas()[i];
    ASSERT_TRUE(area.stage.has_value());
    const QImage shot = test::stillShot(*w);
    const QPointF p = toScene(*w, area.labelPoint);
    const qreal dpr = shot.devicePixelRatio();
    const QColor got =
        shot.pixelColor(static_cast<int>(p.x() * dpr), static_cast<int>(p.y() * dpr));
    const QColor expected = blend(layers::stageColor(*area.stage),
                                  layers::mapStyle().areaFillOpacity, layers::mapStyle().province);
    EXPECT_TRUE(near(got, expected, 6))
        << got.name().toStdString() << " vs " << expected.name().toStdString();

    // The background: a neighbouring country (Cambodia, near Kampong Chhnang) in the country
    // layer's fill, the Gulf of Thailand in the sea's colour.
    auto* countries = w->window()->findChild<CountryLayer*>(QStringLiteral("countryLayer"));
    ASSERT_NE(countries, nullptr);
    EXPECT_GT(countries->triangleCount(), 1000);
    auto pixel = [&](geo::XY lonLat) {
        const QPointF q = toScene(*w, lonLat);
        return shot.pixelColor(static_cast<int>(q.x() * dpr), static_cast<int>(q.y() * dpr));
    };
    const layers::MapStyle& style = layers::mapStyle();
    const QColor land(style.land.r, style.land.g, style.land.b),
        sea(style.sea.r, style.sea.g, style.sea.b);
    EXPECT_TRUE(near(pixel({104.6, 12.3}), land, 2)) << pixel({104.6, 12.3}).name().toStdString();
    EXPECT_TRUE(near(pixel({101.0, 10.5}), sea, 2)) << pixel({101.0, 10.5}).name().toStdString();
}

TEST(GuiTest, ProvinceFilterLeavesOnlyThatProvince) {
    auto w = openWindow({{QStringLiteral("province"), QStringLiteral("TH-21")}});
    AtlasController* c = w->controller();
    const layers::Atlas& atlas = *c->atlas();
    const auto rayong = atlas.findProvince("TH-21");
    ASSERT_TRUE(rayong);
    const std::set<int> areas = visibleItems(*w, QStringLiteral("area"));
    ASSERT_FALSE(areas.empty());
    for (int a : areas)
        EXPECT_EQ(atlas.areas()[static_cast<std::size_t>(a)].province, static_cast<int>(*rayong));
    const auto& sel = c->selection();
    ASSERT_FALSE(sel.factories.empty());
    for (std::uint32_t f : sel.factories)
        ASSERT_EQ(atlas.factories().province[f], static_cast<int>(*rayong));
    auto* layer = w->window()->findChild<FactoryLayer*>(QStringLiteral("factoryLayer"));
    EXPECT_GT(layer->drawnPoints(), 0);
    // Nakhon Ratchasima's area is no longer drawn in its stage colour
    hideOverlays(*w);
    const QImage shot = test::stillShot(*w);  // then the view's positions: the view is still
    const auto& korat = atlas.areas()[areaWithClearInterior(atlas, "TH-30")];
    const QPointF p = toScene(*w, korat.labelPoint);
    const QColor got = shot.pixelColor(static_cast<int>(p.x() * shot.devicePixelRatio()),
                                       static_cast<int>(p.y() * shot.devicePixelRatio()));
    EXPECT_FALSE(
        near(got, blend(layers::stageColor(*korat.stage), 0.88, layers::mapStyle().province), 10));
}

// The side panel shows the filter whoever set it: the command line's flags, then a clear.
TEST(GuiTest, SidePanelShowsTheFilterFromTheCommandLine) {
    auto w = openWindow({{QStringLiteral("region"), QStringLiteral("northeast")},
                         {QStringLiteral("stage"), QStringLiteral("3-5")},
                         {QStringLiteral("year"), QStringLiteral("2015-2020")}});
    QObject* region = item(*w, "regionBox");
    QObject* stage = item(*w, "stageSlider");
    QObject* years = item(*w, "yearSlider");
    ASSERT_TRUE(region && stage && years);
    auto value = [](QObject* slider, const char* handle) {
        return slider->property(handle).value<QObject*>()->property("value").toDouble();
    };
    EXPECT_EQ(region->property("currentText").toString(), QStringLiteral("Northeast"));
    EXPECT_EQ(value(stage, "first"), 3.0);
    EXPECT_EQ(value(stage, "second"), 5.0);
    EXPECT_EQ(value(years, "first"), 2015.0);
    EXPECT_EQ(value(years, "second"), 2020.0);
    w->controller()->clearFilter();
    EXPECT_EQ(region->property("currentIndex").toInt(), 0);
    EXPECT_EQ(value(stage, "first"), 1.0);
    EXPECT_EQ(value(years, "first"), static_cast<double>(w->controller()->firstYear()));
    EXPECT_EQ(value(years, "second"), static_cast<double>(w->controller()->lastYear()));
}

TEST(GuiTest, ClickIdentifiesAreaAndFactory) {
    auto w = openWindow({{QStringLiteral("cert"), QStringLiteral("eco-factory")}});
    AtlasController* c = w->controller();
    const layers::Atlas& atlas = *c->atlas();
    const auto& area = atlas.areas()[areaWithClearInterior(atlas, "TH-30")];
    QTest::mouseClick(w->window(), Qt::LeftButton, Qt::NoModifier,
                      toScene(*w, area.labelPoint).toPoint());
    QTest::qWait(100);
    EXPECT_EQ(c->identified().value(QStringLiteral("kind")).toString(), QStringLiteral("area"));
    EXPECT_EQ(c->identified().value(QStringLiteral("id")).toString().toStdString(), area.id);

    // one of the 172 Eco Factory factories
    ASSERT_FALSE(c->selection().factories.empty());
    const std::uint32_t f = c->selection().factories.front();
    const geo::XY at{atlas.factories().lon[f], atlas.factories().lat[f]};
    QTest::mouseClick(w->window(), Qt::LeftButton, Qt::NoModifier, toScene(*w, at).toPoint());
    QTest::qWait(100);
    ASSERT_EQ(c->identified().value(QStringLiteral("kind")).toString(), QStringLiteral("factory"));
    const std::string id = c->identified().value(QStringLiteral("id")).toString().toStdString();
    const auto hit = atlas.findFactory(id);
    ASSERT_TRUE(hit);
    const QPointF clicked = toScene(*w, at),
                  found = toScene(*w, {atlas.factories().lon[*hit], atlas.factories().lat[*hit]});
    EXPECT_LE(std::hypot(clicked.x() - found.x(), clicked.y() - found.y()), 7.0);
    EXPECT_TRUE(c->identified()
                    .value(QStringLiteral("certificates"))
                    .toString()
                    .contains(QStringLiteral("Eco Factory")));
}

TEST(GuiTest, ExportDialogWritesWhatGdalReadsBack) {
    auto w = openWindow({{QStringLiteral("province"), QStringLiteral("Rayong")}});
    AtlasController* c = w->controller();
    test::ScratchDir dir;
    const QString out = QString::fromStdString(dir.file("rayong_factories.gpkg"));
    QObject* dialog = w->window()->findChild<QObject*>(QStringLiteral("exportDialog"));
    ASSERT_NE(dialog, nullptr);
    QMetaObject::invokeMethod(dialog, "open");
    w->window()->findChild<QObject*>(QStringLiteral("exportPath"))->setProperty("text", out);
    w->window()
        ->findChild<QObject*>(QStringLiteral("exportLayer"))
        ->setProperty("currentIndex", 0);  // factories
    QSignalSpy finished(c->exporter(), &ExportJob::exportFinished);
    QMetaObject::invokeMethod(dialog, "start");
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->GetLayer(0)->GetFeatureCount(),
              static_cast<GIntBig>(c->selection().factories.size()));
    // the dialog shows the outcome
    EXPECT_TRUE(w->window()
                    ->findChild<QObject*>(QStringLiteral("exportMessage"))
                    ->property("text")
                    .toString()
                    .contains(out));
    // and a failure is a clear message, not a crash
    QMetaObject::invokeMethod(dialog, "start");
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.back().at(0).toBool());
    EXPECT_TRUE(finished.back().at(1).toString().contains(out));
}

TEST(GuiTest, ThaiLabelsRenderLikeTheReference) {
    auto w = openWindow({}, QStringLiteral("th"));
    AtlasController* c = w->controller();
    const layers::Atlas& atlas = *c->atlas();
    w->controller()->setShowGreenIndustry(false);
    w->controller()->setShowEcoFactory(false);
    w->controller()->setShowCsrDiw(false);
    settle(*w);
    // Chiang Mai's label, in Thai
    const auto cm = atlas.findProvince("TH-50");
    ASSERT_TRUE(cm);
    bool labelled = false;
    for (const QVariant& v : c->mapLayers()->labels())
        labelled = labelled ||
                   v.toMap().value(QStringLiteral("text")).toString() == QStringLiteral("เชียงใหม่");
    ASSERT_TRUE(labelled);
    const QImage shot = test::stillShot(*w).convertToFormat(QImage::Format_RGB32);
    const QPointF p = toScene(*w, atlas.provinces()[*cm].labelPoint);
    const qreal dpr = shot.devicePixelRatio();
    const QImage crop =
        shot.copy(static_cast<int>((p.x() - 40) * dpr), static_cast<int>((p.y() - 14) * dpr),
                  static_cast<int>(80 * dpr), static_cast<int>(28 * dpr));
    const QString reference =
        QStringLiteral(ECOTOWN_TEST_REFERENCE_DIR "/thai_label_chiang_mai.png");
    if (qEnvironmentVariableIsSet("ECOTOWN_RECORD_REFERENCE")) {
        QDir().mkpath(QStringLiteral(ECOTOWN_TEST_REFERENCE_DIR));
        ASSERT_TRUE(crop.save(reference));
    }
    const QImage ref = QImage(reference).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(ref.isNull()) << "missing reference " << reference.toStdString();
    ASSERT_EQ(ref.size(), crop.size());
    double diff = 0;
    int dark = 0;
    for (int y = 0; y < ref.height(); ++y) {
        for (int x = 0; x < ref.width(); ++x) {
            const QColor a = crop.pixelColor(x, y), b = ref.pixelColor(x, y);
            diff += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                    std::abs(a.blue() - b.blue());
            dark += a.lightness() < 110;
        }
    }
    diff /= 3.0 * ref.width() * ref.height();
    EXPECT_LT(diff, 8.0) << "mean difference per channel";
    EXPECT_GT(dark, 40) << "no text drawn";
}

TEST(GuiTest, AreaTableModelIsAWellBehavedModel) {
    auto w = openWindow();
    auto* model = qobject_cast<QAbstractItemModel*>(w->controller()->areaTable());
    ASSERT_NE(model, nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->rowCount(), 54);
    w->controller()->setFilterFromFlags({{QStringLiteral("stage"), QStringLiteral("4")}});
    EXPECT_EQ(model->rowCount(), 4);
    w->controller()->setFilterFromFlags({{QStringLiteral("region"), QStringLiteral("east")}});
    EXPECT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), 54);
}

TEST(GuiTest, SearchAcceptsThaiEnglishAndCodes) {
    auto w = openWindow();
    AtlasController* c = w->controller();
    for (const QString& text : {QStringLiteral("ชลบุรี"), QStringLiteral("Chon Buri"),
                                QStringLiteral("TH-20"), QStringLiteral("chonburi")}) {
        const QVariantMap r = c->search(text);
        EXPECT_TRUE(r.value(QStringLiteral("found")).toBool()) << text.toStdString();
        EXPECT_NEAR(r.value(QStringLiteral("west")).toDouble(), 100.8, 0.5) << text.toStdString();
    }
    EXPECT_TRUE(c->search(QStringLiteral("east")).value(QStringLiteral("found")).toBool());
    EXPECT_FALSE(c->search(QStringLiteral("Atlantis")).value(QStringLiteral("found")).toBool());
}

// Picking goes through the point layer's grid: it finds what a search of every shown point finds.
TEST(GuiTest, FactoryPickingMatchesABruteForceSearch) {
    layers::AtlasLoadOptions options;
    options.factoryNames = false;
    const layers::Atlas atlas = layers::readBundledAtlas(ECOTOWN_BUNDLED_GPKG, options);
    for (const char* province : {"", "TH-21"}) {
        layers::Filter filter;
        if (*province)
            filter.provinces = {province};
        const layers::Selection selection = layers::select(atlas, filter);
        FactoryPoints points;
        FactorySymbolToggles toggles;
        toggles.csrDiw = false;  // shown: Green Industry and Eco Factory holders only
        points.rebuild(atlas, selection, toggles);
        std::vector<std::uint32_t> shown;
        for (std::uint32_t i : selection.factories) {
            const auto s = atlas.statusAsOf(i, selection.asOfYear);
            if (layers::factorySymbol(s.ecoFactory, s.giLevel, s.csrDiw, toggles))
                shown.push_back(i);
        }
        ASSERT_FALSE(shown.empty());
        const auto& f = atlas.factories();
        std::mt19937 random(7);
        std::uniform_int_distribution<std::size_t> pick(0, shown.size() - 1);
        std::uniform_real_distribution<double> jitter(-2e-4, 2e-4), radius(0, 1.5e-4);
        int hits = 0;
        for (int q = 0; q < 2000; ++q) {
            const std::uint32_t near = shown[pick(random)];
            const double x = FactoryPoints::mercatorX(f.lon[near]) + jitter(random);
            const double y = FactoryPoints::mercatorY(f.lat[near]) + jitter(random);
            const double r = radius(random);
            double best = r * r;
            std::int64_t expected = -1;
            for (std::uint32_t i : shown) {
                const double dx = FactoryPoints::mercatorX(f.lon[i]) - x;
                const double dy = FactoryPoints::mercatorY(f.lat[i]) - y;
                const double d = dx * dx + dy * dy;
                if (d < best || (d == best && (expected < 0 || i < expected)))
                    best = d, expected = i;
            }
            ASSERT_EQ(points.nearestFactory(x, y, r), expected) << province << " query " << q;
            hits += expected >= 0;
        }
        EXPECT_GT(hits, 200) << province;  // the queries do find factories
    }
}

// --- the map for its three users (issue 12) --------------------------------------------------

namespace {

QGeoCoordinate mapCenter(AtlasWindow& w) {
    return item(w, "map")->property("center").value<QGeoCoordinate>();
}

bool centerIn(AtlasWindow& w, const geo::Extent& e) {
    const QGeoCoordinate c = mapCenter(w);
    return e.contains(c.longitude(), c.latitude());
}

void clickItem(AtlasWindow& w, const char* name) {
    QQuickItem* target = item(w, name);
    ASSERT_NE(target, nullptr) << name;
    ASSERT_TRUE(target->isVisible()) << name;
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(w.window(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

}  // namespace

TEST(GuiTest, TheViewFollowsTheFilterUnlessTheUserMovedTheMap) {
    auto w = openWindow();
    AtlasController* c = w->controller();
    const layers::Atlas& atlas = *c->atlas();
    QQuickItem* map = item(*w, "map");
    const double countryZoom = map->property("zoomLevel").toDouble();
    const auto rayong = *atlas.findProvince("TH-21");
    const auto chiangMai = *atlas.findProvince("TH-50");

    c->setProvinceFilter({QStringLiteral("TH-21")});
    QTest::qWait(800);  // the short animation
    EXPECT_TRUE(centerIn(*w, atlas.provinces()[rayong].extent));
    EXPECT_GT(map->property("zoomLevel").toDouble(), countryZoom + 1.5);
    // Rayong outlined on the map, and a chip in the side panel
    const QVariantList outlined = c->mapLayers()->provinceOutlined();
    EXPECT_TRUE(outlined.value(static_cast<int>(rayong)).toBool());
    EXPECT_FALSE(outlined.value(static_cast<int>(chiangMai)).toBool());
    EXPECT_TRUE(item(*w, "provinceChips")->isVisible());
    EXPECT_EQ(c->selectedProvinceNames(), QStringList{QStringLiteral("TH-21 Rayong · ระยอง")});

    // moved by hand: the next filter change leaves the view alone
    QMetaObject::invokeMethod(map, "pan", Q_ARG(int, 120), Q_ARG(int, 0));
    QTest::qWait(100);
    const QGeoCoordinate byHand = mapCenter(*w);
    c->setProvinceFilter({QStringLiteral("TH-50")});
    QTest::qWait(800);
    EXPECT_NEAR(mapCenter(*w).longitude(), byHand.longitude(), 1e-9);
    // the one after follows again
    c->setRegionFilter(QStringLiteral("north"));
    QTest::qWait(800);
    EXPECT_TRUE(centerIn(*w, atlas.provinces()[chiangMai].extent) ||
                mapCenter(*w).latitude() > 16.5)
        << mapCenter(*w).latitude();

    // Home goes back to Thailand; the button zooms to the selection again
    map->forceActiveFocus();
    QTest::keyClick(w->window(), Qt::Key_Home);
    QTest::qWait(800);
    EXPECT_NEAR(map->property("zoomLevel").toDouble(), countryZoom, 0.6);
    clickItem(*w, "zoomToSelectionButton");
    QTest::qWait(800);
    EXPECT_GT(mapCenter(*w).latitude(), 16.5);
    EXPECT_GT(map->property("zoomLevel").toDouble(), countryZoom + 0.3);
}

TEST(GuiTest, ASearchResultOffersFilterToThis) {
    auto w = openWindow();
    AtlasController* c = w->controller();
    QObject* box = w->window()->findChild<QObject*>(QStringLiteral("searchBox"));
    ASSERT_NE(box, nullptr);
    box->setProperty("text", QStringLiteral("ระยอง"));
    QMetaObject::invokeMethod(box, "accepted");
    QTest::qWait(100);
    clickItem(*w, "filterToResultButton");
    QTest::qWait(100);
    EXPECT_EQ(c->filterState().value(QStringLiteral("provinces")).toStringList(),
              QStringList{QStringLiteral("TH-21")});
    EXPECT_FALSE(item(*w, "filterToResultButton")->isVisible());
}

TEST(GuiTest, TheLegendOverTheMapShowsStagesWithTheirCountsAndCollapses) {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("th")}) {
        auto w = openWindow({{QStringLiteral("region"), QStringLiteral("northeast")}}, language);
        QQuickItem* legend = item(*w, "mapLegend");
        QQuickItem* pane = item(*w, "mapPane");
        ASSERT_TRUE(legend && pane);
        ASSERT_TRUE(legend->isVisible());
        // inside the map, whole
        const QRectF l = legend->mapRectToScene(QRectF(0, 0, legend->width(), legend->height()));
        const QRectF m = pane->mapRectToScene(QRectF(0, 0, pane->width(), pane->height()));
        EXPECT_TRUE(m.contains(l)) << language.toStdString();
        // a row per stage with the count for the filter
        const QVariantList stages = w->controller()->stageLegend();
        for (int s = 1; s <= 5; ++s) {
            QQuickItem* row =
                findItem(w->window()->contentItem(), QStringLiteral("legendStage-%1").arg(s));
            ASSERT_NE(row, nullptr);
            EXPECT_TRUE(row->isVisible());
            QStringList texts;
            for (QQuickItem* child : row->childItems())
                texts << child->property("text").toString();
            EXPECT_TRUE(
                texts.contains(stages[s - 1].toMap().value(QStringLiteral("count")).toString()))
                << texts.join(QStringLiteral("|")).toStdString();
            EXPECT_TRUE(texts.join(QString()).contains(
                stages[s - 1].toMap().value(QStringLiteral("name")).toString()));
        }
        EXPECT_TRUE(item(*w, "legendHatched")->isVisible());
        EXPECT_TRUE(item(*w, "legendDashed")->isVisible());
        const double open = legend->height();
        clickItem(*w, "legendToggle");
        QTest::qWait(100);
        EXPECT_LT(legend->height(), open / 3);
        EXPECT_FALSE(item(*w, "legendStage-1")->isVisible());
    }
}

// Stages read through the factories: in the default view, with every factory shown, nearly all
// of the interior of each stage-3 and stage-4 area has the stage colour (blended at the areas'
// opacity over the province fill), unless it is hatched as illustrative.
// The area under the pointer is outlined in the highlight colour by its own scene-graph layer
// (not by changing a MapPolygon's border, which re-tessellates it on the GUI thread); leaving it
// takes the outline away.
TEST(GuiTest, TheAreaUnderThePointerIsOutlined) {
    auto w = openWindow();
    const layers::Atlas& atlas = *w->controller()->atlas();
    hideOverlays(*w);
    settle(*w);
    const std::size_t i = areaWithClearInterior(atlas, "TH-30");  // Nakhon Ratchasima
    const layers::EcoTownArea& area = atlas.areas()[i];
    auto* outline = w->window()->findChild<QQuickItem*>(QStringLiteral("hoverOutline"));
    ASSERT_NE(outline, nullptr);
    EXPECT_EQ(outline->property("vertexCount").toInt(), 0);

    const QPointF inside = toScene(*w, area.labelPoint);
    QTest::mouseMove(w->window(), inside.toPoint());
    settle(*w);
    EXPECT_EQ(outline->property("area").toInt(), static_cast<int>(i));
    EXPECT_GT(outline->property("vertexCount").toInt(), 6 * 20);
    // Along the outline, the pixels are the highlight's red: most of the area's vertices
    // (a corner's pixel may fall between two segments' bands).
    const QImage shot = test::stillShot(*w);
    const qreal dpr = shot.devicePixelRatio();
    const layers::Rgba h = layers::mapStyle().highlight;
    const QColor red(h.r, h.g, h.b);
    int red_ = 0, checked = 0;
    for (std::size_t k = 0; k + 1 < area.shape.coords.size(); k += 7) {
        const geo::XY a = area.shape.coords[k], b = area.shape.coords[k + 1];
        const QPointF m = toScene(*w, {(a.x + b.x) / 2, (a.y + b.y) / 2});  // a segment's middle
        if (!QRectF(0, 0, w->window()->width(), w->window()->height()).contains(m))
            continue;
        ++checked;
        red_ += near(shot.pixelColor(static_cast<int>(m.x() * dpr), static_cast<int>(m.y() * dpr)),
                     red, 40)
                    ? 1
                    : 0;
    }
    ASSERT_GT(checked, 10);
    EXPECT_GE(red_, checked * 8 / 10) << red_ << " of " << checked << " outline points in red";

    // out of every area (the Gulf of Thailand): no outline
    QTest::mouseMove(w->window(), toScene(*w, {101.0, 10.0}).toPoint());
    settle(*w);
    EXPECT_EQ(outline->property("area").toInt(), -1);
    EXPECT_EQ(outline->property("vertexCount").toInt(), 0);
}

TEST(GuiTest, StagesStayLegibleUnderTheFactoriesAtCountryZoom) {
    auto w = openWindow();
    const layers::Atlas& atlas = *w->controller()->atlas();
    item(*w, "mapPane")->setProperty("showLabels", false);
    item(*w, "mapLegend")->setVisible(false);
    item(*w, "identifyCard")->setVisible(false);
    const QImage shot = test::stillShot(*w);
    const qreal dpr = shot.devicePixelRatio();
    // scene position <-> longitude/latitude: linear in longitude and in Mercator y
    const QPointF a = toScene(*w, {98.0, 8.0}), b = toScene(*w, {104.0, 18.0});
    const double ya = FactoryPoints::mercatorY(8.0), yb = FactoryPoints::mercatorY(18.0);
    auto lonLat = [&](double sx, double sy) {
        const double lon = 98.0 + (sx - a.x()) / (b.x() - a.x()) * 6.0;
        const double my = ya + (sy - a.y()) / (b.y() - a.y()) * (yb - ya);
        const double lat = std::asin(std::tanh(2 * M_PI * (0.5 - my))) * 180 / M_PI;
        return geo::XY{lon, lat};
    };
    const double degreesPerPixel = 6.0 / (b.x() - a.x());
    const layers::MapStyle& st = layers::mapStyle();
    int checked = 0;
    double worst = 1.0;
    for (std::size_t i = 0; i < atlas.areas().size(); ++i) {
        const layers::EcoTownArea& area = atlas.areas()[i];
        if (!area.stage || (*area.stage != layers::DevelopmentStage::ResourceEfficiency &&
                            *area.stage != layers::DevelopmentStage::Symbiosis))
            continue;
        const QColor expected =
            blend(layers::stageColor(*area.stage), st.areaFillOpacity, st.province);
        const QPointF nw = toScene(*w, {area.extent.minX, area.extent.maxY}),
                      se = toScene(*w, {area.extent.maxX, area.extent.minY});
        int interior = 0, close = 0;
        for (int y = static_cast<int>(nw.y()); y <= static_cast<int>(se.y()); ++y) {
            for (int x = static_cast<int>(nw.x()); x <= static_cast<int>(se.x()); ++x) {
                bool inside = true;  // and 3 px from the outline and from what lies over it
                // estates are drawn over the areas, with a 2 px outline: 4 px around them
                const geo::XY here = lonLat(x, y);
                for (const auto& e : atlas.estates()) {
                    inside = inside && !(here.x > e.extent.minX - 4 * degreesPerPixel &&
                                         here.x < e.extent.maxX + 4 * degreesPerPixel &&
                                         here.y > e.extent.minY - 4 * degreesPerPixel &&
                                         here.y < e.extent.maxY + 4 * degreesPerPixel);
                }
                for (auto [dx, dy] : {std::pair{0, 0},
                                      {3, 0},
                                      {-3, 0},
                                      {0, 3},
                                      {0, -3},
                                      {2, 2},
                                      {-2, 2},
                                      {2, -2},
                                      {-2, -2}}) {
                    if (!inside)
                        break;
                    const geo::XY p = lonLat(x + dx, y + dy);
                    inside = area.extent.contains(p.x, p.y) && geo::covers(area.shape, p);
                    // other areas inside this one are drawn over it
                    for (const auto& other : atlas.areas()) {
                        inside = inside && (&other == &area || !other.extent.contains(p.x, p.y) ||
                                            !geo::covers(other.shape, p));
                    }
                }
                if (!inside)
                    continue;
                ++interior;
                const QColor got =
                    shot.pixelColor(static_cast<int>(x * dpr), static_cast<int>(y * dpr));
                close += near(got, expected, 14) ? 1 : 0;
            }
        }
        if (interior < 30)
            continue;  // a small circle at country zoom: no interior to speak of
        ++checked;
        const double share = static_cast<double>(close) / interior;
        worst = std::min(worst, share);
        EXPECT_GE(share, 0.80) << area.id << " " << area.nameEn << ": " << close << " of "
                               << interior << " interior pixels in the stage colour";
    }
    EXPECT_GE(checked, 8);
    std::printf("stage legibility: %d stage-3/4 areas checked, the worst %.1f %%\n", checked,
                worst * 100);
}

TEST(GuiTest, IdentifySaysWhetherTheStageAndOutlineAreIllustrative) {
    auto w = openWindow();
    AtlasController* c = w->controller();
    const layers::Atlas& atlas = *c->atlas();
    auto* layer = w->window()->findChild<ProvenanceLayer*>(QStringLiteral("provenanceLayer"));
    ASSERT_NE(layer, nullptr);
    int illustrative = 0, approximate = 0;
    for (const auto& a : atlas.areas()) {
        illustrative += layers::stageIsIllustrative(a) ? 1 : 0;
        approximate += a.approximate ? 1 : 0;
    }
    EXPECT_GE(illustrative, 32);  // the 32 invented areas at least
    EXPECT_EQ(layer->hatchedAreas(), illustrative);
    EXPECT_EQ(layer->dashedAreas(), approximate);
    EXPECT_EQ(c->counts().value(QStringLiteral("illustrative")).toInt(), illustrative);
    for (std::size_t i = 0; i < atlas.areas().size(); ++i) {
        const auto& a = atlas.areas()[i];
        if (layers::placeAt(atlas, c->selection(), a.labelPoint).area != static_cast<int>(i))
            continue;
        const QVariantMap r = c->identify(a.labelPoint.x, a.labelPoint.y, 12, 0);
        if (r.value(QStringLiteral("kind")).toString() != QStringLiteral("area"))
            continue;
        EXPECT_EQ(r.value(QStringLiteral("stageIllustrative")).toBool(),
                  layers::stageIsIllustrative(a))
            << a.id;
        EXPECT_EQ(r.value(QStringLiteral("approximate")).toBool(), a.approximate) << a.id;
        EXPECT_EQ(r.value(QStringLiteral("source")).toString().toStdString(), a.source);
    }
}

// At start a filter from the command line decides the view, for --screenshot too; --view wins.
TEST(GuiTest, AtStartTheViewFollowsTheCommandLineFilterUnlessViewIsGiven) {
    test::ScratchDir dir;
    auto shoot = [&](const QStringList& extra, const char* name) {
        const QString out = QString::fromStdString(dir.file(name));
        QProcess p;
        // A whole window process under a sanitizer: at its exit, plugins already unloaded
        // (GL, Qt) leave allocations LeakSanitizer cannot name; the in-process tests check leaks.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                           QStringLiteral(":detect_leaks=0"));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ECOTOWN_GUI_EXE),
                QStringList{QStringLiteral("--data"), QStringLiteral(ECOTOWN_BUNDLED_GPKG),
                            QStringLiteral("--province"), QStringLiteral("TH-21"),
                            QStringLiteral("--screenshot"), out} +
                    extra);
        EXPECT_TRUE(p.waitForFinished(180000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return QImage(out);
    };
    // pixels in the selected province's fill: Rayong, the only selected province
    const layers::Rgba fill = layers::mapStyle().province;
    auto share = [&](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += near(image.pixelColor(x, y), QColor(fill.r, fill.g, fill.b), 2) ? 1 : 0;
        return static_cast<double>(n) / (image.width() * image.height());
    };
    const QImage followed = shoot({}, "followed.png");
    const QImage country =
        shoot({QStringLiteral("--view"), QStringLiteral("97,5.5,106,20.5")}, "country.png");
    ASSERT_FALSE(followed.isNull());
    ASSERT_FALSE(country.isNull());
    EXPECT_GT(share(followed), 0.10);
    EXPECT_LT(share(country), 0.02);
}

TEST(GuiTest, CtrlFGoesToTheSearchBoxAndCtrlEOpensTheExport) {
    auto w = openWindow();
    ASSERT_TRUE(test::activate(*w));  // shortcuts go to the active window
    item(*w, "map")->forceActiveFocus();
    QTest::keyClick(w->window(), Qt::Key_F, Qt::ControlModifier);
    QTest::qWait(100);
    EXPECT_TRUE(item(*w, "searchBox")->hasActiveFocus());
    QObject* dialog = w->window()->findChild<QObject*>(QStringLiteral("exportDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->property("visible").toBool());
    QTest::keyClick(w->window(), Qt::Key_E, Qt::ControlModifier);
    QTest::qWait(300);
    EXPECT_TRUE(dialog->property("visible").toBool());
}

// Factories a user's file puts at a pole or at longitude 1e9 are not shown, and the grid over
// the others still picks (it used to be sized from infinite Mercator coordinates: a crash on
// click).
TEST(GuiTest, FactoriesOffTheMapDoNotBreakPicking) {
    layers::AtlasLoadOptions options;
    options.factoryNames = false;
    layers::Atlas atlas = layers::readBundledAtlas(ECOTOWN_BUNDLED_GPKG, options);
    layers::FactoryTable factories = atlas.factories();
    layers::CertificateTable certificates = atlas.certificates();
    ASSERT_GT(factories.size(), 10u);
    factories.lat[0] = 90.0;
    factories.lat[1] = -90.0;
    factories.lon[2] = 1e9;
    factories.lon[3] = -1e9;
    factories.lat[4] = 1e300;
    atlas.setFactories(std::move(factories), std::move(certificates));
    const layers::Selection selection = layers::select(atlas, layers::Filter{});
    FactorySymbolToggles toggles;
    FactoryPoints points;
    points.rebuild(atlas, selection, toggles);
    ASSERT_GT(points.individualCount(), 0u);
    // A shown factory is still found where it is.
    const auto& f = atlas.factories();
    std::int64_t shown = -1;
    for (std::uint32_t i : selection.factories) {
        const auto s = atlas.statusAsOf(i, selection.asOfYear);
        if (i > 4 && layers::factorySymbol(s.ecoFactory, s.giLevel, s.csrDiw, toggles)) {
            shown = i;
            break;
        }
    }
    ASSERT_GE(shown, 0);
    const auto k = static_cast<std::size_t>(shown);
    const std::int64_t found = points.nearestFactory(FactoryPoints::mercatorX(f.lon[k]),
                                                     FactoryPoints::mercatorY(f.lat[k]), 1e-9);
    ASSERT_GE(found, 0);
    EXPECT_EQ(f.lon[static_cast<std::size_t>(found)], f.lon[k]);
    EXPECT_EQ(f.lat[static_cast<std::size_t>(found)], f.lat[k]);
    for (double y : {0.0, 1.0, 0.5}) {
        for (double x : {0.0, 0.5, 1.0})
            EXPECT_NO_THROW((void)points.nearestFactory(x, y, 0.01));
    }
    EXPECT_EQ(points.nearestFactory(FactoryPoints::mercatorX(100), 0.0, 1e-3), -1);
}
