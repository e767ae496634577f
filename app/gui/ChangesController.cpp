#include "app/gui/ChangesController.hpp"

#include <memory>

#include <algorithm>

#include "app/gui/AtlasController.hpp"
#include "app/gui/QtText.hpp"
#include "geo/Error.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/Changes.hpp"

namespace ecotown::gui {
namespace {

QVariantList countsList(const std::array<std::int64_t, 6>& counts) {
    QVariantList out;
    for (std::int64_t n : counts)
        out.append(static_cast<qlonglong>(n));
    return out;
}

QVariantMap certificateRow(const layers::CertificateChanges& r, bool thai) {
    QVariantList gi;
    for (std::size_t l = 1; l < r.gi.size(); ++l)
        gi.append(static_cast<qlonglong>(r.gi[l]));
    return {{QStringLiteral("key"), qs(r.key)},
            {QStringLiteral("name"), nameIn(thai, r.nameEn, r.nameTh)},
            {QStringLiteral("gi"), gi},
            {QStringLiteral("ecoFactory"), static_cast<qlonglong>(r.ecoFactory)},
            {QStringLiteral("csrDiw"), static_cast<qlonglong>(r.csrDiw)},
            {QStringLiteral("granted"), static_cast<qlonglong>(r.granted())},
            {QStringLiteral("revoked"), static_cast<qlonglong>(r.revoked)}};
}

QVariantMap changesMap(const layers::Atlas& atlas, const layers::Changes& ch, bool thai) {
    QVariantList stageMoves;
    for (const layers::StageChange& c : ch.stages) {
        const layers::EcoTownArea& a = atlas.areas()[c.index];
        stageMoves.append(
            QVariantMap{{QStringLiteral("index"), static_cast<int>(c.index)},
                        {QStringLiteral("id"), qs(a.id)},
                        {QStringLiteral("name"), nameIn(thai, a.nameEn, a.nameTh)},
                        {QStringLiteral("province"),
                         a.province == layers::kNoIndex
                             ? QString()
                             : qs(atlas.provinces()[static_cast<std::size_t>(a.province)].code)},
                        {QStringLiteral("from"), stageNumber(c.from)},
                        {QStringLiteral("to"), stageNumber(c.to)},
                        {QStringLiteral("fiscalYear"), c.fiscalYear},
                        {QStringLiteral("recordedBy"), qs(c.recordedBy)},
                        {QStringLiteral("note"), qs(c.note)}});
    }
    QVariantList levelMoves;
    auto levelName = [&](const std::optional<layers::IeatEcoLevel>& l) {
        return l ? nameIn(thai, layers::ieatEcoLevelName(*l)) : QStringLiteral("–");
    };
    for (const layers::LevelChange& c : ch.levels) {
        const layers::IndustrialEstate& e = atlas.estates()[c.index];
        levelMoves.append(QVariantMap{{QStringLiteral("id"), qs(e.id)},
                                      {QStringLiteral("name"), nameIn(thai, e.nameEn, e.nameTh)},
                                      {QStringLiteral("from"), levelName(c.from)},
                                      {QStringLiteral("to"), levelName(c.to)}});
    }
    QVariantList certificates;
    for (const layers::CertificateChanges& r : ch.provinces)
        certificates.append(certificateRow(r, thai));
    return {{QStringLiteral("from"), ch.from},
            {QStringLiteral("to"), ch.to},
            {QStringLiteral("hasStageHistory"), ch.hasStageHistory},
            {QStringLiteral("stageMoves"), stageMoves},
            {QStringLiteral("levelMoves"), levelMoves},
            {QStringLiteral("areasByStageFrom"), countsList(ch.areasByStageFrom)},
            {QStringLiteral("areasByStageTo"), countsList(ch.areasByStageTo)},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("total"), certificateRow(ch.total, thai)}};
}

}  // namespace

ChangesController::ChangesController(AtlasController* atlas, QObject* parent)
    : QObject(parent), m_atlas(atlas) {
    connect(atlas, &AtlasController::loadedChanged, this, [this] {
        defaultYears();
        if (m_active)
            refresh();
    });
    auto follow = [this] {
        if (m_active)
            refresh();
    };
    connect(atlas, &AtlasController::selectionChanged, this, follow);
    connect(atlas, &AtlasController::languageChanged, this, follow);
}

void ChangesController::defaultYears() {
    const layers::Atlas* a = m_atlas ? m_atlas->atlas() : nullptr;
    if (!a || m_to != 0)
        return;
    int last = a->lastCertificateYear();
    for (const layers::StageAssessment& r : a->stageHistory())
        last = std::max(last, r.fiscalYear);
    if (last == 0)
        return;
    m_from = last - 1;
    m_to = last;
    emit yearsChanged();
}

void ChangesController::setActive(bool on) {
    if (on == m_active)
        return;
    m_active = on;
    emit activeChanged();
    if (on)
        refresh();
}

void ChangesController::setFromYear(int year) {
    setYearOf(m_from, year);
}

void ChangesController::setToYear(int year) {
    setYearOf(m_to, year);
}

void ChangesController::setYearOf(int& field, int year) {
    if (year == field)
        return;
    field = year;
    emit yearsChanged();
    if (m_active)
        refresh();
}

void ChangesController::refresh() {
    m_changes.clear();
    m_problem.clear();
    if (!m_atlas || !m_atlas->atlas()) {
        emit changesChanged();
        return;
    }
    if (m_from >= m_to) {
        m_problem = tr("Choose a first year before the second.");
        emit changesChanged();
        return;
    }
    // The window's filter without its years and year shown: the panel compares its own two.
    layers::Filter filter = m_atlas->filter();
    filter.years.reset();
    filter.asOf.reset();
    filter = layers::changesFilter(filter, m_from, m_to);
    const bool thai = m_atlas->language() == QLatin1String("th");
    layers::Changes changes;
    const bool done = m_atlas->viewAsOf(m_to, [&](const layers::Atlas& atlas) {
        const layers::Selection selection = layers::select(atlas, filter);
        changes = layers::computeChanges(atlas, selection, m_from, m_to);
        m_changes = changesMap(atlas, changes, thai);
    });
    const std::uint64_t generation = ++m_generation;
    if (!done) {
        m_problem = tr("Busy exporting: the changes follow when the export is done.");
    } else if (m_atlas->serverView()) {
        // The window holds none of the server's factories: their certificates that changed
        // are counted by the server; the areas' and estates' moves are the polygons'.
        auto groups = std::make_shared<std::vector<layers::CertificateChanges>>();
        const int from = m_from, to = m_to;
        m_atlas->queryServer(
            [groups, filter, from, to](layers::ServerQueries& server, const layers::Atlas& places) {
                *groups = server.certificateChanges(places, filter, from, to);
            },
            [this, self = QPointer<ChangesController>(this), generation, groups, changes,
             thai](const QString& error) mutable {
                if (!self || generation != m_generation || !m_atlas || !m_atlas->atlas())
                    return;
                if (!error.isEmpty()) {
                    m_problem = error;
                } else {
                    changes.provinces = std::move(*groups);
                    layers::addCertificateGroups(*m_atlas->atlas(), changes);
                    m_changes = changesMap(*m_atlas->atlas(), changes, thai);
                }
                emit changesChanged();
            });
    }
    emit changesChanged();
}

}  // namespace ecotown::gui
