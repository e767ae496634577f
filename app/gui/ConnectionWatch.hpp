#pragma once
// Watches the database the window was opened on (a PG: source): a cheap round trip every few
// seconds on a worker thread. When the server goes away the window keeps what it shows and says
// "connection lost" (one line, password masked); it tries again with a growing pause (2 s, 4 s,
// 8 s, then every 10 s) and, once the server answers, reloads the atlas. A GeoPackage is not
// watched.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace ecotown::gui {

class AtlasController;

class ConnectionWatch : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool watching READ watching NOTIFY watchingChanged)
    Q_PROPERTY(bool lost READ lost NOTIFY lostChanged)
    // One line for the status bar while the connection is lost ("" otherwise).
    Q_PROPERTY(QString statusLine READ statusLine NOTIFY lostChanged)

  public:
    explicit ConnectionWatch(AtlasController* atlas, QObject* parent = nullptr);
    ~ConnectionWatch() override;

    bool watching() const { return m_watching; }
    bool lost() const { return m_lost; }
    QString statusLine() const;
    // Milliseconds between two checks while connected, and the first pause after a loss (it
    // doubles up to `maxRetryMs`). For tests, which do not wait for the defaults.
    void setIntervals(int checkMs, int retryMs, int maxRetryMs);

  signals:
    void watchingChanged();
    void lostChanged();
    // The server answered again; the atlas is being reloaded.
    void restored();

  private:
    struct Probe;     // the connection, used by one check at a time on a worker
    bool newProbe();  // false: the atlas's source is not a PostgreSQL connection
    void startWatching();
    void waitForServer();
    void schedule(int ms);
    void check();
    void finishCheck(bool alive);

    QPointer<AtlasController> m_atlas;
    std::shared_ptr<Probe> m_probe;
    QTimer m_timer;
    bool m_watching = false;
    bool m_lost = false;
    // The first load failed and the server did not answer: waiting for it to answer, then
    // loading (an answering server's refusal, or a missing schema, is the load's error).
    bool m_waitingForServer = false;
    bool m_checking = false;
    int m_checkMs = 2000;
    int m_retryMs = 2000;
    int m_maxRetryMs = 10000;
    int m_nextRetryMs = 2000;
    QString m_source;  // for display: password masked
};

}  // namespace ecotown::gui
