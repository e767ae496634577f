// GeoPackage: GDAL creates the file and the empty table (so the gpkg_* metadata is exactly
// GDAL's), then rows go in through SQLite directly in one transaction, and the R-tree is written
// STR-packed into the rtree shadow tables with the extension row and the triggers GDAL 3.6
// creates. GDAL building the R-tree row by row takes 20+ s for 1M points (bench/README.md).

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogr_p.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include "geo/Dataset.hpp"
#include "geo/Error.hpp"
#include "geo/detail/OgrConvert.hpp"
#include "geo/detail/Sqlite.hpp"
#include "geo/detail/WriterImpl.hpp"

namespace ecotown::geo {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the GeoPackage encoder writes native doubles as little-endian WKB");

using detail::SqlitePtr;
using detail::StatementPtr;
std::string quoted(const std::string& name) {
    return detail::quoteIdentifier(name);
}
std::string literal(const std::string& text) {
    return detail::quoteLiteral(text);
}

std::string lowerAscii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// A column name not used by any field: "fid", else "fid_1", ...
std::string freeColumnName(const std::string& wanted, const Schema& schema) {
    std::string name = wanted;
    for (int n = 1; schema.fieldIndex(name) >= 0; ++n)
        name = wanted + "_" + std::to_string(n);
    return name;
}

// ----- GeoPackage binary geometry (GP header + ISO WKB, little-endian) ------------------------

class GpkgEncoder {
  public:
    // Encodes `g`; `envelope` receives its extent (invalid when empty).
    const std::vector<unsigned char>& encode(const Geometry& g, std::int32_t srsId,
                                             Extent& envelope) {
        m_out.clear();
        envelope = g.extent();
        const bool empty = g.isEmpty();
        // Points carry no envelope (the spec allows it and GDAL does the same).
        const bool withEnvelope = !empty && g.type != GeometryType::Point;
        unsigned char flags = 0x01;  // little-endian header
        if (withEnvelope)
            flags |= 0x02;  // envelope [minx, maxx, miny, maxy]
        if (empty)
            flags |= 0x10;
        m_out.push_back('G');
        m_out.push_back('P');
        m_out.push_back(0);  // version 1
        m_out.push_back(flags);
        putInt32(srsId);
        if (withEnvelope) {
            putDouble(envelope.minX);
            putDouble(envelope.maxX);
            putDouble(envelope.minY);
            putDouble(envelope.maxY);
        }
        const bool z = g.hasZ();
        switch (g.type) {
            case GeometryType::None:
                break;
            case GeometryType::Point:
                header(1, z);
                if (empty) {
                    const double nan = std::numeric_limits<double>::quiet_NaN();
                    putDouble(nan);
                    putDouble(nan);
                    if (z)
                        putDouble(nan);
                } else {
                    putPoint(g, 0);
                }
                break;
            case GeometryType::LineString:
                header(2, z);
                putPoints(g, 0, g.coords.size());
                break;
            case GeometryType::Polygon:
                header(3, z);
                putRings(g, 0, g.ringEnds.size());
                break;
            case GeometryType::MultiPoint:
                header(4, z);
                putUint32(g.coords.size());
                for (std::size_t i = 0; i < g.coords.size(); ++i) {
                    header(1, z);
                    putPoint(g, i);
                }
                break;
            case GeometryType::MultiLineString:
                header(5, z);
                putUint32(g.ringEnds.size());
                for (std::size_t r = 0; r < g.ringEnds.size(); ++r) {
                    header(2, z);
                    putPoints(g, r == 0 ? 0 : g.ringEnds[r - 1], g.ringEnds[r]);
                }
                break;
            case GeometryType::MultiPolygon: {
                header(6, z);
                putUint32(g.partEnds.size());
                std::size_t first = 0;
                for (std::uint32_t end : g.partEnds) {
                    header(3, z);
                    putRings(g, first, end);
                    first = end;
                }
                break;
            }
            case GeometryType::GeometryCollection: {
                // The structure with this geometry's (maybe transformed) vertices, as OGR has it.
                const detail::OgrGeometryPtr ogr = detail::toOgr(g);
                const std::size_t at = m_out.size();
                m_out.resize(at + static_cast<std::size_t>(ogr->WkbSize()));
                if (ogr->exportToWkb(wkbNDR, m_out.data() + at, wkbVariantIso) != OGRERR_NONE)
                    throw Error("", "cannot encode a GeometryCollection");
                break;
            }
        }
        return m_out;
    }

  private:
    void putBytes(const void* p, std::size_t n) {
        const auto* b = static_cast<const unsigned char*>(p);
        m_out.insert(m_out.end(), b, b + n);
    }
    void putInt32(std::int32_t v) { putBytes(&v, 4); }
    void putUint32(std::size_t v) {
        const auto u = static_cast<std::uint32_t>(v);
        putBytes(&u, 4);
    }
    void putDouble(double v) { putBytes(&v, 8); }
    void header(std::uint32_t type, bool z) {
        m_out.push_back(1);  // little-endian WKB
        putUint32(type + (z ? 1000 : 0));
    }
    void putPoint(const Geometry& g, std::size_t i) {
        putDouble(g.coords[i].x);
        putDouble(g.coords[i].y);
        if (g.hasZ())
            putDouble(g.z[i]);
    }
    void putPoints(const Geometry& g, std::size_t begin, std::size_t end) {
        putUint32(end - begin);
        for (std::size_t i = begin; i < end; ++i)
            putPoint(g, i);
    }
    void putRings(const Geometry& g, std::size_t firstRing, std::size_t endRing) {
        putUint32(endRing - firstRing);
        for (std::size_t r = firstRing; r < endRing; ++r) {
            putPoints(g, r == 0 ? 0 : g.ringEnds[r - 1], g.ringEnds[r]);
        }
    }

    std::vector<unsigned char> m_out;
};

// ----- R-tree -----------------------------------------------------------------------------

// SQLite's rtree keeps 32-bit floats: minima rounded down, maxima up, so boxes still contain.
float roundDown(double v) {
    float f = static_cast<float>(v);
    if (static_cast<double>(f) > v)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}
float roundUp(double v) {
    float f = static_cast<float>(v);
    if (static_cast<double>(f) < v)
        f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

struct RtreeEntry {
    std::int64_t id;  // row id (leaf level) or node number
    float minX, maxX, minY, maxY;
};

void putBigEndian64(unsigned char* p, std::uint64_t v) {
    for (int i = 7; i >= 0; --i) {
        p[i] = static_cast<unsigned char>(v & 0xFF);
        v >>= 8;
    }
}
void putBigEndianFloat(unsigned char* p, float f) {
    std::uint32_t v = std::bit_cast<std::uint32_t>(f);
    for (int i = 3; i >= 0; --i) {
        p[i] = static_cast<unsigned char>(v & 0xFF);
        v >>= 8;
    }
}

// Sort-Tile-Recursive order: vertical slices by centre x, each sorted by centre y; consecutive
// runs of `capacity` entries then make well-shaped nodes. Returns the run boundaries.
std::vector<std::size_t> strOrder(std::vector<RtreeEntry>& entries, std::size_t capacity) {
    const std::size_t n = entries.size();
    const std::size_t nodes = (n + capacity - 1) / capacity;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
    const std::size_t perSlice = slices * capacity;
    auto cx = [](const RtreeEntry& e) { return static_cast<double>(e.minX) + e.maxX; };
    auto cy = [](const RtreeEntry& e) { return static_cast<double>(e.minY) + e.maxY; };
    std::sort(entries.begin(), entries.end(),
              [&](const RtreeEntry& a, const RtreeEntry& b) { return cx(a) < cx(b); });
    std::vector<std::size_t> bounds;
    for (std::size_t s = 0; s < n; s += perSlice) {
        const std::size_t end = std::min(n, s + perSlice);
        std::sort(entries.begin() + static_cast<std::ptrdiff_t>(s),
                  entries.begin() + static_cast<std::ptrdiff_t>(end),
                  [&](const RtreeEntry& a, const RtreeEntry& b) { return cy(a) < cy(b); });
        for (std::size_t i = s; i < end; i += capacity)
            bounds.push_back(i);
    }
    bounds.push_back(n);
    return bounds;
}

// ----- Dates ------------------------------------------------------------------------------

void appendDigits(std::string& out, int value, int width) {
    char buf[12];
    int n = 0;
    unsigned v = static_cast<unsigned>(std::abs(value));
    do {
        buf[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0 && n < 11);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += buf[--n];
}

// GeoPackage DATE / DATETIME text: "2024-01-02" and, as the spec asks, UTC
// "2024-01-02T03:20:30.000Z" (an offset is applied; a time without zone stays without "Z",
// as GDAL writes it). Unparsable text is bound as it is.
bool normaliseDate(const std::string& text, FieldType type, std::string& out) {
    OGRField raw;
    if (!OGRParseXMLDateTime(text.c_str(), &raw) && !OGRParseDate(text.c_str(), &raw, 0)) {
        return false;
    }
    using namespace std::chrono;
    int yearValue = raw.Date.Year;
    unsigned monthValue = raw.Date.Month;
    unsigned dayValue = raw.Date.Day;
    int hour = raw.Date.Hour;
    int minute = raw.Date.Minute;
    const int tz = raw.Date.TZFlag;
    if (type == FieldType::DateTime && tz > 1 && tz != 100) {
        const sys_days date{year{yearValue} / month{monthValue} / day{dayValue}};
        const auto utc = date + hours{hour} + minutes{minute} - minutes{(tz - 100) * 15};
        const sys_days utcDate = floor<days>(utc);
        const year_month_day ymd{utcDate};
        const auto timeOfDay = duration_cast<minutes>(utc - utcDate).count();
        yearValue = static_cast<int>(ymd.year());
        monthValue = static_cast<unsigned>(ymd.month());
        dayValue = static_cast<unsigned>(ymd.day());
        hour = static_cast<int>(timeOfDay / 60);
        minute = static_cast<int>(timeOfDay % 60);
    }
    out.clear();
    appendDigits(out, yearValue, 4);
    out += '-';
    appendDigits(out, static_cast<int>(monthValue), 2);
    out += '-';
    appendDigits(out, static_cast<int>(dayValue), 2);
    if (type == FieldType::Date)
        return true;
    const long millis = std::lround(static_cast<double>(raw.Date.Second) * 1000.0);
    out += 'T';
    appendDigits(out, hour, 2);
    out += ':';
    appendDigits(out, minute, 2);
    out += ':';
    appendDigits(out, static_cast<int>(millis / 1000), 2);
    out += '.';
    appendDigits(out, static_cast<int>(millis % 1000), 3);
    if (tz >= 100)
        out += 'Z';
    return true;
}

class GpkgWriter final : public FeatureWriter::Impl {
  public:
    GpkgWriter(const std::string& path, const Schema& schema, const Crs& sourceCrs,
               const WriteOptions& options)
        : Impl(path, schema, sourceCrs, options,
               detail::writerExtensions(Format::GeoPackage, path)),
          m_table(options.layerName) {
        initGdal();  // the one GDAL initialisation (Dataset.hpp)
        if (options.targetCrs) {
            setOutputCrs(*options.targetCrs, true);
        } else {
            setOutputCrs(sourceCrs, false);
        }
        if (!options.encoding.empty() && lowerAscii(options.encoding) != "utf-8" &&
            lowerAscii(options.encoding) != "utf8") {
            note("GeoPackage text is always UTF-8; the encoding " + options.encoding +
                 " applies to shapefiles only");
        }
        // appendToExisting: the layer goes into the existing file itself (see Writer.hpp)
        m_tempFile = options.appendToExisting ? path : tempPath(m_extensions.front());
        createWithGdal();
        openWithSqlite();
    }

    ~GpkgWriter() override { abandon(); }

  protected:
    void doWrite(const Feature& feature, const Geometry& geometry) override {
        sqlite3_stmt* st = m_insert.get();
        int param = 1;
        Extent envelope;
        if (m_hasGeometry) {
            if (geometry.isNull()) {
                sqlite3_bind_null(st, param);
            } else {
                for (const XY& p : geometry.coords) {
                    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
                        throw FeatureRejected{"a coordinate is not a finite number"};
                    }
                }
                const auto& blob = m_encoder.encode(geometry, m_srsId, envelope);
                sqlite3_bind_blob(st, param, blob.data(), static_cast<int>(blob.size()),
                                  SQLITE_STATIC);
            }
            ++param;
        }
        for (std::size_t i = 0; i < m_schema.fields.size(); ++i, ++param) {
            if (i >= feature.values.size()) {
                sqlite3_bind_null(st, param);
                continue;
            }
            const FieldValue& v = feature.values[i];
            if (const auto* iv = std::get_if<std::int64_t>(&v)) {
                sqlite3_bind_int64(st, param, *iv);
            } else if (const auto* dv = std::get_if<double>(&v)) {
                sqlite3_bind_double(st, param, *dv);  // NaN becomes NULL
            } else if (const auto* sv = std::get_if<std::string>(&v)) {
                const FieldType type = m_schema.fields[i].type;
                const std::string* text = sv;
                if ((type == FieldType::Date || type == FieldType::DateTime) &&
                    normaliseDate(*sv, type, m_dateText[i])) {
                    text = &m_dateText[i];
                }
                sqlite3_bind_text(st, param, text->data(), static_cast<int>(text->size()),
                                  SQLITE_STATIC);
            } else {
                sqlite3_bind_null(st, param);
            }
        }
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            throw error("cannot write the feature: " + sqliteError(), fidOf(feature));
        }
        if (envelope.valid) {
            m_extent.include(envelope);
            if (m_options.spatialIndex) {
                m_index.push_back({sqlite3_last_insert_rowid(m_db.get()), roundDown(envelope.minX),
                                   roundUp(envelope.maxX), roundDown(envelope.minY),
                                   roundUp(envelope.maxY)});
            }
        }
    }

    void doFinish(const ProgressCallback& progress) override {
        if (m_hasGeometry && m_options.spatialIndex) {
            const std::string stage = "building spatial index";
            if (progress && !progress(stage, 0, m_written))
                throw Cancelled(m_path, "cancelled");
            writeRtree();
            if (progress && !progress(stage, m_written, m_written)) {
                throw Cancelled(m_path, "cancelled");
            }
        }
        if (m_hasGeometry && m_extent.valid) {
            StatementPtr st = prepare(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                "WHERE lower(table_name) = lower(?)");
            sqlite3_bind_double(st.get(), 1, m_extent.minX);
            sqlite3_bind_double(st.get(), 2, m_extent.minY);
            sqlite3_bind_double(st.get(), 3, m_extent.maxX);
            sqlite3_bind_double(st.get(), 4, m_extent.maxY);
            sqlite3_bind_text(st.get(), 5, m_table.c_str(), -1, SQLITE_TRANSIENT);
            step(st.get(), "cannot update gpkg_contents");
        } else {
            exec(
                "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                "WHERE lower(table_name) = lower(" +
                literal(m_table) + ")");
        }
        if (m_hasOgrContents) {
            exec("UPDATE gpkg_ogr_contents SET feature_count = " + std::to_string(m_written) +
                 " WHERE lower(table_name) = lower(" + literal(m_table) + ")");
        }
        for (const std::string& sql : m_savedTriggers)
            exec(sql);
        m_insert.reset();
        exec("COMMIT");
        const int rc = sqlite3_close(m_db.get());
        if (rc != SQLITE_OK) {
            throw error("cannot close the GeoPackage: " + std::string(sqlite3_errstr(rc)));
        }
        (void)m_db.release();  // closed above
    }

    void abandon() noexcept override {
        m_insert.reset();
        m_db.reset();  // sqlite3_close_v2 rolls the open transaction back
    }

  private:
    void createWithGdal() {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (driver == nullptr)
            throw error("GDAL has no GPKG driver");
        detail::GdalErrorCapture capture;
        GDALDatasetUniquePtr ds;
        if (m_options.appendToExisting) {
            const char* const drivers[] = {"GPKG", nullptr};
            ds.reset(GDALDataset::Open(m_tempFile.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers,
                                       nullptr, nullptr));
            if (!ds)
                throw error("cannot open the GeoPackage to add a layer: " + capture.failure());
            if (ds->GetLayerByName(m_table.c_str()) != nullptr) {
                throw error("the GeoPackage already has a layer named " + m_table);
            }
        } else {
            ds.reset(driver->Create(m_tempFile.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        }
        if (!ds)
            throw error("cannot create the GeoPackage: " + capture.failure());
        const OGRwkbGeometryType type = detail::toOgrType(m_schema.geometryType, m_schema.hasZ);
        m_hasGeometry = type != wkbNone;
        const detail::OgrSrsPtr srs = m_hasGeometry ? detail::newOgrSrs(m_outputCrs) : nullptr;
        char** lco = nullptr;
        lco = CSLSetNameValue(lco, "SPATIAL_INDEX", "NO");
        lco = CSLSetNameValue(lco, "FID", freeColumnName("fid", m_schema).c_str());
        if (m_hasGeometry) {
            lco = CSLSetNameValue(lco, "GEOMETRY_NAME", freeColumnName("geom", m_schema).c_str());
        }
        OGRLayer* layer = ds->CreateLayer(m_table.c_str(), srs.get(), type, lco);
        CSLDestroy(lco);
        if (layer == nullptr)
            throw error("cannot create the layer: " + capture.failure());
        for (const FieldDef& field : m_schema.fields) {
            OGRFieldType ogrType;
            OGRFieldSubType subType;
            detail::toOgrFieldType(field.type, ogrType, subType);
            OGRFieldDefn def(field.name.c_str(), ogrType);
            def.SetSubType(subType);
            if (field.width > 0 && field.type == FieldType::String)
                def.SetWidth(field.width);
            if (layer->CreateField(&def, FALSE) != OGRERR_NONE) {
                throw error("cannot create the field " + field.name + ": " + capture.failure());
            }
        }
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        if (defn->GetFieldCount() != static_cast<int>(m_schema.fields.size())) {
            throw error("GDAL created " + std::to_string(defn->GetFieldCount()) + " fields, not " +
                        std::to_string(m_schema.fields.size()));
        }
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            m_fieldNames.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
        }
        m_fidColumn = layer->GetFIDColumn();
        ds.reset();  // GDALClose: creates the deferred table and writes the metadata
        if (capture.failed())
            throw error("cannot create the GeoPackage: " + capture.failure());
    }

    void openWithSqlite() {
        std::string why;
        m_db = detail::openSqlite(m_tempFile, SQLITE_OPEN_READWRITE, nullptr, &why,
                                  detail::Defensive::No);
        if (!m_db)
            throw error("cannot open the new GeoPackage: " + why);
        // A temporary file that is removed on any failure needs neither journal nor fsync; a
        // layer added to an existing file keeps an in-memory journal, so that a failure rolls
        // the file back (new pages are not journalled: this costs little).
        exec(m_options.appendToExisting ? "PRAGMA journal_mode = MEMORY"
                                        : "PRAGMA journal_mode = OFF");
        exec("PRAGMA synchronous = OFF");
        exec("PRAGMA locking_mode = EXCLUSIVE");
        exec("PRAGMA cache_size = -65536");
        exec("PRAGMA temp_store = MEMORY");
        exec("BEGIN");

        if (m_hasGeometry) {
            StatementPtr st = prepare(
                "SELECT column_name, srs_id FROM gpkg_geometry_columns "
                "WHERE lower(table_name) = lower(?)");
            sqlite3_bind_text(st.get(), 1, m_table.c_str(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(st.get()) != SQLITE_ROW) {
                throw error("GDAL wrote no gpkg_geometry_columns row for the layer");
            }
            m_geomColumn = detail::columnText(st.get(), 0);
            m_srsId = sqlite3_column_int(st.get(), 1);
        }
        {
            StatementPtr st = prepare(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                "name = 'gpkg_ogr_contents'");
            m_hasOgrContents =
                sqlite3_step(st.get()) == SQLITE_ROW && sqlite3_column_int(st.get(), 0) > 0;
        }
        {
            // GDAL's feature-count triggers cost an UPDATE per row: set aside, set the count
            // once at the end, put them back.
            StatementPtr st = prepare(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                "lower(tbl_name) = lower(?)");
            sqlite3_bind_text(st.get(), 1, m_table.c_str(), -1, SQLITE_TRANSIENT);
            std::vector<std::string> names;
            while (sqlite3_step(st.get()) == SQLITE_ROW) {
                names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)));
                m_savedTriggers.emplace_back(
                    reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 1)));
            }
            st.reset();
            for (const std::string& name : names)
                exec("DROP TRIGGER " + quoted(name));
        }
        std::string columns;
        std::string values;
        auto add = [&](const std::string& column) {
            columns += (columns.empty() ? "" : ", ") + quoted(column);
            values += values.empty() ? "?" : ", ?";
        };
        if (m_hasGeometry)
            add(m_geomColumn);
        for (const std::string& name : m_fieldNames)
            add(name);
        const std::string sql =
            columns.empty()
                ? "INSERT INTO " + quoted(m_table) + " DEFAULT VALUES"
                : "INSERT INTO " + quoted(m_table) + " (" + columns + ") VALUES (" + values + ")";
        m_insert = prepare(sql);
        m_dateText.resize(m_schema.fields.size());
    }

    void writeRtree() {
        const std::string rtree = "rtree_" + m_table + "_" + m_geomColumn;
        const std::string t = quoted(m_table);
        const std::string g = quoted(m_geomColumn);
        const std::string f = quoted(m_fidColumn);
        const std::string r = quoted(rtree);
        exec("CREATE VIRTUAL TABLE " + r + " USING rtree(id, minx, maxx, miny, maxy)");
        if (!m_index.empty())
            packRtree(rtree);

        StatementPtr has = prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_extensions'");
        const bool hasExtensions =
            sqlite3_step(has.get()) == SQLITE_ROW && sqlite3_column_int(has.get(), 0) > 0;
        has.reset();
        if (!hasExtensions) {
            exec(
                "CREATE TABLE gpkg_extensions (table_name TEXT,column_name TEXT,extension_name "
                "TEXT NOT NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce "
                "UNIQUE (table_name, column_name, extension_name))");
        }
        exec(
            "INSERT INTO gpkg_extensions (table_name,column_name,extension_name,definition,scope) "
            "VALUES (" +
            literal(m_table) + ", " + literal(m_geomColumn) +
            ", 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', "
            "'write-only')");

        // The triggers exactly as GDAL 3.6 creates them (ogrgeopackagetablelayer.cpp).
        const std::string values = "VALUES (NEW." + f + ",ST_MinX(NEW." + g + "), ST_MaxX(NEW." +
                                   g + "),ST_MinY(NEW." + g + "), ST_MaxY(NEW." + g + "))";
        auto name = [&](const char* suffix) { return quoted(rtree + "_" + suffix); };
        exec("CREATE TRIGGER " + name("insert") + " AFTER INSERT ON " + t + " WHEN (new." + g +
             " NOT NULL AND NOT ST_IsEmpty(NEW." + g + ")) BEGIN INSERT OR REPLACE INTO " + r +
             " " + values + "; END");
        exec("CREATE TRIGGER " + name("update1") + " AFTER UPDATE OF " + g + " ON " + t +
             " WHEN OLD." + f + " = NEW." + f + " AND (NEW." + g +
             " NOTNULL AND NOT ST_IsEmpty(NEW." + g + ")) BEGIN INSERT OR REPLACE INTO " + r + " " +
             values + "; END");
        exec("CREATE TRIGGER " + name("update2") + " AFTER UPDATE OF " + g + " ON " + t +
             " WHEN OLD." + f + " = NEW." + f + " AND (NEW." + g + " ISNULL OR ST_IsEmpty(NEW." +
             g + ")) BEGIN DELETE FROM " + r + " WHERE id = OLD." + f + "; END");
        exec("CREATE TRIGGER " + name("update3") + " AFTER UPDATE ON " + t + " WHEN OLD." + f +
             " != NEW." + f + " AND (NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g +
             ")) BEGIN DELETE FROM " + r + " WHERE id = OLD." + f + "; INSERT OR REPLACE INTO " +
             r + " " + values + "; END");
        exec("CREATE TRIGGER " + name("update4") + " AFTER UPDATE ON " + t + " WHEN OLD." + f +
             " != NEW." + f + " AND (NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g +
             ")) BEGIN DELETE FROM " + r + " WHERE id IN (OLD." + f + ", NEW." + f + "); END");
        exec("CREATE TRIGGER " + name("delete") + " AFTER DELETE ON " + t + " WHEN old." + g +
             " NOT NULL BEGIN DELETE FROM " + r + " WHERE id = OLD." + f + "; END");
    }

    // Writes an STR-packed tree straight into the rtree's shadow tables (_node, _rowid,
    // _parent), in SQLite's node format: big-endian, 2-byte depth (root only) and cell count,
    // cells of a 64-bit id and four 32-bit floats. Node 1 is the root.
    void packRtree(const std::string& rtree) {
        int nodeSize = 0;
        {
            StatementPtr st = prepare("SELECT length(data) FROM " + quoted(rtree + "_node") +
                                      " WHERE nodeno = 1");
            if (sqlite3_step(st.get()) == SQLITE_ROW)
                nodeSize = sqlite3_column_int(st.get(), 0);
        }
        constexpr int kCellSize = 8 + 4 * 4;
        const std::size_t capacity =
            nodeSize > 4 ? static_cast<std::size_t>((nodeSize - 4) / kCellSize) : 0;
        if (capacity < 4)
            throw error("unexpected SQLite rtree node size " + std::to_string(nodeSize));

        exec("DELETE FROM " + quoted(rtree + "_node"));
        StatementPtr insertNode =
            prepare("INSERT INTO " + quoted(rtree + "_node") + " (nodeno, data) VALUES (?, ?)");
        std::vector<std::pair<std::int64_t, std::int64_t>> rowToNode;  // (row id, leaf node)
        std::vector<std::pair<std::int64_t, std::int64_t>> childToParent;
        rowToNode.reserve(m_index.size());
        std::vector<unsigned char> blob(static_cast<std::size_t>(nodeSize));

        auto writeNode = [&](std::int64_t nodeNo, int depth, const RtreeEntry* cells,
                             std::size_t count) {
            std::fill(blob.begin(), blob.end(), 0);
            if (nodeNo == 1) {
                blob[0] = static_cast<unsigned char>(depth >> 8);
                blob[1] = static_cast<unsigned char>(depth & 0xFF);
            }
            blob[2] = static_cast<unsigned char>(count >> 8);
            blob[3] = static_cast<unsigned char>(count & 0xFF);
            unsigned char* p = blob.data() + 4;
            for (std::size_t i = 0; i < count; ++i, p += kCellSize) {
                putBigEndian64(p, static_cast<std::uint64_t>(cells[i].id));
                putBigEndianFloat(p + 8, cells[i].minX);
                putBigEndianFloat(p + 12, cells[i].maxX);
                putBigEndianFloat(p + 16, cells[i].minY);
                putBigEndianFloat(p + 20, cells[i].maxY);
            }
            sqlite3_bind_int64(insertNode.get(), 1, nodeNo);
            sqlite3_bind_blob(insertNode.get(), 2, blob.data(), nodeSize, SQLITE_STATIC);
            step(insertNode.get(), "cannot write the spatial index");
        };

        std::vector<RtreeEntry> level = std::move(m_index);
        m_index.clear();
        std::int64_t nextNode = 2;
        for (int depth = 0;; ++depth) {
            auto& map = depth == 0 ? rowToNode : childToParent;
            if (level.size() <= capacity) {
                writeNode(1, depth, level.data(), level.size());
                for (const RtreeEntry& e : level)
                    map.emplace_back(e.id, 1);
                break;
            }
            const std::vector<std::size_t> bounds = strOrder(level, capacity);
            std::vector<RtreeEntry> parents;
            parents.reserve(bounds.size());
            for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
                const std::int64_t nodeNo = nextNode++;
                RtreeEntry box{nodeNo, level[bounds[b]].minX, level[bounds[b]].maxX,
                               level[bounds[b]].minY, level[bounds[b]].maxY};
                for (std::size_t i = bounds[b]; i < bounds[b + 1]; ++i) {
                    box.minX = std::min(box.minX, level[i].minX);
                    box.maxX = std::max(box.maxX, level[i].maxX);
                    box.minY = std::min(box.minY, level[i].minY);
                    box.maxY = std::max(box.maxY, level[i].maxY);
                    map.emplace_back(level[i].id, nodeNo);
                }
                writeNode(nodeNo, depth, level.data() + bounds[b], bounds[b + 1] - bounds[b]);
                parents.push_back(box);
            }
            level = std::move(parents);
        }
        // In key order, so the B-trees are appended to rather than split all over; many rows
        // per statement, which halves SQLite's work per row.
        auto fill = [&](const std::string& table, const char* key, const char* value,
                        std::vector<std::pair<std::int64_t, std::int64_t>>& pairs) {
            constexpr std::size_t kRowsPerStatement = 128;
            std::sort(pairs.begin(), pairs.end());
            const std::string head =
                "INSERT INTO " + quoted(table) + " (" + key + ", " + value + ") VALUES (?, ?)";
            std::string sql = head;
            for (std::size_t i = 1; i < kRowsPerStatement; ++i)
                sql += ", (?, ?)";
            StatementPtr many = prepare(sql);
            StatementPtr one = prepare(head);
            std::size_t i = 0;
            for (; i + kRowsPerStatement <= pairs.size(); i += kRowsPerStatement) {
                for (std::size_t j = 0; j < kRowsPerStatement; ++j) {
                    sqlite3_bind_int64(many.get(), static_cast<int>(2 * j + 1), pairs[i + j].first);
                    sqlite3_bind_int64(many.get(), static_cast<int>(2 * j + 2),
                                       pairs[i + j].second);
                }
                step(many.get(), "cannot write the spatial index");
            }
            for (; i < pairs.size(); ++i) {
                sqlite3_bind_int64(one.get(), 1, pairs[i].first);
                sqlite3_bind_int64(one.get(), 2, pairs[i].second);
                step(one.get(), "cannot write the spatial index");
            }
        };
        fill(rtree + "_rowid", "rowid", "nodeno", rowToNode);
        fill(rtree + "_parent", "nodeno", "parentnode", childToParent);
    }

    // SQLite's message with the system's reason when there is one ("disk I/O error: File too
    // large").
    std::string sqliteError() const {
        std::string text = sqlite3_errmsg(m_db.get());
        if (const int err = sqlite3_system_errno(m_db.get()); err != 0) {
            text += std::string(": ") + std::strerror(err);
        }
        return text;
    }

    StatementPtr prepare(const std::string& sql) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.c_str(), static_cast<int>(sql.size()), &st,
                               nullptr) != SQLITE_OK) {
            throw error("SQLite: " + sqliteError());
        }
        return StatementPtr(st);
    }

    void step(sqlite3_stmt* st, const char* what) {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            throw error(std::string(what) + ": " + sqliteError());
        }
    }

    void exec(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            sqlite3_free(message);
            throw error("cannot write: " + sqliteError());
        }
    }

    std::string m_table;
    std::string m_tempFile;
    std::string m_geomColumn;
    std::string m_fidColumn = "fid";
    bool m_hasGeometry = false;
    bool m_hasOgrContents = false;
    std::int32_t m_srsId = 0;
    SqlitePtr m_db;
    StatementPtr m_insert;  // finalized before m_db closes (declared after it)
    std::vector<std::string> m_savedTriggers;
    std::vector<std::string> m_dateText;  // per field, bound SQLITE_STATIC until the next row
    GpkgEncoder m_encoder;
    std::vector<RtreeEntry> m_index;
    Extent m_extent;
};

}  // namespace

namespace detail {

std::unique_ptr<FeatureWriter::Impl> makeGpkgWriter(const std::string& path, const Schema& schema,
                                                    const Crs& sourceCrs,
                                                    const WriteOptions& options) {
    return std::make_unique<GpkgWriter>(path, schema, sourceCrs, options);
}

}  // namespace detail
}  // namespace ecotown::geo
