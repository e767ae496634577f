// File → Print… / Save map as: the real window under Xvfb writes the map it shows through the
// renderer of `ecotown-cli render`; the files are read back with pdftotext, QImage and an XML
// parser, and checked against literal words of the legend and the style's stage colours.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

#include "GuiSupport.hpp"
#include "TestSupport.hpp"
#include "app/render/MapView.hpp"
#include "layers/Provenance.hpp"
#include "layers/Style.hpp"

using namespace ecotown;
using test::activate;
using test::item;
using test::openWindow;
using test::saveScreenshot;
using test::settle;

namespace {

QObject* printDialog(gui::AtlasWindow& w) {
    QObject* dialog = w.window()->findChild<QObject*>(QStringLiteral("printDialog"));
    EXPECT_NE(dialog, nullptr);
    return dialog;
}

// Opens the dialog as a user would (Ctrl+P), fills it in and presses Save.
bool saveFromDialog(gui::AtlasWindow& w, const QString& path, int format, int dpi = 100) {
    QObject* dialog = printDialog(w);
    EXPECT_TRUE(activate(w));
    QTest::keyClick(w.window(), Qt::Key_P, Qt::ControlModifier);
    QTest::qWait(200);
    EXPECT_TRUE(dialog->property("visible").toBool()) << "Ctrl+P opens the print dialog";
    QMetaObject::invokeMethod(dialog, "setFormat", Q_ARG(QVariant, format));
    w.window()->findChild<QObject*>(QStringLiteral("printPath"))->setProperty("text", path);
    w.window()->findChild<QObject*>(QStringLiteral("printDpi"))->setProperty("value", dpi);
    QVariant ok;
    QMetaObject::invokeMethod(dialog, "save", Q_RETURN_ARG(QVariant, ok));
    return ok.toBool();
}

QString message(gui::AtlasWindow& w) {
    return w.window()
        ->findChild<QObject*>(QStringLiteral("printMessage"))
        ->property("text")
        .toString();
}

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    // -raw keeps Thai marks with their letters; the "fi"/"fl" ligature glyphs Qt sets in Latin
    // text read as their letters, as a viewer's search does
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB01), QLatin1String("fi"))
        .replace(QChar(0xFB02), QLatin1String("fl"));
}

QColor over(layers::Rgba top, double opacity, layers::Rgba under) {
    auto mix = [&](int a, int b) {
        return static_cast<int>(std::lround(a * opacity + b * (1 - opacity)));
    };
    return QColor(mix(top.r, under.r), mix(top.g, under.g), mix(top.b, under.b));
}

int distance(QColor a, QColor b) {
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

}  // namespace

TEST(PrintTest, SavedPdfHasTheTitleAndTheLegendOfTheFilteredView) {
    auto w = openWindow({{QStringLiteral("province"), QStringLiteral("Rayong")}});
    test::ScratchDir dir;
    const QString out = QString::fromStdString(dir.file("rayong.pdf"));
    ASSERT_TRUE(saveFromDialog(*w, out, 0)) << message(*w).toStdString();
    EXPECT_TRUE(message(*w).contains(out));
    settle(*w);
    saveScreenshot(*w, QStringLiteral("print-dialog"));
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 842.000000 595.000000]")) << "A4 landscape in points";
    const QString text = pdfText(out);
    for (const char* expected : {"Eco-industrial towns of Thailand", "Rayong", "Selected provinces",
                                 "Eco-town areas by development stage", "Stage 1", "Stage 5",
                                 "Certified factories", "Hatched: stage illustrative", " km"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    // nothing else is left in the folder (written through a temporary file and renamed)
    EXPECT_EQ(QDir(QString::fromStdString(dir.path().string()))
                  .entryList(QDir::Files | QDir::Hidden)
                  .size(),
              1);
}

TEST(PrintTest, SavedPngShowsAnAreaInItsStageColourWhereTheViewPutsIt) {
    auto w = openWindow();
    const layers::Atlas& atlas = *w->controller()->atlas();
    // Khon Kaen, a whole-province area at stage 3; its name from the data, not the code under test
    const auto it = std::find_if(atlas.areas().begin(), atlas.areas().end(),
                                 [](const layers::EcoTownArea& a) { return a.id == "ETA-02"; });
    ASSERT_NE(it, atlas.areas().end());
    const layers::EcoTownArea& a = *it;
    ASSERT_TRUE(a.stage.has_value());
    QObject* pane = item(*w, "mapPane");
    for (const char* layer : {"showFactories", "showEstates", "showLabels"})
        pane->setProperty(layer, false);
    QMetaObject::invokeMethod(pane, "showExtent", Q_ARG(QVariant, a.extent.minX - 0.3),
                              Q_ARG(QVariant, a.extent.minY - 0.3),
                              Q_ARG(QVariant, a.extent.maxX + 0.3),
                              Q_ARG(QVariant, a.extent.maxY + 0.3), Q_ARG(QVariant, false));
    settle(*w);
    test::ScratchDir dir;
    const QString out = QString::fromStdString(dir.file("khon_kaen.png"));
    ASSERT_TRUE(saveFromDialog(*w, out, 1, 100)) << message(*w).toStdString();
    QImage image(out);
    ASSERT_FALSE(image.isNull());
    // A4 landscape at 100 dpi
    EXPECT_EQ(image.width(), std::lround(297 / 25.4 * 100));
    EXPECT_EQ(image.height(), std::lround(210 / 25.4 * 100));
    // where the map's visible region lands on the page (render's layout and projection)
    QVariant request;
    QMetaObject::invokeMethod(printDialog(*w), "request", Q_RETURN_ARG(QVariant, request));
    const QVariantMap r = request.toMap();
    const geo::Extent view{
        r[QStringLiteral("west")].toDouble(), r[QStringLiteral("south")].toDouble(),
        r[QStringLiteral("east")].toDouble(), r[QStringLiteral("north")].toDouble()};
    EXPECT_TRUE(view.minX < a.labelPoint.x && a.labelPoint.x < view.maxX);
    const render::MapCanvas canvas{image.width(), image.height(), 100};
    const render::MapView mapView =
        render::MapView::fit(view, render::layoutMap(canvas, true, true).frame);
    const geo::XY centre = mapView.toPixel(a.labelPoint.x, a.labelPoint.y);
    const auto& style = layers::mapStyle();
    const QColor expected =
        over(layers::stageColor(*a.stage), style.areaFillOpacity, style.province);
    int close = 0, all = 0;
    for (int dy = -8; dy <= 8; ++dy) {
        for (int dx = -8; dx <= 8; ++dx, ++all)
            close += distance(image.pixelColor(static_cast<int>(centre.x) + dx,
                                               static_cast<int>(centre.y) + dy),
                              expected) <= 4;
    }
    // hatched where the stage is illustrative: most of the interior is still the stage colour
    EXPECT_GT(static_cast<double>(close) / all, layers::stageIsIllustrative(a) ? 0.7 : 0.95);
}

TEST(PrintTest, SavedSvgIsXmlWithTheLegendAndAFileIsReplacedOnlyWhenConfirmed) {
    auto w = openWindow({{QStringLiteral("region"), QStringLiteral("East")}});
    test::ScratchDir dir;
    const QString out = QString::fromStdString(dir.file("east.svg"));
    ASSERT_TRUE(saveFromDialog(*w, out, 2, 96)) << message(*w).toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root, text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && root.isEmpty())
            root = xml.name().toString();
        if (token == QXmlStreamReader::Characters)
            text += xml.text() + QLatin1Char(' ');
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    for (const char* expected : {"Eco-town areas by development stage", "Stage 3",
                                 "Industrial estates by IEAT eco level", "Eco Factory"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    file.close();

    // The same name again: refused until the user confirms, the file untouched meanwhile.
    QFile::resize(out, 10);
    EXPECT_FALSE(saveFromDialog(*w, out, 2, 96));
    EXPECT_TRUE(message(*w).contains(QStringLiteral("exists")));
    EXPECT_EQ(QFileInfo(out).size(), 10);
    EXPECT_TRUE(printDialog(*w)->property("confirmReplace").toBool());
    QVariant ok;
    QMetaObject::invokeMethod(printDialog(*w), "save", Q_RETURN_ARG(QVariant, ok));  // "Replace"
    EXPECT_TRUE(ok.toBool()) << message(*w).toStdString();
    EXPECT_GT(QFileInfo(out).size(), 10000);
}

TEST(PrintTest, SavedMapIsInTheWindowsLanguage) {
    auto w = openWindow({}, QStringLiteral("th"));
    test::ScratchDir dir;
    const QString out = QString::fromStdString(dir.file("thai.pdf"));
    ASSERT_TRUE(saveFromDialog(*w, out, 0, 96)) << message(*w).toStdString();
    const QString text = pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("เมืองอุตสาหกรรมเชิงนิเวศของประเทศไทย")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("จังหวัด")));
}

// Without a printer (CUPS has none here) Print says so and offers Save as PDF instead.
TEST(PrintTest, PrintWithoutAPrinterSaysToSaveAPdf) {
    auto w = openWindow();
    if (w->printer()->canPrint())
        GTEST_SKIP() << "a printer is set up on this machine";
    QVariantMap request;
    request.insert(QStringLiteral("printer"), QStringLiteral("no-such-printer"));
    EXPECT_FALSE(w->printer()->print(request));
    EXPECT_TRUE(w->printer()->message().contains(QStringLiteral("PDF")));
    EXPECT_FALSE(w->window()
                     ->findChild<QObject*>(QStringLiteral("printButton"))
                     ->property("enabled")
                     .toBool());
}
