// `ecotown-cli webmap` opened in a real browser: Debian's headless Chromium loads the folder from
// disk (file://, no server), runs the page and dumps the DOM it built. The tests count the area
// polygons Leaflet drew and read the card a search opened, against the stage stored in the
// GeoPackage (SQL through GDAL) and stage names pinned here.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <nlohmann/json.hpp>

#include "CliOutput.hpp"
#include "TestSupport.hpp"

using ecotown::test::readTextFile;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

std::string sqlText(const std::string& sql) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(kBundled.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* l = ds ? ds->ExecuteSQL(sql.c_str(), nullptr, nullptr) : nullptr;
    EXPECT_NE(l, nullptr) << sql;
    if (!l)
        return {};
    OGRFeatureUniquePtr f(l->GetNextFeature());
    const std::string out = f ? f->GetFieldAsString(0) : "";
    ds->ReleaseResultSet(l);
    return out;
}

// The DOM of the page after its scripts ran, as headless Chromium dumps it.
std::string browserDom(const ScratchDir& dir, const std::string& folder, const std::string& hash) {
    const std::string out = dir.file("dom.html");
    const std::string cmd =
        "timeout 180 chromium --headless --no-sandbox --disable-gpu "
        "--no-first-run --user-data-dir='" +
        dir.file("profile") + "' --virtual-time-budget=20000 --dump-dom 'file://" + folder +
        "/index.html#" + hash + "' > '" + out + "' 2> '" + dir.file("chromium.log") + "'";
    const int rc = std::system(cmd.c_str());
    EXPECT_EQ(rc, 0) << cmd << "\n" << readTextFile(dir.file("chromium.log"));
    return rc == 0 ? readTextFile(out) : std::string();
}

int countMatches(const std::string& text, const std::string& pattern) {
    const std::regex re(pattern);
    return static_cast<int>(
        std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

std::string statusAttribute(const std::string& dom, const std::string& name) {
    std::smatch m;
    const std::regex re("<div id=\"status\"[^>]*data-" + name + "=\"([^\"]*)\"");
    return std::regex_search(dom, m, re) ? m[1].str() : std::string("(missing)");
}

const std::map<std::string, std::string> kStageNames = {
    {"1", "Engagement"}, {"2", "Enhancement"}, {"3", "Resource efficiency"}, {"4", "Symbiosis"}};

}  // namespace

TEST(WebMap, ChromiumDrawsTheAreasAndAPopupShowsTheStage) {
    ScratchDir dir;
    const std::string folder = dir.file("webmap");
    const auto r = runCli({"webmap", "--output", folder, "--data", kBundled});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("54 areas"), std::string::npos) << r.out;
    for (const char* file : {"index.html", "data.js", "webmap.js", "webmap.css",
                             "leaflet/leaflet.js", "leaflet/leaflet.css"}) {
        EXPECT_TRUE(fs::is_regular_file(fs::path(folder) / file)) << file;
    }

    const std::string area = "ETA-10";
    const std::string stage = sqlText("SELECT stage FROM areas WHERE area_id = '" + area + "'");
    const std::string phase = sqlText("SELECT phase FROM areas WHERE area_id = '" + area + "'");
    ASSERT_TRUE(kStageNames.count(stage)) << stage;

    const std::string dom = browserDom(dir, folder, "open=area:" + area);
    ASSERT_FALSE(dom.empty());
    EXPECT_EQ(statusAttribute(dom, "ready"), "1");
    EXPECT_EQ(countMatches(dom, "<path[^>]*class=\"eco-area[ \"]"), 54);
    EXPECT_EQ(statusAttribute(dom, "areas"), "54");
    EXPECT_EQ(countMatches(dom, "<path[^>]*class=\"eco-province[ \"]"), 77);
    // The card the search opened: the area's stage and phase, as the window's identify says it.
    const std::string expected =
        "Stage " + stage + ": " + kStageNames.at(stage) + " · phase " + phase;
    EXPECT_NE(dom.find("leaflet-popup-content"), std::string::npos);
    EXPECT_NE(dom.find("<span class=\"stage\">" + expected + "</span>"), std::string::npos)
        << expected;
}

TEST(WebMap, ThaiPageAndFilteredCountsEqualStats) {
    ScratchDir dir;
    const std::string folder = dir.file("east");
    auto r = runCli(
        {"webmap", "--output", folder, "--data", kBundled, "--region", "east", "--lang", "th"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto stats = runCli({"stats", "--json", "--data", kBundled, "--region", "east"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    const auto total = nlohmann::json::parse(stats.out)["total"];
    const std::string dom = browserDom(dir, folder, "open=province:TH-21");
    EXPECT_EQ(statusAttribute(dom, "areas"), std::to_string(total["areas"].get<int>()));
    EXPECT_EQ(statusAttribute(dom, "provinces"), std::to_string(total["provinces"].get<int>()));
    EXPECT_EQ(statusAttribute(dom, "estates"), std::to_string(total["estates"].get<int>()));
    EXPECT_EQ(statusAttribute(dom, "factories"), std::to_string(total["factories"].get<int>()));
    // In Thai: the province card names Rayong in Thai and its region.
    EXPECT_NE(dom.find("<html lang=\"th\""), std::string::npos);
    EXPECT_NE(dom.find("ระยอง"), std::string::npos);
    EXPECT_NE(dom.find("ภาคตะวันออก"), std::string::npos);

    // An existing folder is not replaced without --overwrite.
    r = runCli({"webmap", "--output", folder, "--data", kBundled});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--overwrite"), std::string::npos) << r.err;
    EXPECT_NE(readTextFile(folder + "/data.js").find("\"lang\":\"th\""), std::string::npos);
    r = runCli({"webmap", "--output", folder, "--data", kBundled, "--overwrite"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(readTextFile(folder + "/data.js").find("\"lang\":\"en\""), std::string::npos);
}

TEST(WebMap, WithoutLeafletItSaysWhereItLooked) {
    ScratchDir dir;
    const auto r = runCli({"webmap", "--output", dir.file("out"), "--data", kBundled, "--leaflet",
                           dir.file("no-leaflet")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(ecotown::test::lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("no-leaflet"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("libjs-leaflet"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("out")));
}
