#include "layers/AtlasStore.hpp"
#include "layers/AtlasReader.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <variant>

#include "geo/Dataset.hpp"
#include "layers/DataLocation.hpp"
#include "layers/FactorySummary.hpp"
#include "layers/PlacedFactories.hpp"

namespace ecotown::layers {
namespace {

// ----- migrations -----------------------------------------------------------------------------
// Each is applied once, in order, in the publishing transaction; `{s}` is the quoted schema.
// A released migration is never edited: a change is a new one.
const char* const kMigrations[] = {
    // 1: the atlas's layers, as in the bundled GeoPackage (docs/DATASET.md).
    R"SQL(
CREATE TABLE {s}.provinces (
  fid bigserial PRIMARY KEY, province_code text NOT NULL UNIQUE, province_num integer,
  name_en text, name_th text, region text NOT NULL, ne_name text, fips text,
  geom geometry(MultiPolygon, 4326));
CREATE TABLE {s}.countries (
  fid bigserial PRIMARY KEY, name text, iso_a2 text, geom geometry(MultiPolygon, 4326));
CREATE TABLE {s}.areas (
  fid bigserial PRIMARY KEY, area_id text NOT NULL UNIQUE, name_en text, name_th text,
  province_code text, phase integer, year_designated integer, scope text, stage integer,
  status text, source text, approximate integer, geom geometry(MultiPolygon, 4326));
CREATE TABLE {s}.estates (
  fid bigserial PRIMARY KEY, estate_id text NOT NULL UNIQUE, name_en text, name_th text,
  province_code text, area_rai double precision, area_rai_status text, ieat_level text,
  ieat_level_year integer, status text, source text, approximate integer,
  geom geometry(MultiPolygon, 4326));
CREATE TABLE {s}.factories (
  fid bigserial PRIMARY KEY, factory_id text NOT NULL UNIQUE, name_th text, province_code text,
  estate_id text, gi_level integer, gi_year integer, eco_factory integer, csr_diw integer,
  synthetic integer, geom geometry(Point, 4326),
  -- where the spatial join placed it (by geometry, not the declared province_code)
  in_province text, in_area text, in_estate text);
CREATE TABLE {s}.certificates (
  fid bigserial PRIMARY KEY, cert_id text NOT NULL UNIQUE DEFAULT ('REC-' || gen_random_uuid()),
  factory_id text NOT NULL, cert_type text NOT NULL, level integer,
  fiscal_year integer NOT NULL, fiscal_year_be integer, synthetic integer DEFAULT 0);
CREATE INDEX ON {s}.provinces USING gist (geom);
CREATE INDEX ON {s}.countries USING gist (geom);
CREATE INDEX ON {s}.areas USING gist (geom);
CREATE INDEX ON {s}.estates USING gist (geom);
CREATE INDEX ON {s}.factories USING gist (geom);
CREATE INDEX ON {s}.factories (in_province);
CREATE INDEX ON {s}.factories (in_area);
CREATE INDEX ON {s}.certificates (factory_id);
CREATE INDEX ON {s}.certificates (fiscal_year);
)SQL",
    // 2: history kept as records (who, when), and the roles that read and append it.
    R"SQL(
-- The certificates published before keep no who/when (NULL: from the published source).
ALTER TABLE {s}.certificates ADD COLUMN note text, ADD COLUMN recorded_by text,
  ADD COLUMN recorded_at text;
ALTER TABLE {s}.certificates ALTER COLUMN recorded_by SET DEFAULT current_user,
  ALTER COLUMN recorded_at SET DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                               'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
CREATE TABLE {s}.stage_assessments (
  fid bigserial PRIMARY KEY, area_id text NOT NULL,
  fiscal_year integer NOT NULL, stage integer NOT NULL CHECK (stage BETWEEN 1 AND 5), note text,
  recorded_by text DEFAULT current_user,
  recorded_at text DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                   'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  status text DEFAULT 'recorded', source text);
CREATE TABLE {s}.estate_assessments (
  fid bigserial PRIMARY KEY, estate_id text NOT NULL, fiscal_year integer NOT NULL,
  ieat_level text NOT NULL, note text,
  recorded_by text DEFAULT current_user,
  recorded_at text DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                   'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  status text DEFAULT 'recorded', source text);
CREATE INDEX ON {s}.stage_assessments (area_id, fiscal_year);
CREATE INDEX ON {s}.estate_assessments (estate_id, fiscal_year);
-- An editor listed here may record only in these regions; an editor not listed, everywhere.
CREATE TABLE {s}.editor_regions (
  role_name name NOT NULL, region text NOT NULL, PRIMARY KEY (role_name, region));

-- Roles belong to the cluster: two schemas published at once may both find them missing, and
-- the second CREATE then fails (duplicate_object, or unique_violation in the catalogue).
DO $roles$ BEGIN
  BEGIN
    CREATE ROLE ecotown_reader NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE ecotown_editor NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END $roles$;
GRANT ecotown_reader TO ecotown_editor;
GRANT USAGE ON SCHEMA {s} TO ecotown_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO ecotown_reader;
-- Editors append history; who and when are the server's (no column privilege to set them).
GRANT INSERT (area_id, fiscal_year, stage, note) ON {s}.stage_assessments TO ecotown_editor;
GRANT INSERT (estate_id, fiscal_year, ieat_level, note) ON {s}.estate_assessments
  TO ecotown_editor;
GRANT INSERT (factory_id, cert_type, level, fiscal_year, fiscal_year_be, note)
  ON {s}.certificates TO ecotown_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO ecotown_editor;

CREATE FUNCTION {s}.may_edit_province(code text) RETURNS boolean
  LANGUAGE sql STABLE AS $f$
    SELECT NOT EXISTS (SELECT 1 FROM {s}.editor_regions WHERE role_name = current_user)
        OR EXISTS (SELECT 1 FROM {s}.editor_regions r JOIN {s}.provinces p ON p.region = r.region
                   WHERE r.role_name = current_user AND p.province_code = code) $f$;

ALTER TABLE {s}.stage_assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {s}.stage_assessments FOR SELECT USING (true);
CREATE POLICY edit_own_region ON {s}.stage_assessments FOR INSERT TO ecotown_editor
  WITH CHECK ({s}.may_edit_province(
    (SELECT a.province_code FROM {s}.areas a WHERE a.area_id = stage_assessments.area_id)));
ALTER TABLE {s}.estate_assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {s}.estate_assessments FOR SELECT USING (true);
CREATE POLICY edit_own_region ON {s}.estate_assessments FOR INSERT TO ecotown_editor
  WITH CHECK ({s}.may_edit_province(
    (SELECT e.province_code FROM {s}.estates e WHERE e.estate_id = estate_assessments.estate_id)));
ALTER TABLE {s}.certificates ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {s}.certificates FOR SELECT USING (true);
CREATE POLICY edit_own_region ON {s}.certificates FOR INSERT TO ecotown_editor
  WITH CHECK ({s}.may_edit_province(
    (SELECT f.province_code FROM {s}.factories f WHERE f.factory_id = certificates.factory_id)));
)SQL",
    // 3: certificate revocations, appended like every record; RLS by the factory's province.
    R"SQL(
CREATE TABLE {s}.certificate_revocations (
  fid bigserial PRIMARY KEY, cert_id text NOT NULL REFERENCES {s}.certificates (cert_id),
  fiscal_year integer NOT NULL, note text,
  recorded_by text DEFAULT current_user,
  recorded_at text DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                   'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
CREATE INDEX ON {s}.certificate_revocations (cert_id);
GRANT SELECT ON {s}.certificate_revocations TO ecotown_reader;
GRANT INSERT (cert_id, fiscal_year, note) ON {s}.certificate_revocations TO ecotown_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO ecotown_editor;
ALTER TABLE {s}.certificate_revocations ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {s}.certificate_revocations FOR SELECT USING (true);
CREATE POLICY edit_own_region ON {s}.certificate_revocations FOR INSERT TO ecotown_editor
  WITH CHECK ({s}.may_edit_province(
    (SELECT f.province_code FROM {s}.certificates c JOIN {s}.factories f
       ON f.factory_id = c.factory_id
     WHERE c.cert_id = certificate_revocations.cert_id)));
)SQL",
    // 4: at scale (millions of factories), counts kept by publish for the statistics
    // (layers/FactorySummary.hpp) and an index for each factory's certificates by fid.
    R"SQL(
CREATE TABLE {s}.factory_profiles (
  in_province text, in_area text, gi1 integer, gi2 integer, gi3 integer, gi4 integer,
  gi5 integer, eco integer, csr integer, factories bigint NOT NULL);
CREATE INDEX ON {s}.factory_profiles (in_province);
CREATE TABLE {s}.certificate_counts (
  in_province text, in_area text, cert_type text NOT NULL, level integer,
  fiscal_year integer NOT NULL, certificates bigint NOT NULL);
-- The certificates up to this fid are in the counts; later ones are added by the query.
CREATE TABLE {s}.summary_state (built_through bigint NOT NULL);
-- The factories by map cell (Web Mercator, zooms 4-8) and place; sx, sy: sums of their
-- positions in world units (0..1), for the cell's mean.
CREATE TABLE {s}.factory_cells (
  zoom smallint NOT NULL, gx bigint NOT NULL, gy bigint NOT NULL, in_province text,
  in_area text, factories bigint NOT NULL, sx double precision NOT NULL,
  sy double precision NOT NULL);
CREATE INDEX ON {s}.factory_cells (zoom, gx, gy);
GRANT SELECT ON {s}.factory_profiles, {s}.certificate_counts, {s}.summary_state,
  {s}.factory_cells TO ecotown_reader;
)SQL",
};

std::string replaceAll(std::string text, std::string_view what, std::string_view with) {
    for (std::size_t at = text.find(what); at != std::string::npos;
         at = text.find(what, at + with.size())) {
        text.replace(at, what.size(), with);
    }
    return text;
}

std::string osUser() {
    if (const passwd* pw = ::getpwuid(::geteuid()); pw != nullptr && pw->pw_name != nullptr)
        return pw->pw_name;
    return "uid " + std::to_string(::geteuid());
}

std::string utcNow() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()) %
                    std::chrono::seconds(1);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  static_cast<long>(us.count()));
    return buf;
}

// A certificate record's values, in the order both stores insert them: factory_id, cert_type,
// level, fiscal_year, fiscal_year_be, note.
std::vector<geo::SqlParam> certificateParams(const CertificateRecord& r) {
    return {r.factoryId,
            std::string(certificationTypeId(r.type)),
            r.type == CertificationType::GreenIndustry ? geo::sqlParam(std::int64_t{r.level})
                                                       : geo::SqlParam(),
            geo::sqlParam(std::int64_t{r.fiscalYear}),
            geo::sqlParam(std::int64_t{r.fiscalYear + 543}),
            r.note.empty() ? geo::SqlParam() : geo::SqlParam(r.note)};
}

std::vector<geo::SqlParam> withRecorder(std::vector<geo::SqlParam> params, const std::string& who,
                                        const std::string& when) {
    params.emplace_back(who);
    params.emplace_back(when);
    return params;
}

void checkStageRecord(const StageRecord& r, const std::string& source) {
    if (r.stage < 1 || r.stage > 5)
        throw UsageError(source, "--stage " + std::to_string(r.stage) + ": a stage is 1 to 5");
    const int now = currentFiscalYear();
    if (r.fiscalYear < 2000 || r.fiscalYear > now) {
        throw UsageError(source, "--year " + std::to_string(r.fiscalYear) +
                                     ": not a fiscal year from 2000 to the current one (" +
                                     std::to_string(now) + ")");
    }
}

// Checks a revocation against the certificate it names, in the caller's transaction:
// `certificates` and `revocations` are the tables (quoted, qualified); `revocations` empty when
// the store has none yet.
void checkRevocation(geo::SqlConnection& db, const std::string& certificates,
                     const std::string& revocations, const RevocationRecord& r,
                     const std::string& source) {
    const int now = currentFiscalYear();
    if (r.fiscalYear < 2000 || r.fiscalYear > now) {
        throw UsageError(source, "--year " + std::to_string(r.fiscalYear) +
                                     ": not a fiscal year from 2000 to the current one (" +
                                     std::to_string(now) + ")");
    }
    const geo::SqlRows cert = db.query(
        "SELECT factory_id, fiscal_year FROM " + certificates + " WHERE cert_id = $1", {r.certId});
    if (cert.empty())
        throw InputError(source, "no certificate '" + r.certId + "'");
    const int granted = static_cast<int>(cert.integer(0, 1).value_or(0));
    if (r.fiscalYear < granted) {
        throw InputError(source, "certificate " + r.certId + " of " + cert.text(0, 0) +
                                     " was granted in FY" + std::to_string(granted) +
                                     ": it cannot be revoked from FY" +
                                     std::to_string(r.fiscalYear));
    }
    if (revocations.empty())
        return;
    const geo::SqlRows already =
        db.query("SELECT min(fiscal_year) FROM " + revocations + " WHERE cert_id = $1", {r.certId});
    if (const auto y = already.integer(0, 0)) {
        throw InputError(
            source, "certificate " + r.certId + " is already revoked from FY" + std::to_string(*y));
    }
}

// A factory's certificates with the year each is revoked from (`revocations` empty: none).
std::vector<StoredCertificate> storedCertificates(geo::SqlConnection& db,
                                                  const std::string& certificates,
                                                  const std::string& revocations,
                                                  const std::string& factoryId) {
    const std::string revoked =
        revocations.empty()
            ? std::string("NULL")
            : "(SELECT min(r.fiscal_year) FROM " + revocations + " r WHERE r.cert_id = c.cert_id)";
    const geo::SqlRows rows = db.query("SELECT c.cert_id, c.cert_type, c.level, c.fiscal_year, " +
                                           revoked + " FROM " + certificates +
                                           " c WHERE c.factory_id = $1 ORDER BY c.fiscal_year, "
                                           "c.cert_type, c.level, c.cert_id",
                                       {factoryId});
    std::vector<StoredCertificate> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto type = certificationTypeFromText(rows.text(i, 1));
        if (!type)
            continue;
        auto year = static_cast<int>(rows.integer(i, 3).value_or(0));
        out.push_back({rows.text(i, 0), *type, static_cast<int>(rows.integer(i, 2).value_or(0)),
                       year >= 2400 ? year - 543 : year,
                       static_cast<int>(rows.integer(i, 4).value_or(0))});
    }
    return out;
}

// ----- the two stores -------------------------------------------------------------------------

class GeoPackageStore final : public AtlasStore {
  public:
    explicit GeoPackageStore(std::string path) : m_path(std::move(path)) {}
    const std::string& source() const override { return m_path; }
    bool isShared() const override { return false; }
    Atlas load(const AtlasLoadOptions& options) const override {
        return readBundledAtlas(m_path, options);
    }
    std::string recorder() override { return osUser(); }

    Statistics statistics(const Filter& filter, GroupBy by,
                          std::vector<std::string>& unmatched) const override {
        AtlasLoadOptions options;
        options.factoryNames = false;
        Atlas atlas = load(options);
        atlas.applyAsOf(filter.asOf);
        const Selection sel = select(atlas, filter);
        unmatched = sel.unmatchedProvinces;
        return computeStatistics(atlas, sel, by);
    }

    void recordStage(const StageRecord& record) override {
        checkStageRecord(record, m_path);
        auto db = geo::SqlConnection::openSqlite(m_path);
        geo::inTransaction(*db, [&] {
            if (db->query("SELECT 1 FROM areas WHERE area_id = $1", {record.areaId}).empty())
                throw InputError(m_path, "no eco-town area '" + record.areaId + "'");
            ensureHistoryTable(*db, "stage_assessments",
                               "area_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL, "
                               "stage INTEGER NOT NULL, note TEXT, recorded_by TEXT, "
                               "recorded_at TEXT, status TEXT, source TEXT");
            db->execute(
                "INSERT INTO stage_assessments (area_id, fiscal_year, stage, note, recorded_by, "
                "recorded_at, status, source) VALUES ($1, $2, $3, $4, $5, $6, 'recorded', $7)",
                {record.areaId, geo::sqlParam(std::int64_t{record.fiscalYear}),
                 geo::sqlParam(std::int64_t{record.stage}),
                 record.note.empty() ? geo::SqlParam() : geo::SqlParam(record.note), osUser(),
                 utcNow(), std::string("ecotown-cli record")});
        });
    }

    void addCertificates(const std::vector<CertificateRecord>& records) override {
        auto db = geo::SqlConnection::openSqlite(m_path);
        geo::inTransaction(*db, [&] {
            // The bundled table predates who/when: the columns are added once.
            const geo::SqlRows cols =
                db->query("SELECT name FROM pragma_table_info('certificates')");
            std::set<std::string> have;
            for (std::size_t i = 0; i < cols.size(); ++i)
                have.insert(cols.text(i, 0));
            if (have.empty())
                throw InputError(m_path,
                                 "no table 'certificates' (not an Eco-Town Atlas dataset?)");
            for (const char* c : {"note", "recorded_by", "recorded_at"}) {
                if (!have.count(c))
                    db->execute(std::string("ALTER TABLE certificates ADD COLUMN ") + c + " TEXT");
            }
            const std::string who = osUser();
            const std::string when = utcNow();
            for (const CertificateRecord& r : records) {
                db->execute(
                    "INSERT INTO certificates (cert_id, factory_id, cert_type, level, "
                    "fiscal_year, fiscal_year_be, synthetic, note, recorded_by, recorded_at) "
                    "VALUES ('REC-' || lower(hex(randomblob(16))), $1, $2, $3, $4, $5, 0, $6, "
                    "$7, $8)",
                    withRecorder(certificateParams(r), who, when));
            }
        });
    }

    void revokeCertificate(const RevocationRecord& record) override {
        auto db = geo::SqlConnection::openSqlite(m_path);
        geo::inTransaction(*db, [&] {
            const bool had = hasTable(*db, "certificate_revocations");
            checkRevocation(*db, "certificates", had ? "certificate_revocations" : "", record,
                            m_path);
            ensureHistoryTable(*db, "certificate_revocations",
                               "cert_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL, note TEXT, "
                               "recorded_by TEXT, recorded_at TEXT");
            db->execute(
                "INSERT INTO certificate_revocations (cert_id, fiscal_year, note, recorded_by, "
                "recorded_at) VALUES ($1, $2, $3, $4, $5)",
                {record.certId, geo::sqlParam(std::int64_t{record.fiscalYear}),
                 record.note.empty() ? geo::SqlParam() : geo::SqlParam(record.note), osUser(),
                 utcNow()});
        });
    }

    std::vector<StoredCertificate> certificatesOf(const std::string& factoryId) override {
        auto db = geo::SqlConnection::openSqlite(m_path);
        return storedCertificates(
            *db, "certificates",
            hasTable(*db, "certificate_revocations") ? "certificate_revocations" : "", factoryId);
    }

  private:
    static bool hasTable(geo::SqlConnection& db, const std::string& table) {
        return !db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1", {table})
                    .empty();
    }

    // A history table the file does not have yet, created and registered as GeoPackage
    // attributes so that GDAL and QGIS list it.
    static void ensureHistoryTable(geo::SqlConnection& db, const std::string& table,
                                   const std::string& columns) {
        if (hasTable(db, table))
            return;
        db.executeScript("CREATE TABLE " + db.quoteIdentifier(table) +
                         " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, " + columns + ")");
        db.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) "
            "VALUES ($1, 'attributes', $1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            {table});
    }

    std::string m_path;
};

class PostgisStore final : public AtlasStore, public ServerQueries {
  public:
    explicit PostgisStore(const std::string& source)
        : m_source(redactSecrets(source)), m_connection(source), m_schema(schemaOfSource(source)) {}

    const std::string& source() const override { return m_source; }
    bool isShared() const override { return true; }

    Atlas load(const AtlasLoadOptions& options) const override {
        db();  // a clear word when the schema is missing or newer than the program
        return readBundledAtlas(m_connection, options);
    }

    std::string recorder() override { return db().query("SELECT current_user").text(0, 0); }

    Statistics statistics(const Filter& filter, GroupBy by,
                          std::vector<std::string>& unmatched) const override {
        // The small layers come whole; the factories are counted by the server.
        Atlas atlas = places({});
        atlas.applyAsOf(filter.asOf);
        unmatched = select(atlas, filter).unmatchedProvinces;
        return statistics(atlas, filter, by);
    }

    ServerQueries* server() override { return this; }

    std::int64_t factoryEstimate() const override {
        geo::SqlConnection& c = db();
        const geo::SqlRows rows = c.query(
            "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = "
            "to_regclass($1)",
            {c.quoteIdentifier(m_schema) + ".factories"});
        return rows.empty() ? 0 : rows.integer(0, 0).value_or(0);
    }

    Atlas places(const AtlasLoadOptions& loadOptions) const override {
        geo::SqlConnection& c = db();
        AtlasLoadOptions options = loadOptions;
        options.factories = false;
        Atlas atlas = readBundledAtlas(m_connection, options);
        const std::string s = c.quoteIdentifier(m_schema);
        // The last year counts the revocations' too (Atlas::lastCertificateYear).
        const geo::SqlRows years = c.query(
            "SELECT coalesce(min(fiscal_year), 0), greatest(coalesce(max(fiscal_year), 0)" +
            (m_version >= 3 ? ", (SELECT max(fiscal_year) FROM " + s + ".certificate_revocations)"
                            : std::string()) +
            ") FROM " + s + ".certificates");
        atlas.setCertificateYears(static_cast<int>(years.integer(0, 0).value_or(0)),
                                  static_cast<int>(years.integer(0, 1).value_or(0)));
        return atlas;
    }

    Statistics statistics(const Atlas& atlas, const Filter& filter, GroupBy by) const override {
        geo::SqlConnection& c = db();
        const Selection sel = select(atlas, filter);
        // Counted ahead by publish when the filter allows, else the factories themselves.
        std::optional<std::vector<FactoryCell>> cells =
            summaryCells(c, m_schema, atlas, filter, sel);
        if (!cells)
            cells = serverCells(c, atlas, filter, sel);
        return computeStatistics(atlas, sel, by, *cells);
    }

    std::vector<DensityCell> cells(const Atlas& atlas, const Filter& filter, int zoom,
                                   const std::optional<geo::Extent>& view) const override {
        return densityCells(db(), m_schema, atlas, filter, zoom, view);
    }

    std::vector<CertificateChanges> certificateChanges(const Atlas& atlas, const Filter& filter,
                                                       int from, int to) const override {
        if (!filter.certifications.empty()) {
            throw UsageError(m_source,
                             "the certificates that changed for a certification "
                             "filter are counted from the factories: use "
                             "ecotown-cli changes");
        }
        geo::SqlConnection& c = db();
        const std::string s = c.quoteIdentifier(m_schema);
        std::vector<geo::SqlParam> params = {geo::sqlParam(std::int64_t{from}),
                                             geo::sqlParam(std::int64_t{to})};
        const std::string years = "fiscal_year > $1::int AND fiscal_year <= $2::int";
        const bool counted =
            m_version >= 3 &&
            !c.query(
                  "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND "
                  "table_name = 'summary_state'",
                  {m_schema})
                 .empty();
        // Granted in the years: publish's counts, and the certificates recorded since; or,
        // before counts existed, the certificates themselves.
        std::string granted;
        if (counted) {
            const std::string cc = placeConditions(atlas, filter, "cc", params);
            const std::string f = placeConditions(atlas, filter, "f", params);
            granted = "SELECT cc.in_province, cc.cert_type, cc.level, sum(cc.certificates) FROM " +
                      s + ".certificate_counts cc WHERE cc." + years + " AND " + cc +
                      " GROUP BY 1, 2, 3 UNION ALL SELECT f.in_province, c.cert_type, c.level, "
                      "count(*) FROM " +
                      s + ".certificates c JOIN " + s +
                      ".factories f ON f.factory_id = c.factory_id WHERE c.fid > (SELECT "
                      "coalesce(max(built_through), 0) FROM " +
                      s + ".summary_state) AND c." + years + " AND " + f + " GROUP BY 1, 2, 3";
        } else {
            const std::string f = placeConditions(atlas, filter, "f", params);
            granted = "SELECT f.in_province, c.cert_type, c.level, count(*) FROM " + s +
                      ".certificates c JOIN " + s +
                      ".factories f ON f.factory_id = c.factory_id WHERE c." + years + " AND " + f +
                      " GROUP BY 1, 2, 3";
        }
        std::vector<CertificateChanges> groups(atlas.provinces().size() + 1);
        auto groupOf = [&](const std::optional<std::string_view>& code) -> CertificateChanges& {
            const auto p = code ? atlas.findProvince(*code) : std::nullopt;
            return groups[p ? *p : atlas.provinces().size()];
        };
        auto count = [](std::array<std::int64_t, 6>& gi, std::int64_t& eco, std::int64_t& csr,
                        const std::string& type, std::int64_t level, std::int64_t n) {
            if (type == certificationTypeId(CertificationType::GreenIndustry)) {
                if (level >= 1 && level <= 5)
                    gi[static_cast<std::size_t>(level)] += n;
            } else if (type == certificationTypeId(CertificationType::EcoFactory)) {
                eco += n;
            } else if (type == certificationTypeId(CertificationType::CsrDiw)) {
                csr += n;
            }
        };
        const geo::SqlRows g = c.query(granted, params);
        for (std::size_t r = 0; r < g.size(); ++r) {
            CertificateChanges& row = groupOf(g.at(r, 0));
            count(row.gi, row.ecoFactory, row.csrDiw, g.text(r, 1), g.integer(r, 2).value_or(0),
                  g.integer(r, 3).value_or(0));
        }
        if (m_version >= 3) {
            // Revoked in the years: a certificate's first revocation falls in (from, to].
            std::vector<geo::SqlParam> rp = {geo::sqlParam(std::int64_t{from}),
                                             geo::sqlParam(std::int64_t{to})};
            const std::string f = placeConditions(atlas, filter, "f", rp);
            const geo::SqlRows rv = c.query(
                "SELECT f.in_province, c.cert_type, c.level, count(*) FROM (SELECT cert_id, "
                "min(fiscal_year) AS y FROM " +
                    s + ".certificate_revocations GROUP BY cert_id) r JOIN " + s +
                    ".certificates c ON c.cert_id = r.cert_id JOIN " + s +
                    ".factories f ON f.factory_id = c.factory_id WHERE r.y > $1::int AND r.y <= "
                    "$2::int AND " +
                    f + " GROUP BY 1, 2, 3",
                rp);
            for (std::size_t r = 0; r < rv.size(); ++r) {
                CertificateChanges& row = groupOf(rv.at(r, 0));
                const std::int64_t n = rv.integer(r, 3).value_or(0);
                row.revoked += n;
                count(row.revokedGi, row.revokedEcoFactory, row.revokedCsrDiw, rv.text(r, 1),
                      rv.integer(r, 2).value_or(0), n);
            }
        }
        return groups;
    }

    Atlas placed(const Atlas& atlas, const Filter& filter,
                 const AtlasLoadOptions& options) const override {
        return placedAtlas(atlas, m_connection, filter, options);
    }

    void recordStage(const StageRecord& record) override {
        checkStageRecord(record, m_source);
        geo::SqlConnection& c = db();
        const std::string s = c.quoteIdentifier(m_schema);
        geo::inTransaction(c, [&] {
            if (c.query("SELECT 1 FROM " + s + ".areas WHERE area_id = $1", {record.areaId})
                    .empty()) {
                throw InputError(m_source, "no eco-town area '" + record.areaId + "'");
            }
            c.execute("INSERT INTO " + s +
                          ".stage_assessments (area_id, fiscal_year, stage, note) "
                          "VALUES ($1, $2, $3, $4)",
                      {record.areaId, geo::sqlParam(std::int64_t{record.fiscalYear}),
                       geo::sqlParam(std::int64_t{record.stage}),
                       record.note.empty() ? geo::SqlParam() : geo::SqlParam(record.note)});
        });
    }

    void addCertificates(const std::vector<CertificateRecord>& records) override {
        geo::SqlConnection& c = db();
        const std::string s = c.quoteIdentifier(m_schema);
        geo::inTransaction(c, [&] {
            for (const CertificateRecord& r : records) {
                c.execute("INSERT INTO " + s +
                              ".certificates (factory_id, cert_type, level, fiscal_year, "
                              "fiscal_year_be, note) VALUES ($1, $2, $3, $4, $5, $6)",
                          certificateParams(r));
            }
        });
    }

    void revokeCertificate(const RevocationRecord& record) override {
        geo::SqlConnection& c = db();
        const std::string s = c.quoteIdentifier(m_schema);
        if (m_version < 3) {
            throw InputError(m_source, "the database schema is version " +
                                           std::to_string(m_version) +
                                           ", before revocations: publish again to upgrade it");
        }
        geo::inTransaction(c, [&] {
            checkRevocation(c, s + ".certificates", s + ".certificate_revocations", record,
                            m_source);
            c.execute("INSERT INTO " + s +
                          ".certificate_revocations (cert_id, fiscal_year, note) "
                          "VALUES ($1, $2, $3)",
                      {record.certId, geo::sqlParam(std::int64_t{record.fiscalYear}),
                       record.note.empty() ? geo::SqlParam() : geo::SqlParam(record.note)});
        });
    }

    std::vector<StoredCertificate> certificatesOf(const std::string& factoryId) override {
        geo::SqlConnection& c = db();
        const std::string s = c.quoteIdentifier(m_schema);
        return storedCertificates(c, s + ".certificates",
                                  m_version >= 3 ? s + ".certificate_revocations" : "", factoryId);
    }

  private:
    // Each certificate's revocation year (`rv.revoked_from`, NULL: in force), to LEFT JOIN on
    // `c.cert_id`; nothing before schema version 3.
    std::string revocationJoin(const std::string& s) const {
        if (m_version < 3)
            return " LEFT JOIN (SELECT NULL::text AS cert_id, NULL::int AS revoked_from) rv ON "
                   "FALSE";
        return " LEFT JOIN (SELECT cert_id, min(fiscal_year) AS revoked_from FROM " + s +
               ".certificate_revocations GROUP BY cert_id) rv ON rv.cert_id = c.cert_id";
    }

    // The selected factories' counts by (province, area) where the spatial join placed them at
    // publish time: one query, every value a bound parameter.
    std::vector<FactoryCell> serverCells(geo::SqlConnection& c, const Atlas& atlas,
                                         const Filter& filter, const Selection& sel) const {
        const std::string s = c.quoteIdentifier(m_schema);
        std::vector<geo::SqlParam> params;
        auto param = [&](geo::SqlParam v) {
            params.push_back(std::move(v));
            return "$" + std::to_string(params.size());
        };
        std::string where = placeConditions(atlas, filter, "f", params);
        if (filter.bbox) {
            const geo::Extent& b = *filter.bbox;
            where += " AND ST_Intersects(f.geom, ST_MakeEnvelope(" + param(geo::sqlParam(b.minX)) +
                     "::float8, " + param(geo::sqlParam(b.minY)) + "::float8, " +
                     param(geo::sqlParam(b.maxX)) + "::float8, " + param(geo::sqlParam(b.maxY)) +
                     "::float8, 4326))";
        }
        if (!filter.certifications.empty() || filter.years) {
            std::string any = "TRUE";
            if (filter.asOf) {
                any += " AND c.fiscal_year <= " + param(geo::sqlParam(std::int64_t{*filter.asOf})) +
                       "::int";
            }
            if (filter.years) {
                any += " AND c.fiscal_year BETWEEN " +
                       param(geo::sqlParam(std::int64_t{filter.years->min})) + "::int AND " +
                       param(geo::sqlParam(std::int64_t{filter.years->max})) + "::int";
            }
            if (!filter.certifications.empty()) {
                std::string rules;
                for (const CertificationRule& r : filter.certifications) {
                    rules += rules.empty() ? "(" : " OR ";
                    rules += "(c.cert_type = " + param(std::string(certificationTypeId(r.type))) +
                             "::text";
                    if (r.type == CertificationType::GreenIndustry) {
                        rules += " AND c.level BETWEEN " +
                                 param(geo::sqlParam(std::int64_t{r.levels.min})) + "::int AND " +
                                 param(geo::sqlParam(std::int64_t{r.levels.max})) + "::int";
                    }
                    rules += ")";
                }
                any += " AND " + rules + ")";
            }
            // A certificate revoked by the as-of year passes no rule (Filter.cpp).
            any += " AND (rv.revoked_from IS NULL OR rv.revoked_from > " +
                   param(geo::sqlParam(std::int64_t{filter.asOfYear(atlas)})) + "::int)";
            where += " AND EXISTS (SELECT 1 FROM " + s + ".certificates c" + revocationJoin(s) +
                     " WHERE c.factory_id = f.factory_id AND " + any + ")";
        }
        const std::string asOf = param(geo::sqlParam(std::int64_t{sel.asOfYear})) + "::int";
        // Held as of the year: not revoked by then (a revoked certificate counts nowhere).
        const std::string held = "(rv.revoked_from IS NULL OR rv.revoked_from > " + asOf + ")";
        const std::string inYears =
            sel.years
                ? "c.fiscal_year BETWEEN " + param(geo::sqlParam(std::int64_t{sel.years->min})) +
                      "::int AND " + param(geo::sqlParam(std::int64_t{sel.years->max})) + "::int"
                : std::string("TRUE");
        std::string perFactory =
            "SELECT f.in_province, f.in_area, "
            "coalesce(max(c.level) FILTER (WHERE c.cert_type = 'gi' AND c.fiscal_year <= " +
            asOf + " AND " + held +
            "), 0) AS gi, "
            "coalesce(bool_or(c.cert_type = 'eco-factory' AND c.fiscal_year <= " +
            asOf + " AND " + held +
            "), false) AS eco, "
            "coalesce(bool_or(c.cert_type = 'csr-diw' AND c.fiscal_year <= " +
            asOf + " AND " + held + "), false) AS csr";
        for (int l = 1; l <= 5; ++l) {
            perFactory +=
                ", count(*) FILTER (WHERE c.cert_type = 'gi' AND c.level = " + std::to_string(l) +
                " AND " + inYears + " AND " + held + ") AS g" + std::to_string(l);
        }
        perFactory += ", count(*) FILTER (WHERE c.cert_type = 'eco-factory' AND " + inYears +
                      " AND " + held +
                      ") AS ecn, count(*) FILTER (WHERE c.cert_type = 'csr-diw' AND " + inYears +
                      " AND " + held + ") AS csn FROM " + s + ".factories f LEFT JOIN " + s +
                      ".certificates c ON c.factory_id = f.factory_id" + revocationJoin(s) +
                      " WHERE " + where + " GROUP BY f.fid";
        std::string sql = "SELECT in_province, in_area, count(*)";
        for (int l = 0; l <= 5; ++l)
            sql += ", count(*) FILTER (WHERE gi = " + std::to_string(l) + ")";
        sql += ", count(*) FILTER (WHERE eco), count(*) FILTER (WHERE csr)";
        for (int l = 1; l <= 5; ++l)
            sql += ", sum(g" + std::to_string(l) + ")";
        sql += ", sum(ecn), sum(csn) FROM (" + perFactory + ") x GROUP BY 1, 2";
        const geo::SqlRows rows = c.query(sql, params);

        return factoryCellsOfRows(atlas, rows);
    }

    geo::SqlConnection& db() const {
        if (!m_db) {
            m_db = geo::SqlConnection::openPostgres(m_connection);
            const int version = schemaVersion(*m_db, m_schema);
            if (version == 0) {
                throw InputError(m_source, "no Eco-Town Atlas schema '" + m_schema +
                                               "' (run ecotown-cli publish first)");
            }
            m_version = version;
            if (version > latestSchemaVersion()) {
                throw InputError(m_source, "the database schema is version " +
                                               std::to_string(version) +
                                               ", newer than this program's " +
                                               std::to_string(latestSchemaVersion()) +
                                               ": upgrade Eco-Town Atlas");
            }
        }
        return *m_db;
    }

    std::string m_source;
    std::string m_connection;  // with the password: never shown
    std::string m_schema;
    mutable std::unique_ptr<geo::SqlConnection> m_db;  // connected on first use
    mutable int m_version = 0;                         // the schema's, known once connected
};

// ----- publishing -----------------------------------------------------------------------------

// A table copied from the source dataset: the columns taken from fields of the same name (a
// field the source lacks is NULL), and the geometry.
struct TableCopy {
    const char* table;
    std::vector<const char*> columns;
    bool geometry;
};

const std::vector<TableCopy>& replacedTables() {
    static const std::vector<TableCopy> tables = {
        {"provinces",
         {"province_code", "province_num", "name_en", "name_th", "region", "ne_name", "fips"},
         true},
        {"countries", {"name", "iso_a2"}, true},
        {"areas",
         {"area_id", "name_en", "name_th", "province_code", "phase", "year_designated", "scope",
          "stage", "status", "source", "approximate"},
         true},
        {"estates",
         {"estate_id", "name_en", "name_th", "province_code", "area_rai", "area_rai_status",
          "ieat_level", "ieat_level_year", "status", "source", "approximate"},
         true},
        {"factories",
         {"factory_id", "name_th", "province_code", "estate_id", "gi_level", "gi_year",
          "eco_factory", "csr_diw", "synthetic"},
         true},
    };
    return tables;  // factories also get in_province, in_area, in_estate (publishAtlas)
}

// History tables: rows the database does not have are added (matched on every column but fid).
const std::vector<TableCopy>& mergedTables(int version) {
    static const std::vector<TableCopy> v1 = {
        {"certificates",
         {"cert_id", "factory_id", "cert_type", "level", "fiscal_year", "fiscal_year_be",
          "synthetic"},
         false},
    };
    static const std::vector<TableCopy> v2 = {
        {"certificates",
         {"cert_id", "factory_id", "cert_type", "level", "fiscal_year", "fiscal_year_be",
          "synthetic", "note", "recorded_by", "recorded_at"},
         false},
        {"stage_assessments",
         {"area_id", "fiscal_year", "stage", "note", "recorded_by", "recorded_at", "status",
          "source"},
         false},
        {"estate_assessments",
         {"estate_id", "fiscal_year", "ieat_level", "note", "recorded_by", "recorded_at", "status",
          "source"},
         false},
    };
    static const std::vector<TableCopy> v3 = [] {
        std::vector<TableCopy> t = v2;
        t.push_back({"certificate_revocations",
                     {"cert_id", "fiscal_year", "note", "recorded_by", "recorded_at"},
                     false});
        return t;
    }();
    return version >= 3 ? v3 : version >= 2 ? v2 : v1;
}

std::string fieldAsText(const geo::FieldValue& v, bool& isNull) {
    isNull = std::holds_alternative<std::monostate>(v);
    return isNull ? std::string() : fieldText(v);
}

// COPYs the source layer into `target` (schema-qualified, quoted); returns the rows copied.
// `extraColumns` are filled by `extra` for each row (by its position in the layer).
std::int64_t copyLayer(geo::SqlConnection& db, const geo::Dataset& source, const std::string& from,
                       const TableCopy& t, const std::string& target, bool withFid,
                       const geo::ProgressCallback& progress,
                       const std::vector<std::string>& extraColumns = {},
                       const std::function<void(std::int64_t, std::string&)>& extra = {}) {
    const std::vector<std::string> names = source.layerNames();
    if (std::find(names.begin(), names.end(), t.table) == names.end()) {
        if (std::string_view(t.table) == "stage_assessments" ||
            std::string_view(t.table) == "estate_assessments" ||
            std::string_view(t.table) == "certificate_revocations" ||
            std::string_view(t.table) == "countries") {
            return 0;  // optional in a dataset
        }
        throw InputError(from, std::string("no layer named '") + t.table +
                                   "' (not an Eco-Town Atlas dataset? see docs/DATASET.md)");
    }
    geo::FeatureReader reader = source.read(t.table);
    if (t.geometry && reader.crs().isKnown() && !reader.crs().isWgs84())
        throw InputError(from, "the atlas's layers must be in EPSG:4326", t.table);
    std::vector<int> positions;
    for (const char* c : t.columns)
        positions.push_back(reader.schema().fieldIndex(c));
    std::string columnList;
    if (withFid)
        columnList = "fid";
    for (const char* c : t.columns)
        columnList += std::string(columnList.empty() ? "" : ", ") + db.quoteIdentifier(c);
    if (t.geometry)
        columnList += ", geom";
    for (const std::string& c : extraColumns)
        columnList += ", " + db.quoteIdentifier(c);
    std::int64_t rows = 0;
    const std::int64_t total = reader.count();
    geo::Feature f;
    db.copyIn("COPY " + target + " (" + columnList + ") FROM STDIN", [&](std::string& chunk) {
        while (chunk.size() < (1u << 20)) {
            if (!reader.next(f))
                return false;
            if (withFid)
                chunk += std::to_string(f.fid) + '\t';
            for (std::size_t i = 0; i < positions.size(); ++i) {
                if (i > 0)
                    chunk += '\t';
                if (positions[i] < 0) {
                    geo::appendCopyField(chunk, std::nullopt);
                    continue;
                }
                bool isNull = false;
                const std::string text =
                    fieldAsText(f.values[static_cast<std::size_t>(positions[i])], isNull);
                geo::appendCopyField(chunk, isNull ? std::optional<std::string_view>()
                                                   : std::optional<std::string_view>(text));
            }
            if (t.geometry) {
                chunk += '\t';
                const auto wkb = geo::hexEwkb(f.geometry, 4326);
                geo::appendCopyField(chunk, wkb ? std::optional<std::string_view>(*wkb)
                                                : std::optional<std::string_view>());
            }
            if (extra)
                extra(rows, chunk);
            chunk += '\n';
            ++rows;
            if ((rows & 0xFFFF) == 0 && progress &&
                !progress(std::string("publishing ") + t.table, rows, total)) {
                throw geo::Cancelled(from, "cancelled");
            }
        }
        return true;
    });
    return rows;
}

}  // namespace

int latestSchemaVersion() {
    return static_cast<int>(std::size(kMigrations));
}

int schemaVersion(geo::SqlConnection& db, const std::string& schema) {
    const geo::SqlRows exists = db.query(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND "
        "table_name = 'schema_migrations'",
        {schema});
    if (exists.empty())
        return 0;
    const geo::SqlRows v = db.query("SELECT coalesce(max(version), 0) FROM " +
                                    db.quoteIdentifier(schema) + ".schema_migrations");
    return static_cast<int>(v.integer(0, 0).value_or(0));
}

int migrateSchema(geo::SqlConnection& db, const std::string& schema, int upTo) {
    const std::string s = db.quoteIdentifier(schema);
    // One publisher at a time per schema.
    db.execute("SELECT pg_advisory_xact_lock(hashtext($1))", {"ecotown schema " + schema});
    db.execute("CREATE SCHEMA IF NOT EXISTS " + s);
    db.execute("CREATE TABLE IF NOT EXISTS " + s +
               ".schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL "
               "DEFAULT now(), applied_by text NOT NULL DEFAULT current_user)");
    const int before = schemaVersion(db, schema);
    const int latest = latestSchemaVersion();
    if (before > latest) {
        throw InputError(db.source(), "the database schema '" + schema + "' is version " +
                                          std::to_string(before) + ", newer than this program's " +
                                          std::to_string(latest) + ": upgrade Eco-Town Atlas");
    }
    for (int v = before + 1; v <= upTo && v <= latest; ++v) {
        db.executeScript(replaceAll(kMigrations[v - 1], "{s}", s));
        db.execute("INSERT INTO " + s + ".schema_migrations (version) VALUES ($1)",
                   {geo::sqlParam(std::int64_t{v})});
    }
    return before;
}

PublishSummary publishAtlas(const std::string& from, const std::string& to,
                            const PublishOptions& options) {
    if (!geo::isPostgresSource(to))
        throw UsageError(to, "--to: give a PostgreSQL connection, PG:\"service=...\"");
    const geo::Dataset source = geo::Dataset::open(from);
    // Where each factory lies (province, area, estate) comes from our own spatial join, so that
    // the server's counts are the same as those made in memory.
    AtlasLoadOptions loadOptions;
    loadOptions.factoryNames = false;
    loadOptions.progress = options.progress;
    const Atlas atlas = readBundledAtlas(from, loadOptions);
    const FactoryTable& ft = atlas.factories();
    auto placeOf = [&](std::int64_t row, std::string& line) {
        const auto i = static_cast<std::size_t>(row);
        if (i >= ft.size())
            throw InputError(from, "the factories changed while being published", "factories");
        auto field = [&line](std::int32_t k, const auto& items, auto member) {
            line += '\t';
            geo::appendCopyField(line, k == kNoIndex
                                           ? std::optional<std::string_view>()
                                           : std::optional<std::string_view>(
                                                 items[static_cast<std::size_t>(k)].*member));
        };
        field(ft.province[i], atlas.provinces(), &Province::code);
        field(ft.area[i], atlas.areas(), &EcoTownArea::id);
        field(ft.estate[i], atlas.estates(), &IndustrialEstate::id);
    };
    auto db = geo::SqlConnection::openPostgres(to);
    const std::string s = db->quoteIdentifier(options.schema);
    const int upTo = options.upToVersion > 0 ? options.upToVersion : latestSchemaVersion();
    PublishSummary summary;
    auto publishOnce = [&] {
        summary = PublishSummary{};
        geo::inTransaction(*db, [&] {
            summary.versionBefore = migrateSchema(*db, options.schema, upTo);
            summary.versionAfter = schemaVersion(*db, options.schema);
            // The reference layers are replaced whole.
            std::int64_t* counts[] = {&summary.provinces, &summary.countries, &summary.areas,
                                      &summary.estates, &summary.factories};
            std::string tables;
            for (const TableCopy& t : replacedTables())
                tables += std::string(tables.empty() ? "" : ", ") + s + "." + t.table;
            db->execute("TRUNCATE " + tables + " RESTART IDENTITY");
            for (std::size_t i = 0; i < replacedTables().size(); ++i) {
                const TableCopy& t = replacedTables()[i];
                const bool factories = std::string_view(t.table) == "factories";
                // Millions of factories: the indexes that are no constraint are built once after
                // the COPY rather than row by row during it (a GiST index most of all).
                const geo::SqlRows indexes =
                    factories ? db->query(
                                    "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE "
                                    "i.schemaname = $1 AND i.tablename = $2 AND NOT EXISTS "
                                    "(SELECT 1 FROM pg_constraint c WHERE c.conname = "
                                    "i.indexname AND c.connamespace = (SELECT n.oid FROM "
                                    "pg_namespace n WHERE n.nspname = $1))",
                                    {options.schema, std::string(t.table)})
                              : geo::SqlRows();
                for (std::size_t k = 0; k < indexes.size(); ++k)
                    db->execute("DROP INDEX " + s + "." + db->quoteIdentifier(indexes.text(k, 0)));
                *counts[i] = copyLayer(
                    *db, source, from, t, s + "." + t.table, true, options.progress,
                    factories ? std::vector<std::string>{"in_province", "in_area", "in_estate"}
                              : std::vector<std::string>{},
                    factories ? std::function<void(std::int64_t, std::string&)>(placeOf)
                              : std::function<void(std::int64_t, std::string&)>());
                // One province's factories together on disk (CLUSTER on in_province's index, before
                // the other indexes are built): an export or a view of one province reads its own
                // pages, not the whole table's.
                if (options.progress && !indexes.empty())
                    options.progress("indexing " + std::string(t.table), 0, 0);
                for (bool byProvince : {true, false}) {
                    for (std::size_t k = 0; k < indexes.size(); ++k) {
                        const std::string& definition =
                            indexes.text(k, 1);  // as pg_indexes gives it
                        const bool isProvince = definition.ends_with("(in_province)");
                        if (isProvince != byProvince)
                            continue;
                        db->executeScript(definition);
                        if (isProvince) {
                            db->executeScript("CLUSTER " + s + "." + t.table + " USING " +
                                              db->quoteIdentifier(indexes.text(k, 0)));
                        }
                    }
                }
                db->execute(
                    "SELECT setval(pg_get_serial_sequence($1, 'fid'), "
                    "greatest(coalesce((SELECT max(fid) FROM " +
                        s + "." + t.table + "), 0), 1))",
                    {s + "." + db->quoteIdentifier(t.table)});
            }
            // History: what the database does not hold yet is added, in the source's order.
            std::int64_t* added[] = {&summary.certificatesAdded, &summary.stageAssessmentsAdded,
                                     &summary.estateAssessmentsAdded, &summary.revocationsAdded};
            const auto& merged = mergedTables(summary.versionAfter);
            for (std::size_t i = 0; i < merged.size(); ++i) {
                const TableCopy& t = merged[i];
                const std::string staging = db->quoteIdentifier(std::string("staging_") + t.table);
                db->execute("CREATE TEMP TABLE " + staging + " (LIKE " + s + "." + t.table +
                            " INCLUDING DEFAULTS) ON COMMIT DROP");
                copyLayer(*db, source, from, t, staging, true, options.progress);
                // A row's identity: all its columns (NULL included) as one text, so that the
                // comparison is an equality the server hashes.
                std::string columns;
                const bool byId = std::string_view(t.table) == "certificates";
                auto identity = [&](const char* alias) {
                    if (byId)  // a certificate is known by its id
                        return std::string(alias) + ".cert_id";
                    std::string key = "concat_ws(E'\\x1f'";
                    for (const char* c : t.columns) {
                        key += std::string(", coalesce(") + alias + "." + db->quoteIdentifier(c) +
                               "::text, E'\\x1e')";
                    }
                    return key + ")";
                };
                for (const char* c : t.columns)
                    columns += std::string(columns.empty() ? "" : ", ") + db->quoteIdentifier(c);
                const geo::SqlRows r = db->query(
                    "WITH ins AS (INSERT INTO " + s + "." + t.table + " (" + columns + ") SELECT " +
                    columns + " FROM " + staging + " n WHERE NOT EXISTS (SELECT 1 FROM " + s + "." +
                    t.table + " x WHERE " + identity("x") + " = " + identity("n") +
                    ") ORDER BY n.fid RETURNING 1) SELECT count(*) FROM ins");
                *added[i] = r.integer(0, 0).value_or(0);
            }
            // Tables created by this release's migrations are readable by the readers.
            if (summary.versionAfter >= 2)
                db->execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + s + " TO ecotown_reader");
            if (summary.versionAfter >= 3) {
                if (options.progress)
                    options.progress("counting factories for the statistics", 0, 0);
                rebuildFactorySummary(*db, options.schema);
            }
        });
    };
    // The roles and their grants belong to the whole cluster: a publish (or a schema dropped)
    // elsewhere on the server at the same moment may deadlock with this one on them. PostgreSQL
    // then aborts one of the two, which changed nothing: that publish is run again.
    for (int attempt = 1;; ++attempt) {
        try {
            publishOnce();
            break;
        } catch (const geo::DatabaseError& e) {
            const bool transient = e.sqlState() == "40P01" || e.sqlState() == "40001";
            if (!transient || attempt >= 3)
                throw;
        }
    }
    db->execute("ANALYZE");
    return summary;
}

int currentFiscalYear() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    ::localtime_r(&t, &tm);
    return tm.tm_year + 1900 + (tm.tm_mon >= 9 ? 1 : 0);
}

std::unique_ptr<AtlasStore> AtlasStore::open(const std::string& source) {
    if (geo::isPostgresSource(source))
        return std::make_unique<PostgisStore>(source);
    return std::make_unique<GeoPackageStore>(source);
}

// ----- certificate import -----------------------------------------------------------------------

namespace {

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(std::string(trimBlanks(cell)));
            cell.clear();
        } else {
            cell += c;
        }
    }
    out.push_back(std::string(trimBlanks(cell)));
    return out;
}

}  // namespace

std::string certificateRecordProblem(const Atlas& atlas, const CertificateRecord& r) {
    const auto factory = atlas.findFactory(r.factoryId);
    if (!factory)
        return "unknown factory '" + r.factoryId + "'";
    if (r.type == CertificationType::GreenIndustry && (r.level < 1 || r.level > 5))
        return "unknown Green Industry level '" + std::to_string(r.level) + "' (1-5)";
    const int thisYear = currentFiscalYear();
    if (r.fiscalYear < 2000 || r.fiscalYear > thisYear) {
        return "fiscal year " + std::to_string(r.fiscalYear) + " is not from 2000 to FY" +
               std::to_string(thisYear);
    }
    const CertificateTable& c = atlas.certificates();
    const auto& begin = atlas.factories().certBegin;
    for (std::uint32_t k = begin[*factory]; k < begin[*factory + 1]; ++k) {
        if (c.type[k] == r.type && c.fiscalYear[k] == r.fiscalYear &&
            (r.type != CertificationType::GreenIndustry || c.level[k] == r.level)) {
            return "factory " + r.factoryId + " already holds this certificate for FY" +
                   std::to_string(r.fiscalYear);
        }
    }
    return {};
}

std::vector<CertificateRecord> readCertificateImport(const std::string& path, const Atlas& atlas,
                                                     std::vector<ImportProblem>& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "cannot open the file");
    std::string line;
    if (!std::getline(in, line))
        throw InputError(path, "the file is empty");
    if (line.rfind("\xEF\xBB\xBF", 0) == 0)
        line.erase(0, 3);
    const std::vector<std::string> header = splitCsvLine(line);
    auto column = [&](const char* name) -> int {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (header[i] == name)
                return static_cast<int>(i);
        }
        return -1;
    };
    const int cFactory = column("factory_id"), cType = column("cert_type"),
              cLevel = column("level"), cYear = column("fiscal_year"),
              cProvince = column("province"), cNote = column("note");
    if (cFactory < 0 || cType < 0 || cYear < 0) {
        throw InputError(path,
                         "line 1: the header must name factory_id, cert_type, level, "
                         "fiscal_year (and optionally province, note)");
    }
    // What the factories already hold, to refuse a certificate given twice.
    std::set<std::tuple<std::int32_t, int, int, int>> held;
    const CertificateTable& certs = atlas.certificates();
    for (std::size_t i = 0; i < certs.size(); ++i) {
        held.insert({certs.factory[i], static_cast<int>(certs.type[i]), certs.level[i],
                     certs.fiscalYear[i]});
    }
    std::unordered_map<std::string_view, std::int32_t> factoryIndex;
    const FactoryTable& factories = atlas.factories();
    factoryIndex.reserve(factories.size());
    for (std::size_t i = 0; i < factories.size(); ++i)
        factoryIndex.emplace(factories.id[i], static_cast<std::int32_t>(i));
    const int thisYear = currentFiscalYear();

    std::vector<CertificateRecord> out;
    std::set<std::tuple<std::int32_t, int, int, int>> inFile;
    int number = 1;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (trimBlanks(line).empty())
            continue;
        const std::vector<std::string> cells = splitCsvLine(line);
        auto cell = [&](int c) {
            return c >= 0 && static_cast<std::size_t>(c) < cells.size()
                       ? cells[static_cast<std::size_t>(c)]
                       : std::string();
        };
        auto problem = [&](std::string message) {
            problems.push_back({number, path + ":" + std::to_string(number) + ": " + message});
        };
        const std::string factoryId = cell(cFactory);
        const auto f = factoryIndex.find(factoryId);
        if (f == factoryIndex.end()) {
            problem("unknown factory '" + factoryId + "'");
            continue;
        }
        const auto type = certificationTypeFromText(cell(cType));
        if (!type) {
            problem("unknown certification type '" + cell(cType) + "' (gi, eco-factory, csr-diw)");
            continue;
        }
        int level = 0;
        if (*type == CertificationType::GreenIndustry) {
            const auto l = fieldInteger(geo::FieldValue(cell(cLevel)));
            if (!l || *l < 1 || *l > 5) {
                problem("unknown Green Industry level '" + cell(cLevel) + "' (1-5)");
                continue;
            }
            level = static_cast<int>(*l);
        }
        auto year = fieldInteger(geo::FieldValue(cell(cYear)));
        if (year && *year >= 2400)
            *year -= 543;
        if (!year || *year < 2000) {
            problem("not a fiscal year: '" + cell(cYear) + "'");
            continue;
        }
        if (*year > thisYear) {
            problem("fiscal year " + std::to_string(*year) + " is in the future (this is FY" +
                    std::to_string(thisYear) + ")");
            continue;
        }
        if (cProvince >= 0 && !cell(cProvince).empty()) {
            const auto p = atlas.findProvince(cell(cProvince));
            if (!p) {
                problem("unknown province '" + cell(cProvince) + "'");
                continue;
            }
            const std::int16_t at = factories.province[static_cast<std::size_t>(f->second)];
            if (at != static_cast<std::int16_t>(*p)) {
                problem("factory " + factoryId + " is not in " + cell(cProvince) +
                        (at >= 0 ? " (it is in " +
                                       atlas.provinces()[static_cast<std::size_t>(at)].code + ")"
                                 : ""));
                continue;
            }
        }
        const auto key =
            std::make_tuple(f->second, static_cast<int>(*type), level, static_cast<int>(*year));
        if (held.count(key)) {
            problem("factory " + factoryId + " already holds this certificate for FY" +
                    std::to_string(*year));
            continue;
        }
        if (!inFile.insert(key).second) {
            problem("duplicate of an earlier line");
            continue;
        }
        out.push_back({factoryId, *type, level, static_cast<int>(*year), cell(cNote)});
    }
    return out;
}

}  // namespace ecotown::layers
