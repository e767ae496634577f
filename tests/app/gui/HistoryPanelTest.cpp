// The window over the programme's years (issue 8): the year slider that views the stages as of a
// fiscal year and replays them, the "What changed" panel (the same figures as
// `ecotown-cli changes`), and, on a real PostgreSQL server, the window that keeps its view when
// the server stops and recovers when it is back, and that never shows a password. Under Xvfb.

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "TestSupport.hpp"
#include "WindowSupport.hpp"
#include "app/gui/QtText.hpp"
#include "app/gui/Window.hpp"
#include "geo/Sql.hpp"
#include "layers/Style.hpp"

using namespace ecotown;
using namespace ecotown::gui;

namespace {

std::unique_ptr<AtlasWindow> openOn(const QString& dataset, QVariantMap filter = {},
                                    int width = 1400, int height = 900) {
    WindowOptions options;
    options.width = width;
    options.height = height;
    options.dataset = dataset;
    options.filterFlags = std::move(filter);
    return test::openDrawnWindow(options);
}

std::unique_ptr<AtlasWindow> openBundled(QVariantMap filter = {}) {
    return openOn(QStringLiteral(ECOTOWN_BUNDLED_GPKG), std::move(filter));
}

// Every item under `root`, also those Repeaters made (they have no QObject parent).
void allItems(QQuickItem* root, std::vector<QQuickItem*>& out) {
    if (!root)
        return;
    out.push_back(root);
    for (QQuickItem* child : root->childItems())
        allItems(child, out);
}

QQuickItem* item(AtlasWindow& w, const QString& name) {
    std::vector<QQuickItem*> items;
    allItems(w.window()->contentItem(), items);
    for (QQuickItem* i : items) {
        if (i->objectName() == name)
            return i;
    }
    return nullptr;
}

// All the text the window shows: its title and every item's `text`.
QStringList windowTexts(AtlasWindow& w) {
    QStringList out{w.window()->title()};
    std::vector<QQuickItem*> items;
    allItems(w.window()->contentItem(), items);
    for (QQuickItem* i : items) {
        const QVariant t = i->property("text");
        if (t.isValid())
            out << t.toString();
    }
    return out;
}

nlohmann::json cliJson(const std::vector<std::string>& args) {
    const test::CommandResult r = test::runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

// Runs the event loop until `done` or `ms` pass; whether `done`.
template <class Done>
bool waitFor(Done done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

QString shot(AtlasWindow& w, const char* name) {
    w.window()->update();
    QTest::qWait(400);
    const QString path =
        QString::fromLatin1(test::kBinaryDir) + QStringLiteral("/tests/") + QLatin1String(name);
    EXPECT_TRUE(w.window()->grabWindow().save(path));
    return path;
}

}  // namespace

// The slider spans the stage history; a year re-colours every area with its stage as of that
// year, and the legend counts what `ecotown-cli stats --as-of` counts; nothing is loaded again.
TEST(HistoryWindowTest, TheYearSliderShowsEachAreasStageAsOfThatYear) {
    auto w = openBundled();
    HistoryController* history = w->history();
    const layers::Atlas& atlas = *w->controller()->atlas();
    ASSERT_FALSE(atlas.stageHistory().empty());
    int first = 9999, last = 0;
    for (const auto& r : atlas.stageHistory()) {
        first = std::min(first, r.fiscalYear);
        last = std::max(last, r.fiscalYear);
    }
    EXPECT_EQ(history->firstYear(), first);
    EXPECT_EQ(history->lastYear(), std::max(last, atlas.lastCertificateYear()));
    EXPECT_EQ(history->year(), 0);

    QSignalSpy reloaded(w->controller(), &AtlasController::loadedChanged);
    for (int year : {2018, 2020, 2023}) {
        QElapsedTimer t;
        t.start();
        history->setYear(year);
        const qint64 ms = t.elapsed();
        // printed, not asserted: how fast is measured by benchmarks, not by tests
        std::printf("year slider: FY%d shown in %lld ms\n", year, static_cast<long long>(ms));
        std::fflush(stdout);  // before the CLI is forked
        EXPECT_EQ(history->year(), year);
        const QVariantList fills = w->controller()->mapLayers()->areaFills();
        ASSERT_EQ(fills.size(), static_cast<int>(atlas.areas().size()));
        for (std::size_t i = 0; i < atlas.areas().size(); ++i) {
            EXPECT_EQ(fills[static_cast<int>(i)].value<QColor>(),
                      stageFill(atlas.stageAsOf(i, year)))
                << atlas.areas()[i].id << " FY" << year;
        }
        const nlohmann::json stats = cliJson(
            {"stats", "--as-of", std::to_string(year), "--data", ECOTOWN_BUNDLED_GPKG, "--json"});
        const QVariantList legend = w->controller()->stageLegend();
        for (int s = 1; s <= 5; ++s) {
            EXPECT_EQ(legend[s - 1].toMap().value(QStringLiteral("count")).toLongLong(),
                      stats["areas_by_stage"][std::to_string(s)].get<long long>())
                << "stage " << s << " FY" << year;
        }
        EXPECT_EQ(w->controller()->counts().value(QStringLiteral("withGi")).toLongLong(),
                  stats["total"]["with_gi"].get<long long>());
    }
    // The label under the map says the year.
    EXPECT_EQ(item(*w, QStringLiteral("yearLabel"))->property("text").toString(),
              QStringLiteral("FY2023"));
    history->showLatest();
    EXPECT_EQ(item(*w, QStringLiteral("yearLabel"))->property("text").toString(),
              QStringLiteral("latest"));
    EXPECT_EQ(reloaded.count(), 0);
}

// A pixel inside an area takes the colour of its stage in the year shown.
TEST(HistoryWindowTest, TheReplayClimbsYearByYearAndTheMapFollows) {
    auto w = openBundled();
    HistoryController* history = w->history();
    const layers::Atlas& atlas = *w->controller()->atlas();
    w->controller()->setShowGreenIndustry(false);
    w->controller()->setShowEcoFactory(false);
    w->controller()->setShowCsrDiw(false);
    item(*w, QStringLiteral("mapPane"))->setProperty("showLabels", false);
    // An area whose stage rises over the history, to watch on the map.
    std::size_t climber = atlas.areas().size();
    for (std::size_t i = 0; i < atlas.areas().size() && climber == atlas.areas().size(); ++i) {
        const auto a = atlas.stageAsOf(i, history->firstYear());
        const auto b = atlas.stageAsOf(i, history->lastYear());
        if (a && b && *b > *a && atlas.areas()[i].scope == "province")
            climber = i;
    }
    ASSERT_LT(climber, atlas.areas().size());
    const layers::EcoTownArea& area = atlas.areas()[climber];
    QObject* map = item(*w, QStringLiteral("map"));
    QMetaObject::invokeMethod(item(*w, QStringLiteral("mapPane")), "showExtent",
                              Q_ARG(QVariant, area.extent.minX), Q_ARG(QVariant, area.extent.minY),
                              Q_ARG(QVariant, area.extent.maxX), Q_ARG(QVariant, area.extent.maxY),
                              Q_ARG(QVariant, false));
    auto pixelAt = [&] {
        const QImage image = test::stillShot(*w);  // then the position: the view is still
        QPointF p;
        QMetaObject::invokeMethod(
            map, "fromCoordinate", Q_RETURN_ARG(QPointF, p),
            Q_ARG(QGeoCoordinate, QGeoCoordinate(area.labelPoint.y, area.labelPoint.x)),
            Q_ARG(bool, false));
        p = qobject_cast<QQuickItem*>(map)->mapToScene(p);
        const qreal dpr = image.devicePixelRatio();
        // The most frequent colour around the point: the fill, not a hatch line or a dot.
        std::map<QRgb, int> seen;
        for (int dy = -6; dy <= 6; ++dy)
            for (int dx = -6; dx <= 6; ++dx)
                ++seen[image.pixel(static_cast<int>(p.x() * dpr) + dx,
                                   static_cast<int>(p.y() * dpr) + dy)];
        const auto most = std::max_element(seen.begin(), seen.end(),
                                           [](auto& a, auto& b) { return a.second < b.second; });
        return QColor(most->first);
    };

    history->setYear(history->firstYear());
    const QColor atFirst = pixelAt();
    std::vector<int> years;
    const QMetaObject::Connection watching =
        QObject::connect(history, &HistoryController::yearChanged, history,
                         [&] { years.push_back(history->year()); });
    history->setStepInterval(120);
    history->play();  // from the year shown
    EXPECT_TRUE(history->playing());
    EXPECT_TRUE(waitFor([&] { return !history->playing(); }, 20000));
    QObject::disconnect(watching);
    EXPECT_EQ(history->year(), history->lastYear());
    // every later year once, in order
    std::vector<int> expectedYears;
    for (int y = history->firstYear() + 1; y <= history->lastYear(); ++y)
        expectedYears.push_back(y);
    EXPECT_EQ(years, expectedYears);
    const QColor atLast = pixelAt();
    EXPECT_NE(atFirst, atLast) << area.id;
    // The stage colour, under the area's opacity, over the province fill.
    const auto expected = [&](int year) {
        const layers::Rgba c = layers::stageColor(*atlas.stageAsOf(climber, year));
        const layers::Rgba under = layers::mapStyle().province;
        const double o = layers::mapStyle().areaFillOpacity;
        return QColor(static_cast<int>(std::lround(c.r * o + under.r * (1 - o))),
                      static_cast<int>(std::lround(c.g * o + under.g * (1 - o))),
                      static_cast<int>(std::lround(c.b * o + under.b * (1 - o))));
    };
    auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) <= 8 && std::abs(a.green() - b.green()) <= 8 &&
               std::abs(a.blue() - b.blue()) <= 8;
    };
    EXPECT_TRUE(near(atLast, expected(history->lastYear())))
        << atLast.name().toStdString() << " vs "
        << expected(history->lastYear()).name().toStdString();
    EXPECT_TRUE(near(atFirst, expected(history->firstYear())))
        << atFirst.name().toStdString() << " vs "
        << expected(history->firstYear()).name().toStdString();
}

// `ecotown --as-of 2020` opens on that year, the slider on it.
TEST(HistoryWindowTest, AsOfOnTheCommandLineSetsTheSlider) {
    auto w = openBundled({{QStringLiteral("as-of"), QStringLiteral("2020")}});
    EXPECT_EQ(w->history()->year(), 2020);
    EXPECT_EQ(w->controller()->counts().value(QStringLiteral("asOfYear")).toInt(), 2020);
    EXPECT_DOUBLE_EQ(item(*w, QStringLiteral("asOfSlider"))->property("value").toDouble(), 2020);
    const layers::Atlas& atlas = *w->controller()->atlas();
    for (std::size_t i = 0; i < atlas.areas().size(); ++i)
        EXPECT_EQ(atlas.areas()[i].stage, atlas.stageAsOf(i, 2020)) << atlas.areas()[i].id;
    shot(*w, "history_as_of_2020.png");
}

namespace {

// The panel's figures against `ecotown-cli changes --json` for the same years and filter.
void expectSameAsCli(ChangesController& panel, const std::vector<std::string>& filterArgs) {
    std::vector<std::string> args = {"changes",
                                     "--from",
                                     std::to_string(panel.fromYear()),
                                     "--to",
                                     std::to_string(panel.toYear()),
                                     "--json",
                                     "--data",
                                     ECOTOWN_BUNDLED_GPKG};
    args.insert(args.end(), filterArgs.begin(), filterArgs.end());
    const nlohmann::json cli = cliJson(args);
    const QVariantMap ch = panel.changes();
    ASSERT_FALSE(ch.isEmpty()) << panel.problem().toStdString();
    const QVariantList moves = ch.value(QStringLiteral("stageMoves")).toList();
    ASSERT_EQ(moves.size(), static_cast<int>(cli["stage_changes"].size()));
    for (int i = 0; i < moves.size(); ++i) {
        const QVariantMap m = moves[i].toMap();
        const auto& c = cli["stage_changes"][static_cast<std::size_t>(i)];
        EXPECT_EQ(m.value(QStringLiteral("id")).toString().toStdString(),
                  c["area_id"].get<std::string>());
        EXPECT_EQ(m.value(QStringLiteral("from")).toInt(),
                  c["from"].is_null() ? 0 : c["from"].get<int>());
        EXPECT_EQ(m.value(QStringLiteral("to")).toInt(),
                  c["to"].is_null() ? 0 : c["to"].get<int>());
        EXPECT_EQ(m.value(QStringLiteral("fiscalYear")).toInt(), c["fiscal_year"].get<int>());
    }
    for (const char* side : {"from", "to"}) {
        const QVariantList counts = ch.value(QLatin1String(side) == QLatin1String("from")
                                                 ? QStringLiteral("areasByStageFrom")
                                                 : QStringLiteral("areasByStageTo"))
                                        .toList();
        for (int s = 1; s <= 5; ++s)
            EXPECT_EQ(counts[s].toLongLong(),
                      cli["areas_by_stage"][side][std::to_string(s)].get<long long>());
        EXPECT_EQ(counts[0].toLongLong(), cli["areas_by_stage"][side]["none"].get<long long>());
    }
    EXPECT_EQ(ch.value(QStringLiteral("levelMoves")).toList().size(),
              static_cast<int>(cli["ieat_level_changes"].size()));
    auto sameRow = [](const QVariantMap& row, const nlohmann::json& c) {
        const QVariantList gi = row.value(QStringLiteral("gi")).toList();
        for (int l = 1; l <= 5; ++l)
            EXPECT_EQ(gi[l - 1].toLongLong(), c["gi"][std::to_string(l)].get<long long>());
        EXPECT_EQ(row.value(QStringLiteral("ecoFactory")).toLongLong(),
                  c["eco-factory"].get<long long>());
        EXPECT_EQ(row.value(QStringLiteral("csrDiw")).toLongLong(), c["csr-diw"].get<long long>());
        EXPECT_EQ(row.value(QStringLiteral("granted")).toLongLong(), c["granted"].get<long long>());
        EXPECT_EQ(row.value(QStringLiteral("revoked")).toLongLong(), c["revoked"].get<long long>());
    };
    const QVariantList rows = ch.value(QStringLiteral("certificates")).toList();
    ASSERT_EQ(rows.size(), static_cast<int>(cli["certificates"]["rows"].size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto& c = cli["certificates"]["rows"][static_cast<std::size_t>(i)];
        EXPECT_EQ(rows[i].toMap().value(QStringLiteral("key")).toString().toStdString(),
                  c["key"].is_null() ? std::string() : c["key"].get<std::string>());
        sameRow(rows[i].toMap(), c);
    }
    sameRow(ch.value(QStringLiteral("total")).toMap(), cli["certificates"]["total"]);
}

}  // namespace

TEST(HistoryWindowTest, WhatChangedGivesTheFiguresOfTheCliAndSelectsOnTheMap) {
    auto w = openOn(QStringLiteral(ECOTOWN_BUNDLED_GPKG), {}, 1366, 768);  // a laptop's screen
    ChangesController* panel = w->changes();
    // Opening the panel computes; the years default to the last two.
    QQuickItem* button = item(*w, QStringLiteral("whatChangedButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(panel->active());
    QTest::mouseClick(
        w->window(), Qt::LeftButton, Qt::NoModifier,
        button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
    EXPECT_TRUE(panel->active());
    EXPECT_EQ(panel->toYear(), w->history()->lastYear());
    EXPECT_EQ(panel->fromYear(), panel->toYear() - 1);
    expectSameAsCli(*panel, {});

    panel->setFromYear(2018);
    panel->setToYear(2022);
    expectSameAsCli(*panel, {});
    EXPECT_GT(panel->changes().value(QStringLiteral("stageMoves")).toList().size(), 0);
    EXPECT_GT(panel->changes()
                  .value(QStringLiteral("total"))
                  .toMap()
                  .value(QStringLiteral("granted"))
                  .toLongLong(),
              0);
    // The window's filter (and not the year it shows) limits the panel as --region limits the CLI.
    w->history()->setYear(2019);
    w->controller()->setRegionFilter(QStringLiteral("east"));
    expectSameAsCli(*panel, {"--region", "east"});
    w->controller()->setStageFilter(3, 5);
    expectSameAsCli(*panel, {"--region", "east", "--stage", "3-5"});
    EXPECT_EQ(w->history()->year(), 2019);  // the panel's own years leave the slider alone
    w->controller()->clearFilter();

    // A click on a row selects the area and shows it.
    const QVariantList moves = panel->changes().value(QStringLiteral("stageMoves")).toList();
    ASSERT_FALSE(moves.isEmpty());
    const QVariantMap move = moves.front().toMap();
    QTest::qWait(300);
    QQuickItem* row =
        item(*w, QStringLiteral("changeRow-") + move.value(QStringLiteral("id")).toString());
    ASSERT_NE(row, nullptr);
    const QPointF centre = row->mapToScene(QPointF(row->width() / 2, row->height() / 2));
    QTest::mouseClick(w->window(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    EXPECT_EQ(w->controller()->selectedArea(), move.value(QStringLiteral("index")).toInt());
    QTest::qWait(800);
    const layers::EcoTownArea& area =
        w->controller()->atlas()->areas()[move.value(QStringLiteral("index")).toUInt()];
    const QGeoCoordinate c =
        item(*w, QStringLiteral("map"))->property("center").value<QGeoCoordinate>();
    EXPECT_TRUE(c.longitude() >= area.extent.minX - 0.05 &&
                c.longitude() <= area.extent.maxX + 0.05 &&
                c.latitude() >= area.extent.minY - 0.05 && c.latitude() <= area.extent.maxY + 0.05)
        << c.toString().toStdString();
    shot(*w, "history_what_changed.png");
}

// --- on a real PostgreSQL server ----------------------------------------------------------------

namespace {

// A server of the test's own (scripts/pg-test-server.sh), so that stopping it disturbs no other
// test; stopped and removed at the end.
class OwnServer {
  public:
    OwnServer() {
        const char* script = std::getenv("ECOTOWN_PG_TEST_SERVER_SCRIPT");
        if (!script)
            return;
        m_script = script;
        FILE* p = ::popen((m_script + " start").c_str(), "r");
        if (!p)
            return;
        char line[1024];
        while (std::fgets(line, sizeof line, p)) {
            const std::string l(line);
            const auto q = l.find('\''), e = l.rfind('\'');
            if (l.find("ECOTOWN_PG_DIR=") != std::string::npos)
                m_dir = l.substr(q + 1, e - q - 1);
            if (l.find("ECOTOWN_TEST_PG=") != std::string::npos)
                m_connection = l.substr(q + 1, e - q - 1);
        }
        if (::pclose(p) != 0)
            m_dir.clear();
    }
    ~OwnServer() {
        if (!m_dir.empty())
            run("stop");
    }
    // Started, with the bundled atlas published to it.
    bool published() const {
        if (m_dir.empty() || m_connection.empty())
            return false;
        const test::CommandResult p =
            test::runCli({"publish", "--to", m_connection, "--data", ECOTOWN_BUNDLED_GPKG});
        EXPECT_EQ(p.exitCode, 0) << p.err;
        return p.exitCode == 0;
    }
    const std::string& dir() const { return m_dir; }
    const std::string& connection() const { return m_connection; }
    int run(const std::string& what) const {
        return std::system((m_script + " " + what + " '" + m_dir + "' >/dev/null 2>&1").c_str());
    }
    // The connection as another role, with a password.
    std::string as(const std::string& user, const std::string& password) const {
        std::string c = m_connection;
        c.replace(c.find("user=postgres"), 13, "user=" + user + " password=" + password);
        return c;
    }

  private:
    std::string m_script, m_dir, m_connection;
};

QString statusText(AtlasWindow& w) {
    return item(w, QStringLiteral("statusLabel"))->property("text").toString();
}

}  // namespace

// The server stops while the window is open: the window keeps what it shows and says
// "connection lost" in one line; when the server is back it reloads by itself.
TEST(HistoryWindowServerTest, ConnectionLostKeepsTheViewAndRecovers) {
    if (!std::getenv("ECOTOWN_PG_TEST_SERVER_SCRIPT"))
        GTEST_SKIP() << "ECOTOWN_PG_TEST_SERVER_SCRIPT is not set (scripts/test.sh sets it)";
    OwnServer server;
    ASSERT_TRUE(server.published());

    auto w = openOn(QString::fromStdString(server.connection()));
    ASSERT_TRUE(w->controller()->loaded()) << w->controller()->errorText().toStdString();
    ConnectionWatch* watch = w->connection();
    EXPECT_TRUE(watch->watching());
    watch->setIntervals(200, 200, 800);
    w->history()->setYear(2021);
    const std::size_t areas = w->controller()->selection().areas.size();
    const QVariantList fills = w->controller()->mapLayers()->areaFills();

    QSignalSpy lostChanged(watch, &ConnectionWatch::lostChanged);
    ASSERT_EQ(server.run("halt"), 0);
    EXPECT_TRUE(waitFor([&] { return watch->lost(); }, 15000));
    const QString lostLine = statusText(*w);
    EXPECT_TRUE(lostLine.startsWith(QStringLiteral("Connection lost")) &&
                lostLine.contains(QStringLiteral("PG:host=")))
        << lostLine.toStdString();
    EXPECT_FALSE(lostLine.contains(QLatin1Char('\n')));
    // the last view stays: the same areas, colours and year
    EXPECT_TRUE(w->controller()->loaded());
    EXPECT_EQ(w->controller()->selection().areas.size(), areas);
    EXPECT_EQ(w->controller()->mapLayers()->areaFills(), fills);
    EXPECT_EQ(w->history()->year(), 2021);
    shot(*w, "history_connection_lost.png");
    // still lost after a few retries
    QTest::qWait(1500);
    EXPECT_TRUE(watch->lost());

    QSignalSpy restored(watch, &ConnectionWatch::restored);
    QSignalSpy reloaded(w->controller(), &AtlasController::loadedChanged);
    ASSERT_EQ(server.run("resume"), 0);
    EXPECT_TRUE(waitFor([&] { return !watch->lost(); }, 15000));
    EXPECT_EQ(restored.count(), 1);
    EXPECT_TRUE(waitFor([&] { return reloaded.count() >= 1; }, 60000));
    EXPECT_FALSE(statusText(*w).contains(QStringLiteral("Connection lost")));
    EXPECT_TRUE(w->controller()->errorText().isEmpty());
    EXPECT_EQ(w->history()->year(), 2021);  // the reloaded atlas is shown as of the same year
    EXPECT_EQ(w->controller()->mapLayers()->areaFills(), fills);
}

// The server is down when the window opens: the window says so in one line and loads by itself
// once the server answers. A server that answers but refuses (here: no such database) is not
// waited for: its refusal is the error.
TEST(HistoryWindowServerTest, AServerDownWhenTheWindowOpensIsWaitedFor) {
    if (!std::getenv("ECOTOWN_PG_TEST_SERVER_SCRIPT"))
        GTEST_SKIP() << "ECOTOWN_PG_TEST_SERVER_SCRIPT is not set (scripts/test.sh sets it)";
    OwnServer server;
    ASSERT_TRUE(server.published());
    ASSERT_EQ(server.run("halt"), 0);

    auto w = openOn(QString::fromStdString(server.connection()));
    EXPECT_FALSE(w->controller()->loaded());
    ConnectionWatch* watch = w->connection();
    watch->setIntervals(200, 200, 800);
    EXPECT_TRUE(waitFor([&] { return watch->lost(); }, 15000));
    const QString line = statusText(*w);
    EXPECT_TRUE(line.startsWith(QStringLiteral("The server does not answer")) &&
                line.contains(QStringLiteral("PG:host=")))
        << line.toStdString();
    QTest::qWait(1000);  // a few retries
    EXPECT_TRUE(watch->lost());
    EXPECT_FALSE(w->controller()->loaded());

    ASSERT_EQ(server.run("resume"), 0);
    EXPECT_TRUE(waitFor([&] { return w->controller()->loaded(); }, 60000));
    EXPECT_FALSE(watch->lost());
    EXPECT_TRUE(w->controller()->errorText().isEmpty());
    EXPECT_EQ(w->controller()->atlas()->areas().size(), 54u);
    EXPECT_TRUE(watch->watching());  // and watches the connection from now on
    EXPECT_FALSE(statusText(*w).contains(QStringLiteral("does not answer")));

    // An answering server's refusal stands: no waiting, no retries.
    std::string wrong = server.connection();
    wrong += " dbname=no_such_database";
    auto refused = openOn(QString::fromStdString(wrong));
    EXPECT_FALSE(refused->controller()->loaded());
    EXPECT_FALSE(refused->controller()->errorText().isEmpty());
    QTest::qWait(1500);
    EXPECT_FALSE(refused->connection()->lost());
    EXPECT_FALSE(refused->connection()->watching());
    EXPECT_FALSE(statusText(*refused).contains(QStringLiteral("does not answer")));
}

namespace {

// Messages Qt logs (qWarning...) while a test runs.
std::mutex g_logMutex;
QStringList g_log;
void keepLog(QtMsgType, const QMessageLogContext&, const QString& message) {
    std::lock_guard lock(g_logMutex);
    g_log << message;
}

}  // namespace

// A canary password in the connection never shows: not in the window's title, status bar,
// identify card or any text it draws, its log, nor the window program's output, whether the
// server refuses the password or accepts it.
TEST(HistoryWindowServerTest, ACanaryPasswordAppearsNowhere) {
    if (!std::getenv("ECOTOWN_PG_TEST_SERVER_SCRIPT"))
        GTEST_SKIP() << "ECOTOWN_PG_TEST_SERVER_SCRIPT is not set (scripts/test.sh sets it)";
    OwnServer server;
    ASSERT_TRUE(server.published());
    const std::string canary = "CanaryXyz123";
    {
        // Two login roles that must give a password: one whose password is the canary, one
        // whose password is something else (the server refuses the canary).
        auto db = geo::SqlConnection::openPostgres(server.connection());
        db->executeScript(
            "CREATE ROLE canary_ok LOGIN PASSWORD 'CanaryXyz123';"
            "GRANT ecotown_reader TO canary_ok;"
            "CREATE ROLE canary_refused LOGIN PASSWORD 'SomethingElse456';"
            "GRANT ecotown_reader TO canary_refused;");
        const std::string hba = server.dir() + "/data/pg_hba.conf";
        const std::string rest = test::readTextFile(hba);
        test::writeTextFile(hba, "local all canary_ok,canary_refused scram-sha-256\n" + rest);
        db->query("SELECT pg_reload_conf()");
    }
    const QString qcanary = QString::fromStdString(canary);
    qInstallMessageHandler(keepLog);
    for (const std::string& user : {std::string("canary_refused"), std::string("canary_ok")}) {
        SCOPED_TRACE(user);
        const std::string connection = server.as(user, canary);
        auto w = openOn(QString::fromStdString(connection));
        const bool accepted = user == "canary_ok";
        EXPECT_EQ(w->controller()->loaded(), accepted)
            << w->controller()->errorText().toStdString();
        if (accepted) {
            const layers::EcoTownArea& a = w->controller()->atlas()->areas().front();
            const QVariantMap card = w->controller()->identify(a.labelPoint.x, a.labelPoint.y, 8);
            EXPECT_FALSE(card.isEmpty());
            for (const QVariant& v : card)
                EXPECT_FALSE(v.toString().contains(qcanary));
            QTest::qWait(300);
        } else {
            EXPECT_TRUE(statusText(*w).contains(QStringLiteral("password=***")))
                << statusText(*w).toStdString();
        }
        for (const QString& text : windowTexts(*w))
            EXPECT_FALSE(text.contains(qcanary)) << text.toStdString();
        EXPECT_FALSE(statusText(*w).isEmpty());
        EXPECT_FALSE(statusText(*w).contains(QLatin1Char('\n'))) << statusText(*w).toStdString();
        shot(*w, accepted ? "history_canary_accepted.png" : "history_canary_refused.png");

        // The window program: its output, and the screenshot it writes.
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                           QStringLiteral(":detect_leaks=0"));
        }
        program.setProcessEnvironment(env);
        const QString png =
            QString::fromLatin1(test::kBinaryDir) + QStringLiteral("/tests/canary.png");
        program.start(QStringLiteral(ECOTOWN_GUI_EXE),
                      {QStringLiteral("--data"), QString::fromStdString(connection),
                       QStringLiteral("--screenshot"), png, QStringLiteral("--width"),
                       QStringLiteral("1366"), QStringLiteral("--height"), QStringLiteral("768")});
        ASSERT_TRUE(program.waitForFinished(180000));
        const QString out =
            QString::fromUtf8(program.readAllStandardOutput() + program.readAllStandardError());
        EXPECT_EQ(program.exitCode(), accepted ? 0 : 2) << out.toStdString();
        EXPECT_FALSE(out.contains(qcanary)) << out.toStdString();
        if (!accepted) {  // one line says why, the password masked
            // (the server's reason is in the server's language: LC_ALL=de_DE gives German)
            EXPECT_EQ(out.count(QStringLiteral("password=*** dbname")), 1) << out.toStdString();
        }
    }
    qInstallMessageHandler(nullptr);
    std::lock_guard lock(g_logMutex);
    for (const QString& line : g_log)
        EXPECT_FALSE(line.contains(qcanary)) << line.toStdString();
}
