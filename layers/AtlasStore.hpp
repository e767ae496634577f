#pragma once
// Where the atlas lives and where new records go: a GeoPackage on one desk, or a PostgreSQL +
// PostGIS database that every office shares. Both hold the same tables (docs/DATASET.md); the
// history tables (stage_assessments, estate_assessments, certificates) only ever grow: a
// correction is a newer record. Each record keeps who made it (the database user, or the OS
// user for a GeoPackage) and when.
//
// On PostgreSQL the schema (default `ecotown`) is created and upgraded by numbered migrations
// (table `schema_migrations`); `publishAtlas` loads a whole atlas in one transaction. Access is
// the database's own: roles `ecotown_reader` (read) and `ecotown_editor` (append history), and
// row-level security limiting an editor listed in `editor_regions` to the provinces of its
// regions.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Progress.hpp"
#include "geo/Sql.hpp"
#include "layers/Atlas.hpp"
#include "layers/Changes.hpp"
#include "layers/DataLocation.hpp"
#include "layers/FactorySummary.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::layers {

// The newest schema version this program knows (the number of migrations).
int latestSchemaVersion();

// Applies the migrations above the database's version, up to `upTo`, inside the caller's
// transaction. Returns the version before. Throws InputError when the database is newer than
// the program.
int migrateSchema(geo::SqlConnection& db, const std::string& schema, int upTo);
// The schema's version: 0 when it has no migrations table.
int schemaVersion(geo::SqlConnection& db, const std::string& schema);

struct PublishOptions {
    std::string schema = kDefaultSchema;
    int upToVersion = 0;  // 0 = latest; tests publish an older release's schema
    geo::ProgressCallback progress;
};

struct PublishSummary {
    int versionBefore = 0;
    int versionAfter = 0;
    std::int64_t provinces = 0, countries = 0, areas = 0, estates = 0, factories = 0;
    std::int64_t certificatesAdded = 0, stageAssessmentsAdded = 0, estateAssessmentsAdded = 0;
    std::int64_t revocationsAdded = 0;
};

// Publishes the atlas dataset `from` (a GeoPackage in the bundled schema) to the PostgreSQL
// database `to`: creates or upgrades the schema and the roles, replaces the reference layers
// (provinces, countries, areas, estates, factories) and adds the history records the database
// does not have yet, all in one transaction; then ANALYZE. Running it twice changes nothing.
PublishSummary publishAtlas(const std::string& from, const std::string& to,
                            const PublishOptions& options = {});

// A stage assessment to record.
struct StageRecord {
    std::string areaId;
    int fiscalYear = 0;
    int stage = 0;
    std::string note;
};

// A certificate to record (one line of an import).
struct CertificateRecord {
    std::string factoryId;
    CertificationType type = CertificationType::GreenIndustry;
    int level = 0;  // 1-5 for Green Industry, 0 otherwise
    int fiscalYear = 0;
    std::string note;
};

// A revocation to record: the certificate no longer counts from `fiscalYear` on (a view as of an
// earlier year still counts it). The certificate's own record is kept as it is.
struct RevocationRecord {
    std::string certId;
    int fiscalYear = 0;
    std::string note;
};

// One certificate of a factory as the store holds it, for choosing one to revoke.
struct StoredCertificate {
    std::string certId;
    CertificationType type = CertificationType::GreenIndustry;
    int level = 0;
    int fiscalYear = 0;
    int revokedFrom = 0;  // 0 = in force
};

// The fiscal year (Thai, October to September) a date falls in: 2024-10-01 is in FY2025.
int currentFiscalYear();

// What a database answers without sending its factories: the window's view of millions of them
// (the factories stay on the server; the client holds the small layers, counts and map cells,
// and the factories of the view it shows at street zoom). Each call uses the store's one
// connection: one thread at a time.
class ServerQueries {
  public:
    virtual ~ServerQueries() = default;
    // The planner's estimate of the factories (pg_class.reltuples, after ANALYZE): no scan.
    virtual std::int64_t factoryEstimate() const = 0;
    // The atlas without its factories, with the fiscal years of all the certificates (and of
    // the revocations) as the whole atlas would have them.
    virtual Atlas places(const AtlasLoadOptions& options = {}) const = 0;
    // Statistics of the filter over `places` (already viewed as of the filter's year,
    // Atlas::applyAsOf): the factories counted by the server, from publish's counts when the
    // filter allows, else by a GROUP BY.
    virtual Statistics statistics(const Atlas& places, const Filter& filter, GroupBy by) const = 0;
    // The map cells of `zoom` holding the filter's places' factories (layers/FactorySummary.hpp).
    virtual std::vector<DensityCell> cells(const Atlas& places, const Filter& filter, int zoom,
                                           const std::optional<geo::Extent>& view) const = 0;
    // The certificate part of "what changed" (layers/Changes.hpp) between the ends of fiscal
    // years `from` and `to` for the place part of `filter`, as certificateChangesOf gives it (a
    // group per province of `places`, then one for outside every province). From publish's
    // counts and the certificates recorded since. UsageError for a filter with certification
    // rules: those need the factories themselves.
    virtual std::vector<CertificateChanges> certificateChanges(const Atlas& places,
                                                               const Filter& filter, int from,
                                                               int to) const = 0;
    // A copy of `places` with the factories publish placed in the filter's places and box (the
    // GiST index), with their certificates, joined to the polygons.
    virtual Atlas placed(const Atlas& places, const Filter& filter,
                         const AtlasLoadOptions& options = {}) const = 0;
};

class AtlasStore {
  public:
    virtual ~AtlasStore() = default;

    // A GeoPackage path or a PG: connection. Nothing is read until asked.
    static std::unique_ptr<AtlasStore> open(const std::string& source);

    // The source for messages and titles (password masked).
    virtual const std::string& source() const = 0;
    virtual bool isShared() const = 0;  // a database server
    // The atlas (as readBundledAtlas reads it).
    virtual Atlas load(const AtlasLoadOptions& options = {}) const = 0;
    // Who records: the database user, or the OS user.
    virtual std::string recorder() = 0;

    // Statistics for a filter. A database counts the factories itself (GROUP BY, the filter as
    // bound parameters) and sends counts, never the factories; a GeoPackage is counted in memory.
    // `unmatchedProvinces` gets the filter's province values that name no province.
    virtual Statistics statistics(const Filter& filter, GroupBy by,
                                  std::vector<std::string>& unmatchedProvinces) const = 0;

    // Appends one assessment. Throws InputError for an unknown area or a stage outside 1-5,
    // geo::DatabaseError ("permission denied: ...", "read-only server ...") when the database
    // refuses.
    virtual void recordStage(const StageRecord& record) = 0;
    // Appends every record in one transaction (all or none). The records are checked by the
    // caller against the atlas (checkCertificateRecords).
    virtual void addCertificates(const std::vector<CertificateRecord>& records) = 0;
    // Appends a revocation (table certificate_revocations). Throws InputError for an unknown
    // certificate, one already revoked, or a year before its grant or after the current one;
    // geo::DatabaseError when the database refuses (an editor outside the factory's region).
    virtual void revokeCertificate(const RevocationRecord& record) = 0;
    // The certificates of factory `factoryId`, by fiscal year.
    virtual std::vector<StoredCertificate> certificatesOf(const std::string& factoryId) = 0;
    // A database's queries for a view of its factories without reading them; nullptr for a
    // GeoPackage (one person's file is read whole).
    virtual ServerQueries* server() { return nullptr; }
};

// What is wrong with adding `record` to `atlas` (an unknown factory or level, a year outside
// 2000 to the current one, a certificate the factory already holds); empty when nothing is.
std::string certificateRecordProblem(const Atlas& atlas, const CertificateRecord& record);

// One bad line of a certificate import.
struct ImportProblem {
    int line = 0;
    std::string message;
};

// A year's certificate list as CSV (header: factory_id, cert_type, level, fiscal_year and
// optionally province, note; fiscal years C.E. or B.E.) checked against `atlas`: an unknown
// factory, province or level, a year in the future, a duplicate of an existing certificate or
// of an earlier line are problems. Returns the good records; `problems` gets one entry per bad
// line. Throws InputError when the file cannot be read or has no such header.
std::vector<CertificateRecord> readCertificateImport(const std::string& path, const Atlas& atlas,
                                                     std::vector<ImportProblem>& problems);

}  // namespace ecotown::layers
