#include "app/gui/ExportJob.hpp"

#include <QtConcurrent/QtConcurrentRun>
#include <optional>

#include "app/gui/QtText.hpp"
#include "app/gui/QueuedProgress.hpp"
#include "geo/Writer.hpp"
#include "layers/Export.hpp"

namespace ecotown::gui {

ExportJob::~ExportJob() {
    waitForFinished();
}

void ExportJob::waitForFinished() {
    if (m_watcher)
        m_watcher->waitForFinished();
}

QStringList ExportJob::exportFormats() const {
    QStringList out;
    for (const auto& n : geo::formatNames())
        out << qs(n);
    return out;
}

void ExportJob::report(const ExportOutcome& outcome) {
    emit finished(outcome);
    emit exportFinished(outcome.ok,
                        outcome.ok
                            ? tr("Wrote %1 features to %2").arg(outcome.written).arg(outcome.path)
                            : outcome.error);
}

void ExportJob::start(std::shared_ptr<const layers::Atlas> atlas, layers::Selection selection,
                      const QString& layer, const QString& format, const QString& crs,
                      const QString& path, bool overwrite, Reread reread) {
    if (!atlas || m_watcher)
        return;
    const std::optional<layers::ExportLayer> which =
        layers::exportLayerFromName(layer.toStdString());
    geo::WriteOptions options;
    try {
        if (!which)
            throw UsageError("", "unknown layer " + layer.toStdString());
        options.format = format.isEmpty() ? geo::formatFromPath(path.toStdString())
                                          : geo::formatFromName(format.toStdString());
        if (!crs.trimmed().isEmpty())
            options.targetCrs = geo::Crs::fromUserInput(crs.trimmed().toStdString());
        options.overwrite = overwrite;
    } catch (const std::exception& e) {
        report({false, 0, path, QString::fromUtf8(e.what())});
        return;
    }
    m_progress = 0;
    m_watcher = new QFutureWatcher<ExportOutcome>(this);
    emit exportingChanged();
    emit exportProgressChanged();
    connect(m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this] {
        const ExportOutcome outcome = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        emit exportingChanged();
        report(outcome);
    });
    const geo::ProgressCallback progress =
        queuedProgress(QPointer<ExportJob>(this), [](ExportJob* job, double f) {
            job->m_progress = f;
            emit job->exportProgressChanged();
        });
    const std::string out = path.toStdString();
    m_watcher->setFuture(QtConcurrent::run([=, selection = std::move(selection)]() {
        try {
            std::pair<std::shared_ptr<const layers::Atlas>, layers::Selection> source{atlas,
                                                                                      selection};
            geo::ProgressCallback writing = progress;
            if (reread) {
                // reading is the first half of the bar, writing the second
                source = reread(
                    [progress](const std::string& stage, std::int64_t done, std::int64_t total) {
                        return progress(stage, done, 2 * total);
                    });
                writing = [progress](const std::string& stage, std::int64_t done,
                                     std::int64_t total) {
                    return progress(stage, total + done, 2 * total);
                };
            }
            const layers::ExportResult r = layers::exportSelection(*source.first, source.second,
                                                                   *which, out, options, writing);
            return ExportOutcome{true, r.written, path, {}};
        } catch (const std::exception& e) {
            return ExportOutcome{false, 0, path, QString::fromUtf8(e.what())};
        }
    }));
}

}  // namespace ecotown::gui
