// ecotown: the map window of Eco-Town Atlas. `--screenshot FILE.png` renders the window with
// the filter applied, writes the PNG and exits (for the README's pictures and for tests).
// `ecotown FILE.gpkg` opens that dataset (as --data does), so a file manager's "Open with" works.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

#include "app/gui/FrameBenchmark.hpp"
#include "app/gui/Window.hpp"
#include "geo/Encoding.hpp"
#include "layers/DataLocation.hpp"

namespace {

// One line on stderr; text that came from a file (a field name, a mapping's key) may hold control
// characters or bytes that are not UTF-8: they are escaped, as the CLI's lines are.
void printLine(const QString& text) {
    std::fprintf(stderr, "ecotown: %s\n", ecotown::geo::displayText(text.toStdString()).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;  // for --benchmark
    sinceStart.start();
    QGuiApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    // QApplication, not QGuiApplication: Qt Charts (the KPI panel) draws with Graphics View.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Eco-Town Atlas"));
    QGuiApplication::setOrganizationName(QStringLiteral("EcoTownAtlas"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ECOTOWN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Eco-Town Atlas: Thailand's eco-industrial towns on a map"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE.gpkg"),
                                 QStringLiteral("The dataset to open (the same as --data)."),
                                 QStringLiteral("[FILE.gpkg]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Write the window to FILE.png and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   QStringLiteral("Window width (default 1600)."),
                                   QStringLiteral("W"), QStringLiteral("1600"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    QStringLiteral("Window height (default 1000)."),
                                    QStringLiteral("H"), QStringLiteral("1000"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: en or th."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("The dataset (default: the bundled ecotown.gpkg)."),
        QStringLiteral("PATH"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     QStringLiteral("A mapping file for your own data."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral("Zoom to a province, region or area, or to minlon,minlat,maxlon,maxlat."),
        QStringLiteral("TEXT"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark"),
        QStringLiteral(
            "Measure start-up, pan/zoom frames and a filter, print the figures and exit."));
    const QCommandLineOption kpiPanel(QStringLiteral("kpi"),
                                      QStringLiteral("Open the KPI panel (View → KPIs)."));
    const QCommandLineOption saveMap(
        QStringLiteral("save-map"),
        QStringLiteral("Save the map as shown to FILE.pdf, .png or .svg (as File > Save map "
                       "does: title, legend, scale bar) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Page of --save-map: A4 or A3, -portrait for "
                                                 "upright (default A4, landscape, 150 dpi)."),
                                  QStringLiteral("PAGE"), QStringLiteral("A4"));
    const QCommandLineOption serverView(
        QStringLiteral("server-view"),
        QStringLiteral("Keep a database's factories on its server (cells, and the factories of "
                       "the view at street zoom) however few; automatic from 2,000,000."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QStringLiteral("--save-map may replace an existing file."));
    parser.addOptions({screenshot, width, height, lang, data, mapping, view, benchmark, kpiPanel,
                       saveMap, page, overwrite, serverView});
    const char* filterNames[] = {"province", "region", "phase", "stage",
                                 "cert",     "year",   "bbox",  "as-of"};
    for (const char* name : filterNames) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name),
                                            QStringLiteral("Filter, as in ecotown-cli."),
                                            QStringLiteral("VALUE")));
    }
    parser.process(app);

    ecotown::gui::WindowOptions options;
    options.width = parser.value(width).toInt();
    options.height = parser.value(height).toInt();
    options.language = parser.value(lang);
    options.mappingFile = parser.value(mapping);
    options.serverView = parser.isSet(serverView);
    for (const char* name : filterNames) {
        if (parser.isSet(QString::fromLatin1(name)))
            options.filterFlags.insert(QString::fromLatin1(name),
                                       parser.value(QString::fromLatin1(name)));
    }
    QString dataPath = parser.value(data);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(data))) {
        std::fprintf(stderr, "ecotown: give one dataset (FILE.gpkg or --data), not %lld\n",
                     static_cast<long long>(files.size() + (parser.isSet(data) ? 1 : 0)));
        return 2;
    }
    if (!files.isEmpty())
        dataPath = files.front();
    try {
        options.dataset = QString::fromStdString(ecotown::layers::locateBundledDataset(
            dataPath.toStdString(), QCoreApplication::applicationFilePath().toStdString()));
    } catch (const std::exception& e) {
        printLine(QString::fromUtf8(e.what()));
        return 2;
    }

    ecotown::gui::AtlasWindow window(options);
    if (!window.isValid()) {
        std::fprintf(stderr, "ecotown: the window could not be created (QML errors above)\n");
        return 2;
    }
    if (!window.controller()->errorText().isEmpty()) {
        printLine(window.controller()->errorText());
        return 2;
    }
    const QString viewText = parser.value(view);
    std::unique_ptr<ecotown::gui::FrameBenchmark> bench;
    if (parser.isSet(benchmark)) {
        bench = std::make_unique<ecotown::gui::FrameBenchmark>(&window, sinceStart);
        QObject::connect(&window, &ecotown::gui::AtlasWindow::drawn, bench.get(),
                         &ecotown::gui::FrameBenchmark::start);
        QObject::connect(bench.get(), &ecotown::gui::FrameBenchmark::finished, &app,
                         [](const QString& report) {
                             std::fputs(qPrintable(report), stdout);
                             QCoreApplication::exit(0);
                         });
    }
    // Without --view, a filter from the command line decides the view (as in the window).
    const bool followFilter = viewText.isEmpty() && !options.filterFlags.isEmpty();
    QObject::connect(&window, &ecotown::gui::AtlasWindow::drawn, &app, [&] {
        if (followFilter) {
            QObject* pane = window.window()->findChild<QObject*>(QStringLiteral("mapPane"));
            QMetaObject::invokeMethod(pane, "zoomToSelection", Q_ARG(QVariant, false));
        }
        if (!viewText.isEmpty()) {
            QVariantMap r = window.controller()->search(viewText);
            const QStringList box = viewText.split(QLatin1Char(','));
            if (box.size() == 4) {  // minlon,minlat,maxlon,maxlat
                r = {{QStringLiteral("found"), true},
                     {QStringLiteral("west"), box[0].toDouble()},
                     {QStringLiteral("south"), box[1].toDouble()},
                     {QStringLiteral("east"), box[2].toDouble()},
                     {QStringLiteral("north"), box[3].toDouble()}};
            }
            if (r.value(QStringLiteral("found")).toBool()) {
                QObject* pane = window.window()->findChild<QObject*>(QStringLiteral("mapPane"));
                QMetaObject::invokeMethod(
                    pane, "showExtent", Q_ARG(QVariant, r.value(QStringLiteral("west"))),
                    Q_ARG(QVariant, r.value(QStringLiteral("south"))),
                    Q_ARG(QVariant, r.value(QStringLiteral("east"))),
                    Q_ARG(QVariant, r.value(QStringLiteral("north"))), Q_ARG(QVariant, false));
            }
        }
        if (parser.isSet(kpiPanel)) {
            QObject* panel = window.window()->findChild<QObject*>(QStringLiteral("kpiPanel"));
            QMetaObject::invokeMethod(panel, "open");
        }
        if (!parser.isSet(screenshot) && !parser.isSet(saveMap))
            return;
        // Let the view change (labels, items) settle, then grab.
        const bool settle = !viewText.isEmpty() || followFilter || parser.isSet(kpiPanel);
        // ... and in the server view, the server's answers for that view drawn.
        auto* waitForServer = new QTimer(&app);
        waitForServer->setInterval(50);
        auto grab = std::make_shared<std::function<void()>>();
        QObject::connect(waitForServer, &QTimer::timeout, &app, [&, waitForServer, grab] {
            if (window.controller()->fetching())
                return;
            waitForServer->stop();
            QTimer::singleShot(window.controller()->serverView() ? 300 : 0, &app, *grab);
        });
        QTimer::singleShot(settle ? 700 : 50, &app, [waitForServer] { waitForServer->start(); });
        *grab = [&] {
            if (parser.isSet(saveMap)) {
                // the print dialog's request: the map's visible region and layer toggles
                QObject* dialog =
                    window.window()->findChild<QObject*>(QStringLiteral("printDialog"));
                QVariant request;
                QMetaObject::invokeMethod(dialog, "request", Q_RETURN_ARG(QVariant, request));
                QVariantMap r = request.toMap();
                const QString pageText = parser.value(page);
                r[QStringLiteral("page")] = pageText.left(2);
                r[QStringLiteral("landscape")] = !pageText.endsWith(QLatin1String("-portrait"));
                r[QStringLiteral("dpi")] = 150;
                r[QStringLiteral("path")] = parser.value(saveMap);
                r[QStringLiteral("overwrite")] = parser.isSet(overwrite);
                const bool ok = window.printer()->save(r);
                printLine(window.printer()->message());
                if (!ok || !parser.isSet(screenshot)) {
                    QCoreApplication::exit(ok ? 0 : 2);
                    return;
                }
            }
            const QImage image = window.window()->grabWindow();
            const QString file = parser.value(screenshot);
            if (image.isNull() || !image.save(file)) {
                printLine(file + QStringLiteral(": cannot write the screenshot"));
                QCoreApplication::exit(2);
                return;
            }
            printLine(QStringLiteral("wrote %1 (%2x%3)")
                          .arg(file)
                          .arg(image.width())
                          .arg(image.height()));
            if (!window.controller()->errorText().isEmpty())  // the data could not be loaded
                printLine(window.controller()->errorText());
            QCoreApplication::exit(window.controller()->errorText().isEmpty() ? 0 : 2);
        };
    });
    return QGuiApplication::exec();
}
