#include "app/gui/AtlasController.hpp"

#include <QColor>
#include <QFileInfo>
#include <QGeoPolygon>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "app/gui/CountryLayer.hpp"
#include "app/gui/FactoryLayer.hpp"
#include "geo/Ops.hpp"
#include "geo/Writer.hpp"
#include "layers/Export.hpp"
#include "layers/Mapping.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {
namespace {

QColor toQColor(layers::Rgba c) {
    return QColor(c.r, c.g, c.b, c.a);
}
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<int>(s.size()));
}

// One QGeoPolygon per polygon part (Qt 5 has no multipolygon); closing vertices dropped.
QList<QGeoPolygon> toGeoPolygons(const geo::Geometry& g) {
    QList<QGeoPolygon> out;
    auto ring = [&](std::uint32_t r) {
        const std::uint32_t begin = r == 0 ? 0 : g.ringEnds[r - 1];
        std::uint32_t end = g.ringEnds[r];
        if (end > begin + 1 && g.coords[begin] == g.coords[end - 1])
            --end;
        QList<QGeoCoordinate> path;
        path.reserve(static_cast<int>(end - begin));
        for (std::uint32_t i = begin; i < end; ++i)
            path.append(QGeoCoordinate(g.coords[i].y, g.coords[i].x));
        return path;
    };
    if (g.type == geo::GeometryType::Polygon || g.type == geo::GeometryType::MultiPolygon) {
        std::vector<std::uint32_t> parts = g.partEnds;
        if (parts.empty() && !g.ringEnds.empty())
            parts.push_back(static_cast<std::uint32_t>(g.ringEnds.size()));
        std::uint32_t ringBegin = 0;
        for (std::uint32_t partEnd : parts) {
            if (ringBegin < partEnd) {
                QGeoPolygon poly(ring(ringBegin));
                for (std::uint32_t h = ringBegin + 1; h < partEnd; ++h)
                    poly.addHole(ring(h));
                out.append(poly);
            }
            ringBegin = partEnd;
        }
    }
    return out;
}

void appendParts(QVariantList& list, const geo::Geometry& g, const QVariantMap& base) {
    for (const QGeoPolygon& p : toGeoPolygons(g)) {
        QVariantMap m = base;
        m.insert(QStringLiteral("shape"), QVariant::fromValue(p));
        list.append(m);
    }
}

// Roughly how wide a label is, in pixels: Thai vowel and tone marks take no width.
double labelWidth(const QString& text, double pixelSize) {
    int advancing = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        const bool combining =
            u == 0x0E31 || (u >= 0x0E34 && u <= 0x0E3A) || (u >= 0x0E47 && u <= 0x0E4E);
        if (!combining)
            ++advancing;
    }
    return advancing * pixelSize * 0.55 + 6;
}

// Areas whose stage is unknown are drawn grey and counted nowhere.
QColor stageFill(const std::optional<layers::DevelopmentStage>& stage) {
    return stage ? toQColor(layers::stageColor(*stage)) : QColor(0xbd, 0xbd, 0xbd);
}
int stageNumber(const std::optional<layers::DevelopmentStage>& stage) {
    return stage ? static_cast<int>(*stage) : 0;
}

}  // namespace

// ------------------------------------------------------------------------------- area table

int AreaTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_areas.size());
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const {
    if (!m_atlas || !index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const layers::EcoTownArea& a = m_atlas->areas()[m_areas[static_cast<std::size_t>(index.row())]];
    switch (role) {
        case IdRole:
            return qs(a.id);
        case Qt::DisplayRole:
        case NameRole:
            return m_thai && !a.nameTh.empty() ? qs(a.nameTh) : qs(a.nameEn);
        case ProvinceRole: {
            if (a.province < 0)
                return QString();
            const auto& p = m_atlas->provinces()[static_cast<std::size_t>(a.province)];
            return m_thai ? qs(p.nameTh) : qs(p.nameEn);
        }
        case StageRole:
            return stageNumber(a.stage);
        case PhaseRole:
            return a.phase;
        case ColorRole:
            return stageFill(a.stage);
        case AreaIndexRole:
            return static_cast<int>(m_areas[static_cast<std::size_t>(index.row())]);
        default:
            return {};
    }
}

QHash<int, QByteArray> AreaTableModel::roleNames() const {
    return {{IdRole, "areaId"},          {NameRole, "name"},   {ProvinceRole, "province"},
            {StageRole, "stage"},        {PhaseRole, "phase"}, {ColorRole, "stageColor"},
            {AreaIndexRole, "areaIndex"}};
}

void AreaTableModel::reset(const layers::Atlas* atlas, std::vector<std::uint32_t> areas,
                           bool thai) {
    beginResetModel();
    m_atlas = atlas;
    m_areas = std::move(areas);
    m_thai = thai;
    endResetModel();
}

int AreaTableModel::rowOfArea(int areaIndex) const {
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        if (static_cast<int>(m_areas[i]) == areaIndex)
            return static_cast<int>(i);
    }
    return -1;
}

// ------------------------------------------------------------------------------- controller

AtlasController::AtlasController(QObject* parent) : QObject(parent) {}
AtlasController::~AtlasController() {
    if (m_exportWatcher)
        m_exportWatcher->waitForFinished();
}

void AtlasController::setStatus(const QString& text) {
    m_statusText = text;
    emit statusTextChanged();
}

void AtlasController::setError(const QString& text) {
    m_errorText = text;
    emit errorTextChanged();
}

// A geo::ProgressCallback for work on a background thread: stores the fraction done in `member`
// and emits `changed`, both on the GUI thread; harmless once the controller is gone.
geo::ProgressCallback AtlasController::progressForwarder(QPointer<AtlasController> self,
                                                         double AtlasController::*member,
                                                         void (AtlasController::*changed)()) {
    return [self, member, changed](const std::string&, std::int64_t done, std::int64_t total) {
        if (total > 0 && self) {
            const double f = static_cast<double>(done) / static_cast<double>(total);
            QMetaObject::invokeMethod(
                self,
                [self, member, changed, f] {
                    if (!self)
                        return;
                    (*self).*member = f;
                    emit((*self).*changed)();
                },
                Qt::QueuedConnection);
        }
        return true;
    };
}

QString AtlasController::nameOf(const std::string& en, const std::string& th) const {
    return m_language == QLatin1String("th") && !th.empty() ? qs(th) : qs(en);
}

void AtlasController::load(const QString& datasetPath, const QString& mappingFile) {
    setStatus(tr("Loading %1…").arg(QFileInfo(datasetPath).fileName()));
    const std::string path = datasetPath.toStdString();
    const std::string mapping = mappingFile.toStdString();
    QPointer<AtlasController> self(this);
    auto progress = progressForwarder(self, &AtlasController::m_loadProgress,
                                      &AtlasController::loadProgressChanged);
    (void)QtConcurrent::run([self, path, mapping, progress] {
        std::shared_ptr<layers::Atlas> atlas;
        std::shared_ptr<const CountryMesh> countries;
        QString error;
        try {
            layers::AtlasLoadOptions options;
            options.progress = progress;
            if (mapping.empty()) {
                atlas = std::make_shared<layers::Atlas>(layers::Atlas::loadBundled(path, options));
            } else {
                atlas = std::make_shared<layers::Atlas>(
                    layers::loadWithMapping(layers::Mapping::load(mapping), path, options));
            }
            countries = std::make_shared<const CountryMesh>(CountryMesh::of(*atlas));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
            atlas.reset();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, atlas, countries, error] {
                if (self)
                    self->finishLoad(atlas, countries, error);
            },
            Qt::QueuedConnection);
    });
}

void AtlasController::finishLoad(std::shared_ptr<layers::Atlas> atlas,
                                 std::shared_ptr<const CountryMesh> countries, QString error) {
    if (!atlas) {
        setError(error);
        setStatus(tr("Could not load the data: %1").arg(error));
        emit loadFailed(error);
        return;
    }
    m_atlas = std::move(atlas);
    m_countryMesh = std::move(countries);
    if (m_countryLayer)
        m_countryLayer->setMesh(m_countryMesh);
    m_loadProgress = 1;
    emit loadProgressChanged();
    rebuildGeometry();
    applyFilter();
    emit loadedChanged();
    setStatus(tr("%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories")
                  .arg(QFileInfo(qs(m_atlas->source())).fileName())
                  .arg(m_atlas->provinces().size())
                  .arg(m_atlas->areas().size())
                  .arg(m_atlas->estates().size())
                  .arg(m_atlas->factories().size()));
    emit ready();
}

QVariantMap AtlasController::style() {
    // Built once: QML reads it in every delegate's bindings.
    static const QVariantMap style = [] {
        const layers::MapStyle& st = layers::mapStyle();
        auto colour = [](layers::Rgba c) { return QVariant::fromValue(toQColor(c)); };
        return QVariantMap{
            {QStringLiteral("sea"), colour(st.sea)},
            {QStringLiteral("land"), colour(st.land)},
            {QStringLiteral("landOutline"), colour(st.landOutline)},
            {QStringLiteral("province"), colour(st.province)},
            {QStringLiteral("provinceOutline"), colour(st.provinceOutline)},
            {QStringLiteral("provinceOutlineSelected"), colour(st.provinceOutlineSelected)},
            {QStringLiteral("areaOutline"), colour(st.areaOutline)},
            {QStringLiteral("estateOutline"), colour(st.estateOutline)},
            {QStringLiteral("highlight"), colour(st.highlight)},
            {QStringLiteral("label"), colour(st.label)},
            {QStringLiteral("areaLabel"), colour(st.areaLabel)},
            {QStringLiteral("labelHalo"), colour(st.labelHalo)},
            {QStringLiteral("areaOutlineWidth"), st.areaOutlineWidth},
            {QStringLiteral("areaOutlineWidthSelected"), st.areaOutlineWidthSelected},
            {QStringLiteral("areaOpacity"), st.areaFillOpacity},
            {QStringLiteral("estateOpacity"), st.estateFillOpacity},
            {QStringLiteral("estateOutlineWidth"), st.estateOutlineWidth},
        };
    }();
    return style;
}

void AtlasController::attachCountryLayer(CountryLayer* layer) {
    m_countryLayer = layer;
    if (layer)
        layer->setMesh(m_countryMesh);
}

void AtlasController::attachFactoryLayer(FactoryLayer* layer) {
    m_factoryLayer = layer;
    if (layer)
        layer->setPoints(&m_points);
}

bool AtlasController::setFilterFromFlags(const QVariantMap& flags) {
    try {
        layers::Filter f;
        auto text = [&](const char* key) {
            return flags.value(QLatin1String(key)).toString().toStdString();
        };
        if (!text("province").empty())
            f.provinces = layers::splitList(text("province"));
        if (!text("region").empty())
            f.regions = layers::parseRegions(text("region"), "--region");
        if (!text("phase").empty())
            f.phases = layers::parseIntList(text("phase"), "--phase", 1, 3);
        if (!text("stage").empty())
            f.stages = layers::parseRange(text("stage"), "--stage", 1, 5);
        if (!text("cert").empty())
            f.certifications = layers::parseCertificationRules(text("cert"), "--cert");
        if (!text("year").empty())
            f.years = layers::parseYears(text("year"), "--year");
        if (!text("bbox").empty())
            f.bbox = layers::parseBbox(text("bbox"), "--bbox");
        m_filter = f;
    } catch (const std::exception& e) {
        setError(QString::fromUtf8(e.what()));
        return false;
    }
    if (m_atlas)
        applyFilter();
    return true;
}

void AtlasController::rebuildGeometry() {
    m_provinceParts.clear();
    m_areaParts.clear();
    m_estateParts.clear();
    if (!m_atlas)
        return;
    for (std::size_t i = 0; i < m_atlas->provinces().size(); ++i) {
        appendParts(m_provinceParts, m_atlas->provinces()[i].shape,
                    {{QStringLiteral("index"), static_cast<int>(i)}});
    }
    for (std::size_t i = 0; i < m_atlas->areas().size(); ++i) {
        const layers::EcoTownArea& a = m_atlas->areas()[i];
        appendParts(m_areaParts, a.shape,
                    {{QStringLiteral("index"), static_cast<int>(i)},
                     {QStringLiteral("stage"), stageNumber(a.stage)},
                     {QStringLiteral("fill"), stageFill(a.stage)}});
    }
    for (std::size_t i = 0; i < m_atlas->estates().size(); ++i) {
        const layers::IndustrialEstate& e = m_atlas->estates()[i];
        const layers::IeatEcoLevel* level = e.ieatLevel ? &*e.ieatLevel : nullptr;
        appendParts(m_estateParts, e.shape,
                    {{QStringLiteral("index"), static_cast<int>(i)},
                     {QStringLiteral("fill"), toQColor(layers::ieatLevelColor(level))}});
    }
    emit geometryChanged();
}

int AtlasController::mapPartCount() const {
    return static_cast<int>(m_provinceParts.size() + m_areaParts.size() + m_estateParts.size());
}

void AtlasController::rebuildStyling() {
    if (!m_atlas)
        return;
    // Province shading by the number of selected certified factories (quantile classes).
    std::vector<std::int64_t> sorted = m_factoriesPerProvince;
    std::sort(sorted.begin(), sorted.end());
    auto shadeClass = [&](std::int64_t n) {
        if (sorted.empty())
            return 0;
        int k = 0;
        for (int q = 1; q < 5; ++q) {
            if (n > sorted[sorted.size() * static_cast<std::size_t>(q) / 5])
                k = q;
        }
        return k;
    };
    const auto& style = layers::mapStyle();
    m_provinceFills.clear();
    m_provinceSelected.clear();
    for (std::size_t i = 0; i < m_atlas->provinces().size(); ++i) {
        const bool selected =
            std::binary_search(m_selection.provinces.begin(), m_selection.provinces.end(),
                               static_cast<std::uint32_t>(i));
        const std::int64_t n = i < m_factoriesPerProvince.size() ? m_factoriesPerProvince[i] : 0;
        QColor fill =
            toQColor(m_shadeProvinces ? layers::provinceShade(shadeClass(n)) : style.province);
        if (!selected)
            fill = fill.darker(115);
        m_provinceFills.append(fill);
        m_provinceSelected.append(selected);
    }
    auto flags = [](std::size_t n, const std::vector<std::uint32_t>& chosen) {
        QVariantList out;
        std::vector<bool> on(n, false);
        for (std::uint32_t i : chosen)
            on[i] = true;
        for (bool b : on)
            out.append(b);
        return out;
    };
    m_areaVisible = flags(m_atlas->areas().size(), m_selection.areas);
    m_estateVisible = flags(m_atlas->estates().size(), m_selection.estates);
    emit stylingChanged();
}

void AtlasController::applyFilter() {
    if (!m_atlas)
        return;
    m_selection = layers::select(*m_atlas, m_filter);
    m_stats = layers::computeStatistics(*m_atlas, m_selection, layers::GroupBy::Province);
    m_factoriesPerProvince.assign(m_atlas->provinces().size(), 0);
    for (std::size_t r = 0; r < m_stats.rows.size() && r < m_factoriesPerProvince.size(); ++r) {
        const auto idx = m_atlas->findProvince(m_stats.rows[r].key);
        if (idx)
            m_factoriesPerProvince[*idx] =
                m_stats.rows[r].counts.withGi + m_stats.rows[r].counts.ecoFactory;
    }
    m_points.rebuild(*m_atlas, m_selection, m_toggles);
    if (m_factoryLayer)
        m_factoryLayer->pointsChanged();
    rebuildStyling();
    m_areaTable.reset(m_atlas.get(), m_selection.areas, m_language == QLatin1String("th"));
    emit selectionChanged();
}

void AtlasController::setLanguage(const QString& language) {
    if (language == m_language)
        return;
    m_language = language;
    if (m_atlas) {
        m_areaTable.reset(m_atlas.get(), m_selection.areas, m_language == QLatin1String("th"));
        emit selectionChanged();
    }
    emit languageChanged();
}

void AtlasController::setShadeProvinces(bool on) {
    m_shadeProvinces = on;
    rebuildStyling();
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
    applyFilter();
}

void AtlasController::setRegionFilter(const QString& region) {
    m_filter.regions.clear();
    if (auto r = layers::regionFromText(region.toStdString()))
        m_filter.regions.push_back(*r);
    applyFilter();
}

void AtlasController::setPhaseFilter(int phase) {
    m_filter.phases.clear();
    if (phase >= 1 && phase <= 3)
        m_filter.phases.push_back(phase);
    applyFilter();
}

void AtlasController::setStageFilter(int minStage, int maxStage) {
    if (minStage <= 1 && maxStage >= 5)
        m_filter.stages.reset();
    else
        m_filter.stages = layers::IntRange{std::max(1, minStage), std::min(5, maxStage)};
    applyFilter();
}

void AtlasController::setCertificationFilter(const QString& type, int minLevel, int maxLevel) {
    m_filter.certifications.clear();
    if (auto t = layers::certificationTypeFromText(type.toStdString())) {
        m_filter.certifications.push_back({*t, {std::max(1, minLevel), std::min(5, maxLevel)}});
    }
    applyFilter();
}

void AtlasController::setYearFilter(int firstYear, int lastYear) {
    if (firstYear <= 0 || lastYear <= 0)
        m_filter.years.reset();
    else
        m_filter.years = layers::IntRange{firstYear, lastYear};
    applyFilter();
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
    m_filter = layers::Filter{};
    applyFilter();
}

QString AtlasController::filterSummary() const {
    QStringList parts;
    if (!m_filter.provinces.empty()) {
        QStringList names;
        for (const auto& p : m_filter.provinces) {
            const auto idx = m_atlas ? m_atlas->findProvince(p) : std::nullopt;
            names << (idx ? nameOf(m_atlas->provinces()[*idx].nameEn,
                                   m_atlas->provinces()[*idx].nameTh)
                          : qs(p));
        }
        parts << names.join(QStringLiteral(", "));
    }
    for (layers::Region r : m_filter.regions)
        parts << nameOf(std::string(layers::regionName(r).en),
                        std::string(layers::regionName(r).th));
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
            {QStringLiteral("name"), nameOf(std::string(n.en), std::string(n.th))},
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
        QString name = l > 0 ? nameOf(std::string(layers::ieatEcoLevelName(*level).en),
                                      std::string(layers::ieatEcoLevelName(*level).th))
                             : tr("No eco level");
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
                        {QStringLiteral("name"),
                         tr("GI %1 · %2").arg(l).arg(nameOf(std::string(n.en), std::string(n.th)))},
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
    return {{QStringLiteral("provinces"), static_cast<qlonglong>(m_selection.provinces.size())},
            {QStringLiteral("areas"), static_cast<qlonglong>(m_selection.areas.size())},
            {QStringLiteral("estates"), static_cast<qlonglong>(m_selection.estates.size())},
            {QStringLiteral("factories"), static_cast<qlonglong>(m_selection.factories.size())},
            {QStringLiteral("withGi"), static_cast<qlonglong>(t.counts.withGi)},
            {QStringLiteral("ecoFactory"), static_cast<qlonglong>(t.counts.ecoFactory)},
            {QStringLiteral("csrDiw"), static_cast<qlonglong>(t.counts.csrDiw)},
            {QStringLiteral("drawn"), static_cast<qlonglong>(m_points.individualCount())},
            {QStringLiteral("asOfYear"), m_selection.asOfYear}};
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
        out << nameOf(std::string(layers::regionName(r).en), std::string(layers::regionName(r).th));
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
    const layers::FactoryTable& f = m_atlas->factories();
    const std::int64_t hit = m_points.nearestFactory(mx, my, radiusPixels / worldPx);
    if (hit >= 0) {
        const auto i = static_cast<std::size_t>(hit);
        const layers::FactoryStatus s = m_atlas->statusAsOf(i, m_selection.asOfYear);
        QStringList certs;
        const auto& c = m_atlas->certificates();
        for (std::uint32_t k = f.certBegin[i]; k < f.certBegin[i + 1]; ++k) {
            const auto t = c.type[k];
            QString label = t == layers::CertificationType::GreenIndustry
                                ? tr("GI %1").arg(c.level[k])
                            : t == layers::CertificationType::EcoFactory ? tr("Eco Factory")
                                                                         : tr("CSR-DIW");
            certs << tr("%1 (%2)").arg(label).arg(c.fiscalYear[k]);
        }
        const auto province = f.province[i];
        m_identified = {
            {QStringLiteral("kind"), QStringLiteral("factory")},
            {QStringLiteral("id"), qs(f.id[i])},
            {QStringLiteral("title"), f.nameTh.size() > i ? qs(f.nameTh[i]) : qs(f.id[i])},
            {QStringLiteral("province"),
             province >= 0 ? nameOf(m_atlas->provinces()[static_cast<std::size_t>(province)].nameEn,
                                    m_atlas->provinces()[static_cast<std::size_t>(province)].nameTh)
                           : QString()},
            {QStringLiteral("giLevel"), s.giLevel},
            {QStringLiteral("certificates"), certs.join(QStringLiteral(", "))},
            {QStringLiteral("lon"), f.lon[i]},
            {QStringLiteral("lat"), f.lat[i]}};
        emit identifiedChanged();
        return m_identified;
    }
    const geo::XY p{lon, lat};
    for (std::uint32_t i : m_selection.estates) {
        const layers::IndustrialEstate& e = m_atlas->estates()[i];
        if (!e.extent.contains(lon, lat) || !geo::covers(e.shape, p))
            continue;
        m_identified = {
            {QStringLiteral("kind"), QStringLiteral("estate")},
            {QStringLiteral("id"), qs(e.id)},
            {QStringLiteral("title"), nameOf(e.nameEn, e.nameTh)},
            {QStringLiteral("level"),
             e.ieatLevel ? nameOf(std::string(layers::ieatEcoLevelName(*e.ieatLevel).en),
                                  std::string(layers::ieatEcoLevelName(*e.ieatLevel).th))
                         : tr("No eco level")},
            {QStringLiteral("areaRai"), e.areaRai ? QVariant(*e.areaRai) : QVariant()}};
        emit identifiedChanged();
        return m_identified;
    }
    for (std::uint32_t i : m_selection.areas) {
        const layers::EcoTownArea& a = m_atlas->areas()[i];
        if (!a.extent.contains(lon, lat) || !geo::covers(a.shape, p))
            continue;
        const std::string stageEn =
            a.stage ? std::string(layers::stageName(*a.stage).en) : std::string("unknown");
        const std::string stageTh =
            a.stage ? std::string(layers::stageName(*a.stage).th) : std::string("ไม่ทราบ");
        m_identified = {{QStringLiteral("kind"), QStringLiteral("area")},
                        {QStringLiteral("id"), qs(a.id)},
                        {QStringLiteral("index"), static_cast<int>(i)},
                        {QStringLiteral("title"), nameOf(a.nameEn, a.nameTh)},
                        {QStringLiteral("stage"), stageNumber(a.stage)},
                        {QStringLiteral("stageName"), nameOf(stageEn, stageTh)},
                        {QStringLiteral("phase"), a.phase},
                        {QStringLiteral("status"), qs(a.status)}};
        setSelectedArea(static_cast<int>(i));
        emit identifiedChanged();
        return m_identified;
    }
    for (std::size_t i = 0; i < m_atlas->provinces().size(); ++i) {
        const layers::Province& pr = m_atlas->provinces()[i];
        if (!pr.extent.contains(lon, lat) || !geo::covers(pr.shape, p))
            continue;
        m_identified = {
            {QStringLiteral("kind"), QStringLiteral("province")},
            {QStringLiteral("id"), qs(pr.code)},
            {QStringLiteral("title"), nameOf(pr.nameEn, pr.nameTh)},
            {QStringLiteral("region"), nameOf(std::string(layers::regionName(pr.region).en),
                                              std::string(layers::regionName(pr.region).th))},
            {QStringLiteral("factories"),
             static_cast<qlonglong>(i < m_factoriesPerProvince.size() ? m_factoriesPerProvince[i]
                                                                      : 0)}};
        emit identifiedChanged();
        return m_identified;
    }
    emit identifiedChanged();
    return m_identified;
}

QVariantMap AtlasController::hoverAt(double lon, double lat) {
    QVariantMap out{{QStringLiteral("area"), -1}, {QStringLiteral("province"), -1}};
    if (!m_atlas)
        return out;
    const geo::XY p{lon, lat};
    for (std::uint32_t i : m_selection.areas) {
        const auto& a = m_atlas->areas()[i];
        if (a.extent.contains(lon, lat) && geo::covers(a.shape, p)) {
            out[QStringLiteral("area")] = static_cast<int>(i);
            out[QStringLiteral("name")] = nameOf(a.nameEn, a.nameTh);
            break;
        }
    }
    for (std::size_t i = 0; i < m_atlas->provinces().size(); ++i) {
        const auto& pr = m_atlas->provinces()[i];
        if (pr.extent.contains(lon, lat) && geo::covers(pr.shape, p)) {
            out[QStringLiteral("province")] = static_cast<int>(i);
            if (!out.contains(QStringLiteral("name")))
                out[QStringLiteral("name")] = nameOf(pr.nameEn, pr.nameTh);
            break;
        }
    }
    return out;
}

QVariantMap AtlasController::search(const QString& text) const {
    QVariantMap out{{QStringLiteral("found"), false}};
    if (!m_atlas)
        return out;
    const std::string t = text.trimmed().toStdString();
    if (t.empty())
        return out;
    auto result = [&](const QString& label, const geo::Extent& e) {
        return QVariantMap{{QStringLiteral("found"), true},  {QStringLiteral("label"), label},
                           {QStringLiteral("west"), e.minX}, {QStringLiteral("south"), e.minY},
                           {QStringLiteral("east"), e.maxX}, {QStringLiteral("north"), e.maxY}};
    };
    // "TH-20 Chon Buri · ชลบุรี" as offered by the suggestions: the code decides.
    std::string key = t;
    if (key.size() > 5 && key.rfind("TH-", 0) == 0 && key.find(' ') != std::string::npos)
        key = key.substr(0, key.find(' '));
    if (auto p = m_atlas->findProvince(key)) {
        const auto& pr = m_atlas->provinces()[*p];
        return result(nameOf(pr.nameEn, pr.nameTh), pr.extent);
    }
    if (auto r = layers::regionFromText(t)) {
        geo::Extent e;
        for (const auto& pr : m_atlas->provinces()) {
            if (pr.region == *r)
                e.include(pr.extent);
        }
        return result(
            nameOf(std::string(layers::regionName(*r).en), std::string(layers::regionName(*r).th)),
            e);
    }
    if (auto a = m_atlas->findArea(t)) {
        const auto& area = m_atlas->areas()[*a];
        return result(nameOf(area.nameEn, area.nameTh), area.extent);
    }
    const QString needle = text.trimmed().toCaseFolded();
    for (const auto& area : m_atlas->areas()) {
        if (qs(area.nameEn).toCaseFolded().contains(needle) ||
            qs(area.nameTh).contains(text.trimmed())) {
            return result(nameOf(area.nameEn, area.nameTh), area.extent);
        }
    }
    for (const auto& e : m_atlas->estates()) {
        if (qs(e.nameEn).toCaseFolded().contains(needle) || qs(e.nameTh).contains(text.trimmed())) {
            return result(nameOf(e.nameEn, e.nameTh), e.extent);
        }
    }
    return out;
}

QStringList AtlasController::searchSuggestions(const QString& prefix) const {
    QStringList out;
    if (!m_atlas || prefix.trimmed().isEmpty())
        return out;
    const QString p = prefix.trimmed().toCaseFolded();
    for (const auto& pr : m_atlas->provinces()) {
        const QString line = qs(pr.code) + QStringLiteral(" ") + qs(pr.nameEn) +
                             QStringLiteral(" · ") + qs(pr.nameTh);
        if (line.toCaseFolded().contains(p))
            out << line;
    }
    for (const auto& a : m_atlas->areas()) {
        if (qs(a.nameEn).toCaseFolded().contains(p) || qs(a.nameTh).contains(prefix.trimmed()))
            out << nameOf(a.nameEn, a.nameTh);
    }
    if (out.size() > 12)
        out = out.mid(0, 12);
    return out;
}

// --- labels ------------------------------------------------------------------------------------

void AtlasController::updateLabels(double zoom, double centerLon, double centerLat, double width,
                                   double height) {
    if (!m_atlas)
        return;
    struct Candidate {
        double lon, lat;
        QString text;
        QString kind;
        double size;
    };
    std::vector<Candidate> candidates;  // in priority order
    for (std::uint32_t i : m_selection.areas) {
        if (zoom < 7.5)
            break;  // area names are long: only once there is room
        const auto& a = m_atlas->areas()[i];
        candidates.push_back({a.labelPoint.x, a.labelPoint.y, nameOf(a.nameEn, a.nameTh),
                              QStringLiteral("area"), 12});
    }
    std::vector<std::size_t> order(m_atlas->provinces().size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // larger provinces first: their labels matter most when zoomed out
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& ea = m_atlas->provinces()[a].extent;
        const auto& eb = m_atlas->provinces()[b].extent;
        return (ea.maxX - ea.minX) * (ea.maxY - ea.minY) >
               (eb.maxX - eb.minX) * (eb.maxY - eb.minY);
    });
    for (std::size_t i : order) {
        const auto& p = m_atlas->provinces()[i];
        candidates.push_back({p.labelPoint.x, p.labelPoint.y, nameOf(p.nameEn, p.nameTh),
                              QStringLiteral("province"), 11});
    }
    if (zoom >= 10) {
        for (std::uint32_t i : m_selection.estates) {
            const auto& e = m_atlas->estates()[i];
            candidates.push_back({e.labelPoint.x, e.labelPoint.y, nameOf(e.nameEn, e.nameTh),
                                  QStringLiteral("estate"), 10});
        }
    }
    const double worldPx = 256.0 * std::pow(2.0, zoom);
    const double cx = FactoryPoints::mercatorX(centerLon) * worldPx,
                 cy = FactoryPoints::mercatorY(centerLat) * worldPx;
    std::vector<QRectF> placed;
    QVariantList out;
    for (const Candidate& c : candidates) {
        const double x = FactoryPoints::mercatorX(c.lon) * worldPx - cx + width / 2;
        const double y = FactoryPoints::mercatorY(c.lat) * worldPx - cy + height / 2;
        const double w = labelWidth(c.text, c.size), h = c.size * 1.6;
        const QRectF r(x - w / 2, y - h / 2, w, h);
        if (r.right() < 0 || r.left() > width || r.bottom() < 0 || r.top() > height)
            continue;
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& o) { return o.intersects(r); }))
            continue;
        placed.push_back(r.adjusted(-2, -2, 2, 2));
        out.append(QVariantMap{{QStringLiteral("lon"), c.lon},
                               {QStringLiteral("lat"), c.lat},
                               {QStringLiteral("text"), c.text},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("size"), c.size}});
    }
    m_labels = out;
    emit labelsChanged();
}

// --- export and user files --------------------------------------------------------------------

QStringList AtlasController::exportFormats() const {
    QStringList out;
    for (const auto& n : geo::formatNames())
        out << qs(n);
    return out;
}

QString AtlasController::fileUrlToPath(const QString& url) const {
    const QUrl u(url);
    return u.isLocalFile() ? u.toLocalFile() : url;
}

void AtlasController::exportSelection(const QString& layer, const QString& format,
                                      const QString& crs, const QString& path, bool overwrite) {
    if (!m_atlas || m_exporting)
        return;
    std::optional<layers::ExportLayer> which = layers::exportLayerFromName(layer.toStdString());
    geo::WriteOptions options;
    try {
        if (!which)
            throw UsageError("", "unknown layer " + layer.toStdString());
        options.format = format.isEmpty() ? geo::formatFromPath(path.toStdString())
                                          : geo::formatFromName(format.toStdString());
        if (!crs.trimmed().isEmpty())
            options.targetCrs = geo::Crs::fromUserInput(crs.trimmed().toStdString());
        options.overwrite = overwrite;
    } catch (const std::exception& e) {
        emit exportFinished(false, QString::fromUtf8(e.what()));
        return;
    }
    m_exporting = true;
    m_exportProgress = 0;
    emit exportingChanged();
    emit exportProgressChanged();
    auto atlas = m_atlas;
    const layers::Selection selection = m_selection;
    const std::string out = path.toStdString();
    QPointer<AtlasController> self(this);
    m_exportWatcher = new QFutureWatcher<QString>(this);
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString message = m_exportWatcher->result();
        m_exportWatcher->deleteLater();
        m_exportWatcher = nullptr;
        m_exporting = false;
        emit exportingChanged();
        const bool ok = message.startsWith(QLatin1String("ok:"));
        emit exportFinished(ok, ok ? message.mid(3) : message);
    });
    m_exportWatcher->setFuture(QtConcurrent::run([=]() -> QString {
        try {
            auto progress = progressForwarder(self, &AtlasController::m_exportProgress,
                                              &AtlasController::exportProgressChanged);
            const layers::ExportResult r =
                layers::exportSelection(*atlas, selection, *which, out, options, progress);
            return QStringLiteral("ok:") +
                   tr("Wrote %1 features to %2").arg(r.written).arg(qs(out));
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
}

void AtlasController::openUserFiles(const QString& mappingFile) {
    const QString base = m_atlas ? qs(m_atlas->source()) : QString();
    load(base, fileUrlToPath(mappingFile));
}

}  // namespace ecotown::gui
