#include "app/gui/HistoryController.hpp"

#include <algorithm>

#include "app/gui/AtlasController.hpp"

namespace ecotown::gui {

HistoryController::HistoryController(AtlasController* atlas, QObject* parent)
    : QObject(parent), m_atlas(atlas) {
    m_replay.setInterval(800);
    connect(&m_replay, &QTimer::timeout, this, &HistoryController::step);
    connect(atlas, &AtlasController::loadedChanged, this, [this] {
        emit rangeChanged();
        emit yearChanged();  // a slider bound to the year takes it again within the new range
    });
    connect(atlas, &AtlasController::selectionChanged, this, [this] {
        if (year() != m_shown) {
            m_shown = year();
            emit yearChanged();
        }
    });
}

int HistoryController::firstYear() const {
    const layers::Atlas* a = m_atlas ? m_atlas->atlas() : nullptr;
    if (!a)
        return 0;
    if (a->stageHistory().empty())
        return a->firstCertificateYear();
    int first = a->stageHistory().front().fiscalYear;
    for (const layers::StageAssessment& r : a->stageHistory())
        first = std::min(first, r.fiscalYear);
    return first;
}

int HistoryController::lastYear() const {
    const layers::Atlas* a = m_atlas ? m_atlas->atlas() : nullptr;
    if (!a)
        return 0;
    int last = a->lastCertificateYear();
    for (const layers::StageAssessment& r : a->stageHistory())
        last = std::max(last, r.fiscalYear);
    return last;
}

bool HistoryController::hasStageHistory() const {
    const layers::Atlas* a = m_atlas ? m_atlas->atlas() : nullptr;
    return a && !a->stageHistory().empty();
}

int HistoryController::year() const {
    return m_atlas ? m_atlas->asOfYear() : 0;
}

void HistoryController::setYear(int year) {
    if (!m_atlas || year == this->year())
        return;
    m_atlas->setAsOfYear(year);
}

void HistoryController::setStepInterval(int ms) {
    m_replay.setInterval(std::max(50, ms));
    emit playingChanged();
}

void HistoryController::play() {
    if (!m_atlas || !m_atlas->loaded())
        return;
    if (year() == 0 || year() >= lastYear() || year() < firstYear())
        setYear(firstYear());
    m_replay.start();
    emit playingChanged();
}

void HistoryController::stop() {
    if (!m_replay.isActive())
        return;
    m_replay.stop();
    emit playingChanged();
}

void HistoryController::step() {
    if (year() >= lastYear()) {
        stop();
        return;
    }
    setYear(year() + 1);
    if (year() >= lastYear())
        stop();
}

}  // namespace ecotown::gui
