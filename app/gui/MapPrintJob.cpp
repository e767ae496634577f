#include "app/gui/MapPrintJob.hpp"

#include <cmath>
#include <exception>
#include <filesystem>

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

#include "app/gui/AtlasController.hpp"
#include "app/render/AtlasScene.hpp"
#include "app/render/MapOutput.hpp"
#include "app/render/MapPainter.hpp"

namespace ecotown::gui {
namespace {

bool isA3(const QString& size) {
    return size.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0;
}

bool flag(const QVariantMap& request, const char* name) {
    return request.value(QLatin1String(name), true).toBool();
}

}  // namespace

render::MapCanvas MapPage::canvas() const {
    // ISO 216 in millimetres
    double w = isA3(size) ? 297 : 210, h = isA3(size) ? 420 : 297;
    if (landscape)
        std::swap(w, h);
    render::MapCanvas c;
    c.dpi = dpi;
    c.width = static_cast<int>(std::lround(w / 25.4 * dpi));
    c.height = static_cast<int>(std::lround(h / 25.4 * dpi));
    return c;
}

MapPrintJob::MapPrintJob(AtlasController* controller, QObject* parent)
    : QObject(parent), m_controller(controller) {}

bool MapPrintJob::canPrint() const {
    return !QPrinterInfo::availablePrinterNames().isEmpty();
}

QStringList MapPrintJob::printerNames() const {
    return QPrinterInfo::availablePrinterNames();
}

bool MapPrintJob::fileExists(const QString& path) const {
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(path.toStdString(), ec));
}

MapPage MapPrintJob::page(const QVariantMap& request) {
    MapPage p;
    p.size = isA3(request.value(QStringLiteral("page")).toString()) ? QStringLiteral("A3")
                                                                    : QStringLiteral("A4");
    p.landscape = request.value(QStringLiteral("landscape"), true).toBool();
    const double dpi = request.value(QStringLiteral("dpi"), 150).toDouble();
    p.dpi = std::clamp(std::isfinite(dpi) ? dpi : 150.0, 72.0, 600.0);
    return p;
}

std::optional<render::MapScene> MapPrintJob::scene(const QVariantMap& request) const {
    const layers::Atlas* atlas = m_controller->atlas();
    if (!atlas)
        return std::nullopt;
    render::SceneOptions options;
    options.language = m_controller->language() == QLatin1String("th")
                           ? render::MapLanguage::Thai
                           : render::MapLanguage::English;
    options.layers.provinces = flag(request, "provinces");
    options.layers.areas = flag(request, "areas");
    options.layers.estates = flag(request, "estates");
    options.layers.factories = flag(request, "factories");
    options.layers.labels = flag(request, "labels");
    options.factorySymbols = {m_controller->showGreenIndustry(), m_controller->showEcoFactory(),
                              m_controller->showCsrDiw()};
    const double west = request.value(QStringLiteral("west"), qQNaN()).toDouble(),
                 south = request.value(QStringLiteral("south"), qQNaN()).toDouble(),
                 east = request.value(QStringLiteral("east"), qQNaN()).toDouble(),
                 north = request.value(QStringLiteral("north"), qQNaN()).toDouble();
    if (std::isfinite(west) && std::isfinite(south) && std::isfinite(east) &&
        std::isfinite(north) && east > west && north > south)
        options.extent = geo::Extent{west, south, east, north};
    // In the server view, the factories read for the view shown (none when its cells are drawn).
    return render::atlasScene(*m_controller->factoriesAtlas(), m_controller->filter(),
                              m_controller->factoriesSelection(), options);
}

bool MapPrintJob::finish(bool ok, const QString& message) {
    m_message = message;
    emit finished(ok, message);
    return ok;
}

bool MapPrintJob::save(const QVariantMap& request) {
    const QString path =
        m_controller->fileUrlToPath(request.value(QStringLiteral("path")).toString());
    const bool overwrite = request.value(QStringLiteral("overwrite")).toBool();
    if (path.isEmpty())
        return finish(false, tr("Choose a file to save the map to."));
    if (!overwrite && fileExists(path))
        return finish(false, tr("%1 exists already; confirm to replace it.").arg(path));
    const std::optional<render::MapScene> s = scene(request);
    if (!s)
        return finish(false, tr("The data is not loaded yet."));
    try {
        const render::MapFormat format = render::checkMapOutput(path.toStdString(), overwrite);
        const render::MapPainter painter(*s, page(request).canvas());
        const std::size_t bytes =
            render::writeMap(painter, format, path.toStdString(), overwrite, {s->title, s->source});
        return finish(true, tr("Map saved to %1 (%2 kB).")
                                .arg(path)
                                .arg(static_cast<qlonglong>((bytes + 1023) / 1024)));
    } catch (const std::exception& e) {
        return finish(false, tr("The map was not saved: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool MapPrintJob::print(const QVariantMap& request) {
    const QString name = request.value(QStringLiteral("printer")).toString();
    const QPrinterInfo info =
        name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (info.isNull())
        return finish(false, tr("No printer is set up: save the map as PDF and print that."));
    const std::optional<render::MapScene> s = scene(request);
    if (!s)
        return finish(false, tr("The data is not loaded yet."));
    const MapPage p = page(request);
    const render::MapCanvas canvas = p.canvas();
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setResolution(static_cast<int>(std::lround(p.dpi)));
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(isA3(p.size) ? QPageSize::A3 : QPageSize::A4),
                                      p.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
    printer.setDocName(QString::fromStdString(s->title));
    QPainter painter;
    if (!painter.begin(&printer))
        return finish(false, tr("Printing on %1 failed to start.").arg(info.printerName()));
    // the page in device pixels may differ by rounding: map the canvas onto it
    painter.scale(printer.width() / static_cast<double>(canvas.width),
                  printer.height() / static_cast<double>(canvas.height));
    render::MapPainter(*s, canvas).paint(painter);
    if (!painter.end())
        return finish(false, tr("Printing on %1 failed.").arg(info.printerName()));
    return finish(true, tr("The map was sent to %1.").arg(info.printerName()));
}

}  // namespace ecotown::gui
