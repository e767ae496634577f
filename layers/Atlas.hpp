#pragma once
// The atlas in memory: provinces, the countries around Thailand, eco-town areas, IEAT estates,
// factories and their certificates. Loaded from the bundled GeoPackage (docs/DATASET.md) or, layer
// by layer, from a user's own files through a mapping (layers/Mapping.hpp). All coordinates are
// WGS 84 longitude/latitude. Each factory's province, area and estate come from its geometry
// (a point-in-polygon join at load), never from a declared attribute.
//
// Factories are stored in columns (struct of vectors) so that a million of them filter and count
// in well under a second without a heap allocation per factory.

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Error.hpp"
#include "geo/Feature.hpp"
#include "geo/Geometry.hpp"
#include "geo/Progress.hpp"
#include "layers/Domain.hpp"
#include "layers/History.hpp"
#include "layers/ProvinceMatcher.hpp"

namespace ecotown::layers {

// Index into one of the Atlas vectors; kNoIndex = none (outside every polygon, unmatched...).
inline constexpr std::int32_t kNoIndex = -1;

struct Province {
    std::string code;  // ISO 3166-2, "TH-20"
    int number = 0;    // 20
    std::string nameEn;
    std::string nameTh;
    Region region = Region::Central;
    std::string neName;   // Natural Earth name
    std::string fips;     // Natural Earth FIPS code, "TH46"
    geo::Geometry shape;  // MultiPolygon
    geo::Extent extent;
    geo::XY labelPoint;  // inside the polygon
};

// A neighbouring country, for the map background only.
struct Country {
    std::string name;
    std::string isoA2;
    geo::Geometry shape;
    geo::Extent extent;
};

// A DIW eco-industrial town target area (เมืองอุตสาหกรรมเชิงนิเวศ).
struct EcoTownArea {
    std::string id;  // "ETA-01"
    std::string nameEn;
    std::string nameTh;
    std::int32_t province = kNoIndex;       // index into Atlas::provinces()
    int phase = 0;                          // 1-3; 0 = unknown
    int yearDesignated = 0;                 // CE; 0 = unknown
    std::string scope;                      // province, district, subdistrict, zone
    std::optional<DevelopmentStage> stage;  // nullopt: the source's value was missing or invalid
    std::string status;                     // confirmed, partial, illustrative
    std::string source;
    bool approximate = false;  // the polygon is a circle around a reference point
    geo::Geometry shape;       // MultiPolygon
    geo::Extent extent;
    geo::XY labelPoint;
};

// An IEAT industrial estate (นิคมอุตสาหกรรม) and its eco-industrial-estate level.
struct IndustrialEstate {
    std::string id;
    std::string nameEn;
    std::string nameTh;
    std::int32_t province = kNoIndex;  // index into Atlas::provinces()
    std::int32_t area = kNoIndex;      // the eco-town area its label point lies in
    std::optional<double> areaRai;     // 1 rai = 1,600 m²
    std::string areaRaiStatus;
    std::optional<IeatEcoLevel> ieatLevel;
    int ieatLevelYear = 0;  // CE; 0 = none
    std::string status;
    std::string source;
    bool approximate = true;
    geo::Geometry shape;  // MultiPolygon
    geo::Extent extent;
    geo::XY labelPoint;
};

enum class CertificationType : std::uint8_t { GreenIndustry = 0, EcoFactory = 1, CsrDiw = 2 };
inline constexpr int kCertificationTypeCount = 3;
std::string_view certificationTypeId(CertificationType type);  // "gi", "eco-factory", "csr-diw"
const BilingualName& certificationTypeName(CertificationType type);
// "gi", "green industry", "eco-factory", "eco factory", "csr-diw", "csr"... (case-free)
std::optional<CertificationType> certificationTypeFromText(std::string_view text);

// Many short strings in one buffer: one allocation for a million factory ids.
class TextColumn {
  public:
    void push_back(std::string_view text);
    std::string_view operator[](std::size_t i) const {
        const std::uint64_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_text).substr(begin, m_ends[i] - begin);
    }
    std::size_t size() const { return m_ends.size(); }
    bool empty() const { return m_ends.empty(); }
    void reserve(std::size_t count, std::size_t bytes);
    void clear();

  private:
    std::string m_text;
    std::vector<std::uint64_t> m_ends;
};

// Factories in columns: row i of every vector is factory i.
struct FactoryTable {
    TextColumn id;                  // "F0000001"
    TextColumn nameTh;              // empty column when names were not loaded
    std::vector<double> lon, lat;   // NaN when the feature had no point geometry
    std::vector<std::int64_t> fid;  // source feature id, for messages
    // From geometry (Atlas::joinFactories): kNoIndex when outside every polygon.
    std::vector<std::int16_t> province;
    std::vector<std::int32_t> area;
    std::vector<std::int32_t> estate;
    // From the source's attribute; kNoIndex when absent or unmatched.
    std::vector<std::int16_t> declaredProvince;
    // Certificates of factory i are Atlas::certificates() rows [certBegin[i], certBegin[i + 1]).
    std::vector<std::uint32_t> certBegin;

    std::size_t size() const { return lon.size(); }
};

// Certificates in columns, sorted by factory, then fiscal year, then type and level.
struct CertificateTable {
    std::vector<std::int32_t> factory;  // index into FactoryTable
    std::vector<CertificationType> type;
    std::vector<std::uint8_t> level;       // 1-5 for Green Industry, 0 otherwise
    std::vector<std::int16_t> fiscalYear;  // CE (Thai fiscal year Oct-Sep)
    // The fiscal year from which the certificate is revoked (certificate_revocations); 0 = in
    // force. Empty when nothing is revoked.
    std::vector<std::int16_t> revokedFrom;

    std::size_t size() const { return factory.size(); }
    // Granted by the end of `year` and not revoked by then.
    bool inForce(std::size_t k, int year) const {
        return fiscalYear[k] <= year &&
               (revokedFrom.empty() || revokedFrom[k] == 0 || revokedFrom[k] > year);
    }
    bool revokedBy(std::size_t k, int year) const {
        return !revokedFrom.empty() && revokedFrom[k] != 0 && revokedFrom[k] <= year;
    }
};

// What one factory holds as of a year.
struct FactoryStatus {
    int giLevel = 0;  // highest Green Industry level granted up to the year; 0 = none
    int giYear = 0;   // fiscal year that level was first granted; 0 = none
    bool ecoFactory = false;
    bool csrDiw = false;
};

// The atlas layers, for saying what a load issue is about.
enum class AtlasLayer : std::uint8_t { Provinces, Countries, Areas, Estates, Factories };

// Something in the input the user should know about; loading went on. One line each.
struct LoadIssue {
    enum class Kind : std::uint8_t {
        UnmatchedValue,    // a province/estate/level value matches nothing (kept as null)
        InvalidValue,      // a value of the wrong kind ("abc" as a year)
        ProvinceMismatch,  // declared province differs from the one containing the geometry
        MissingGeometry,   // no usable geometry: the feature cannot be placed
        UnknownFactory,    // a certificate names a factory that does not exist
    };
    Kind kind = Kind::UnmatchedValue;
    std::string file;
    std::string layer;
    std::string featureId;  // the feature's id value, else "fid N"
    std::string field;
    std::string value;
    std::string message;
    AtlasLayer about = AtlasLayer::Factories;  // certificates count as factories
    // "<file>: layer <layer>: feature <id>: field <field>: value '<value>': <message>"
    std::string toString() const;
};

struct AtlasLoadOptions {
    bool factoryNames = true;  // read factory Thai names (export and GUI need them, stats does not)
    // false: no factories nor certificates (a database counts them where they are)
    bool factories = true;
    unsigned threads = 0;  // for the spatial join; 0 = hardware concurrency
    geo::ProgressCallback progress;
};

class Atlas {
  public:
    Atlas();

    const std::string& source() const { return m_source; }
    const std::vector<Province>& provinces() const { return m_provinces; }
    const std::vector<Country>& countries() const { return m_countries; }
    const std::vector<EcoTownArea>& areas() const { return m_areas; }
    const std::vector<IndustrialEstate>& estates() const { return m_estates; }
    const FactoryTable& factories() const { return m_factories; }
    const CertificateTable& certificates() const { return m_certificates; }
    const std::vector<LoadIssue>& issues() const { return m_issues; }
    const ProvinceMatcher& provinceMatcher() const { return m_matcher; }

    // Province by any spelling ProvinceMatcher accepts; nullopt when none.
    std::optional<std::size_t> findProvince(std::string_view text) const;
    std::optional<std::size_t> findArea(std::string_view id) const;
    std::optional<std::size_t> findEstate(std::string_view id) const;
    std::optional<std::size_t> findFactory(
        std::string_view id) const;  // a scan: for identify, not loops

    // Highest Green Industry level granted to factory `factory` in fiscal years <= `year`; 0 =
    // none.
    int giLevelAsOf(std::size_t factory, int year) const;
    // Everything the factory holds as of `year` (certificates with fiscal year <= year).
    FactoryStatus statusAsOf(std::size_t factory, int year) const;
    // First and last fiscal year of any certificate (0, 0 when there are none); the last counts
    // the years of revocations too, so that the latest view leaves a revoked certificate out.
    int firstCertificateYear() const { return m_firstYear; }
    int lastCertificateYear() const { return m_lastYear; }

    // --- history (layers/History.hpp) ----------------------------------------------------------
    // Sorted by area (estate), fiscal year and recordedAt; empty when the source has none.
    const std::vector<StageAssessment>& stageHistory() const { return m_stageHistory; }
    const std::vector<EstateAssessment>& estateHistory() const { return m_estateHistory; }
    // The stage of area `area` as of fiscal year `year` (the record in force of the greatest
    // fiscal year <= year); nullopt when it had not been assessed by then.
    std::optional<DevelopmentStage> stageAsOf(std::size_t area, int year) const;
    std::optional<IeatEcoLevel> ieatLevelAsOf(std::size_t estate, int year) const;
    // The record behind stageAsOf (nullptr: none), for who recorded it and when.
    const StageAssessment* stageRecordAsOf(std::size_t area, int year) const;
    const EstateAssessment* estateRecordAsOf(std::size_t estate, int year) const;
    // Views the whole atlas as of fiscal year `year`: every area's `stage` and every estate's
    // `ieatLevel`/`ieatLevelYear` become their values as of that year, so that filters,
    // statistics, export and maps follow. nullopt = the latest: the latest record in force, or
    // the snapshot's value for an area (estate) without records. Without any history the stages
    // (levels) stay as loaded. Can be called again with another year.
    void applyAsOf(std::optional<int> year);
    std::optional<int> asOf() const { return m_asOf; }
    // The province, area or estate whose polygon holds `p` (boundary inside; where polygons
    // overlap, the first in the atlas's order), through the polygon indexes the join built:
    // about a microsecond. kNoIndex when none does, or before joinFactories(). Thread-safe.
    std::int32_t provinceAt(geo::XY p) const;
    std::int32_t areaAt(geo::XY p) const;
    std::int32_t estateAt(geo::XY p) const;

    // --- assembly, for loaders (Mapping) and tests -------------------------------------------
    // Replace a layer; province indices must refer to provinces(). Call joinFactories() after
    // changing provinces, areas, estates or factories.
    void setProvinces(std::vector<Province> provinces);
    void setCountries(std::vector<Country> countries);
    void setAreas(std::vector<EcoTownArea> areas);
    void setEstates(std::vector<IndustrialEstate> estates);
    // Histories of the current areas (estates): records naming no area are dropped; the areas'
    // (estates') current values are kept as the snapshot and replaced by the latest record in
    // force. setAreas (setEstates) forgets the history, which named the areas replaced.
    void setStageHistory(std::vector<StageAssessment> history);
    void setEstateHistory(std::vector<EstateAssessment> history);
    // Factories with id/name/lon/lat/fid/declaredProvince filled; certificates with factory,
    // type, level and fiscal year in any order (they are sorted here; rows naming no factory
    // are dropped). `file`, `layer` and `provinceField` (the declared province's field) name the
    // factories' source in issues.
    void setFactories(FactoryTable factories, CertificateTable certificates, std::string file = {},
                      std::string layer = {}, std::string provinceField = "province_code");
    // Spatial join (PolygonIndex::locateAll): each factory's province, area and estate, each
    // estate's area; reports declared-province mismatches as issues.
    void joinFactories(unsigned threads = 0, const geo::ProgressCallback& progress = {});
    void addIssue(LoadIssue issue) { m_issues.push_back(std::move(issue)); }
    // Forgets the issues about a layer (its source is being replaced).
    void clearIssues(AtlasLayer about);
    void setSource(std::string source) { m_source = std::move(source); }
    // The certificates' year span when they are not loaded (a database's atlas).
    void setCertificateYears(int first, int last) {
        m_firstYear = first;
        m_lastYear = last;
    }

    // The point-in-polygon indexes of the current provinces, areas and estates, and the join
    // with indexes built before (a reader builds them on another thread while it reads the
    // factories); joinFactories() builds its own. The atlas keeps them for provinceAt & co.
    struct Locators;
    static std::shared_ptr<const Locators> buildLocators(const Atlas& atlas);
    void joinWith(std::shared_ptr<const Locators> locators, unsigned threads,
                  const geo::ProgressCallback& progress = {});

  private:
    void rebuildMatcher();
    void rebuildCertificateIndex();

    std::string m_source;
    std::vector<Province> m_provinces;
    std::vector<Country> m_countries;
    std::vector<EcoTownArea> m_areas;
    std::vector<IndustrialEstate> m_estates;
    FactoryTable m_factories;
    CertificateTable m_certificates;
    std::vector<LoadIssue> m_issues;
    std::string m_factoriesFile;
    std::string m_factoriesLayer;
    std::string m_factoriesProvinceField;
    ProvinceMatcher m_matcher;
    int m_firstYear = 0;
    int m_lastYear = 0;
    std::vector<StageAssessment> m_stageHistory;
    std::vector<EstateAssessment> m_estateHistory;
    // The values the areas and estates had when their history was set (for applyAsOf(nullopt)).
    std::vector<std::optional<DevelopmentStage>> m_snapshotStages;
    std::vector<std::pair<std::optional<IeatEcoLevel>, int>> m_snapshotLevels;
    std::optional<int> m_asOf;
    // Kept from the last join for provinceAt/areaAt/estateAt; dropped when a layer is replaced.
    // Shared (immutable) between copies of the atlas.
    std::shared_ptr<const Locators> m_locators;
};

// --- helpers shared by the loaders (Atlas, Mapping) and useful to the GUI -------------------

// A label point: a point on the polygon's surface (GEOS), or the extent centre when the shape
// is empty or GEOS cannot handle it.
geo::XY labelPointOf(const geo::Geometry& shape);
// Where a factory stands: the first coordinate of a point or multipoint geometry; NaN, NaN when
// the geometry is of another type, empty, or its coordinate is not finite.
geo::XY pointLocationOf(const geo::Geometry& shape);
// Text without the spaces and tabs around it (and the '\r' a CRLF line leaves at its end).
std::string_view trimBlanks(std::string_view s);
// A field value as text: "" for null, integers and reals printed independently of the locale.
std::string fieldText(const geo::FieldValue& value);
// A field value as an integer: integers, integral reals and integer text ("20", " 20 ", "20.0");
// nullopt for null or anything else.
std::optional<std::int64_t> fieldInteger(const geo::FieldValue& value);
// A field value as a real: numbers and numeric text ("1383", "660.56"); nullopt otherwise.
std::optional<double> fieldReal(const geo::FieldValue& value);

}  // namespace ecotown::layers
