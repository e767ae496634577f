#include "app/gui/ConnectionWatch.hpp"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <mutex>

#include "app/gui/AtlasController.hpp"
#include "geo/Error.hpp"
#include "geo/Sql.hpp"

namespace ecotown::gui {

// The source with its password (kept on the worker's side only) and the open connection.
struct ConnectionWatch::Probe {
    std::mutex mutex;
    std::string source;
    std::unique_ptr<geo::SqlConnection> connection;

    // Whether the server answers (libpq's reason when it does not is not shown: one line says
    // the connection is lost).
    bool alive() {
        std::lock_guard lock(mutex);
        try {
            if (connection && connection->isAlive())
                return true;
            connection.reset();
            connection = geo::SqlConnection::openPostgres(source);
            return true;
        } catch (const std::exception&) {
            connection.reset();
            return false;
        }
    }
};

ConnectionWatch::ConnectionWatch(AtlasController* atlas, QObject* parent)
    : QObject(parent), m_atlas(atlas) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
    // Watch once the first load succeeded. A load that failed because the server did not
    // answer waits for it (a server down when the window opens); any other failure stands.
    connect(atlas, &AtlasController::loadedChanged, this, [this] {
        if (!m_watching)
            startWatching();
    });
    connect(atlas, &AtlasController::loadFailed, this, [this] {
        if (!m_watching)
            waitForServer();
    });
}

ConnectionWatch::~ConnectionWatch() {
    m_timer.stop();
    // A check still running holds its own reference to the probe; it ends on its own.
}

void ConnectionWatch::setIntervals(int checkMs, int retryMs, int maxRetryMs) {
    m_checkMs = std::max(50, checkMs);
    m_retryMs = std::max(50, retryMs);
    m_maxRetryMs = std::max(m_retryMs, maxRetryMs);
    m_nextRetryMs = m_retryMs;
    if (m_watching && !m_checking)
        schedule(m_lost ? m_nextRetryMs : m_checkMs);
}

bool ConnectionWatch::newProbe() {
    if (!m_atlas || !geo::isPostgresSource(m_atlas->datasetPath().toStdString()))
        return false;
    m_probe = std::make_shared<Probe>();
    m_probe->source = m_atlas->datasetPath().toStdString();
    m_source = QString::fromStdString(redactSecrets(m_probe->source));
    return true;
}

void ConnectionWatch::startWatching() {
    if (!newProbe())
        return;
    m_watching = true;
    emit watchingChanged();
    schedule(m_checkMs);
}

void ConnectionWatch::waitForServer() {
    if (!newProbe())
        return;
    m_waitingForServer = true;
    m_nextRetryMs = m_retryMs;
    check();  // at once: does the server answer?
}

void ConnectionWatch::schedule(int ms) {
    m_timer.start(ms);
}

void ConnectionWatch::check() {
    if (m_checking || !m_probe)
        return;
    m_checking = true;
    QPointer<ConnectionWatch> self(this);
    std::shared_ptr<Probe> probe = m_probe;
    const bool ping = m_waitingForServer;
    (void)QtConcurrent::run([self, probe, ping] {
        const bool alive = ping ? geo::postgresServerAnswers(probe->source) : probe->alive();
        QMetaObject::invokeMethod(
            qApp,
            [self, alive] {
                if (self)
                    self->finishCheck(alive);
            },
            Qt::QueuedConnection);
    });
}

void ConnectionWatch::finishCheck(bool alive) {
    m_checking = false;
    if (alive) {
        // Back after a loss: reload. Waiting for a server that was down at start, the load
        // that succeeds starts the watch; a server that answered from the start leaves the
        // load's error as it is.
        const bool waited = m_waitingForServer;
        m_waitingForServer = false;
        m_nextRetryMs = m_retryMs;
        if (m_lost) {
            m_lost = false;
            emit lostChanged();
            emit restored();
            if (m_atlas)
                m_atlas->reload();
        }
        if (waited)
            m_probe.reset();
        else
            schedule(m_checkMs);
        return;
    }
    const bool wasLost = m_lost;
    m_lost = true;
    const int wait = m_nextRetryMs;
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maxRetryMs);
    if (!wasLost)
        qWarning(m_waitingForServer ? "ecotown: the server does not answer: %s"
                                    : "ecotown: connection lost: %s",
                 qPrintable(m_source));
    emit lostChanged();
    schedule(wait);
}

QString ConnectionWatch::statusLine() const {
    if (!m_lost)
        return {};
    if (m_waitingForServer)
        return tr("The server does not answer — retrying… (%1)").arg(m_source);
    return tr("Connection lost — showing the last data, retrying… (%1)").arg(m_source);
}

}  // namespace ecotown::gui
