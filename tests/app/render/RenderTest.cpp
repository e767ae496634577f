// `ecotown-cli render` run as users run it, on the bundled dataset: the images are read back with
// QImage and checked where the shared projection (render::MapView, the same function the command
// uses) puts known places; colours are the ones layers/Style.hpp defines. PDF and SVG are checked
// for being what they claim, and bad outputs for their exit code and message.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <sqlite3.h>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QXmlStreamReader>

#include "TestSupport.hpp"
#include "app/render/AtlasScene.hpp"
#include "app/render/MapPainter.hpp"
#include "app/render/MapView.hpp"
#include "app/render/OffscreenGui.hpp"
#include "app/render/PngEncoder.hpp"
#include "app/render/PointStamper.hpp"
#include "app/render/SceneOptions.hpp"
#include "geo/Error.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Provenance.hpp"
#include "layers/Style.hpp"

using namespace ecotown;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

const layers::Atlas& atlas() {
    static const layers::Atlas instance = [] {
        layers::AtlasLoadOptions options;
        options.factoryNames = false;
        return layers::readBundledAtlas(kBundled, options);
    }();
    return instance;
}

const layers::EcoTownArea& area(const std::string& id) {
    const auto i = atlas().findArea(id);
    EXPECT_TRUE(i.has_value()) << id;
    return atlas().areas()[i.value_or(0)];
}

std::string extentText(const geo::Extent& e) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(10);
    out << e.minX << ',' << e.minY << ',' << e.maxX << ',' << e.maxY;
    return out.str();
}

// Where the command puts a place: the same layout and projection functions it uses.
geo::XY pixelOf(double lon, double lat, const geo::Extent& extent, int width = 1600,
                int height = 1000, bool title = true, bool legend = true) {
    const render::MapCanvas canvas{width, height, 96};
    const render::MapLayout layout = render::layoutMap(canvas, title, legend);
    return render::MapView::fit(extent, layout.frame).toPixel(lon, lat);
}

QColor pixelAt(const QImage& image, geo::XY p) {
    return image.pixelColor(static_cast<int>(std::floor(p.x)), static_cast<int>(std::floor(p.y)));
}

QColor toQColor(layers::Rgba c) {
    return QColor(c.r, c.g, c.b, c.a);
}

// `top` painted over `bottom` with opacity, as QPainter does (alpha rounded to 8 bits).
QColor over(layers::Rgba top, double opacity, QColor bottom) {
    const double a = std::lround(255 * opacity) / 255.0;
    auto mix = [&](int t, int b) { return static_cast<int>(std::lround(t * a + b * (1 - a))); };
    return QColor(mix(top.r, bottom.red()), mix(top.g, bottom.green()), mix(top.b, bottom.blue()));
}

int colourDistance(const QColor& a, const QColor& b) {
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

::testing::AssertionResult closeColour(const QColor& actual, const QColor& expected,
                                       int tolerance = 4) {
    if (colourDistance(actual, expected) <= tolerance)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "pixel " << actual.name().toStdString() << ", expected "
                                         << expected.name().toStdString();
}

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> renderArgs(const std::string& output, std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"render", "--output", output, "--data", kBundled};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

// Pixels darker than any fill of the style: text and symbols.
int darkPixels(const QImage& image, const render::PixelRect& r) {
    int n = 0;
    for (int y = static_cast<int>(r.y); y < static_cast<int>(r.bottom()) && y < image.height(); ++y)
        for (int x = static_cast<int>(r.x); x < static_cast<int>(r.right()) && x < image.width();
             ++x)
            n += qGray(image.pixel(x, y)) < 90 ? 1 : 0;
    return n;
}

// The longest run of differing pixels along a row.
int longestRun(const QImage& image, int y, int x0, int x1, QRgb background) {
    int best = 0, run = 0;
    for (int x = x0; x < x1; ++x) {
        run = image.pixel(x, y) != background ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

// The share of the pixels within `radius` of `centre` (a square) close to `colour`: an area's
// interior where hatching (an illustrative stage) crosses it.
double shareClose(const QImage& image, geo::XY centre, int radius, const QColor& colour) {
    int close = 0, all = 0;
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            ++all;
            close += colourDistance(pixelAt(image, {centre.x + dx, centre.y + dy}), colour) <= 4;
        }
    }
    return static_cast<double>(close) / all;
}

int countColour(const QImage& image, const QColor& colour, int tolerance = 2) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += colourDistance(image.pixelColor(x, y), colour) <= tolerance ? 1 : 0;
    return n;
}

}  // namespace

// --- projection and options (no process) --------------------------------------------------------

TEST(MapView, WebMercatorMatchesTheWindowsWorldUnits) {
    EXPECT_DOUBLE_EQ(render::webMercatorX(-180), 0.0);
    EXPECT_DOUBLE_EQ(render::webMercatorX(0), 0.5);
    EXPECT_NEAR(render::webMercatorY(0), 0.5, 1e-15);
    EXPECT_LT(render::webMercatorY(20), render::webMercatorY(5));  // y grows southwards
    EXPECT_NEAR(render::latitudeOfWebMercatorY(render::webMercatorY(13.75)), 13.75, 1e-12);
}

TEST(MapView, FitCentresTheExtentAndKeepsTheAspect) {
    geo::Extent e;
    e.include(100.0, 13.0);
    e.include(101.0, 14.0);
    const render::PixelRect frame{100, 50, 800, 400};
    const render::MapView v = render::MapView::fit(e, frame);
    const geo::XY sw = v.toPixel(100.0, 13.0), ne = v.toPixel(101.0, 14.0);
    EXPECT_NEAR((sw.x + ne.x) / 2, 500, 1e-6);
    EXPECT_NEAR((sw.y + ne.y) / 2, 250, 1e-6);
    EXPECT_NEAR(sw.y - ne.y, 400, 1e-6);  // the taller side fills the frame
    EXPECT_LT(ne.x - sw.x, 400);
    const geo::XY back = v.toLonLat(sw.x, sw.y);
    EXPECT_NEAR(back.x, 100.0, 1e-9);
    EXPECT_NEAR(back.y, 13.0, 1e-9);
    // about 111 km per degree of latitude near 13.5° N
    EXPECT_NEAR(v.metresPerPixel(13.5) * (sw.y - ne.y), 112000, 2000);
}

TEST(SceneOptions, HideNamesLayersAndRejectsOthers) {
    const render::MapLayers l = render::hideLayers("factories, labels,legend", "--hide");
    EXPECT_FALSE(l.factories);
    EXPECT_FALSE(l.labels);
    EXPECT_FALSE(l.legend);
    EXPECT_TRUE(l.areas);
    EXPECT_THROW(render::hideLayers("rivers", "--hide"), UsageError);
    EXPECT_EQ(render::groupDigits(1000000), "1,000,000");
    EXPECT_EQ(render::groupDigits(999), "999");
}

// --- the raster path (in process) ------------------------------------------------------------

namespace {

// 300,000 points over Thailand in three symbols, some off the canvas.
render::MapScene manyPoints() {
    render::MapScene scene;
    scene.background = layers::mapStyle().sea;
    scene.extent = render::thailandExtent();
    scene.points.symbols = {
        {layers::greenIndustryColor(layers::GreenIndustryLevel::GreenCommitment), 4},
        {layers::mapStyle().highlight, 2},
        {layers::ecoFactoryColor(), 6}};
    std::mt19937 random(20240601);
    std::uniform_real_distribution<double> lon(96.0, 107.0), lat(4.0, 22.0);
    for (int i = 0; i < 300000; ++i) {
        scene.points.lon.push_back(lon(random));
        scene.points.lat.push_back(lat(random));
        scene.points.symbol.push_back(static_cast<std::uint8_t>(i % 3));
    }
    return scene;
}

}  // namespace

TEST(MapPainter, PointsStampedInBandsEqualOneThreadsAndLieWhereTheViewSays) {
    const render::OffscreenGui gui;
    const render::MapScene scene = manyPoints();
    const render::MapPainter painter(scene, {1200, 900, 96});
    QImage one(1200, 900, QImage::Format_RGB32), two = one, three = one;
    one.fill(Qt::white);
    two.fill(Qt::white);
    three.fill(Qt::white);
    const std::size_t n1 = painter.stampPoints(one, 1);
    EXPECT_EQ(painter.stampPoints(two, 2), n1);
    EXPECT_EQ(painter.stampPoints(three, 3), n1);
    EXPECT_GT(n1, 150000u);
    EXPECT_LT(n1, 300000u);  // some fall off the canvas
    EXPECT_TRUE(one == two);
    EXPECT_TRUE(one == three);
    // a lone point: its pixel has its colour (a 6 px Eco Factory dot is opaque in the middle)
    render::MapScene lone;
    lone.extent = render::thailandExtent();
    lone.points.symbols = {{layers::ecoFactoryColor(), 6}};
    lone.points.lon = {100.5};
    lone.points.lat = {13.75};
    const render::MapPainter p(lone, {800, 600, 96});
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    EXPECT_EQ(p.stampPoints(image), 1u);
    const geo::XY at = p.view().toPixel(100.5, 13.75);
    EXPECT_TRUE(closeColour(pixelAt(image, at), toQColor(layers::ecoFactoryColor()), 2));
    EXPECT_TRUE(closeColour(pixelAt(image, {at.x + 6, at.y}), Qt::white, 0));
}

TEST(StreamedPoints, StampedWhileReadEqualsStampedAtTheEnd) {
    const render::OffscreenGui gui;
    render::MapScene scene = manyPoints();
    scene.points.symbol.clear();  // one symbol, as a point file has
    scene.points.symbols.resize(1);
    const render::MapCanvas canvas{1200, 900, 96};
    const render::MapPainter painter(scene, canvas);
    render::MapPainter::Layers whole = painter.renderLayers();
    render::MapPainter::Layers streamedLayers = painter.renderLayers();

    // A third arrives before the view is known, the rest in runs after.
    render::StreamedPoints streamed;
    const std::size_t n = scene.points.size(), early = n / 3;
    streamed.add(scene.points.lon.data(), scene.points.lat.data(), early);
    streamed.start(painter.view(), canvas, scene.points.symbols.front());
    for (std::size_t at = early; at < n; at += 16384) {
        streamed.add(scene.points.lon.data() + at, scene.points.lat.data() + at,
                     std::min<std::size_t>(16384, n - at));
    }
    streamedLayers.points = streamed.finish();
    ASSERT_FALSE(streamedLayers.points.isNull());
    const QImage a = painter.compose(std::move(whole));
    const QImage b = painter.compose(std::move(streamedLayers));
    // The same pixels but for rounding: the layer is blended once over the map instead of each
    // point onto it.
    int differing = 0, worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const int d = colourDistance(a.pixelColor(x, y), b.pixelColor(x, y));
            differing += d > 0 ? 1 : 0;
            worst = std::max(worst, d);
        }
    }
    EXPECT_LE(worst, 12);
    EXPECT_LT(differing, a.width() * a.height() / 20);
    EXPECT_GT(countColour(b, toQColor(scene.points.symbols.front().color)), 1000);

    render::StreamedPoints off;
    off.add(scene.points.lon.data(), scene.points.lat.data(), 100);
    off.disable();
    off.start(painter.view(), canvas, scene.points.symbols.front());
    EXPECT_TRUE(off.finish().isNull());
}

TEST(PngEncoder, WritesWhatQtReadsBack) {
    const render::OffscreenGui gui;
    const render::MapScene scene = manyPoints();
    const render::MapPainter painter(scene, {640, 480, 150});
    const QImage image = painter.renderImage();
    const std::string png = render::encodePng(image, 150, 2);
    QImage back;
    ASSERT_TRUE(back.loadFromData(reinterpret_cast<const uchar*>(png.data()),
                                  static_cast<int>(png.size()), "PNG"));
    EXPECT_TRUE(back.convertToFormat(QImage::Format_RGB32) == image);
    EXPECT_NEAR(back.dotsPerMeterX() * 0.0254, 150, 0.5);
    // one band or several: the same picture
    QImage single;
    const std::string png1 = render::encodePng(image, 150, 1);
    ASSERT_TRUE(single.loadFromData(reinterpret_cast<const uchar*>(png1.data()),
                                    static_cast<int>(png1.size()), "PNG"));
    EXPECT_TRUE(single == back);
}

// --- the command ------------------------------------------------------------------------------

TEST(RenderCommand, PngHasTheRequestedSize) {
    ScratchDir dir;
    const std::string out = dir.file("map.png");
    const auto r = runCli(renderArgs(out, {"--width", "900", "--height", "700", "--dpi", "120"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    QImage image;
    ASSERT_TRUE(image.load(QString::fromStdString(out), "PNG"));
    EXPECT_EQ(image.width(), 900);
    EXPECT_EQ(image.height(), 700);
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 120, 0.5);
    // nothing but the output in the folder: the temporary file was renamed
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(RenderCommand, AreaInteriorHasItsStageColour) {
    ScratchDir dir;
    const std::string out = dir.file("khon_kaen.png");
    const layers::EcoTownArea& a = area("ETA-02");  // Khon Kaen Province, stage 3
    ASSERT_TRUE(a.stage.has_value());
    const geo::Extent view = render::withMargin(a.extent, 0.2);
    const auto r = runCli(
        renderArgs(out, {"--extent", extentText(view), "--hide", "factories,estates,labels"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QImage image(QString::fromStdString(out));
    ASSERT_FALSE(image.isNull());
    const auto& style = layers::mapStyle();
    const QColor expected =
        over(layers::stageColor(*a.stage), style.areaFillOpacity, toQColor(style.province));
    // its stage is illustrative: hatched, most of the interior still in the stage colour
    EXPECT_GT(shareClose(image, pixelOf(a.labelPoint.x, a.labelPoint.y, view), 6, expected), 0.75);
    // and the frame is where the layout says: the area's extent spans it from side to side or
    // from top to bottom, with the 20 % margin on each side
    const geo::XY sw = pixelOf(a.extent.minX, a.extent.minY, view),
                  ne = pixelOf(a.extent.maxX, a.extent.maxY, view);
    const render::MapLayout layout = render::layoutMap({1600, 1000, 96}, true, true);
    EXPECT_NEAR(std::max((ne.x - sw.x) / layout.frame.width, (sw.y - ne.y) / layout.frame.height),
                1 / 1.4, 0.02);
}

TEST(RenderCommand, ProvinceFilterLeavesOtherProvincesAreasUndrawn) {
    ScratchDir dir;
    const std::string out = dir.file("filtered.png");
    const layers::EcoTownArea& kept = area("ETA-02");   // Khon Kaen, stage 3
    const layers::EcoTownArea& other = area("ETA-05");  // Nakhon Ratchasima, stage 4
    geo::Extent view = kept.extent;
    view.include(other.extent);
    view = render::withMargin(view, 0.05);
    const auto r = runCli(renderArgs(out, {"--province", "TH-40", "--extent", extentText(view),
                                           "--hide", "factories,estates,labels"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QImage image(QString::fromStdString(out));
    ASSERT_FALSE(image.isNull());
    const auto& style = layers::mapStyle();
    const QColor keptColour =
        over(layers::stageColor(*kept.stage), style.areaFillOpacity, toQColor(style.province));
    EXPECT_GT(shareClose(image, pixelOf(kept.labelPoint.x, kept.labelPoint.y, view), 6, keptColour),
              0.75);
    // Nakhon Ratchasima: only its (unselected, darker) province fill, no stage-4 area
    const QColor otherPixel = pixelAt(image, pixelOf(other.labelPoint.x, other.labelPoint.y, view));
    const QColor unselected = toQColor(style.province).darker(115);
    EXPECT_TRUE(closeColour(otherPixel, unselected, 2));
    EXPECT_GT(colourDistance(otherPixel, over(layers::stageColor(*other.stage),
                                              style.areaFillOpacity, unselected)),
              20);
}

TEST(RenderCommand, LegendTitleScaleBarAndNorthArrowAreDrawn) {
    ScratchDir dir;
    const std::string out = dir.file("map.png");
    const auto r = runCli(renderArgs(out, {"--title", "Eco-Town Atlas test ทดสอบ"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QImage image(QString::fromStdString(out));
    ASSERT_EQ(image.size(), QSize(1600, 1000));
    const render::MapLayout layout = render::layoutMap({1600, 1000, 96}, true, true);
    // legend: a light box with text in it, and a swatch row
    const render::PixelRect legendTop{layout.legend.x, layout.legend.y, layout.legend.width, 120};
    EXPECT_GT(darkPixels(image, legendTop), 100);
    const QRgb box = image.pixel(static_cast<int>(layout.legend.right()) - 4,
                                 static_cast<int>(layout.legend.y) + 6);
    EXPECT_GT(qGray(box), 230);
    int longest = 0;
    for (int y = static_cast<int>(layout.legend.y) + 10; y < static_cast<int>(layout.legend.y) + 60;
         ++y)
        longest = std::max(longest, longestRun(image, y, static_cast<int>(layout.legend.x) + 5,
                                               static_cast<int>(layout.legend.right()) - 5, box));
    EXPECT_GE(longest, 10);
    EXPECT_GT(darkPixels(image, layout.title), 200);
    EXPECT_GT(darkPixels(image, layout.northArrow), 30);
    EXPECT_GT(darkPixels(image, layout.scaleBar), 100);
    EXPECT_GT(darkPixels(image, layout.source), 50);
    // without title and legend those boxes hold no text
    const std::string bare = dir.file("bare.png");
    ASSERT_EQ(runCli(renderArgs(bare, {"--title", "-", "--hide", "legend,labels"})).exitCode, 0);
    QImage plain(QString::fromStdString(bare));
    EXPECT_LT(darkPixels(plain, legendTop), darkPixels(image, legendTop) / 4);
}

TEST(RenderCommand, ThaiNamesRender) {
    ScratchDir dir;
    const std::string en = dir.file("en.png"), th = dir.file("th.png");
    ASSERT_EQ(runCli(renderArgs(en, {"--province", "TH-50"})).exitCode, 0);
    const auto r = runCli(renderArgs(th, {"--province", "TH-50", "--lang", "th"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QImage a(QString::fromStdString(en)), b(QString::fromStdString(th));
    ASSERT_EQ(a.size(), b.size());
    const render::MapLayout layout = render::layoutMap({1600, 1000, 96}, true, true);
    // the legend's words differ
    const QRect legend =
        QRectF(layout.legend.x, layout.legend.y, layout.legend.width, 200).toRect();
    EXPECT_TRUE(a.copy(legend) != b.copy(legend));
    EXPECT_GT(darkPixels(b, layout.title), 200);
}

TEST(RenderCommand, PdfIsAPdf) {
    ScratchDir dir;
    const std::string out = dir.file("map.pdf");
    const auto r = runCli(renderArgs(out, {"--dpi", "150", "--width", "1240", "--height", "1754"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string pdf = readBytes(out);
    ASSERT_GT(pdf.size(), 10000u);
    EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
    EXPECT_NE(pdf.find("%%EOF", pdf.size() - 16), std::string::npos);
    EXPECT_NE(pdf.find("/MediaBox [0 0 595"), std::string::npos) << "A4 at 150 dpi: 595 x 842 pt";
    EXPECT_NE(pdf.find("/FontFile2"), std::string::npos) << "fonts are embedded";
}

TEST(RenderCommand, SvgParsesAsXml) {
    ScratchDir dir;
    const std::string out = dir.file("map.svg");
    const auto r =
        runCli(renderArgs(out, {"--width", "800", "--height", "600", "--title", "SVG ทดสอบ"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QFile file(QString::fromStdString(out));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root, title;
    int paths = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("path"))
            ++paths;
        if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_GT(paths, 77);  // at least the provinces
    EXPECT_EQ(title, QStringLiteral("SVG ทดสอบ"));
}

TEST(RenderCommand, PointAndPolygonFilesWithAClassField) {
    ScratchDir dir;
    const std::string out = dir.file("files.png"), noPoints = dir.file("nopoints.png");
    const layers::EcoTownArea& a = area("ETA-02");
    const geo::Extent view = render::thailandExtent();
    const std::vector<std::string> files = {
        "render",     "--points", kBundled,           "--points-layer", "factories",
        "--polygons", kBundled,   "--polygons-layer", "areas",          "--class-field",
        "stage",      "--extent", extentText(view)};
    auto args = files;
    args.insert(args.end(), {"--output", noPoints, "--hide", "points"});
    auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QImage image(QString::fromStdString(noPoints));
    EXPECT_TRUE(closeColour(pixelAt(image, pixelOf(a.labelPoint.x, a.labelPoint.y, view)),
                            toQColor(layers::stageColor(*a.stage)), 1));
    args = files;
    args.insert(args.end(), {"--output", out});
    r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("78000 points"), std::string::npos) << r.out;
    QImage withPoints(QString::fromStdString(out));
    EXPECT_GT(countColour(withPoints, toQColor(layers::mapStyle().highlight)), 5000);
    EXPECT_EQ(countColour(image, toQColor(layers::mapStyle().highlight)), 0);
}

// The same factories from a GeoPackage (read straight through SQLite and stamped while read), a
// GeoJSON file (GDAL's reader) and a GeoPackage in UTM 47N (transformed before drawing) make the
// same map.
TEST(RenderCommand, PointFilesOfAnyFormatAndCrsDrawTheSame) {
    ScratchDir dir;
    const std::string gpkg = dir.file("f.gpkg"), json = dir.file("f.geojson"),
                      utm = dir.file("f_utm.gpkg");
    for (const auto& [out, crs] : {std::pair{gpkg, "EPSG:4326"}, std::pair{json, "EPSG:4326"},
                                   std::pair{utm, "EPSG:32647"}}) {
        const auto r = runCli({"convert", kBundled, out, "--layer", "factories", "--crs", crs,
                               "--where", "province_code IN ('TH-20', 'TH-21', 'TH-24')"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    const std::string extent = "100.6,12.4,102.2,13.9";
    std::vector<QImage> images;
    for (const std::string& points : {gpkg, json, utm}) {
        const std::string out = points + ".png";
        const auto r =
            runCli({"render",    "--points", points, "--polygons", kBundled, "--polygons-layer",
                    "provinces", "--extent", extent, "--title",    "-",      "--hide",
                    "legend",    "--source", "same", "--width",    "800",    "--height",
                    "600",       "--output", out});
        ASSERT_EQ(r.exitCode, 0) << points << ": " << r.err;
        images.emplace_back(QString::fromStdString(out));
        ASSERT_FALSE(images.back().isNull());
    }
    const QColor red = toQColor(layers::mapStyle().highlight);
    const int reds = countColour(images[0], red);
    EXPECT_GT(reds, 500);
    for (std::size_t i = 1; i < images.size(); ++i) {
        int differing = 0;
        for (int y = 0; y < images[0].height(); ++y)
            for (int x = 0; x < images[0].width(); ++x)
                differing +=
                    colourDistance(images[0].pixelColor(x, y), images[i].pixelColor(x, y)) > 12;
        EXPECT_LT(differing, reds / 50) << i;  // UTM round trip: sub-pixel shifts at most
    }
}

TEST(RenderCommand, BadOutputPathExitsTwoNamingIt) {
    ScratchDir dir;
    const std::string missing = dir.file("no-such-folder/map.png");
    auto r = runCli(renderArgs(missing));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    const std::string jpeg = dir.file("map.jpg");
    r = runCli(renderArgs(jpeg));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(jpeg), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(jpeg));
    r = runCli(renderArgs(dir.file("folder.png"),
                          {"--points", dir.file("nothing.gpkg"), "--province", "TH-20"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--points"), std::string::npos) << r.err;
}

TEST(RenderCommand, ExistingOutputIsKeptWithoutOverwrite) {
    ScratchDir dir;
    const std::string out = dir.file("map.png");
    ecotown::test::writeTextFile(out, "an older map");
    auto r = runCli(renderArgs(out, {"--width", "400", "--height", "300"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(out), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--overwrite"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(out), "an older map");
    r = runCli(renderArgs(out, {"--width", "400", "--height", "300", "--overwrite"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(readBytes(out).substr(1, 3), "PNG");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

// Illustrative stages are hatched, approximate outlines dashed, and the legend says so.
TEST(RenderCommand, IllustrativeStagesAreHatchedAndTheLegendExplainsThem) {
    const layers::Selection all = layers::select(atlas(), {});
    const render::MapScene scene = render::atlasScene(atlas(), {}, all, render::SceneOptions{});
    int hatched = 0, dashed = 0;
    for (const render::PolygonLayer& layer : scene.polygonLayers) {
        for (const render::MapPolygon& p : layer.polygons) {
            hatched += p.style.hatched ? 1 : 0;
            dashed += p.style.dashedOutline ? 1 : 0;
        }
    }
    EXPECT_GE(hatched, 32);
    EXPECT_GT(dashed, 0);
    int legendHatched = 0, legendDashed = 0;
    for (const render::LegendSection& section : scene.legend) {
        for (const render::LegendEntry& e : section.entries) {
            legendHatched += e.fill.hatched && e.text.find("illustrative") != std::string::npos;
            legendDashed += e.fill.dashedOutline && e.text.find("approximate") != std::string::npos;
        }
    }
    EXPECT_EQ(legendHatched, 1);
    EXPECT_EQ(legendDashed, 1);

    // drawn: hatch lines cross the illustrative Khon Kaen, not the confirmed Nakhon Ratchasima
    ScratchDir dir;
    const std::string out = dir.file("hatched.png");
    const layers::EcoTownArea& illustrative = area("ETA-02");
    const layers::EcoTownArea& confirmed = area("ETA-05");
    ASSERT_TRUE(layers::stageIsIllustrative(illustrative));
    ASSERT_FALSE(layers::stageIsIllustrative(confirmed));
    geo::Extent view = illustrative.extent;
    view.include(confirmed.extent);
    view = render::withMargin(view, 0.05);
    const auto r = runCli(
        renderArgs(out, {"--extent", extentText(view), "--hide", "factories,estates,labels"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QImage image(QString::fromStdString(out));
    ASSERT_FALSE(image.isNull());
    const auto& style = layers::mapStyle();
    auto stageColour = [&](const layers::EcoTownArea& a) {
        return over(layers::stageColor(*a.stage), style.areaFillOpacity, toQColor(style.province));
    };
    const double hatchedShare =
        shareClose(image, pixelOf(illustrative.labelPoint.x, illustrative.labelPoint.y, view), 20,
                   stageColour(illustrative));
    EXPECT_GT(hatchedShare, 0.6);
    EXPECT_LT(hatchedShare, 0.95);  // one line in twelve pixels, antialiased
    EXPECT_GT(shareClose(image, pixelOf(confirmed.labelPoint.x, confirmed.labelPoint.y, view), 20,
                         stageColour(confirmed)),
              0.99);
}

// A GeoPackage whose gpkg_geometry_columns names no column (NULL): the points are read by GDAL
// or refused in one line, never a crash.
TEST(RenderCommand, PointsFromAGeoPackageWithANullGeometryColumnName) {
    ScratchDir dir;
    const std::string points = dir.file("nullcol.gpkg");
    auto r = runCli({"convert", kBundled, points, "--layer", "factories", "--where",
                     "province_code IN ('TH-20', 'TH-21')"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(points.c_str(), &db), SQLITE_OK);
    const int rc =
        sqlite3_exec(db,
                     "ALTER TABLE gpkg_geometry_columns RENAME TO gc_old; "
                     "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, "
                     "geometry_type_name TEXT, srs_id INTEGER, z TINYINT, m TINYINT); "
                     "INSERT INTO gpkg_geometry_columns SELECT table_name, NULL, "
                     "geometry_type_name, srs_id, "
                     "z, m FROM gc_old; DROP TABLE gc_old;",
                     nullptr, nullptr, nullptr);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK);
    const std::string out = dir.file("map.png");
    r = runCli({"render", "--points", points, "--polygons", kBundled, "--polygons-layer",
                "provinces", "--width", "400", "--height", "300", "--output", out});
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 2) << r.exitCode << ": " << r.err;
    if (r.exitCode == 2) {
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_NE(r.err.find(points), std::string::npos) << r.err;
    } else {
        EXPECT_FALSE(QImage(QString::fromStdString(out)).isNull());
    }
}
