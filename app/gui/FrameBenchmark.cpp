#include "app/gui/FrameBenchmark.hpp"
#include "app/gui/AtlasController.hpp"

#include <sys/resource.h>

#include <unistd.h>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>
#include <memory>
#include <numeric>
#include <sstream>
#include <string>

#include "app/gui/Window.hpp"

namespace ecotown::gui {
namespace {

// Qt's threaded render loop reports per frame, on the GUI thread, how long polishing (map items'
// geometry) and animations took, apart from the time it waited for the render thread
// (qt.scenegraph.time.renderloop: "polish=N, lock=N, blockedForSync=N, animations=N").
std::vector<double>* g_guiWork = nullptr;
QtMessageHandler g_previous = nullptr;
void captureRenderLoopTiming(QtMsgType type, const QMessageLogContext& context,
                             const QString& message) {
    static const QRegularExpression timing(QStringLiteral("polish=(\\d+).*animations=(\\d+)"));
    if (g_guiWork && message.contains(QLatin1String("Frame prepared"))) {
        const auto m = timing.match(message);
        if (m.hasMatch())
            g_guiWork->push_back(m.captured(1).toDouble() + m.captured(2).toDouble());
        return;
    }
    if (context.category &&
        QLatin1String(context.category).startsWith(QLatin1String("qt.scenegraph")))
        return;
    if (g_previous)
        g_previous(type, context, message);
}

// Milliseconds since this process was started (exec), dynamic loading included: the kernel's
// start time of the process (clock ticks since boot) against CLOCK_BOOTTIME; 10 ms resolution.
double msSinceProcessStart() {
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i == 22) {
            const double startMs =
                std::stod(field) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
            timespec now{};
            clock_gettime(CLOCK_BOOTTIME, &now);
            return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6 -
                   startMs;
        }
    }
    return -1;
}

// CPU time of the calling thread, in milliseconds.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

FrameBenchmark::FrameBenchmark(AtlasWindow* window, QElapsedTimer sinceStart)
    : m_window(window), m_sinceStart(sinceStart) {
    // The first frame swapped after everything is built is the first full one.
    connect(m_window, &AtlasWindow::built, this, [this] {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_window->window(), &QQuickWindow::frameSwapped, this, [this, once] {
            m_firstFrameMs = static_cast<double>(m_sinceStart.elapsed());
            m_firstFrameSinceExecMs = msSinceProcessStart();
            disconnect(*once);
        });
        m_window->window()->update();
    });
}

void FrameBenchmark::start() {
    g_guiWork = &m_guiWorkMs;
    g_previous = qInstallMessageHandler(captureRenderLoopTiming);
    QLoggingCategory::setFilterRules(QStringLiteral("qt.scenegraph.time.renderloop.debug=true"));
    m_settledMs = static_cast<double>(m_sinceStart.elapsed());
    m_clock.start();
    QQuickWindow* w = m_window->window();
    connect(
        w, &QQuickWindow::afterAnimating, this, [this] { m_frameStartNs = m_clock.nsecsElapsed(); },
        Qt::DirectConnection);
    connect(
        w, &QQuickWindow::afterSynchronizing, this,
        [this] {
            const qint64 start = m_frameStartNs.load();
            if (start > 0 && m_step > 0) {
                const double ms = static_cast<double>(m_clock.nsecsElapsed() - start) / 1e6;
                QMetaObject::invokeMethod(
                    this, [this, ms] { m_guiMs.push_back(ms); }, Qt::QueuedConnection);
            }
            if (m_renderer.isEmpty()) {
                if (QOpenGLContext* ctx = QOpenGLContext::currentContext()) {
                    const auto* r = ctx->functions()->glGetString(GL_RENDERER);
                    m_renderer = r ? QString::fromLatin1(reinterpret_cast<const char*>(r))
                                   : QStringLiteral("?");
                }
            }
        },
        Qt::DirectConnection);
    connect(
        w, &QQuickWindow::frameSwapped, this,
        [this] {
            const qint64 now = m_clock.nsecsElapsed();
            // The filter's frame: the first one begun after its answer was applied (the server
            // view answers on another thread; a file's filter is applied at once).
            if (m_filterStartNs >= 0 && m_filterMs < 0 && m_answeredNs >= 0 &&
                m_frameStartNs.load() >= m_answeredNs)
                m_filterMs = static_cast<double>(now - m_filterStartNs) / 1e6;
            if (m_lastSwapNs > 0 && m_step > 0 && m_filterStartNs < 0)
                m_frameMs.push_back(static_cast<double>(now - m_lastSwapNs) / 1e6);
            m_lastSwapNs = now;
            const double cpu = threadCpuMs();  // queued: this runs on the GUI thread
            if (m_lastGuiCpuMs >= 0 && m_step > 0 && m_filterStartNs < 0)
                m_guiCpuMs.push_back(cpu - m_lastGuiCpuMs);
            m_lastGuiCpuMs = cpu;
        },
        Qt::QueuedConnection);
    QTimer::singleShot(200, this, [this] { step(); });
}

void FrameBenchmark::step() {
    QQuickItem* map = m_window->window()->findChild<QQuickItem*>(QStringLiteral("map"));
    constexpr int kPans = 30, kZooms = 30;
    ++m_step;
    if (m_step <= kPans) {
        QMetaObject::invokeMethod(map, "pan", Q_ARG(int, (m_step % 2) ? 9 : -9), Q_ARG(int, 4));
    } else if (m_step <= kPans + kZooms) {
        const double z = map->property("zoomLevel").toDouble();
        map->setProperty("zoomLevel", z + ((m_step % 2) ? 0.12 : -0.1));
    } else if (m_hoverMs.empty()) {
        measureHover(map);
    } else if (m_filterStartNs < 0) {
        m_filterStartNs = m_clock.nsecsElapsed();
        m_answeredNs = -1;
        AtlasController* c = m_window->controller();
        connect(c, &AtlasController::fetchingChanged, this, [this, c] {
            if (!c->fetching() && m_answeredNs < 0)
                m_answeredNs = m_clock.nsecsElapsed();
        });
        c->setFilterFromFlags({{QStringLiteral("province"), QStringLiteral("TH-21")}});
        if (!c->fetching())
            m_answeredNs = m_clock.nsecsElapsed();
        m_filterMs = -1;
    } else if (m_filterMs >= 0) {
        const double applyAndFrame = m_filterMs;
        QString report =
            QStringLiteral(
                "renderer: %1\nfactories loaded: %2\nstart to first full frame: %3 ms from main(), "
                "%15 ms from the process's start (settled: four more frames and 200 ms later, "
                "%14 ms from main())\n"
                "pan/zoom frames: %4, GUI thread until the render thread takes over (incl. waiting "
                "for it): median %5 ms, max %6 ms\n"
                "GUI thread's own work per frame (polish + animations, Qt render loop timing): "
                "median %9 ms, max %10 ms (%11 frames)\n"
                "GUI thread CPU time from one frame to the next (all it does: input, bindings, "
                "polish): median %12 ms, max %13 ms\n"
                "whole frame (swap to swap): median %7 ms\nfilter (one province) to the new frame: "
                "%8 ms\n"
                "hover: %16 mouse moves over the map (%20 reached its hover handler), the GUI "
                "thread's handling of each (hover handler, identify, bindings): median %17 ms, "
                "max %18 ms; the identify call alone: median %19 ms\n")
                .arg(m_renderer)
                .arg(m_window->controller()->serverView()
                         ? QStringLiteral("none (the server view: cells and the view's factories)")
                         : QString::number(
                               m_window->controller()->atlas()
                                   ? static_cast<qlonglong>(
                                         m_window->controller()->atlas()->factories().size())
                                   : 0))
                .arg(m_firstFrameMs, 0, 'f', 0)
                .arg(m_guiMs.size())
                .arg(median(m_guiMs), 0, 'f', 2)
                .arg(m_guiMs.empty() ? 0.0 : *std::max_element(m_guiMs.begin(), m_guiMs.end()), 0,
                     'f', 2)
                .arg(median(m_frameMs), 0, 'f', 1)
                .arg(applyAndFrame, 0, 'f', 1)
                .arg(median(m_guiWorkMs), 0, 'f', 1)
                .arg(m_guiWorkMs.empty()
                         ? 0.0
                         : *std::max_element(m_guiWorkMs.begin(), m_guiWorkMs.end()),
                     0, 'f', 1)
                .arg(m_guiWorkMs.size())
                .arg(median(m_guiCpuMs), 0, 'f', 2)
                .arg(m_guiCpuMs.empty() ? 0.0
                                        : *std::max_element(m_guiCpuMs.begin(), m_guiCpuMs.end()),
                     0, 'f', 2)
                .arg(m_settledMs, 0, 'f', 0)
                .arg(m_firstFrameSinceExecMs, 0, 'f', 0)
                .arg(m_hoverMs.size())
                .arg(median(m_hoverMs), 0, 'f', 3)
                .arg(*std::max_element(m_hoverMs.begin(), m_hoverMs.end()), 0, 'f', 3)
                .arg(median(m_hoverQueryMs), 0, 'f', 4)
                .arg(m_hoverSeen);
        // The same moves on the GUI thread's CPU clock: what each costs the thread, without the
        // time a busy machine's scheduler gave to other processes meanwhile.
        std::vector<double> cpu = m_hoverCpuMs;
        std::sort(cpu.begin(), cpu.end());
        report +=
            QStringLiteral(
                "hover, the GUI thread's CPU time per mouse move over the map: "
                "median %1 ms, 99th percentile %2 ms, max %3 ms; over the "
                "controls on the map: max %4 ms\n")
                .arg(median(cpu), 0, 'f', 3)
                .arg(cpu.empty() ? 0.0 : cpu[cpu.size() * 99 / 100], 0, 'f', 3)
                .arg(cpu.empty() ? 0.0 : cpu.back(), 0, 'f', 3)
                .arg(m_hoverControlsCpuMs.empty() ? 0.0
                                                  : *std::max_element(m_hoverControlsCpuMs.begin(),
                                                                      m_hoverControlsCpuMs.end()),
                     0, 'f', 3);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        report += QStringLiteral("peak memory (maximum resident set): %1 MiB\n")
                      .arg(static_cast<double>(usage.ru_maxrss) / 1024.0, 0, 'f', 0);
        QLoggingCategory::setFilterRules(QString());
        g_guiWork = nullptr;
        emit finished(report);
        return;
    }
    m_window->window()->update();
    QTimer::singleShot(m_step <= kPans + kZooms ? 60 : 30, this, [this] { step(); });
}

void FrameBenchmark::measureHover(QQuickItem* map) {
    // Mouse moves on a grid over the map, each delivered synchronously (sendEvent): what one
    // costs the GUI thread before the next frame. Then the controller's hoverAt alone.
    QQuickWindow* w = m_window->window();
    const QRectF r = map->mapRectToScene(QRectF(0, 0, map->width(), map->height()));
    constexpr int kSteps = 20;
    QObject* pane = w->findChild<QObject*>(QStringLiteral("mapPane"));
    QString lastCursor;
    QElapsedTimer t;
    for (int i = 0; i < kSteps; ++i) {
        for (int j = 0; j < kSteps; ++j) {
            const QPointF p(r.left() + r.width() * (i + 0.5) / kSteps,
                            r.top() + r.height() * (j + 0.5) / kSteps);
            QMouseEvent move(QEvent::MouseMove, p, p, w->mapToGlobal(p.toPoint()), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            const double cpuBefore = threadCpuMs();
            t.start();
            QGuiApplication::sendEvent(w, &move);
            m_hoverMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            const double cpu = threadCpuMs() - cpuBefore;
            // the move reached the map's hover handler: it shows the cursor's coordinates (the
            // others fell on the legend or the buttons over the map, whose first hover makes a
            // tooltip)
            const QString cursor = pane->property("cursorText").toString();
            const bool onMap = cursor != lastCursor;
            m_hoverSeen += onMap ? 1 : 0;
            (onMap ? m_hoverCpuMs : m_hoverControlsCpuMs).push_back(cpu);
            lastCursor = cursor;
        }
    }
    AtlasController* c = m_window->controller();
    for (int i = 0; i < kSteps * kSteps; ++i) {
        const double lon = 97.5 + 8.0 * (i % kSteps) / kSteps;
        const double lat = 5.8 + 14.5 * (i / kSteps) / kSteps;
        t.start();
        (void)c->hoverAt(lon, lat);
        m_hoverQueryMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
}

}  // namespace ecotown::gui
