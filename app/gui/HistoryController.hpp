#pragma once
// The window's year slider over the programme's history: the fiscal years the stage history
// spans, the year the atlas is viewed as of (AtlasController::setAsOfYear, as --as-of does) and
// a replay that steps through the years so that areas are seen climbing. Re-colours the loaded
// atlas; nothing is read again from the source.

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ecotown::gui {

class AtlasController;

class HistoryController : public QObject {
    Q_OBJECT
    // The first fiscal year of the stage history (else of the certificates), and the latest of
    // either.
    Q_PROPERTY(int firstYear READ firstYear NOTIFY rangeChanged)
    Q_PROPERTY(int lastYear READ lastYear NOTIFY rangeChanged)
    Q_PROPERTY(bool hasStageHistory READ hasStageHistory NOTIFY rangeChanged)
    // The year the atlas is viewed as of; 0 = the latest records.
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    // Milliseconds between two years of the replay.
    Q_PROPERTY(int stepInterval READ stepInterval WRITE setStepInterval NOTIFY playingChanged)

  public:
    explicit HistoryController(AtlasController* atlas, QObject* parent = nullptr);

    int firstYear() const;
    int lastYear() const;
    bool hasStageHistory() const;
    int year() const;
    void setYear(int year);
    bool playing() const { return m_replay.isActive(); }
    int stepInterval() const { return m_replay.interval(); }
    void setStepInterval(int ms);

    // Replays from the first year (or from the year shown, when it is not the last) to the last.
    Q_INVOKABLE void play();
    Q_INVOKABLE void stop();
    // Back to the latest records.
    Q_INVOKABLE void showLatest() { setYear(0); }

  signals:
    void rangeChanged();
    void yearChanged();
    void playingChanged();

  private:
    void step();

    QPointer<AtlasController> m_atlas;
    QTimer m_replay;
    int m_shown = -1;  // the year last announced, to emit yearChanged only on a change
};

}  // namespace ecotown::gui
