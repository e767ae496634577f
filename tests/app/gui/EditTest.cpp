// The window's editor mode under Xvfb, on a copy of the bundled GeoPackage: a right-click on an
// area opens the assessment dialog, whose record changes the area's stage and the legend's
// counts; a factory gets a certificate and loses it again; on the PostgreSQL server a reader's
// write is refused in one line and changes nothing.

#include <gtest/gtest.h>

#include <unistd.h>

#include <QGeoCoordinate>
#include <QImage>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <filesystem>

#include "TestSupport.hpp"
#include "WindowSupport.hpp"
#include "app/gui/EditController.hpp"
#include "app/gui/Window.hpp"
#include "geo/Sql.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/Identify.hpp"

using namespace ecotown;
using namespace ecotown::gui;
namespace fs = std::filesystem;

namespace {

const QString kBundled = QStringLiteral(ECOTOWN_BUNDLED_GPKG);

std::unique_ptr<AtlasWindow> openWindow(const QString& dataset) {
    WindowOptions options;
    options.width = 1400;
    options.height = 900;
    options.dataset = dataset;
    return test::openDrawnWindow(options);
}

// The window on a copy of the bundled data in `dir`, with the editor mode on.
std::unique_ptr<AtlasWindow> openCopy(const test::ScratchDir& dir, std::string& copy) {
    copy = dir.file("atlas.gpkg");
    fs::copy_file(kBundled.toStdString(), copy);
    auto w = openWindow(QString::fromStdString(copy));
    EXPECT_TRUE(w->editor()->available());
    EXPECT_FALSE(w->editor()->active());  // off until asked
    w->editor()->setActive(true);
    return w;
}

// Waits for the reload a stored write starts.
void waitForReload(AtlasController* c) {
    QSignalSpy ready(c, &AtlasController::ready);
    ASSERT_TRUE(ready.wait(60000));
}

qlonglong stageCount(AtlasController* c, int stage) {
    return c->stageLegend()[stage - 1].toMap().value(QStringLiteral("count")).toLongLong();
}

QPointF toScene(AtlasWindow& w, geo::XY lonLat) {
    auto* map = w.window()->findChild<QQuickItem*>(QStringLiteral("map"));
    QPointF p;
    QMetaObject::invokeMethod(map, "fromCoordinate", Q_RETURN_ARG(QPointF, p),
                              Q_ARG(QGeoCoordinate, QGeoCoordinate(lonLat.y, lonLat.x)),
                              Q_ARG(bool, false));
    return map->mapToScene(p);
}

}  // namespace

TEST(EditTest, ARightClickOnAnAreaRecordsAnAssessmentAndTheLegendFollows) {
    test::ScratchDir dir;
    std::string copy;
    auto w = openCopy(dir, copy);
    AtlasController* c = w->controller();
    EditController* edit = w->editor();
    // No factory symbols in the way of the right-click.
    c->setShowGreenIndustry(false);
    c->setShowEcoFactory(false);
    c->setShowCsrDiw(false);

    // An area at stage 2 whose label point lies in it and in no other area.
    const layers::Atlas& atlas = *c->atlas();
    std::size_t area = atlas.areas().size();
    for (std::size_t i = 0; i < atlas.areas().size() && area == atlas.areas().size(); ++i) {
        const layers::EcoTownArea& a = atlas.areas()[i];
        if (a.stage == layers::DevelopmentStage(2) &&
            layers::placeAt(atlas, c->selection(), a.labelPoint).area ==
                static_cast<std::int32_t>(i)) {
            area = i;
        }
    }
    ASSERT_LT(area, atlas.areas().size());
    const std::string areaId = atlas.areas()[area].id;
    const geo::XY at = atlas.areas()[area].labelPoint;
    const qlonglong at2 = stageCount(c, 2), at3 = stageCount(c, 3);

    QTest::mouseClick(w->window(), Qt::RightButton, Qt::NoModifier, toScene(*w, at).toPoint());
    QTest::qWait(300);
    QObject* dialog = w->window()->findChild<QObject*>(QStringLiteral("stageDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->property("opened").toBool());
    EXPECT_EQ(dialog->property("target").toMap().value(QStringLiteral("id")).toString(),
              QString::fromStdString(areaId));
    auto* stageBox = w->window()->findChild<QObject*>(QStringLiteral("stageBox"));
    ASSERT_NE(stageBox, nullptr);
    EXPECT_EQ(stageBox->property("currentIndex").toInt(), 1);  // its stage now
    stageBox->setProperty("currentIndex", 2);                  // stage 3, kept in Thai below
    const QImage shot = test::stillShot(*w);
    if (const char* out = std::getenv("ECOTOWN_EDIT_SCREENSHOT"))
        shot.save(QString::fromLocal8Bit(out));
    EXPECT_FALSE(shot.isNull());
    const QString title =
        dialog->property("target").toMap().value(QStringLiteral("title")).toString();
    EXPECT_EQ(dialog->property("title").toString(),
              QStringLiteral("Record an assessment: %1").arg(title));
    // In Thai too.
    w->languages()->setLanguage(QStringLiteral("th"));
    QTest::qWait(300);
    EXPECT_TRUE(
        dialog->property("title").toString().startsWith(QString::fromUtf8("บันทึกผลการประเมิน: ")))
        << dialog->property("title").toString().toStdString();
    if (const char* out = std::getenv("ECOTOWN_EDIT_SCREENSHOT_TH"))
        w->window()->grabWindow().save(QString::fromLocal8Bit(out));
    EXPECT_EQ(stageBox->property("currentIndex").toInt(), 2);
    w->languages()->setLanguage(QStringLiteral("en"));
    QTest::qWait(100);

    QMetaObject::invokeMethod(dialog, "accept");
    waitForReload(c);
    EXPECT_FALSE(edit->lastRefused()) << edit->message().toStdString();
    EXPECT_TRUE(edit->message().contains(QString::fromStdString(areaId + " stage 3")))
        << edit->message().toStdString();
    const auto i = c->atlas()->findArea(areaId);
    ASSERT_TRUE(i);
    EXPECT_EQ(c->atlas()->areas()[*i].stage, layers::DevelopmentStage(3));
    EXPECT_EQ(stageCount(c, 2), at2 - 1);
    EXPECT_EQ(stageCount(c, 3), at3 + 1);
    auto db = geo::SqlConnection::openSqlite(copy);
    EXPECT_EQ(db->query("SELECT stage FROM stage_assessments WHERE area_id = $1 AND fiscal_year "
                        "= $2",
                        {areaId, geo::sqlParam(std::int64_t{layers::currentFiscalYear()})})
                  .integer(0, 0),
              3);
}

TEST(EditTest, AFactoryGetsACertificateAndLosesItWhenRevoked) {
    test::ScratchDir dir;
    std::string copy;
    auto w = openCopy(dir, copy);
    AtlasController* c = w->controller();
    EditController* edit = w->editor();
    // A factory holding no Green Industry certificate.
    const layers::Atlas& atlas = *c->atlas();
    const int year = c->selection().asOfYear;
    std::size_t f = 0;
    while (f < atlas.factories().size() && atlas.statusAsOf(f, year).giLevel != 0)
        ++f;
    ASSERT_LT(f, atlas.factories().size());
    const QString id = QString::fromUtf8(atlas.factories().id[f].data(),
                                         static_cast<int>(atlas.factories().id[f].size()));
    const qlonglong withGi = c->counts().value(QStringLiteral("withGi")).toLongLong();
    const int thisYear = edit->currentFiscalYear();

    ASSERT_TRUE(edit->addCertificate(id, QStringLiteral("gi"), 5, thisYear, QStringLiteral("ok")))
        << edit->message().toStdString();
    waitForReload(c);
    const auto g = c->atlas()->findFactory(id.toStdString());
    ASSERT_TRUE(g);
    EXPECT_EQ(c->atlas()->statusAsOf(*g, c->selection().asOfYear).giLevel, 5);
    EXPECT_EQ(c->counts().value(QStringLiteral("withGi")).toLongLong(), withGi + 1);
    // The same certificate again is refused before the store is asked.
    EXPECT_FALSE(edit->addCertificate(id, QStringLiteral("gi"), 5, thisYear, {}));
    EXPECT_TRUE(edit->message().contains(QStringLiteral("already holds")))
        << edit->message().toStdString();

    QVariantList certs = edit->certificatesOf(id);
    QString added;
    for (const QVariant& v : certs) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("fiscalYear")).toInt() == thisYear)
            added = m.value(QStringLiteral("certId")).toString();
    }
    ASSERT_FALSE(added.isEmpty());
    ASSERT_TRUE(edit->revokeCertificate(added, thisYear, QStringLiteral("withdrawn")))
        << edit->message().toStdString();
    waitForReload(c);
    const auto h = c->atlas()->findFactory(id.toStdString());
    ASSERT_TRUE(h);
    EXPECT_EQ(c->atlas()->statusAsOf(*h, c->selection().asOfYear).giLevel, 0);
    EXPECT_EQ(c->counts().value(QStringLiteral("withGi")).toLongLong(), withGi);
    certs = edit->certificatesOf(id);
    bool revoked = false;
    for (const QVariant& v : certs) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("certId")).toString() == added)
            revoked = m.value(QStringLiteral("revokedFrom")).toInt() == thisYear;
    }
    EXPECT_TRUE(revoked);
    // Revoked twice: refused in one line, nothing reloaded.
    EXPECT_FALSE(edit->revokeCertificate(added, thisYear, {}));
    EXPECT_TRUE(edit->lastRefused());
    EXPECT_FALSE(edit->message().contains(QLatin1Char('\n')));
    EXPECT_TRUE(edit->message().contains(QStringLiteral("already revoked")))
        << edit->message().toStdString();

    // The factory's right-click menu offers both.
    QObject* dialogs = w->window()->findChild<QObject*>(QStringLiteral("editDialogs"));
    ASSERT_NE(dialogs, nullptr);
    QObject* menu = w->window()->findChild<QObject*>(QStringLiteral("factoryEditMenu"));
    ASSERT_NE(menu, nullptr);
}

TEST(EditTest, AReadersWriteOnTheServerIsRefusedInOneLine) {
    const char* server = std::getenv("ECOTOWN_TEST_PG");
    if (!server)
        GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
    test::guiApp();
    const std::string schema = "edit_gui_" + std::to_string(::getpid());
    const std::string role = "reader_gui_" + std::to_string(::getpid());
    auto admin = geo::SqlConnection::openPostgres(server);
    layers::PublishOptions options;
    options.schema = schema;
    layers::publishAtlas(kBundled.toStdString(), server, options);
    admin->execute("DROP ROLE IF EXISTS " + admin->quoteIdentifier(role));
    admin->execute("CREATE ROLE " + admin->quoteIdentifier(role) + " LOGIN IN ROLE ecotown_reader");
    std::string source = server;
    const auto at = source.find("user=");
    source = source.substr(0, at) + "user=" + role + source.substr(source.find(' ', at)) +
             " schemas=" + schema;
    const std::string s = admin->quoteIdentifier(schema);
    const auto before =
        admin->query("SELECT count(*) FROM " + s + ".stage_assessments").integer(0, 0);
    {
        AtlasController c;
        EditController edit(&c);
        QSignalSpy loaded(&c, &AtlasController::loadedChanged);
        c.load(QString::fromStdString(source));
        ASSERT_TRUE(loaded.wait(120000)) << c.errorText().toStdString();
        EXPECT_TRUE(edit.available());  // the server decides
        QSignalSpy reloaded(&c, &AtlasController::ready);
        EXPECT_FALSE(edit.recordStage(QStringLiteral("ETA-01"), edit.currentFiscalYear(), 4, {}));
        EXPECT_TRUE(edit.lastRefused());
        EXPECT_TRUE(edit.message().contains(QStringLiteral("permission denied")))
            << edit.message().toStdString();
        EXPECT_FALSE(edit.message().contains(QLatin1Char('\n')));
        EXPECT_FALSE(reloaded.wait(500));  // nothing changed, nothing reloaded
    }
    EXPECT_EQ(admin->query("SELECT count(*) FROM " + s + ".stage_assessments").integer(0, 0),
              before);
    admin->execute("DROP SCHEMA " + s + " CASCADE");
    admin->execute("DROP OWNED BY " + admin->quoteIdentifier(role));
    admin->execute("DROP ROLE " + admin->quoteIdentifier(role));
}
