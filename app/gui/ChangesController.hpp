#pragma once
// The window's "What changed" panel: between the end of two fiscal years, the areas that moved
// stage, the estates whose IEAT level changed and the certificates granted (and revoked) by
// province and level, among what the current filter selects: layers/Changes, as
// `ecotown-cli changes --from --to` computes it, so that both give the same figures. Computed
// only while the panel is open.

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <cstdint>

namespace ecotown::gui {

class AtlasController;

class ChangesController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int fromYear READ fromYear WRITE setFromYear NOTIFY yearsChanged)
    Q_PROPERTY(int toYear READ toYear WRITE setToYear NOTIFY yearsChanged)
    // The changes, for the panel and tests:
    //   stageMoves [{index, id, name, province, from, to, fiscalYear, recordedBy, note}]
    //     (from/to 0 = not assessed), levelMoves [{id, name, from, to}],
    //   areasByStageFrom/To [not assessed, stage 1 … stage 5],
    //   certificates [{key, name, gi [GI1 … GI5], ecoFactory, csrDiw, granted, revoked}],
    //   total (one such row), hasStageHistory. {} before loading.
    Q_PROPERTY(QVariantMap changes READ changes NOTIFY changesChanged)
    // Why there are no changes to show ("" when there are): years the wrong way round...
    Q_PROPERTY(QString problem READ problem NOTIFY changesChanged)

  public:
    explicit ChangesController(AtlasController* atlas, QObject* parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool on);
    int fromYear() const { return m_from; }
    void setFromYear(int year);
    int toYear() const { return m_to; }
    void setToYear(int year);
    QVariantMap changes() const { return m_changes; }
    QString problem() const { return m_problem; }

    // Computes now (also when the panel is closed).
    Q_INVOKABLE void refresh();

  signals:
    void activeChanged();
    void yearsChanged();
    void changesChanged();

  private:
    void defaultYears();
    void setYearOf(int& field, int year);  // m_from or m_to

    QPointer<AtlasController> m_atlas;
    bool m_active = false;
    int m_from = 0;
    int m_to = 0;
    QVariantMap m_changes;
    QString m_problem;
    std::uint64_t m_generation = 0;  // the server's answer to the latest refresh only
};

}  // namespace ecotown::gui
