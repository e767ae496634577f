#include "app/gui/ProvinceReportJob.hpp"

#include <QFileInfo>
#include <QUrl>
#include <QtConcurrent>
#include <memory>
#include <optional>

#include "app/gui/AtlasController.hpp"
#include "app/render/ProvinceReport.hpp"
#include "geo/Error.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Factsheet.hpp"
#include "layers/Kpi.hpp"

namespace ecotown::gui {

ProvinceReportJob::ProvinceReportJob(AtlasController* controller, QObject* parent)
    : QObject(parent), m_controller(controller) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { finish(m_watcher.result()); });
    connect(controller, &AtlasController::selectionChanged, this,
            &ProvinceReportJob::selectedProvinceChanged);
}

QString ProvinceReportJob::selectedProvince() const {
    const layers::Atlas* atlas = m_controller->atlas();
    const auto& provinces = m_controller->filter().provinces;
    if (!atlas || provinces.size() != 1)
        return {};
    const auto index = atlas->findProvince(provinces.front());
    return index ? QString::fromStdString(atlas->provinces()[*index].code) : QString();
}

void ProvinceReportJob::write(const QString& province, const QString& path, bool overwrite) {
    // Shared with the worker: opening other files meanwhile does not pull it away.
    const std::shared_ptr<const layers::Atlas> atlas = m_controller->sharedAtlas();
    if (running() || !atlas)
        return;
    QString file = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QLatin1String(".pdf");
    const auto index = atlas->findProvince(province.toStdString());
    if (!index) {
        finish({false, false, tr("%1: no such province").arg(province)});
        return;
    }
    if (!overwrite && QFileInfo::exists(file)) {
        finish({false, true, tr("%1 exists").arg(file)});
        return;
    }
    // The targets beside the data, as the CLI reads them; without them the factsheet has no KPI
    // lines (a database dataset, or a GeoPackage without the tables).
    std::shared_ptr<const layers::KpiBook> book;
    const QString dataset = m_controller->datasetPath();
    if (!dataset.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
        try {
            book =
                std::make_shared<const layers::KpiBook>(layers::loadKpiBook(dataset.toStdString()));
        } catch (const Error&) {
            book.reset();
        }
    }
    render::ReportOptions options;
    options.language = m_controller->language() == QLatin1String("th")
                           ? render::MapLanguage::Thai
                           : render::MapLanguage::English;
    options.overwrite = overwrite;
    const std::string target = file.toStdString();
    // In the server view the window holds no factories: the province's are read from the server
    // (layers/PlacedFactories.hpp), on the worker.
    std::string server;
    if (m_controller->serverView())
        server = dataset.toStdString();
    const std::size_t provinceIndex = *index;
    m_resultText.clear();
    m_watcher.setFuture(
        QtConcurrent::run([atlas, book, target, options, file, server, provinceIndex] {
            try {
                std::shared_ptr<const layers::Atlas> source = atlas;
                if (!server.empty()) {
                    layers::Filter filter;
                    filter.provinces = {atlas->provinces()[provinceIndex].code};
                    source = std::make_shared<const layers::Atlas>(
                        layers::PlacedReader(server, filter).read());
                }
                const layers::ProvinceFactsheet sheet =
                    layers::provinceFactsheet(*source, provinceIndex, book.get());
                const int pages = render::writeProvinceReport(*source, sheet, target, options);
                return Outcome{true, false,
                               ProvinceReportJob::tr("Wrote %1 (%2 pages)").arg(file).arg(pages)};
            } catch (const std::exception& e) {
                return Outcome{false, false, QString::fromUtf8(e.what())};
            }
        }));
    emit runningChanged();
}

void ProvinceReportJob::finish(const Outcome& outcome) {
    m_resultText = outcome.message;
    emit runningChanged();
    emit finished(outcome.ok, outcome.exists, outcome.message);
}

}  // namespace ecotown::gui
