#include "app/gui/KpiModel.hpp"

#include <algorithm>

#include "app/gui/AtlasController.hpp"
#include "app/gui/QtText.hpp"
#include "geo/Error.hpp"
#include "layers/Domain.hpp"

namespace ecotown::gui {

KpiModel::KpiModel(AtlasController* controller, QObject* parent)
    : QObject(parent), m_controller(controller) {
    // The targets and recorded actuals are read again when the data changes (kpi record).
    const auto reload = [this] {
        m_book.reset();
        refresh();
    };
    connect(controller, &AtlasController::loadedChanged, this, reload);
    connect(controller, &AtlasController::filterChanged, this, &KpiModel::refresh);
    connect(controller, &AtlasController::languageChanged, this, &KpiModel::refresh);
}

void KpiModel::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active) {
        m_book.reset();  // the panel shows what the dataset holds now
        refresh();
    }
}

void KpiModel::setFromYear(int year) {
    if (year == m_years.min)
        return;
    m_years.min = year;
    m_years.max = std::max(m_years.max, year);
    emit yearsChanged();
    refresh();
}

void KpiModel::setToYear(int year) {
    if (year == m_years.max)
        return;
    m_years.max = year;
    m_years.min = std::min(m_years.min, year);
    emit yearsChanged();
    refresh();
}

void KpiModel::refresh() {
    const layers::Atlas* atlas = m_controller->atlas();
    if (!m_active || !atlas)
        return;
    m_errorText.clear();
    m_report.reset();
    m_indicators.clear();
    const QString path = m_controller->datasetPath();
    if (!m_book) {
        if (path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
            m_errorText =
                tr("The KPI targets are read from a GeoPackage dataset; this dataset "
                   "is a database.");
        } else {
            try {
                m_book = layers::loadKpiBook(path.toStdString());
            } catch (const Error& e) {
                m_errorText = tr("No KPI targets: %1").arg(QString::fromUtf8(e.what()));
            }
        }
    }
    // As `ecotown-cli kpi`: the place part of the filter; years and certificates do not apply.
    layers::Filter filter = m_controller->filter();
    m_ignoredFilter = filter.years || !filter.certifications.empty()
                          ? tr("The year and certificate filters do not apply to the KPIs.")
                          : QString();
    filter.years.reset();
    filter.certifications.clear();
    m_scope = filter.isEmpty() ? tr("All of Thailand") : m_controller->filterSummary();
    if (m_book) {
        const layers::Selection selection = layers::select(*atlas, filter);
        m_report = layers::computeKpi(*atlas, selection, *m_book, m_years, !filter.isEmpty());
        m_indicators = toVariant(*m_report);
    }
    emit changed();
}

QString KpiModel::noteText(const std::string& note) const {
    if (note.empty())
        return {};
    if (note == layers::kNoStageHistory)
        return tr("No stage history in this dataset");
    if (note == "recorded nationally; no figure for a part of the country")
        return tr("National only: no figure for a part of the country");
    if (note == "no recorded actual")
        return tr("No data recorded");
    if (note == "the target is national")
        return tr("The target is national: no verdict for a part of the country");
    if (note == "no target for this year")
        return tr("No target for this year");
    return qs(note);
}

QVariantList KpiModel::toVariant(const layers::KpiReport& report) const {
    const bool thai = m_controller->language() == QLatin1String("th");
    QVariantList out;
    QVariantMap current;
    QVariantList years;
    const layers::KpiIndicator* indicator = nullptr;
    double maxValue = 0;
    int met = 0, judged = 0;
    const auto flush = [&] {
        if (!indicator)
            return;
        current.insert(QStringLiteral("years"), years);
        current.insert(QStringLiteral("maxValue"), maxValue);
        current.insert(QStringLiteral("met"), met);
        current.insert(QStringLiteral("judged"), judged);
        out.append(current);
    };
    for (const layers::KpiLine& line : report.lines) {
        if (line.indicator != indicator) {
            flush();
            indicator = line.indicator;
            years.clear();
            maxValue = 0;
            met = judged = 0;
            const bool recorded = indicator->actualFrom == layers::KpiActualFrom::Recorded;
            current = QVariantMap{
                {QStringLiteral("id"), qs(indicator->id)},
                {QStringLiteral("name"), nameIn(thai, indicator->nameEn, indicator->nameTh)},
                {QStringLiteral("unit"), qs(indicator->unit)},
                {QStringLiteral("source"), qs(layers::kpiActualFromName(indicator->actualFrom))},
                {QStringLiteral("geographic"), !recorded},
                {QStringLiteral("nationalOnly"), recorded},
                {QStringLiteral("cumulative"),
                 indicator->measure == layers::KpiMeasure::Cumulative},
            };
        }
        QVariantMap y{
            {QStringLiteral("year"), line.fiscalYear},
            {QStringLiteral("label"),
             QString::number(thai ? layers::buddhistEraYear(line.fiscalYear) : line.fiscalYear)},
            {QStringLiteral("hasTarget"), line.target.has_value()},
            {QStringLiteral("target"), line.target.value_or(0)},
            {QStringLiteral("hasActual"), line.actual.has_value()},
            {QStringLiteral("actual"), line.actual.value_or(0)},
            {QStringLiteral("actualText"),
             line.actual ? qs(layers::kpiNumber(*line.actual)) : tr("no data")},
            {QStringLiteral("targetText"),
             line.target ? qs(layers::kpiNumber(*line.target)) : QString()},
            {QStringLiteral("met"), line.met ? (*line.met ? 1 : 0) : -1},
            {QStringLiteral("note"), noteText(line.note)},
        };
        maxValue = std::max({maxValue, line.target.value_or(0), line.actual.value_or(0)});
        if (line.met) {
            ++judged;
            met += *line.met ? 1 : 0;
        }
        years.append(y);
    }
    flush();
    return out;
}

}  // namespace ecotown::gui
