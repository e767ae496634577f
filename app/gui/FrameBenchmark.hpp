#pragma once
// `ecotown --benchmark`: start-up to the first full frame, then pan and zoom frames (the GUI
// thread's share: its CPU time between two frames, all it did; Qt's own polish + animations
// timing; from the frame's start, afterAnimating, to the end of the scene-graph sync, which the
// GUI thread waits for; and the whole frame between swaps), then the time from applying a filter
// to the new frame, and the cost of a mouse move over the map (hover). Prints the figures and the
// renderer.

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <vector>

class QQuickItem;

namespace ecotown::gui {

class AtlasWindow;

class FrameBenchmark : public QObject {
    Q_OBJECT
  public:
    FrameBenchmark(AtlasWindow* window, QElapsedTimer sinceStart);
    Q_SLOT void start();
    Q_SIGNAL void finished(const QString& report);

  private:
    void step();
    void measureHover(QQuickItem* map);
    AtlasWindow* m_window;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_clock;
    double m_firstFrameMs = 0;  // the first frame swapped with everything built
    double m_settledMs = 0;     // AtlasWindow::drawn: a few frames later
    double m_firstFrameSinceExecMs = 0;
    int m_step = 0;
    std::atomic<qint64> m_frameStartNs{0};
    std::vector<double> m_guiMs, m_frameMs, m_guiWorkMs, m_guiCpuMs;
    qint64 m_lastSwapNs = 0;
    double m_lastGuiCpuMs = -1;
    double m_filterMs = -1;
    qint64 m_filterStartNs = -1;
    qint64 m_answeredNs = -1;  // the filter's answer applied
    QString m_renderer;
    std::vector<double> m_hoverMs, m_hoverCpuMs, m_hoverControlsCpuMs, m_hoverQueryMs;
    int m_hoverSeen = 0;
};

}  // namespace ecotown::gui
