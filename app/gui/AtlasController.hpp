#pragma once
// The window's engine: loads the atlas (in the background, with progress), keeps the filter and
// its selection, and hands QML what to draw (polygon parts with their colours, factory points,
// labels, legend and counts). Pure Qt at the surface: properties, signals, invokables; messages
// translated. Identify, search and export live here too.

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QGeoRectangle>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <memory>
#include <optional>

#include "app/gui/FactoryPoints.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::gui {

class FactoryLayer;
class CountryLayer;
struct CountryMesh;

// The areas matching the filter, for the side table (selection syncs with the map).
class AreaTableModel : public QAbstractListModel {
    Q_OBJECT
  public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ProvinceRole,
        StageRole,
        PhaseRole,
        ColorRole,
        AreaIndexRole
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reset(const layers::Atlas* atlas, std::vector<std::uint32_t> areas, bool thai);
    Q_INVOKABLE int rowOfArea(int areaIndex) const;

  private:
    const layers::Atlas* m_atlas = nullptr;
    std::vector<std::uint32_t> m_areas;
    bool m_thai = false;
};

class AtlasController : public QObject {
    Q_OBJECT
    // layers::mapStyle() for the QML map: colours as colours, widths and opacities as numbers.
    Q_PROPERTY(QVariantMap style READ style CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(double loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList provinceParts READ provinceParts NOTIFY geometryChanged)
    Q_PROPERTY(QVariantList areaParts READ areaParts NOTIFY geometryChanged)
    Q_PROPERTY(QVariantList estateParts READ estateParts NOTIFY geometryChanged)
    // Per province / area / estate index: fill colour and whether the filter keeps it. Changing
    // these re-evaluates bindings only; the map items themselves are built once, at load.
    Q_PROPERTY(QVariantList provinceFills READ provinceFills NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList provinceSelected READ provinceSelected NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList areaVisible READ areaVisible NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList estateVisible READ estateVisible NOTIFY stylingChanged)
    Q_PROPERTY(int mapPartCount READ mapPartCount NOTIFY geometryChanged)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY labelsChanged)
    Q_PROPERTY(QVariantList stageLegend READ stageLegend NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList estateLegend READ estateLegend NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList factoryLegend READ factoryLegend NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY selectionChanged)
    Q_PROPERTY(QStringList provinceNames READ provinceNames NOTIFY loadedChanged)
    Q_PROPERTY(QStringList regionNames READ regionNames NOTIFY languageChanged)
    Q_PROPERTY(int firstYear READ firstYear NOTIFY loadedChanged)
    Q_PROPERTY(int lastYear READ lastYear NOTIFY loadedChanged)
    Q_PROPERTY(QObject* areaTable READ areaTable CONSTANT)
    Q_PROPERTY(int selectedArea READ selectedArea WRITE setSelectedArea NOTIFY selectedAreaChanged)
    Q_PROPERTY(QVariantMap identified READ identified NOTIFY identifiedChanged)
    Q_PROPERTY(
        bool shadeProvinces READ shadeProvinces WRITE setShadeProvinces NOTIFY stylingChanged)
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
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportProgressChanged)

  public:
    explicit AtlasController(QObject* parent = nullptr);
    ~AtlasController() override;

    // Starts loading in the background; `mappingFile` (optional) loads the user's own files.
    void load(const QString& datasetPath, const QString& mappingFile = {});
    // Sets the filter from CLI-style flags (--province ...); returns false with errorText set.
    bool setFilterFromFlags(const QVariantMap& flags);
    void attachFactoryLayer(FactoryLayer* layer);
    void attachCountryLayer(CountryLayer* layer);

    bool loaded() const { return m_atlas != nullptr; }
    double loadProgress() const { return m_loadProgress; }
    QString statusText() const { return m_statusText; }
    QString errorText() const { return m_errorText; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QVariantList provinceParts() const { return m_provinceParts; }
    QVariantList areaParts() const { return m_areaParts; }
    QVariantList estateParts() const { return m_estateParts; }
    QVariantList labels() const { return m_labels; }
    QVariantList provinceFills() const { return m_provinceFills; }
    QVariantList provinceSelected() const { return m_provinceSelected; }
    QVariantList areaVisible() const { return m_areaVisible; }
    QVariantList estateVisible() const { return m_estateVisible; }
    // All polygon parts the map builds items for (countries, provinces, areas, estates).
    int mapPartCount() const;
    QVariantList stageLegend() const;
    QVariantMap filterState() const;
    static QVariantMap style();
    QVariantList estateLegend() const;
    QVariantList factoryLegend() const;
    QVariantMap counts() const;
    QStringList provinceNames() const;
    QStringList regionNames() const;
    int firstYear() const;
    int lastYear() const;
    QObject* areaTable() { return &m_areaTable; }
    int selectedArea() const { return m_selectedArea; }
    void setSelectedArea(int area);
    QVariantMap identified() const { return m_identified; }
    bool shadeProvinces() const { return m_shadeProvinces; }
    void setShadeProvinces(bool on);
    bool showGreenIndustry() const { return m_toggles.greenIndustry; }
    void setShowGreenIndustry(bool on);
    bool showEcoFactory() const { return m_toggles.ecoFactory; }
    void setShowEcoFactory(bool on);
    bool showCsrDiw() const { return m_toggles.csrDiw; }
    void setShowCsrDiw(bool on);
    QString filterSummary() const;
    bool exporting() const { return m_exporting; }
    double exportProgress() const { return m_exportProgress; }

    const layers::Atlas* atlas() const { return m_atlas.get(); }
    const layers::Selection& selection() const { return m_selection; }

    // --- the side panel's filter (each re-applies) -------------------------------------------
    Q_INVOKABLE void setProvinceFilter(const QStringList& provinces);
    Q_INVOKABLE void setRegionFilter(const QString& region);  // "" = all
    Q_INVOKABLE void setPhaseFilter(int phase);               // 0 = all
    Q_INVOKABLE void setStageFilter(int minStage, int maxStage);
    Q_INVOKABLE void setCertificationFilter(const QString& type, int minLevel,
                                            int maxLevel);        // "" = any
    Q_INVOKABLE void setYearFilter(int firstYear, int lastYear);  // 0, 0 = all years
    Q_INVOKABLE void clearFilter();

    // What is at (lon, lat): a factory within `radiusPixels` at `zoom`, else an estate, an area,
    // a province. Sets `identified` and returns it ({} when nothing).
    Q_INVOKABLE QVariantMap identify(double lon, double lat, double zoom, double radiusPixels = 6);
    // Hover: which area/province is under the cursor (-1 none), cheap.
    Q_INVOKABLE QVariantMap hoverAt(double lon, double lat);
    // A province, region or area from Thai or English text or an ISO code: {found, label,
    // west, south, east, north}.
    Q_INVOKABLE QVariantMap search(const QString& text) const;
    Q_INVOKABLE QStringList searchSuggestions(const QString& prefix) const;
    // Recomputes which labels show at this zoom (no overlaps) for a view of this size.
    Q_INVOKABLE void updateLabels(double zoom, double centerLon, double centerLat, double width,
                                  double height);
    // Exports the current selection of one layer; runs in the background, emits exportFinished.
    Q_INVOKABLE void exportSelection(const QString& layer, const QString& format,
                                     const QString& crs, const QString& path, bool overwrite);
    Q_INVOKABLE QStringList exportFormats() const;
    Q_INVOKABLE QString fileUrlToPath(const QString& url) const;
    Q_INVOKABLE void openUserFiles(const QString& mappingFile);

  signals:
    void loadedChanged();
    void loadProgressChanged();
    void statusTextChanged();
    void errorTextChanged();
    void languageChanged();
    void geometryChanged();
    void stylingChanged();
    void selectionChanged();
    void labelsChanged();
    void selectedAreaChanged();
    void identifiedChanged();
    void exportingChanged();
    void exportProgressChanged();
    void exportFinished(bool ok, const QString& message);
    void loadFailed(const QString& message);
    // The first frame with everything drawn can be taken (screenshot mode).
    void ready();

  private:
    void applyFilter();
    void rebuildGeometry();
    void rebuildStyling();
    void setStatus(const QString& text);
    void setError(const QString& text);
    QString nameOf(const std::string& en, const std::string& th) const;
    static geo::ProgressCallback progressForwarder(QPointer<AtlasController> self,
                                                   double AtlasController::*member,
                                                   void (AtlasController::*changed)());
    void finishLoad(std::shared_ptr<layers::Atlas> atlas,
                    std::shared_ptr<const CountryMesh> countries, QString error);

    std::shared_ptr<layers::Atlas> m_atlas;
    layers::Filter m_filter;
    layers::Selection m_selection;
    layers::Statistics m_stats;
    FactoryPoints m_points;
    FactorySymbolToggles m_toggles;
    QPointer<FactoryLayer> m_factoryLayer;
    QPointer<CountryLayer> m_countryLayer;
    std::shared_ptr<const CountryMesh> m_countryMesh;  // built with the atlas, on the loader
    AreaTableModel m_areaTable;
    QVariantList m_provinceParts, m_areaParts, m_estateParts, m_labels;
    QVariantList m_provinceFills, m_provinceSelected, m_areaVisible, m_estateVisible;
    QVariantMap m_identified;
    QString m_statusText, m_errorText;
    QString m_language = QStringLiteral("en");
    double m_loadProgress = 0;
    int m_selectedArea = -1;
    bool m_shadeProvinces = false;
    bool m_exporting = false;
    double m_exportProgress = 0;
    QFutureWatcher<QString>* m_exportWatcher = nullptr;
    std::vector<std::int64_t> m_factoriesPerProvince;
};

}  // namespace ecotown::gui
