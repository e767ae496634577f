#include "app/gui/AtlasController.hpp"

#include <QFileInfo>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "app/gui/CountryLayer.hpp"
#include "app/gui/FactoryLayer.hpp"
#include "app/gui/HighlightLayer.hpp"
#include "app/gui/ProvenanceLayer.hpp"
#include "app/gui/QtText.hpp"
#include "app/gui/QueuedProgress.hpp"
#include "geo/Error.hpp"
#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/FilterValues.hpp"
#include "layers/Focus.hpp"
#include "layers/Identify.hpp"
#include "layers/Mapping.hpp"
#include "layers/Provenance.hpp"
#include "layers/Search.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {

AtlasController::AtlasController(QObject* parent) : QObject(parent) {
    m_serverPool.setMaxThreadCount(1);
    m_serverPool.setExpiryTimeout(-1);
}

AtlasController::~AtlasController() {
    m_serverPool.clear();
    m_serverPool.waitForDone();  // a query's task holds the store
}

void AtlasController::setStatus(const QString& text) {
    m_statusText = text;
    emit statusTextChanged();
}

void AtlasController::setError(const QString& text) {
    m_errorText = text;
    emit errorTextChanged();
}

namespace {

// What the window says a dataset is: a file's name, or a database connection with its password
// masked (never the whole string as a "file name": it may hold a password).
QString sourceForDisplay(const QString& source) {
    const std::string s = source.toStdString();
    return geo::isPostgresSource(s) ? QString::fromStdString(redactSecrets(s))
                                    : QFileInfo(source).fileName();
}

}  // namespace

void AtlasController::load(const QString& datasetPath, const QString& mappingFile) {
    m_datasetPath = datasetPath;  // as given (a connection keeps its password for a reload)
    m_mappingFile = mappingFile;
    setStatus(tr("Loading %1…").arg(sourceForDisplay(datasetPath)));
    const std::string path = datasetPath.toStdString();
    const std::string mapping = mappingFile.toStdString();
    QPointer<AtlasController> self(this);
    geo::ProgressCallback progress = queuedProgress(self, [](AtlasController* c, double f) {
        c->m_loadProgress = f;
        emit c->loadProgressChanged();
    });
    const bool force = m_forceServerView;
    (void)QtConcurrent::run([self, path, mapping, progress, force] {
        std::shared_ptr<layers::Atlas> atlas;
        std::shared_ptr<const CountryMesh> countries;
        std::shared_ptr<layers::AtlasStore> store;
        QString error;
        try {
            layers::AtlasLoadOptions options;
            options.progress = progress;
            // A database of millions of factories keeps them: the window reads its polygons,
            // and asks it for counts, cells and the factories of a street-zoom view.
            if (mapping.empty() && geo::isPostgresSource(path)) {
                store = layers::AtlasStore::open(path);
                layers::ServerQueries* server = store->server();
                if (server && (force || server->factoryEstimate() >= kServerViewFactories))
                    atlas = std::make_shared<layers::Atlas>(server->places(options));
                else
                    store.reset();
            }
            if (!atlas) {
                atlas = std::make_shared<layers::Atlas>(
                    layers::atlasReader(path, mapping)->read(options));
            }
            countries = std::make_shared<const CountryMesh>(CountryMesh::of(*atlas));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what()).simplified();  // one line (libpq's has two)
            atlas.reset();
            store.reset();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, atlas, countries, error, store] {
                if (self)
                    self->finishLoad(atlas, countries, error, store);
            },
            Qt::QueuedConnection);
    });
}

void AtlasController::finishLoad(std::shared_ptr<layers::Atlas> atlas,
                                 std::shared_ptr<const CountryMesh> countries, QString error,
                                 std::shared_ptr<layers::AtlasStore> store) {
    if (!atlas) {
        setError(error);
        setStatus(tr("Could not load the data: %1").arg(error));
        emit loadFailed(error);
        return;
    }
    m_atlas = std::move(atlas);
    // The previous server view's queries answer nothing now (generations), its store goes.
    ++m_selectionGeneration, ++m_viewGeneration;
    m_store = std::move(store);
    m_viewAtlas.reset();
    m_viewBox.reset();
    m_lastZoomCells.clear();
    m_points.clear();
    m_points.setCellsAboveLastZoom(serverView());
    setViewNote({});
    m_readyPending = serverView();
    setError({});  // a reload after a failed one
    m_countryMesh = std::move(countries);
    if (m_countryLayer)
        m_countryLayer->setMesh(m_countryMesh);
    if (m_highlightLayer)
        m_highlightLayer->setAtlas(m_atlas);
    m_loadProgress = 1;
    emit loadProgressChanged();
    m_mapLayers.setAtlas(m_atlas, &m_selection);
    applyFilter();
    emit loadedChanged();
    if (serverView()) {
        setStatus(tr("%1: %2 provinces, %3 eco-town areas, %4 estates; the factories are "
                     "counted and drawn by the server")
                      .arg(sourceForDisplay(qs(m_atlas->source())))
                      .arg(m_atlas->provinces().size())
                      .arg(m_atlas->areas().size())
                      .arg(m_atlas->estates().size()));
        return;  // `ready` when the server's first answer is drawn
    }
    setStatus(tr("%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories")
                  .arg(sourceForDisplay(qs(m_atlas->source())))
                  .arg(m_atlas->provinces().size())
                  .arg(m_atlas->areas().size())
                  .arg(m_atlas->estates().size())
                  .arg(m_atlas->factories().size()));
    emit ready();
}

void AtlasController::attachCountryLayer(CountryLayer* layer) {
    m_countryLayer = layer;
    if (layer)
        layer->setMesh(m_countryMesh);
}

void AtlasController::attachProvenanceLayer(ProvenanceLayer* layer) {
    m_provenanceLayer = layer;
    if (layer && m_atlas)
        layer->setAreas(m_atlas, m_selection.areas);
}

void AtlasController::attachHighlightLayer(HighlightLayer* layer) {
    m_highlightLayer = layer;
    if (layer)
        layer->setAtlas(m_atlas);
}

void AtlasController::attachFactoryLayer(FactoryLayer* layer) {
    m_factoryLayer = layer;
    if (layer)
        layer->setPoints(&m_points);
}

bool AtlasController::setFilterFromFlags(const QVariantMap& flags) {
    auto text = [&](const char* key) {
        return flags.value(QLatin1String(key)).toString().toStdString();
    };
    try {
        m_filter = layers::filterFromValues({text("province"), text("region"), text("phase"),
                                             text("stage"), text("cert"), text("year"),
                                             text("bbox"), text("as-of")});
    } catch (const std::exception& e) {
        setError(QString::fromUtf8(e.what()));
        return false;
    }
    if (m_atlas)
        applyFilterChange();
    return true;
}

void AtlasController::applyFilter() {
    if (!m_atlas)
        return;
    if (m_atlas->asOf() != m_filter.asOf)
        m_atlas->applyAsOf(m_filter.asOf);
    m_selection = layers::select(*m_atlas, m_filter);
    if (serverView()) {
        // The counts, cells and points follow when the server answers; until then the legend
        // and the map's factories show the previous answer.
        fetchServerSelection();
    } else {
        setStatistics(layers::computeStatistics(*m_atlas, m_selection, layers::GroupBy::Province));
        m_points.rebuild(*m_atlas, m_selection, m_toggles);
        if (m_factoryLayer)
            m_factoryLayer->pointsChanged();
    }
    if (m_provenanceLayer)
        m_provenanceLayer->setAreas(m_atlas, m_selection.areas);
    m_mapLayers.selectionChanged(m_factoriesPerProvince,
                                 !m_filter.provinces.empty() || !m_filter.regions.empty());
    m_areaTable.reset(m_atlas.get(), m_selection.areas, thai());
    emit selectionChanged();
}

void AtlasController::setStatistics(layers::Statistics stats) {
    m_stats = std::move(stats);
    m_factoriesPerProvince.assign(m_atlas->provinces().size(), 0);
    for (std::size_t r = 0; r < m_stats.rows.size() && r < m_factoriesPerProvince.size(); ++r) {
        const auto idx = m_atlas->findProvince(m_stats.rows[r].key);
        if (idx)
            m_factoriesPerProvince[*idx] =
                m_stats.rows[r].counts.withGi + m_stats.rows[r].counts.ecoFactory;
    }
}

// --- the server view ----------------------------------------------------------------------------

void AtlasController::setFetching(int delta) {
    const bool was = fetching();
    m_fetching += delta;
    if (was != fetching())
        emit fetchingChanged();
}

void AtlasController::setViewNote(const QString& note) {
    if (note == m_viewNote)
        return;
    m_viewNote = note;
    emit viewNoteChanged();
}

void AtlasController::serverFailed(const QString& error) {
    // One line; the connection watch says "connection lost" and reloads when it is back.
    setStatus(tr("The server did not answer: %1").arg(error));
}

void AtlasController::fetchServerSelection() {
    const std::uint64_t generation = ++m_selectionGeneration;
    ++m_viewGeneration;  // a view being read is of the previous filter
    m_viewAtlas.reset();
    m_viewBox.reset();
    struct Answer {
        layers::Statistics stats;
        std::array<std::vector<layers::DensityCell>, FactoryPoints::kLastAggregatedZoom + 1> cells;
    };
    auto answer = std::make_shared<Answer>();
    queryServer(
        [answer, filter = m_filter](layers::ServerQueries& server, const layers::Atlas& places) {
            for (int z = FactoryPoints::kFirstAggregatedZoom;
                 z <= FactoryPoints::kLastAggregatedZoom; ++z) {
                answer->cells[static_cast<std::size_t>(z)] =
                    server.cells(places, filter, z, std::nullopt);
            }
            answer->stats = server.statistics(places, filter, layers::GroupBy::Province);
        },
        [this, generation, answer](const QString& error) {
            if (generation != m_selectionGeneration)
                return;  // a later filter asked again
            if (!error.isEmpty()) {
                serverFailed(error);
                if (m_readyPending) {  // the first answer: the load failed after all
                    m_readyPending = false;
                    setError(error);
                    emit loadFailed(error);
                }
                return;
            }
            setStatistics(std::move(answer->stats));
            for (int z = FactoryPoints::kFirstAggregatedZoom;
                 z <= FactoryPoints::kLastAggregatedZoom; ++z)
                m_points.setCells(z, answer->cells[static_cast<std::size_t>(z)]);
            m_lastZoomCells = std::move(answer->cells[FactoryPoints::kLastAggregatedZoom]);
            m_points.setCellsAboveLastZoom(true);
            if (m_factoryLayer)
                m_factoryLayer->pointsChanged();
            m_mapLayers.selectionChanged(m_factoriesPerProvince,
                                         !m_filter.provinces.empty() || !m_filter.regions.empty());
            emit selectionChanged();
            fetchViewFactories();
            if (m_readyPending) {
                m_readyPending = false;
                emit ready();
            }
        });
}

bool AtlasController::queryServer(ServerQuery query,
                                  std::function<void(const QString& error)> answer) {
    if (!serverView() || !m_atlas)
        return false;
    auto places = std::make_shared<const layers::Atlas>(*m_atlas);
    std::shared_ptr<layers::AtlasStore> store = m_store;
    QPointer<AtlasController> self(this);
    setFetching(+1);
    (void)QtConcurrent::run(&m_serverPool, [self, places, store, query, answer] {
        QString error;
        try {
            query(*store->server(), *places);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what()).simplified();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, answer, error] {
                if (!self)
                    return;
                answer(error);  // a follow-up query it asks keeps `fetching` on throughout
                if (self)
                    self->setFetching(-1);
            },
            Qt::QueuedConnection);
    });
    return true;
}

layers::Selection AtlasController::factoriesSelection() const {
    if (!serverView() || !m_viewAtlas || m_points.cellsAboveLastZoom()) {
        if (serverView()) {
            layers::Selection sel = m_selection;
            sel.factories.clear();  // the polygons' atlas has none
            return sel;
        }
        return m_selection;
    }
    layers::Filter inView = m_filter;
    inView.bbox = m_viewBox;
    return layers::select(*m_viewAtlas, inView);
}

void AtlasController::setView(double west, double south, double east, double north, double zoom) {
    if (!(west < east) || !(south < north))
        return;
    m_view = {west, south, east, north};
    m_viewZoom = zoom;
    if (serverView() && !m_readyPending && m_selectionGeneration > 0)
        fetchViewFactories();
}

void AtlasController::fetchViewFactories() {
    if (!serverView() || !m_atlas)
        return;
    if (m_viewZoom < FactoryPoints::kLastAggregatedZoom + 1) {
        setViewNote({});
        return;  // the cells are drawn
    }
    if (m_viewBox && m_viewBox->minX <= m_view.minX && m_viewBox->minY <= m_view.minY &&
        m_viewBox->maxX >= m_view.maxX && m_viewBox->maxY >= m_view.maxY)
        return;  // read already
    // The view and half of it around (a small pan needs no new read), or the view alone when
    // that is too many; at the closest zooms the view whatever it holds.
    const double w = m_view.maxX - m_view.minX, h = m_view.maxY - m_view.minY;
    geo::Extent box{m_view.minX - w / 2, m_view.minY - h / 2, m_view.maxX + w / 2,
                    m_view.maxY + h / 2};
    auto within = [&](const geo::Extent& e) {
        return layers::factoriesWithin(m_lastZoomCells, FactoryPoints::kLastAggregatedZoom, e);
    };
    const std::uint64_t generation = ++m_viewGeneration;
    if (within(box) > kViewFactoryLimit) {
        box = m_view;
        const double inView = within(box);
        if (inView > kViewFactoryLimit && m_viewZoom < kReadAnyViewZoom) {
            m_viewAtlas.reset();
            m_viewBox.reset();
            m_points.setCellsAboveLastZoom(true);
            if (m_factoryLayer)
                m_factoryLayer->pointsChanged();
            setViewNote(tr("About %L1 factories in this view: zoom in to see each one")
                            .arg(static_cast<qlonglong>(std::llround(inView))));
            return;
        }
    }
    layers::Filter filter = m_filter;
    filter.bbox = box;
    auto atlas = std::make_shared<std::shared_ptr<layers::Atlas>>();
    queryServer(
        [atlas, filter](layers::ServerQueries& server, const layers::Atlas& places) {
            *atlas = std::make_shared<layers::Atlas>(server.placed(places, filter));
            (*atlas)->applyAsOf(filter.asOf);
        },
        [this, generation, atlas, box](const QString& error) {
            if (generation != m_viewGeneration)
                return;  // another view or filter asked since
            if (!error.isEmpty()) {
                serverFailed(error);
                return;
            }
            m_viewAtlas = *atlas;
            m_viewBox = box;
            m_points.setCellsAboveLastZoom(false);
            m_points.rebuild(*m_viewAtlas, factoriesSelection(), m_toggles, 1.0, false);
            if (m_factoryLayer)
                m_factoryLayer->pointsChanged();
            setViewNote({});
            emit selectionChanged();  // the drawn count
        });
}

void AtlasController::applyFilterChange() {
    applyFilter();
    emit filterChanged();
}

QVariantMap AtlasController::extentMap(const geo::Extent& e) {
    return {{QStringLiteral("west"), e.minX},
            {QStringLiteral("south"), e.minY},
            {QStringLiteral("east"), e.maxX},
            {QStringLiteral("north"), e.maxY}};
}

QVariantMap AtlasController::focusExtent() const {
    if (!m_atlas)
        return {};
    return extentMap(layers::filterExtent(*m_atlas, m_filter, m_selection)
                         .value_or(layers::countryExtent(*m_atlas)));
}

QVariantMap AtlasController::countryExtent() const {
    return m_atlas ? extentMap(layers::countryExtent(*m_atlas)) : QVariantMap{};
}

QStringList AtlasController::selectedProvinceNames() const {
    QStringList out;
    if (!m_atlas || m_filter.provinces.empty())
        return out;
    for (std::uint32_t i : m_selection.provinces) {
        const layers::Province& p = m_atlas->provinces()[i];
        out << qs(p.code) + QStringLiteral(" ") + qs(p.nameEn) + QStringLiteral(" · ") +
                   qs(p.nameTh);
    }
    return out;
}

void AtlasController::filterToPlace(const QString& kind, int index) {
    if (!m_atlas || index < 0)
        return;
    const auto i = static_cast<std::size_t>(index);
    const std::optional<int> asOf = m_filter.asOf;  // kept: the year slider is not a filter
    if (kind == QLatin1String("province") && i < m_atlas->provinces().size()) {
        m_filter = layers::Filter{};
        m_filter.provinces = {m_atlas->provinces()[i].code};
    } else if (kind == QLatin1String("region") && i < layers::kRegions.size()) {
        m_filter = layers::Filter{};
        m_filter.regions = {layers::kRegions[i]};
    } else if ((kind == QLatin1String("area") && i < m_atlas->areas().size()) ||
               (kind == QLatin1String("estate") && i < m_atlas->estates().size())) {
        // an area or estate: its province
        const std::int32_t province = kind == QLatin1String("area")
                                          ? m_atlas->areas()[i].province
                                          : m_atlas->estates()[i].province;
        if (province == layers::kNoIndex)
            return;
        m_filter = layers::Filter{};
        m_filter.provinces = {m_atlas->provinces()[static_cast<std::size_t>(province)].code};
    } else {
        return;
    }
    m_filter.asOf = asOf;
    applyFilterChange();
}

void AtlasController::setLanguage(const QString& language) {
    if (language == m_language)
        return;
    m_language = language;
    m_mapLayers.setThai(thai());
    if (m_atlas) {
        m_areaTable.reset(m_atlas.get(), m_selection.areas, thai());
        emit selectionChanged();
    }
    emit languageChanged();
}

void AtlasController::setShowGreenIndustry(bool on) {
    m_toggles.greenIndustry = on;
    applyFilter();
}
void AtlasController::setShowEcoFactory(bool on) {
    m_toggles.ecoFactory = on;
    applyFilter();
}
void AtlasController::setShowCsrDiw(bool on) {
    m_toggles.csrDiw = on;
    applyFilter();
}

void AtlasController::setSelectedArea(int area) {
    if (area == m_selectedArea)
        return;
    m_selectedArea = area;
    emit selectedAreaChanged();
}

// --- filter ----------------------------------------------------------------------------------

void AtlasController::setProvinceFilter(const QStringList& provinces) {
    m_filter.provinces.clear();
    for (const QString& p : provinces)
        m_filter.provinces.push_back(p.toStdString());
    applyFilterChange();
}

void AtlasController::setRegionFilter(const QString& region) {
    m_filter.regions.clear();
    if (auto r = layers::regionFromText(region.toStdString()))
        m_filter.regions.push_back(*r);
    applyFilterChange();
}

void AtlasController::setPhaseFilter(int phase) {
    m_filter.phases.clear();
    if (phase >= 1 && phase <= 3)
        m_filter.phases.push_back(phase);
    applyFilterChange();
}

void AtlasController::setStageFilter(int minStage, int maxStage) {
    if (minStage <= 1 && maxStage >= 5)
        m_filter.stages.reset();
    else
        m_filter.stages = layers::IntRange{std::max(1, minStage), std::min(5, maxStage)};
    applyFilterChange();
}

void AtlasController::setCertificationFilter(const QString& type, int minLevel, int maxLevel) {
    m_filter.certifications.clear();
    if (auto t = layers::certificationTypeFromText(type.toStdString())) {
        m_filter.certifications.push_back({*t, {std::max(1, minLevel), std::min(5, maxLevel)}});
    }
    applyFilterChange();
}

void AtlasController::setYearFilter(int firstYear, int lastYear) {
    if (firstYear <= 0 || lastYear <= 0)
        m_filter.years.reset();
    else
        m_filter.years = layers::IntRange{firstYear, lastYear};
    applyFilterChange();
}

QVariantMap AtlasController::filterState() const {
    const layers::Filter& f = m_filter;
    QStringList provinces;
    for (const std::string& p : f.provinces) {
        const auto i = m_atlas ? m_atlas->findProvince(p) : std::nullopt;
        if (i)
            provinces.append(qs(m_atlas->provinces()[*i].code));
    }
    QString cert;
    layers::IntRange gi{1, 5};
    if (f.certifications.size() == 1) {
        cert = qs(std::string(layers::certificationTypeId(f.certifications.front().type)));
        gi = f.certifications.front().levels;
    }
    return {
        {QStringLiteral("provinces"), provinces},
        {QStringLiteral("region"),
         f.regions.size() == 1 ? qs(std::string(layers::regionId(f.regions.front()))) : QString()},
        {QStringLiteral("phase"), f.phases.size() == 1 ? f.phases.front() : 0},
        {QStringLiteral("stageMin"), f.stages ? f.stages->min : 1},
        {QStringLiteral("stageMax"), f.stages ? f.stages->max : 5},
        {QStringLiteral("cert"), cert},
        {QStringLiteral("giMin"), gi.min},
        {QStringLiteral("giMax"), gi.max},
        {QStringLiteral("yearMin"), f.years ? f.years->min : 0},
        {QStringLiteral("yearMax"), f.years ? f.years->max : 0},
    };
}

void AtlasController::clearFilter() {
    const std::optional<int> asOf = m_filter.asOf;  // the year slider is not a filter
    m_filter = layers::Filter{};
    m_filter.asOf = asOf;
    applyFilterChange();
}

bool AtlasController::viewAsOf(std::optional<int> year,
                               const std::function<void(const layers::Atlas&)>& view) {
    if (!m_atlas || m_exporter.exporting())
        return false;
    m_atlas->applyAsOf(year);
    try {
        view(*m_atlas);
    } catch (...) {
        m_atlas->applyAsOf(m_filter.asOf);
        throw;
    }
    m_atlas->applyAsOf(m_filter.asOf);
    return true;
}

bool AtlasController::setAsOfYear(int year) {
    if (m_exporter.exporting())
        return false;
    m_filter.asOf = year > 0 ? std::optional(year) : std::nullopt;
    applyFilter();
    return true;
}

QString AtlasController::filterSummary() const {
    QStringList parts;
    if (!m_filter.provinces.empty()) {
        QStringList names;
        for (const auto& p : m_filter.provinces) {
            const auto idx = m_atlas ? m_atlas->findProvince(p) : std::nullopt;
            names << (idx ? nameIn(thai(), m_atlas->provinces()[*idx].nameEn,
                                   m_atlas->provinces()[*idx].nameTh)
                          : qs(p));
        }
        parts << names.join(QStringLiteral(", "));
    }
    for (layers::Region r : m_filter.regions)
        parts << nameIn(thai(), layers::regionName(r));
    if (!m_filter.phases.empty())
        parts << tr("phase %1").arg(m_filter.phases.front());
    if (m_filter.stages)
        parts << tr("stage %1–%2").arg(m_filter.stages->min).arg(m_filter.stages->max);
    if (m_filter.years)
        parts << tr("%1–%2").arg(m_filter.years->min).arg(m_filter.years->max);
    return parts.isEmpty() ? tr("All of Thailand") : parts.join(QStringLiteral(" · "));
}

// --- legend and counts -------------------------------------------------------------------------

QVariantList AtlasController::stageLegend() const {
    QVariantList out;
    for (int s = 1; s <= layers::kStageCount; ++s) {
        const auto stage = static_cast<layers::DevelopmentStage>(s);
        const layers::BilingualName& n = layers::stageName(stage);
        out.append(QVariantMap{
            {QStringLiteral("stage"), s},
            {QStringLiteral("name"), nameIn(thai(), n)},
            {QStringLiteral("color"), toQColor(layers::stageColor(stage))},
            {QStringLiteral("count"),
             static_cast<qlonglong>(m_stats.areasByStage[static_cast<std::size_t>(s)])}});
    }
    return out;
}

QVariantList AtlasController::estateLegend() const {
    QVariantList out;
    for (int l = 3; l >= 0; --l) {
        std::optional<layers::IeatEcoLevel> level;
        if (l > 0)
            level = static_cast<layers::IeatEcoLevel>(l);
        QString name =
            l > 0 ? nameIn(thai(), layers::ieatEcoLevelName(*level)) : tr("No eco level");
        out.append(QVariantMap{
            {QStringLiteral("name"), name},
            {QStringLiteral("color"), toQColor(layers::ieatLevelColor(level ? &*level : nullptr))},
            {QStringLiteral("count"),
             static_cast<qlonglong>(m_stats.estatesByEcoLevel[static_cast<std::size_t>(l)])}});
    }
    return out;
}

QVariantList AtlasController::factoryLegend() const {
    QVariantList out;
    const auto& t = m_stats.total.counts;
    for (int l = 5; l >= 1; --l) {
        const auto level = static_cast<layers::GreenIndustryLevel>(l);
        const layers::BilingualName& n = layers::greenIndustryLevelName(level);
        out.append(
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("gi")},
                        {QStringLiteral("name"), tr("GI %1 · %2").arg(l).arg(nameIn(thai(), n))},
                        {QStringLiteral("color"), toQColor(layers::greenIndustryColor(level))},
                        {QStringLiteral("size"), layers::greenIndustrySymbolSize(level)},
                        {QStringLiteral("count"),
                         static_cast<qlonglong>(t.giLevel[static_cast<std::size_t>(l)])}});
    }
    out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("eco-factory")},
                           {QStringLiteral("name"), tr("Eco Factory")},
                           {QStringLiteral("color"), toQColor(layers::ecoFactoryColor())},
                           {QStringLiteral("size"), layers::certificateSymbolSize()},
                           {QStringLiteral("count"), static_cast<qlonglong>(t.ecoFactory)}});
    out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("csr-diw")},
                           {QStringLiteral("name"), tr("CSR-DIW")},
                           {QStringLiteral("color"), toQColor(layers::csrDiwColor())},
                           {QStringLiteral("size"), layers::certificateSymbolSize()},
                           {QStringLiteral("count"), static_cast<qlonglong>(t.csrDiw)}});
    return out;
}

QVariantMap AtlasController::counts() const {
    const auto& t = m_stats.total;
    qlonglong illustrative = 0, approximate = 0;
    for (std::uint32_t i : m_selection.areas) {
        illustrative += layers::stageIsIllustrative(m_atlas->areas()[i]) ? 1 : 0;
        approximate += m_atlas->areas()[i].approximate ? 1 : 0;
    }
    return {{QStringLiteral("provinces"), static_cast<qlonglong>(m_selection.provinces.size())},
            {QStringLiteral("areas"), static_cast<qlonglong>(m_selection.areas.size())},
            {QStringLiteral("estates"), static_cast<qlonglong>(m_selection.estates.size())},
            {QStringLiteral("factories"),
             static_cast<qlonglong>(serverView()
                                        ? t.counts.factories
                                        : static_cast<std::int64_t>(m_selection.factories.size()))},
            {QStringLiteral("withGi"), static_cast<qlonglong>(t.counts.withGi)},
            {QStringLiteral("ecoFactory"), static_cast<qlonglong>(t.counts.ecoFactory)},
            {QStringLiteral("csrDiw"), static_cast<qlonglong>(t.counts.csrDiw)},
            {QStringLiteral("drawn"), static_cast<qlonglong>(m_points.individualCount())},
            {QStringLiteral("asOfYear"), m_selection.asOfYear},
            {QStringLiteral("illustrative"), illustrative},
            {QStringLiteral("approximate"), approximate}};
}

QStringList AtlasController::provinceNames() const {
    QStringList out;
    if (!m_atlas)
        return out;
    for (const auto& p : m_atlas->provinces())
        out << qs(p.code) + QStringLiteral(" ") + qs(p.nameEn) + QStringLiteral(" · ") +
                   qs(p.nameTh);
    return out;
}

QStringList AtlasController::regionNames() const {
    QStringList out;
    for (layers::Region r : layers::kRegions)
        out << nameIn(thai(), layers::regionName(r));
    return out;
}

int AtlasController::firstYear() const {
    return m_atlas ? m_atlas->firstCertificateYear() : 2011;
}
int AtlasController::lastYear() const {
    return m_atlas ? m_atlas->lastCertificateYear() : 2022;
}

// --- identify, hover, search -------------------------------------------------------------------

QVariantMap AtlasController::identify(double lon, double lat, double zoom, double radiusPixels) {
    m_identified.clear();
    if (!m_atlas)
        return m_identified;
    // Factories: the nearest one shown within the radius (screen pixels at this zoom), through
    // the point layer's grid.
    const double worldPx = 256.0 * std::pow(2.0, zoom);
    const double mx = FactoryPoints::mercatorX(lon), my = FactoryPoints::mercatorY(lat);
    // In the server view only the factories of the view, when they are drawn.
    const bool pointsShown = !serverView() || (m_viewAtlas && !m_points.cellsAboveLastZoom());
    const layers::Atlas& fa = factoryAtlas();
    const layers::FactoryTable& f = fa.factories();
    const std::int64_t hit =
        pointsShown ? m_points.nearestFactory(mx, my, radiusPixels / worldPx) : -1;
    if (hit >= 0) {
        const auto i = static_cast<std::size_t>(hit);
        const layers::FactoryStatus s = fa.statusAsOf(i, m_selection.asOfYear);
        QStringList certs;
        const auto& c = fa.certificates();
        for (std::uint32_t k = f.certBegin[i]; k < f.certBegin[i + 1]; ++k) {
            const auto t = c.type[k];
            QString label = t == layers::CertificationType::GreenIndustry
                                ? tr("GI %1").arg(c.level[k])
                            : t == layers::CertificationType::EcoFactory ? tr("Eco Factory")
                                                                         : tr("CSR-DIW");
            if (c.revokedBy(k, m_selection.asOfYear))
                label = tr("%1, revoked").arg(label);
            certs << tr("%1 (%2)").arg(label).arg(c.fiscalYear[k]);
        }
        const auto province = f.province[i];
        m_identified = {
            {QStringLiteral("kind"), QStringLiteral("factory")},
            {QStringLiteral("id"), qs(f.id[i])},
            {QStringLiteral("title"), f.nameTh.size() > i ? qs(f.nameTh[i]) : qs(f.id[i])},
            {QStringLiteral("province"),
             province >= 0
                 ? nameIn(thai(), m_atlas->provinces()[static_cast<std::size_t>(province)].nameEn,
                          m_atlas->provinces()[static_cast<std::size_t>(province)].nameTh)
                 : QString()},
            {QStringLiteral("giLevel"), s.giLevel},
            {QStringLiteral("certificates"), certs.join(QStringLiteral(", "))},
            {QStringLiteral("lon"), f.lon[i]},
            {QStringLiteral("lat"), f.lat[i]}};
        emit identifiedChanged();
        return m_identified;
    }
    const layers::PlaceAt place = layers::placeAt(*m_atlas, m_selection, {lon, lat});
    if (place.estate != layers::kNoIndex) {
        const layers::IndustrialEstate& e =
            m_atlas->estates()[static_cast<std::size_t>(place.estate)];
        m_identified = {{QStringLiteral("kind"), QStringLiteral("estate")},
                        {QStringLiteral("id"), qs(e.id)},
                        {QStringLiteral("title"), nameIn(thai(), e.nameEn, e.nameTh)},
                        {QStringLiteral("level"),
                         e.ieatLevel ? nameIn(thai(), layers::ieatEcoLevelName(*e.ieatLevel))
                                     : tr("No eco level")},
                        {QStringLiteral("areaRai"), e.areaRai ? QVariant(*e.areaRai) : QVariant()}};
    } else if (place.area != layers::kNoIndex) {
        const layers::EcoTownArea& a = m_atlas->areas()[static_cast<std::size_t>(place.area)];
        m_identified = {
            {QStringLiteral("kind"), QStringLiteral("area")},
            {QStringLiteral("id"), qs(a.id)},
            {QStringLiteral("index"), place.area},
            {QStringLiteral("title"), nameIn(thai(), a.nameEn, a.nameTh)},
            {QStringLiteral("stage"), stageNumber(a.stage)},
            {QStringLiteral("stageName"), a.stage ? nameIn(thai(), layers::stageName(*a.stage))
                                                  : nameIn(thai(), "unknown", "ไม่ทราบ")},
            {QStringLiteral("phase"), a.phase},
            {QStringLiteral("status"), qs(a.status)},
            {QStringLiteral("statusName"), a.status == "confirmed" ? tr("confirmed")
                                           : a.status == "partial" ? tr("partly confirmed")
                                           : a.status == "illustrative"
                                               ? tr("illustrative (invented for the sample)")
                                               : qs(a.status)},
            {QStringLiteral("stageIllustrative"), layers::stageIsIllustrative(a)},
            {QStringLiteral("approximate"), a.approximate},
            {QStringLiteral("source"), qs(a.source)}};
        setSelectedArea(place.area);
    } else if (place.province != layers::kNoIndex) {
        const auto i = static_cast<std::size_t>(place.province);
        const layers::Province& pr = m_atlas->provinces()[i];
        m_identified = {{QStringLiteral("kind"), QStringLiteral("province")},
                        {QStringLiteral("id"), qs(pr.code)},
                        {QStringLiteral("title"), nameIn(thai(), pr.nameEn, pr.nameTh)},
                        {QStringLiteral("region"), nameIn(thai(), layers::regionName(pr.region))},
                        {QStringLiteral("factories"),
                         static_cast<qlonglong>(
                             i < m_factoriesPerProvince.size() ? m_factoriesPerProvince[i] : 0)}};
    }
    emit identifiedChanged();
    return m_identified;
}

QVariantMap AtlasController::hoverAt(double lon, double lat) {
    QVariantMap out{{QStringLiteral("area"), -1}, {QStringLiteral("province"), -1}};
    if (!m_atlas)
        return out;
    const layers::PlaceAt place = layers::placeAt(*m_atlas, m_selection, {lon, lat});
    out[QStringLiteral("area")] = place.area;
    out[QStringLiteral("province")] = place.province;
    if (place.area != layers::kNoIndex) {
        const auto& a = m_atlas->areas()[static_cast<std::size_t>(place.area)];
        out[QStringLiteral("name")] = nameIn(thai(), a.nameEn, a.nameTh);
    } else if (place.province != layers::kNoIndex) {
        const auto& pr = m_atlas->provinces()[static_cast<std::size_t>(place.province)];
        out[QStringLiteral("name")] = nameIn(thai(), pr.nameEn, pr.nameTh);
    }
    return out;
}

QVariantMap AtlasController::search(const QString& text) const {
    QVariantMap out{{QStringLiteral("found"), false}};
    if (!m_atlas)
        return out;
    const std::optional<layers::SearchHit> hit = layers::searchPlace(*m_atlas, text.toStdString());
    if (!hit)
        return out;
    static const char* const kinds[] = {"province", "region", "area", "estate"};
    return QVariantMap{{QStringLiteral("found"), true},
                       {QStringLiteral("kind"), QLatin1String(kinds[static_cast<int>(hit->kind)])},
                       {QStringLiteral("index"), static_cast<int>(hit->index)},
                       {QStringLiteral("label"), nameIn(thai(), hit->nameEn, hit->nameTh)},
                       {QStringLiteral("west"), hit->extent.minX},
                       {QStringLiteral("south"), hit->extent.minY},
                       {QStringLiteral("east"), hit->extent.maxX},
                       {QStringLiteral("north"), hit->extent.maxY}};
    return out;
}

QStringList AtlasController::searchSuggestions(const QString& prefix) const {
    QStringList out;
    if (!m_atlas || prefix.trimmed().isEmpty())
        return out;
    for (const std::string& line :
         layers::searchSuggestions(*m_atlas, prefix.toStdString(), thai()))
        out << qs(line);
    return out;
}

// --- export and user files --------------------------------------------------------------------

QString AtlasController::fileUrlToPath(const QString& url) const {
    const QUrl u(url);
    return u.isLocalFile() ? u.toLocalFile() : url;
}

void AtlasController::exportSelection(const QString& layer, const QString& format,
                                      const QString& crs, const QString& path, bool overwrite) {
    ExportJob::Reread reread;
    if (serverView() && layer == QLatin1String("factories")) {
        // The server's factories of the filter's places (layers/PlacedFactories.hpp), selected
        // as the CLI's export selects them.
        reread = [source = m_datasetPath.toStdString(),
                  filter = m_filter](const geo::ProgressCallback& progress) {
            layers::AtlasLoadOptions options;
            options.progress = progress;
            auto atlas =
                std::make_shared<layers::Atlas>(layers::PlacedReader(source, filter).read(options));
            atlas->applyAsOf(filter.asOf);
            layers::Selection sel = layers::select(*atlas, filter);
            return std::pair<std::shared_ptr<const layers::Atlas>, layers::Selection>(
                std::move(atlas), std::move(sel));
        };
    }
    m_exporter.start(m_atlas, m_selection, layer, format, crs, path, overwrite, std::move(reread));
}

void AtlasController::openUserFiles(const QString& mappingFile) {
    load(m_datasetPath, fileUrlToPath(mappingFile));
}

}  // namespace ecotown::gui
