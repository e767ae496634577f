// The window's KPI panel and File → Province report…, in the real window under Xvfb on the
// bundled data: the panel's figures against `ecotown-cli kpi --json` for the same filter, and the
// report's PDF read back with pdftotext against `ecotown-cli stats`.

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "TestSupport.hpp"
#include "WindowSupport.hpp"
#include "app/gui/Window.hpp"

using namespace ecotown;
using namespace ecotown::gui;
using ecotown::test::findItem;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
using nlohmann::json;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

void app() {
    test::guiApp();
}

std::unique_ptr<AtlasWindow> openWindow(QVariantMap filter, QString language) {
    app();
    WindowOptions options;
    options.width = 1500;
    options.height = 950;
    options.dataset = QString::fromStdString(kBundled);
    options.language = language;
    options.filterFlags = filter;
    return ecotown::test::openDrawnWindow(options);
}

// A popup (Dialog) by object name, opened.
QObject* openPopup(AtlasWindow& w, const char* name) {
    QObject* popup = w.window()->findChild<QObject*>(QString::fromLatin1(name));
    EXPECT_NE(popup, nullptr) << name;
    if (popup)
        QMetaObject::invokeMethod(popup, "open");
    QTest::qWait(300);
    return popup;
}

// The number as a planner reads it: integers without decimals, else up to two.
std::string printed(double v) {
    if (v == std::floor(v))
        return std::to_string(static_cast<long long>(v));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (s.back() == '0')
        s.pop_back();
    return s;
}

// The panel (model and drawn labels) against `ecotown-cli kpi --json` with `cliFilter`.
// In Thai the years are B.E. and "no data" is ไม่มีข้อมูล.
void expectPanelEqualsCli(AtlasWindow& w, const std::vector<std::string>& cliFilter,
                          bool thai = false) {
    std::vector<std::string> args{"kpi",  "--json", "--from", "2018",
                                  "--to", "2021",   "--data", kBundled};
    args.insert(args.end(), cliFilter.begin(), cliFilter.end());
    const auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json cli = json::parse(r.out);
    QTest::qWait(300);
    const QVariantList panel = w.kpi()->indicators();
    ASSERT_EQ(panel.size(), static_cast<int>(cli["indicators"].size()));
    ASSERT_EQ(panel.size(), 7);
    EXPECT_EQ(w.kpi()->filtered(), cli["filtered"].get<bool>());
    int noData = 0;
    for (int i = 0; i < panel.size(); ++i) {
        const QVariantMap k = panel[i].toMap();
        const json& c = cli["indicators"][static_cast<std::size_t>(i)];
        EXPECT_EQ(k["id"].toString().toStdString(), c["id"].get<std::string>());
        const QVariantList years = k["years"].toList();
        ASSERT_EQ(years.size(), static_cast<int>(c["years"].size()));
        QQuickItem* chart =
            findItem(w.window()->contentItem(), QStringLiteral("kpiChart-") + k["id"].toString());
        ASSERT_NE(chart, nullptr) << k["id"].toString().toStdString();
        for (int j = 0; j < years.size(); ++j) {
            const QVariantMap y = years[j].toMap();
            const json& cy = c["years"][static_cast<std::size_t>(j)];
            const std::string what =
                c["id"].get<std::string>() + " " + std::to_string(cy["fiscal_year"].get<int>());
            EXPECT_EQ(y["year"].toInt(), cy["fiscal_year"].get<int>()) << what;
            EXPECT_EQ(y["hasActual"].toBool(), !cy["actual"].is_null()) << what;
            if (!cy["actual"].is_null()) {
                EXPECT_DOUBLE_EQ(y["actual"].toDouble(), cy["actual"].get<double>()) << what;
            }
            EXPECT_EQ(y["hasTarget"].toBool(), !cy["target"].is_null()) << what;
            if (!cy["target"].is_null()) {
                EXPECT_DOUBLE_EQ(y["target"].toDouble(), cy["target"].get<double>()) << what;
            }
            const int met = cy["met"].is_null() ? -1 : (cy["met"].get<bool>() ? 1 : 0);
            EXPECT_EQ(y["met"].toInt(), met) << what;
            // What the card shows for the year: the CLI's figure, or "no data".
            QQuickItem* label =
                findItem(chart, QStringLiteral("kpiYear-%1").arg(cy["fiscal_year"].get<int>()));
            ASSERT_NE(label, nullptr) << what;
            const std::string text = label->property("text").toString().toStdString();
            if (cy["actual"].is_null()) {
                ++noData;
                EXPECT_NE(text.find(thai ? "ไม่มีข้อมูล" : "no data"), std::string::npos)
                    << what << ": " << text;
            } else {
                const int year = cy[thai ? "fiscal_year_be" : "fiscal_year"].get<int>();
                EXPECT_EQ(text.rfind(
                              std::to_string(year) + ": " + printed(cy["actual"].get<double>()), 0),
                          0u)
                    << what << ": " << text;
            }
        }
    }
    EXPECT_GT(noData, 0) << "the bundled data records no actual for some indicators";
}

}  // namespace

TEST(KpiWindow, PanelShowsWhatTheCliSaysForTheCountryAndARegion) {
    auto w = openWindow({}, QStringLiteral("en"));
    ASSERT_NE(findItem(w->window()->contentItem(), QStringLiteral("kpiButton")), nullptr);
    openPopup(*w, "kpiPanel");
    ASSERT_TRUE(w->kpi()->active());
    EXPECT_TRUE(w->kpi()->errorText().isEmpty()) << w->kpi()->errorText().toStdString();
    expectPanelEqualsCli(*w, {});
    // Nationally, at least one indicator gets a verdict (coloured).
    bool judged = false;
    for (const QVariant& k : w->kpi()->indicators())
        judged = judged || k.toMap()["judged"].toInt() > 0;
    EXPECT_TRUE(judged);

    // New GI operators in the east: the region's own count, national indicators without figures.
    w->controller()->setRegionFilter(QStringLiteral("east"));
    expectPanelEqualsCli(*w, {"--region", "east"});
    EXPECT_TRUE(w->kpi()->filtered());
    for (const QVariant& k : w->kpi()->indicators())
        EXPECT_EQ(k.toMap()["judged"].toInt(), 0) << "no verdict against a national target";

    // Years from/to.
    w->kpi()->setFromYear(2019);
    w->kpi()->setToYear(2020);
    ASSERT_TRUE(w->kpi()->report());
    EXPECT_EQ(w->kpi()->report()->lines.size(), 7u * 2u);
}

TEST(KpiWindow, PanelSpeaksThaiWithBuddhistEraYears) {
    auto w =
        openWindow({{QStringLiteral("province"), QStringLiteral("TH-21")}}, QStringLiteral("th"));
    openPopup(*w, "kpiPanel");
    expectPanelEqualsCli(*w, {"--province", "TH-21"}, true);
    const QVariantMap first = w->kpi()->indicators().front().toMap();
    // The Thai name of data/kpi_targets.csv, and the year 2018 as B.E. 2561.
    const auto r = runCli({"kpi", "--json", "--data", kBundled});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(first["name"].toString().toStdString(),
              json::parse(r.out)["indicators"][0]["name_th"].get<std::string>());
    EXPECT_EQ(first["years"].toList().front().toMap()["label"].toString(), QStringLiteral("2561"));
    EXPECT_TRUE(w->kpi()->scope().contains(QStringLiteral("ระยอง")))
        << w->kpi()->scope().toStdString();
}

TEST(KpiWindow, ProvinceReportWritesTheCliFactsheetInTheWindowsLanguage) {
    auto w =
        openWindow({{QStringLiteral("province"), QStringLiteral("TH-21")}}, QStringLiteral("th"));
    ScratchDir dir;
    const std::string pdf = dir.file("rayong.pdf");
    QObject* dialog = openPopup(*w, "provinceReportDialog");
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->property("province").toString(), QStringLiteral("TH-21"));
    QSignalSpy finished(w->provinceReport(), &ProvinceReportJob::finished);
    QMetaObject::invokeMethod(dialog, "writeTo",
                              Q_ARG(QVariant, QString::fromStdString("file://" + pdf)),
                              Q_ARG(QVariant, false));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.front()[0].toBool()) << finished.front()[2].toString().toStdString();
    EXPECT_TRUE(w->provinceReport()->resultText().contains(QString::fromStdString(pdf)));

    const std::string txt = dir.file("rayong.txt");
    const std::string cmd = "pdftotext -raw '" + pdf + "' '" + txt + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    const std::string text = ecotown::test::readTextFile(txt);
    EXPECT_NE(text.find("ระยอง"), std::string::npos) << text.substr(0, 400);
    EXPECT_NE(text.find("ใบรับรองอุตสาหกรรมสีเขียว"), std::string::npos) << "in Thai";
    const auto stats = runCli({"stats", "--json", "--data", kBundled, "--province", "TH-21"});
    ASSERT_EQ(stats.exitCode, 0);
    const json total = json::parse(stats.out)["total"];
    for (const char* key : {"factories", "with_gi"}) {
        const std::string digits = std::to_string(total[key].get<long long>());
        std::string grouped;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0)
                grouped += ',';
            grouped += digits[i];
        }
        EXPECT_NE(text.find(" " + grouped + "\n"), std::string::npos) << key << " " << grouped;
    }

    // Not replaced without a yes: the job says it exists and leaves the file.
    const auto before = std::filesystem::file_size(pdf);
    const auto written = std::filesystem::last_write_time(pdf);
    finished.clear();
    QMetaObject::invokeMethod(dialog, "writeTo", Q_ARG(QVariant, QString::fromStdString(pdf)),
                              Q_ARG(QVariant, false));
    ASSERT_TRUE(finished.count() == 1 || finished.wait(10000));
    EXPECT_FALSE(finished.front()[0].toBool());
    EXPECT_TRUE(finished.front()[1].toBool()) << "exists";
    EXPECT_EQ(std::filesystem::file_size(pdf), before);
    EXPECT_EQ(std::filesystem::last_write_time(pdf), written);
}
