#pragma once
// The window's engine: loads the atlas (in the background, with progress), keeps the filter and
// its selection, and hands QML the legend, the counts, identify and search (answered by
// layers/Identify and layers/Search). What the map draws of the polygons is the MapPresenter's
// (mapLayers), the export the ExportJob's (exporter), the side table the AreaTableModel's. Pure
// Qt at the surface: properties, signals, invokables; messages translated.

#include <QGeoRectangle>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

#include "app/gui/AreaTableModel.hpp"
#include "app/gui/ExportJob.hpp"
#include "app/gui/FactoryPoints.hpp"
#include "app/gui/MapPresenter.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::gui {

class FactoryLayer;
class CountryLayer;
class ProvenanceLayer;
class HighlightLayer;
struct CountryMesh;

class AtlasController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(double loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList stageLegend READ stageLegend NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList estateLegend READ estateLegend NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList factoryLegend READ factoryLegend NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY selectionChanged)
    Q_PROPERTY(QStringList provinceNames READ provinceNames NOTIFY loadedChanged)
    Q_PROPERTY(QStringList regionNames READ regionNames NOTIFY languageChanged)
    Q_PROPERTY(int firstYear READ firstYear NOTIFY loadedChanged)
    Q_PROPERTY(int lastYear READ lastYear NOTIFY loadedChanged)
    Q_PROPERTY(QObject* areaTable READ areaTable CONSTANT)
    Q_PROPERTY(QObject* mapLayers READ mapLayers CONSTANT)
    Q_PROPERTY(QObject* exporter READ exporter CONSTANT)
    Q_PROPERTY(int selectedArea READ selectedArea WRITE setSelectedArea NOTIFY selectedAreaChanged)
    Q_PROPERTY(QVariantMap identified READ identified NOTIFY identifiedChanged)
    Q_PROPERTY(bool showGreenIndustry READ showGreenIndustry WRITE setShowGreenIndustry NOTIFY
                   selectionChanged)
    Q_PROPERTY(
        bool showEcoFactory READ showEcoFactory WRITE setShowEcoFactory NOTIFY selectionChanged)
    Q_PROPERTY(bool showCsrDiw READ showCsrDiw WRITE setShowCsrDiw NOTIFY selectionChanged)
    Q_PROPERTY(QString filterSummary READ filterSummary NOTIFY selectionChanged)
    // The filter as the side panel's controls show it (set from the panel, the command line's
    // flags or the search box): provinces (ISO codes), region ("" or one id), phase (0 = all),
    // stageMin/Max, cert ("" or a type id), giMin/Max, yearMin/Max (0 = all years).
    Q_PROPERTY(QVariantMap filterState READ filterState NOTIFY selectionChanged)
    // {west, south, east, north} the map shows for the current filter (layers/Focus.hpp), and
    // all of Thailand.
    Q_PROPERTY(QVariantMap focusExtent READ focusExtent NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap countryExtent READ countryExtent NOTIFY loadedChanged)
    // The provinces the filter names, as provinceNames lines ("TH-21 Rayong · ระยอง").
    Q_PROPERTY(QStringList selectedProvinceNames READ selectedProvinceNames NOTIFY selectionChanged)
    // The factories stay on the server (a database of millions): the map draws the server's
    // cells, and the factories of the view at street zoom; the counts are the server's.
    Q_PROPERTY(bool serverView READ serverView NOTIFY loadedChanged)
    // A query for the server view runs (the map shows the previous answer meanwhile).
    Q_PROPERTY(bool fetching READ fetching NOTIFY fetchingChanged)
    // Why the factories of the view are not drawn one by one ("" when they are).
    Q_PROPERTY(QString viewNote READ viewNote NOTIFY viewNoteChanged)

  public:
    explicit AtlasController(QObject* parent = nullptr);
    ~AtlasController() override;

    // Starts loading in the background; `mappingFile` (optional) loads the user's own files.
    void load(const QString& datasetPath, const QString& mappingFile = {});
    // Sets the filter from CLI-style flags (--province ...); returns false with errorText set.
    bool setFilterFromFlags(const QVariantMap& flags);
    void attachFactoryLayer(FactoryLayer* layer);
    void attachCountryLayer(CountryLayer* layer);
    void attachProvenanceLayer(ProvenanceLayer* layer);
    void attachHighlightLayer(HighlightLayer* layer);

    // A database with at least this many factories is viewed through the server (serverView).
    static constexpr std::int64_t kServerViewFactories = 2000000;
    // At street zoom the view's factories are read when the server's cells count at most this
    // many in the view and half of it around, or else in the view alone; else its cells stay
    // drawn, with a note.
    static constexpr double kViewFactoryLimit = 200000;
    // From this zoom on the view's factories are read however many (a few streets).
    static constexpr double kReadAnyViewZoom = 14;
    // Views any database through the server, however few its factories (--server-view).
    void setForceServerView(bool on) { m_forceServerView = on; }
    bool serverView() const { return m_store != nullptr; }
    bool fetching() const { return m_fetching > 0; }
    // In the server view: runs `query` on the server view's thread (after the map's queries
    // asked before it) with the database and a copy of the polygons as of the filter's year,
    // then `answer` on the GUI thread with "" or the error's one line (not when this controller
    // is gone). False, doing nothing, outside the server view.
    using ServerQuery = std::function<void(layers::ServerQueries&, const layers::Atlas& places)>;
    bool queryServer(ServerQuery query, std::function<void(const QString& error)> answer);
    QString viewNote() const { return m_viewNote; }
    // The map's view changed (west, south, east, north in degrees; its zoom level): in the
    // server view, the factories of a street-zoom view are read.
    Q_INVOKABLE void setView(double west, double south, double east, double north, double zoom);

    bool loaded() const { return m_atlas != nullptr; }
    double loadProgress() const { return m_loadProgress; }
    QString statusText() const { return m_statusText; }
    QString errorText() const { return m_errorText; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QVariantList stageLegend() const;
    QVariantMap filterState() const;
    QVariantList estateLegend() const;
    QVariantList factoryLegend() const;
    QVariantMap counts() const;
    QStringList provinceNames() const;
    QStringList regionNames() const;
    int firstYear() const;
    int lastYear() const;
    QObject* areaTable() { return &m_areaTable; }
    MapPresenter* mapLayers() { return &m_mapLayers; }
    ExportJob* exporter() { return &m_exporter; }
    int selectedArea() const { return m_selectedArea; }
    void setSelectedArea(int area);
    QVariantMap identified() const { return m_identified; }
    bool showGreenIndustry() const { return m_toggles.greenIndustry; }
    void setShowGreenIndustry(bool on);
    bool showEcoFactory() const { return m_toggles.ecoFactory; }
    void setShowEcoFactory(bool on);
    bool showCsrDiw() const { return m_toggles.csrDiw; }
    void setShowCsrDiw(bool on);
    QString filterSummary() const;
    QVariantMap focusExtent() const;
    QVariantMap countryExtent() const;
    QStringList selectedProvinceNames() const;

    const layers::Atlas* atlas() const { return m_atlas.get(); }
    // The atlas holding the factories the map shows one by one: the atlas, or in the server
    // view the factories read for the view (none while its cells are drawn).
    const layers::Atlas* factoriesAtlas() const { return m_atlas ? &factoryAtlas() : nullptr; }
    // The selection over factoriesAtlas() (the polygons' part is the same as selection()'s).
    layers::Selection factoriesSelection() const;
    std::shared_ptr<const layers::Atlas> sharedAtlas() const { return m_atlas; }
    // Whether a mapping file's own files were loaded instead of the dataset.
    bool loadedFromMapping() const { return !m_mappingFile.isEmpty(); }
    const layers::Selection& selection() const { return m_selection; }
    const FactoryPoints& points() const { return m_points; }  // what the factory layer draws
    // The server view: the box whose factories were read for the view (none: its cells drawn).
    std::optional<geo::Extent> viewFactoriesBox() const { return m_viewBox; }
    const layers::Filter& filter() const { return m_filter; }
    const QString& datasetPath() const { return m_datasetPath; }  // a path or a PG: connection

    // --- the side panel's filter (each re-applies) -------------------------------------------
    Q_INVOKABLE void setProvinceFilter(const QStringList& provinces);
    Q_INVOKABLE void setRegionFilter(const QString& region);  // "" = all
    Q_INVOKABLE void setPhaseFilter(int phase);               // 0 = all
    Q_INVOKABLE void setStageFilter(int minStage, int maxStage);
    Q_INVOKABLE void setCertificationFilter(const QString& type, int minLevel,
                                            int maxLevel);        // "" = any
    Q_INVOKABLE void setYearFilter(int firstYear, int lastYear);  // 0, 0 = all years
    Q_INVOKABLE void clearFilter();
    // Views the atlas as of fiscal year `year` (0 = the latest), as --as-of does: areas' stages,
    // estates' levels and the certificates in force follow; the view does not move. Refused
    // (false) while an export reads the atlas.
    Q_INVOKABLE bool setAsOfYear(int year);
    int asOfYear() const { return m_filter.asOf.value_or(0); }
    // Calls `view` with the atlas as of fiscal year `year` (nullopt = the latest), then restores
    // the year shown: the "What changed" panel selects as `ecotown-cli changes` does. False,
    // without calling, before loading or while an export reads the atlas.
    bool viewAsOf(std::optional<int> year, const std::function<void(const layers::Atlas&)>& view);
    // Loads the same source again (the connection came back).
    void reload() { load(m_datasetPath, m_mappingFile); }
    // "Filter to this" for a search result: a province or region alone; an area's or estate's
    // province. `kind` and `index` as search() returns them.
    Q_INVOKABLE void filterToPlace(const QString& kind, int index);

    // What is at (lon, lat): a factory within `radiusPixels` at `zoom`, else an estate, an area,
    // a province. Sets `identified` and returns it ({} when nothing).
    Q_INVOKABLE QVariantMap identify(double lon, double lat, double zoom, double radiusPixels = 6);
    // Hover: which area/province is under the cursor (-1 none), cheap.
    Q_INVOKABLE QVariantMap hoverAt(double lon, double lat);
    // A province, region or area from Thai or English text or an ISO code: {found, label,
    // west, south, east, north}.
    Q_INVOKABLE QVariantMap search(const QString& text) const;
    Q_INVOKABLE QStringList searchSuggestions(const QString& prefix) const;
    // Exports the current selection of one layer through the exporter (in the background; it
    // emits exportFinished).
    Q_INVOKABLE void exportSelection(const QString& layer, const QString& format,
                                     const QString& crs, const QString& path, bool overwrite);
    Q_INVOKABLE QString fileUrlToPath(const QString& url) const;
    Q_INVOKABLE void openUserFiles(const QString& mappingFile);

  signals:
    void loadedChanged();
    void loadProgressChanged();
    void statusTextChanged();
    void errorTextChanged();
    void languageChanged();
    void selectionChanged();
    // The filter changed (not a factory-symbol toggle): the map follows it.
    void filterChanged();
    void selectedAreaChanged();
    void identifiedChanged();
    void loadFailed(const QString& message);
    void fetchingChanged();
    void viewNoteChanged();
    // The first frame with everything drawn can be taken (screenshot mode).
    void ready();

  private:
    QString m_datasetPath;  // the dataset as loaded: a path or a PG: connection
    QString m_mappingFile;
    void applyFilter();
    void applyFilterChange();  // applyFilter, then filterChanged
    static QVariantMap extentMap(const geo::Extent& e);
    void setStatus(const QString& text);
    void setError(const QString& text);
    bool thai() const { return m_language == QLatin1String("th"); }
    void finishLoad(std::shared_ptr<layers::Atlas> atlas,
                    std::shared_ptr<const CountryMesh> countries, QString error,
                    std::shared_ptr<layers::AtlasStore> store);
    // The server view: counts and cells for the filter (and the view's factories) from the
    // server, on m_serverPool, applied when they are still the latest asked.
    void fetchServerSelection();
    void setStatistics(layers::Statistics stats);
    void fetchViewFactories();
    void setFetching(int delta);
    void setViewNote(const QString& note);
    void serverFailed(const QString& error);
    // The atlas whose factories the points index: the view's factories in the server view.
    const layers::Atlas& factoryAtlas() const { return m_viewAtlas ? *m_viewAtlas : *m_atlas; }

    std::shared_ptr<layers::Atlas> m_atlas;
    layers::Filter m_filter;
    layers::Selection m_selection;
    layers::Statistics m_stats;
    FactoryPoints m_points;
    FactorySymbolToggles m_toggles;
    QPointer<FactoryLayer> m_factoryLayer;
    QPointer<CountryLayer> m_countryLayer;
    QPointer<ProvenanceLayer> m_provenanceLayer;
    QPointer<HighlightLayer> m_highlightLayer;
    std::shared_ptr<const CountryMesh> m_countryMesh;  // built with the atlas, on the loader
    AreaTableModel m_areaTable;
    MapPresenter m_mapLayers;
    ExportJob m_exporter;
    QVariantMap m_identified;
    QString m_statusText, m_errorText;
    QString m_language = QStringLiteral("en");
    double m_loadProgress = 0;
    int m_selectedArea = -1;
    std::vector<std::int64_t> m_factoriesPerProvince;

    // --- the server view --------------------------------------------------------------------
    bool m_forceServerView = false;
    std::shared_ptr<layers::AtlasStore> m_store;  // the database, used on m_serverPool only
    QThreadPool m_serverPool;                     // one thread: one connection, in order
    std::uint64_t m_selectionGeneration = 0, m_viewGeneration = 0;
    int m_fetching = 0;
    bool m_readyPending = false;                       // `ready` once the first answer is drawn
    std::vector<layers::DensityCell> m_lastZoomCells;  // for counting a view's factories
    std::shared_ptr<layers::Atlas> m_viewAtlas;        // the factories of m_viewBox
    std::optional<geo::Extent> m_viewBox;              // what m_viewAtlas holds
    geo::Extent m_view;
    double m_viewZoom = 0;
    QString m_viewNote;
};

}  // namespace ecotown::gui
