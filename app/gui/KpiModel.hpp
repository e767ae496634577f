#pragma once
// The KPI panel's numbers: layers/Kpi (the same computeKpi as `ecotown-cli kpi`) over the window's
// selection, for the fiscal years fromYear..toYear, as one map per indicator for QML's charts.
// The year and certificate filters do not apply (the CLI refuses them for kpi): the selection is
// the window's filter without them. Recomputed when the filter, the data or the language change,
// and only while the panel is open (`active`).

#include <QObject>
#include <QVariantList>
#include <optional>

#include "layers/Kpi.hpp"

namespace ecotown::gui {

class AtlasController;

class KpiModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int fromYear READ fromYear WRITE setFromYear NOTIFY yearsChanged)
    Q_PROPERTY(int toYear READ toYear WRITE setToYear NOTIFY yearsChanged)
    // Per indicator: {id, name, unit, source ("atlas", "stage_history", "recorded"), geographic,
    // nationalOnly, note, met, judged, maxValue, years: [{year, label, target, actual,
    // hasTarget, hasActual, met (1 met, 0 not met, -1 no verdict), note}]}.
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY changed)
    Q_PROPERTY(bool filtered READ filtered NOTIFY changed)
    // What the panel counts for (the filter's summary, or "all of Thailand").
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    // Set when the filter has years or certificates, which the KPIs ignore.
    Q_PROPERTY(QString ignoredFilter READ ignoredFilter NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

  public:
    explicit KpiModel(AtlasController* controller, QObject* parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    int fromYear() const { return m_years.min; }
    void setFromYear(int year);
    int toYear() const { return m_years.max; }
    void setToYear(int year);
    QVariantList indicators() const { return m_indicators; }
    bool filtered() const { return m_report && m_report->filtered; }
    QString scope() const { return m_scope; }
    QString ignoredFilter() const { return m_ignoredFilter; }
    QString errorText() const { return m_errorText; }
    // The last computed report (tests compare it with `ecotown-cli kpi --json`).
    const std::optional<layers::KpiReport>& report() const { return m_report; }

    // Reads the targets and recorded actuals again and recomputes.
    Q_INVOKABLE void refresh();

  signals:
    void activeChanged();
    void yearsChanged();
    void changed();

  private:
    QVariantList toVariant(const layers::KpiReport& report) const;
    QString noteText(const std::string& note) const;

    AtlasController* m_controller;
    bool m_active = false;
    layers::IntRange m_years{2018, 2021};
    std::optional<layers::KpiBook> m_book;  // the lines point into it
    std::optional<layers::KpiReport> m_report;
    QVariantList m_indicators;
    QString m_scope, m_ignoredFilter, m_errorText;
};

}  // namespace ecotown::gui
