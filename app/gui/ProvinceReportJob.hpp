#pragma once
// File → Province report… in the window: the factsheet PDF of one province, written by the same
// code as `ecotown-cli report --province` (app/render/ProvinceReport), in the window's language,
// on a worker thread (the window stays live and shows it is busy), with a one-line result.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace ecotown::gui {

class AtlasController;

class ProvinceReportJob : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY finished)
    // The province the window's filter names when it names exactly one (its ISO code), else "".
    Q_PROPERTY(QString selectedProvince READ selectedProvince NOTIFY selectedProvinceChanged)

  public:
    explicit ProvinceReportJob(AtlasController* controller, QObject* parent = nullptr);

    bool running() const { return m_watcher.isRunning(); }
    QString resultText() const { return m_resultText; }
    QString selectedProvince() const;

    // Writes the factsheet of `province` (ISO code, number or name) to `path` (a local path or a
    // file:// URL, ".pdf" added when missing). An existing file is replaced only with
    // `overwrite`; `finished(false, ...)` says it exists (`exists` true) otherwise.
    Q_INVOKABLE void write(const QString& province, const QString& path, bool overwrite);

  signals:
    void runningChanged();
    void selectedProvinceChanged();
    void finished(bool ok, bool exists, const QString& message);

  private:
    struct Outcome {
        bool ok = false;
        bool exists = false;
        QString message;
    };
    void finish(const Outcome& outcome);

    AtlasController* m_controller;
    QFutureWatcher<Outcome> m_watcher;
    QString m_resultText;
};

}  // namespace ecotown::gui
