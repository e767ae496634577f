#pragma once
// File → Export selection: writes one layer of the current selection in the background, with
// progress, and reports a typed outcome. Pure Qt at the surface.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::gui {

// How an export ended: `written` features in `path`, or the reason it did not.
struct ExportOutcome {
    bool ok = false;
    std::int64_t written = 0;
    QString path;
    QString error;  // the library's message when !ok
};

class ExportJob : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportProgressChanged)

  public:
    using QObject::QObject;
    ~ExportJob() override;

    bool exporting() const { return m_watcher != nullptr; }
    double exportProgress() const { return m_progress; }

    // Writes `layer` ("areas", "estates", "factories"...) of `selection` to `path`; `format`
    // "" = from the extension, `crs` "" = WGS 84. Emits finished (once) when done or refused;
    // does nothing while an export runs.
    // `reread` (optional) reads the atlas and the selection to write on the export's thread
    // instead (a server's factories, which the window does not hold).
    using Reread = std::function<std::pair<std::shared_ptr<const layers::Atlas>, layers::Selection>(
        const geo::ProgressCallback&)>;
    void start(std::shared_ptr<const layers::Atlas> atlas, layers::Selection selection,
               const QString& layer, const QString& format, const QString& crs, const QString& path,
               bool overwrite, Reread reread = {});
    Q_INVOKABLE QStringList exportFormats() const;
    // Waits for a running export (the window is closing).
    void waitForFinished();

  signals:
    void exportingChanged();
    void exportProgressChanged();
    void finished(const ecotown::gui::ExportOutcome& outcome);
    // The same for QML: a translated message.
    void exportFinished(bool ok, const QString& message);

  private:
    void report(const ExportOutcome& outcome);

    QFutureWatcher<ExportOutcome>* m_watcher = nullptr;
    double m_progress = 0;
};

}  // namespace ecotown::gui

Q_DECLARE_METATYPE(ecotown::gui::ExportOutcome)
