#include "geo/Dataset.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <type_traits>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>
#include <sys/mman.h>

#include "geo/Encoding.hpp"
#include "geo/Error.hpp"
#include "geo/Parallel.hpp"
#include "geo/detail/GpkgBlob.hpp"
#include "geo/detail/OgrConvert.hpp"
#include "geo/detail/Sqlite.hpp"
#include "geo/detail/SqliteReadAhead.hpp"

namespace ecotown::geo {
namespace fs = std::filesystem;
using namespace detail;

void initGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Errors are kept (CPLGetLastErrorMsg) and reported by our exceptions, not printed.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        // SQLite-based formats: this is read-mostly work on local files.
        CPLSetConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF");
    });
}

namespace {

struct GdalDatasetDeleter {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using SharedDataset = std::shared_ptr<GDALDataset>;

std::string lowerExt(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool isConnectionString(const std::string& s) {
    return s.rfind("PG:", 0) == 0 || s.rfind("pg:", 0) == 0 || s.rfind("/vsi", 0) == 0;
}

// The .shp files a source names: the file itself, or those in a folder.
std::vector<std::string> shapefilesOf(const std::string& source) {
    std::vector<std::string> out;
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        for (const auto& e : fs::directory_iterator(source, ec)) {
            if (lowerExt(e.path().string()) == ".shp")
                out.push_back(e.path().string());
        }
        std::sort(out.begin(), out.end());
    } else if (lowerExt(source) == ".shp" || lowerExt(source) == ".dbf") {
        out.push_back(source);
    }
    return out;
}

SharedDataset openRaw(const std::string& source, const CPLStringList& givenOptions) {
    clearGdalError();
    CPLStringList openOptions(givenOptions);
    // PostgreSQL: tables without geometry (the atlas's certificates and histories) are layers too.
    if (source.rfind("PG:", 0) == 0 || source.rfind("pg:", 0) == 0)
        openOptions.SetNameValue("LIST_ALL_TABLES", "YES");
    GDALDataset* ds = GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                        openOptions.List(), nullptr);
    if (ds == nullptr) {
        std::string reason =
            lastGdalError("not a readable vector dataset (no GDAL driver recognises it)");
        throw InputError(source, reason);
    }
    return SharedDataset(ds, GdalDatasetDeleter());
}

// Samples the raw string values (and field names) of a shapefile opened with no recoding.
enum class TextGuess { Ascii, Utf8, Cp874, Other };
TextGuess guessText(GDALDataset& raw, std::int64_t maxFeatures = 200000) {
    bool sawNonAscii = false;
    bool allUtf8 = true;
    bool allCp874 = true;
    auto look = [&](const char* s) {
        std::string_view v(s);
        if (isAscii(v))
            return;
        sawNonAscii = true;
        if (allUtf8 && !isValidUtf8(v))
            allUtf8 = false;
        if (allCp874 && !isValidCp874(v))
            allCp874 = false;
    };
    for (OGRLayer* layer : raw.GetLayers()) {
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        std::vector<int> stringFields;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            look(defn->GetFieldDefn(i)->GetNameRef());
            if (defn->GetFieldDefn(i)->GetType() == OFTString)
                stringFields.push_back(i);
        }
        if (stringFields.empty())
            continue;
        layer->ResetReading();
        std::int64_t n = 0;
        for (auto& f : *layer) {
            for (int i : stringFields) {
                if (f->IsFieldSetAndNotNull(i))
                    look(f->GetFieldAsString(i));
            }
            if (++n >= maxFeatures || (!allUtf8 && !allCp874))
                break;
        }
        layer->ResetReading();
    }
    if (!sawNonAscii)
        return TextGuess::Ascii;
    if (allUtf8)
        return TextGuess::Utf8;
    if (allCp874)
        return TextGuess::Cp874;
    return TextGuess::Other;
}

// A .shp whose header declares more bytes than the file has was cut short (a failed copy or
// download): GDAL would read what is there and stop silently, so say it up front.
void checkShapefileLength(const std::string& shp) {
    if (lowerExt(shp) != ".shp")
        return;
    std::ifstream f(shp, std::ios::binary);
    unsigned char header[28] = {};
    std::error_code ec;
    const auto actual = fs::file_size(shp, ec);
    if (ec)
        return;
    if (!f.read(reinterpret_cast<char*>(header), sizeof header)) {
        throw InputError(shp, "the .shp file is truncated: shorter than its 100-byte header");
    }
    const std::uint64_t declared =
        2ull * ((std::uint64_t(header[24]) << 24) | (std::uint64_t(header[25]) << 16) |
                (std::uint64_t(header[26]) << 8) | std::uint64_t(header[27]));
    if (declared > actual) {
        throw InputError(shp, "the .shp file is truncated: its header says " +
                                  std::to_string(declared) + " bytes, the file has " +
                                  std::to_string(actual));
    }
}

// How one shapefile's text is decoded: GDAL's ENCODING open option ("" = no recoding, the text
// is UTF-8 or ASCII) and what `info` reports.
struct ShapefileText {
    std::string option;
    TextEncoding encoding;
};
ShapefileText decideShapefileText(const std::string& shp, const CPLStringList& openOptions) {
    const ShapefileDeclaration decl = readShapefileDeclaration(shp);
    if (!decl.encoding().empty())
        return {decl.encoding(), {decl.encoding(), decl.describe()}};
    CPLStringList raw(openOptions);
    raw.SetNameValue("ENCODING", "");
    SharedDataset rawDs = openRaw(shp, raw);
    switch (guessText(*rawDs)) {
        case TextGuess::Ascii:
            return {"", {"UTF-8", decl.describe() + "; text is ASCII"}};
        case TextGuess::Utf8:
            return {"", {"UTF-8", decl.describe() + "; text is valid UTF-8"}};
        case TextGuess::Cp874:
            return {"CP874",
                    {"CP874", decl.describe() +
                                  "; text is not UTF-8 but valid CP874/TIS-620 (Thai): decoded "
                                  "as CP874"}};
        case TextGuess::Other:
            break;
    }
    return {"ISO-8859-1",
            {"ISO-8859-1", decl.describe() + "; text is neither UTF-8 nor CP874: decoded as "
                                             "ISO-8859-1 (use --encoding)"}};
}

std::string csvOption(const char* key, const char* value) {
    return std::string(key) + "=" + value;
}

}  // namespace

// A layer opened on its own (a shapefile of a folder with its own code page).
struct LayerSlot {
    SharedDataset ds;
    OGRLayer* layer = nullptr;
    TextEncoding encoding;
};

struct Dataset::Impl {
    std::string source;
    OpenOptions options;
    SharedDataset ds;
    TextEncoding encoding;
    std::string driver;
    std::map<std::string, LayerSlot> ownLayers;  // by layer name; the others are ds's

    // The dataset and the encoding of a layer that layer() returned.
    const SharedDataset& datasetOf(OGRLayer* l) const {
        for (const auto& [name, slot] : ownLayers) {
            if (slot.layer == l)
                return slot.ds;
        }
        return ds;
    }
    const TextEncoding& encodingOf(OGRLayer* l) const {
        for (const auto& [name, slot] : ownLayers) {
            if (slot.layer == l)
                return slot.encoding;
        }
        return encoding;
    }

    OGRLayer* layer(const std::string& name) const {
        if (name.empty()) {
            if (ds->GetLayerCount() == 0)
                throw InputError(source, "contains no layers");
            return own(ds->GetLayer(0));
        }
        OGRLayer* l = ds->GetLayerByName(name.c_str());
        if (l == nullptr) {
            std::string names;
            for (OGRLayer* x : ds->GetLayers())
                names += (names.empty() ? "" : ", ") + std::string(x->GetName());
            throw InputError(source, "no layer named '" + name + "' (layers: " + names + ")");
        }
        return own(l);
    }
    OGRLayer* own(OGRLayer* l) const {
        const auto it = ownLayers.find(l->GetName());
        return it == ownLayers.end() ? l : it->second.layer;
    }

    Crs layerCrs(OGRLayer* l, bool* assumed) const {
        *assumed = false;
        Crs crs = crsFromOgr(l->GetSpatialRef());
        if (!crs.isKnown() && !options.assumeCrs.empty()) {
            crs = Crs::fromUserInput(options.assumeCrs);
            *assumed = true;
        }
        return crs;
    }
};

Dataset::Dataset(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Dataset::~Dataset() = default;
Dataset::Dataset(Dataset&&) noexcept = default;
Dataset& Dataset::operator=(Dataset&&) noexcept = default;

Dataset Dataset::open(const std::string& source, const OpenOptions& options) {
    initGdal();
    auto impl = std::make_unique<Impl>();
    impl->source = source;
    impl->options = options;
    if (!options.assumeCrs.empty())
        (void)Crs::fromUserInput(options.assumeCrs);  // fail early

    std::error_code ec;
    if (!isConnectionString(source)) {
        if (!fs::exists(source, ec))
            throw InputError(source, "no such file or folder");
        if (fs::is_regular_file(source, ec) && fs::file_size(source, ec) == 0) {
            throw InputError(source, "the file is empty");
        }
    }
    const std::string ext = lowerExt(source);
    CPLStringList openOptions;
    if (ext == ".csv") {
        // CSV with coordinates: the column names agencies use for longitude/latitude or WKT.
        openOptions.AddString(
            csvOption("X_POSSIBLE_NAMES", "lon,long,lng,longitude,x,easting,X_COORD,POINT_X")
                .c_str());
        openOptions.AddString(
            csvOption("Y_POSSIBLE_NAMES", "lat,latitude,y,northing,Y_COORD,POINT_Y").c_str());
        openOptions.AddString(
            csvOption("GEOM_POSSIBLE_NAMES", "wkt,geometry,geom,the_geom").c_str());
        openOptions.AddString("KEEP_GEOM_COLUMNS=NO");
        openOptions.AddString("AUTODETECT_TYPE=YES");
    }

    const std::vector<std::string> shapefiles = shapefilesOf(source);
    if (ext == ".shp") {
        for (const char* side : {".shx", ".dbf"}) {
            fs::path lowerP = fs::path(source).replace_extension(side);
            std::string upper = side;
            std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
            fs::path upperP = fs::path(source).replace_extension(upper);
            if (!fs::exists(lowerP, ec) && !fs::exists(upperP, ec)) {
                throw InputError(source,
                                 std::string("the shapefile has no ") + side +
                                     " file beside it (a shapefile needs .shp, .shx and .dbf)");
            }
        }
    }

    for (const std::string& shp : shapefiles)
        checkShapefileLength(shp);

    if (!shapefiles.empty()) {
        if (!options.encoding.empty()) {
            openOptions.SetNameValue("ENCODING", options.encoding.c_str());
            impl->encoding = {options.encoding, "--encoding"};
        } else {
            // Each shapefile of a folder declares (or is detected as) its own code page: the
            // first one's goes to the folder's dataset, any other is opened on its own.
            const ShapefileText first = decideShapefileText(shapefiles.front(), openOptions);
            for (std::size_t i = 1; i < shapefiles.size(); ++i) {
                ShapefileText text = decideShapefileText(shapefiles[i], openOptions);
                if (text.option == first.option)
                    continue;
                CPLStringList own(openOptions);
                own.SetNameValue("ENCODING", text.option.c_str());
                LayerSlot slot{openRaw(shapefiles[i], own), nullptr, std::move(text.encoding)};
                if (slot.ds->GetLayerCount() != 1)
                    continue;
                slot.layer = slot.ds->GetLayer(0);
                impl->ownLayers.emplace(slot.layer->GetName(), std::move(slot));
            }
            openOptions.SetNameValue("ENCODING", first.option.c_str());
            impl->encoding = first.encoding;
        }
    } else if (!options.encoding.empty()) {
        impl->encoding = {options.encoding, "--encoding"};
    }

    impl->ds = openRaw(source, openOptions);
    impl->driver = impl->ds->GetDriver() ? impl->ds->GetDriver()->GetDescription() : "";
    if (impl->encoding.name.empty()) {
        impl->encoding = {"UTF-8", "the " + impl->driver + " format stores UTF-8"};
    }
    if (impl->ds->GetLayerCount() == 0)
        throw InputError(source, "contains no vector layers");
    return Dataset(std::move(impl));
}

const std::string& Dataset::source() const {
    return m_impl->source;
}

std::vector<std::string> Dataset::layerNames() const {
    std::vector<std::string> names;
    for (OGRLayer* l : m_impl->ds->GetLayers())
        names.emplace_back(l->GetName());
    return names;
}

std::string Dataset::resolveLayerName(const std::string& layer) const {
    return m_impl->layer(layer)->GetName();
}

LayerInfo Dataset::layerInfo(const std::string& layerName) const {
    OGRLayer* l = m_impl->layer(layerName);
    LayerInfo info;
    info.name = l->GetName();
    info.driver = m_impl->driver;
    info.encoding = m_impl->encodingOf(l);
    clearGdalError();
    info.featureCount = l->GetFeatureCount(TRUE);
    info.geometryType = fromOgrType(l->GetGeomType());
    info.hasZ = OGR_GT_HasZ(l->GetGeomType()) != 0;
    info.crs = m_impl->layerCrs(l, &info.crsAssumed);
    OGRFeatureDefn* defn = l->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(i);
        info.fields.push_back({f->GetNameRef(), fromOgrFieldType(f->GetType(), f->GetSubType()),
                               f->GetWidth(), f->GetPrecision()});
    }
    if (l->GetGeomType() != wkbNone) {
        OGREnvelope env;
        if (l->GetExtent(&env, TRUE) == OGRERR_NONE) {
            info.extent.include(env.MinX, env.MinY);
            info.extent.include(env.MaxX, env.MaxY);
        }
        if (info.extent.valid && info.crs.isKnown()) {
            try {
                info.extentWgs84 =
                    CoordinateTransform(info.crs, Crs::wgs84()).transform(info.extent);
            } catch (const Error&) {
                info.extentWgs84 = Extent{};
            }
        }
    }
    return info;
}

// ------------------------------------------------------------------------------------ reader

struct DirectRows;
struct DirectRowsDeleter {
    void operator()(DirectRows* rows) const;
};

struct FeatureReader::Impl {
    SharedDataset ds;  // keeps the dataset open while reading
    OGRLayer* layer = nullptr;
    std::string source;
    LayerInfo info;
    Schema schema;
    std::vector<int> ogrIndex;  // schema field -> OGR field index
    std::int64_t count = -1;
    // ReadOptions::pointXYOnly on a GeoPackage file: the rows through SQLite (null: GDAL).
    std::unique_ptr<DirectRows, DirectRowsDeleter> direct;

    // A feature read through GDAL, converted for next().
    bool readThroughGdal(OGRFeatureUniquePtr f, Feature& feature) const;
    // Sets up `direct` when the layer is a GeoPackage table it handles (at the end of the file).
    void startDirectRows(const std::string& driver);
    bool nextDirectRow(Feature& feature);
};

FeatureReader::FeatureReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
FeatureReader::~FeatureReader() {
    if (m_impl && m_impl->layer) {
        m_impl->layer->SetAttributeFilter(nullptr);
        m_impl->layer->SetSpatialFilter(nullptr);
        m_impl->layer->SetIgnoredFields(nullptr);
    }
}
FeatureReader::FeatureReader(FeatureReader&&) noexcept = default;
FeatureReader& FeatureReader::operator=(FeatureReader&&) noexcept = default;

const Schema& FeatureReader::schema() const {
    return m_impl->schema;
}
const Crs& FeatureReader::crs() const {
    return m_impl->info.crs;
}
const LayerInfo& FeatureReader::info() const {
    return m_impl->info;
}
std::int64_t FeatureReader::count() const {
    return m_impl->count;
}
bool FeatureReader::readsThroughSqlite() const {
    return m_impl->direct != nullptr;
}

FeatureReader Dataset::read(const std::string& layerName, const ReadOptions& options) const {
    auto impl = std::make_unique<FeatureReader::Impl>();
    impl->source = m_impl->source;
    impl->info = layerInfo(layerName);
    OGRLayer* l = m_impl->layer(layerName);
    impl->ds = m_impl->datasetOf(l);
    impl->layer = l;
    if (options.requireCrs && !impl->info.crs.isKnown() &&
        impl->info.geometryType != GeometryType::None) {
        throw InputError(m_impl->source,
                         "the layer has no coordinate reference system (give --assume-crs, "
                         "e.g. --assume-crs EPSG:32647)",
                         impl->info.name);
    }
    OGRFeatureDefn* defn = l->GetLayerDefn();
    std::vector<std::string> ignored;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(i);
        bool wanted = !options.geometryOnly;
        if (wanted && !options.fields.empty()) {
            wanted = std::any_of(
                options.fields.begin(), options.fields.end(),
                [&](const std::string& n) { return EQUAL(n.c_str(), f->GetNameRef()); });
        }
        if (!wanted) {
            ignored.emplace_back(f->GetNameRef());
            continue;
        }
        impl->schema.fields.push_back({f->GetNameRef(),
                                       fromOgrFieldType(f->GetType(), f->GetSubType()),
                                       f->GetWidth(), f->GetPrecision()});
        impl->ogrIndex.push_back(i);
    }
    for (const std::string& wanted : options.fields) {
        if (impl->schema.fieldIndex(wanted) < 0) {
            throw UsageError(m_impl->source, "no field named '" + wanted + "'", impl->info.name);
        }
    }
    impl->schema.geometryType = impl->info.geometryType;
    impl->schema.hasZ = impl->info.hasZ;
    CPLStringList ignoredList;
    for (const auto& n : ignored)
        ignoredList.AddString(n.c_str());
    l->SetIgnoredFields(ignored.empty() ? nullptr : const_cast<const char**>(ignoredList.List()));
    clearGdalError();
    if (l->SetAttributeFilter(options.where.empty() ? nullptr : options.where.c_str()) !=
        OGRERR_NONE) {
        throw UsageError(m_impl->source,
                         "invalid filter '" + options.where + "': " + lastGdalError(),
                         impl->info.name);
    }
    if (options.bbox && options.bbox->valid) {
        l->SetSpatialFilterRect(options.bbox->minX, options.bbox->minY, options.bbox->maxX,
                                options.bbox->maxY);
    } else {
        l->SetSpatialFilter(nullptr);
    }
    impl->count = (options.where.empty() && !options.bbox) ? impl->info.featureCount
                                                           : l->GetFeatureCount(FALSE);
    l->ResetReading();
    if (options.pointXYOnly && options.where.empty() && !(options.bbox && options.bbox->valid))
        impl->startDirectRows(m_impl->driver);
    return FeatureReader(std::move(impl));
}

bool FeatureReader::next(Feature& feature) {
    Impl& d = *m_impl;
    if (d.direct)
        return d.nextDirectRow(feature);
    clearGdalError();
    OGRFeatureUniquePtr f(d.layer->GetNextFeature());
    if (CPLGetLastErrorType() >= CE_Failure) {
        throw InputError(d.source, "cannot read a feature: " + lastGdalError(), d.info.name,
                         f ? std::optional<std::int64_t>(f->GetFID()) : std::nullopt);
    }
    return d.readThroughGdal(std::move(f), feature);
}

bool FeatureReader::Impl::readThroughGdal(OGRFeatureUniquePtr f, Feature& feature) const {
    const Impl& d = *this;
    if (!f)
        return false;
    feature.fid = f->GetFID();
    feature.geometry = fromOgr(f->GetGeometryRef());
    feature.values.resize(d.schema.fields.size());
    for (std::size_t i = 0; i < d.schema.fields.size(); ++i) {
        feature.values[i] = fieldValue(*f, d.ogrIndex[i], d.schema.fields[i].type);
    }
    return true;
}

// ------------------------------------------------------------------------------ fast points

namespace {

struct ArrowReleaser {
    ArrowArrayStream stream{};
    ArrowSchema schema{};
    ~ArrowReleaser() {
        if (schema.release)
            schema.release(&schema);
        if (stream.release)
            stream.release(&stream);
    }
};

// Reads x/y from a little- or big-endian WKB point (2D or Z); false for any other type.
bool readWkbPoint(const std::uint8_t* p, std::size_t n, double& x, double& y) {
    if (n < 21 || p[0] > 1)
        return false;  // too short for x/y, or no byte order
    const bool le = p[0] == 1;
    auto u32 = [&](const std::uint8_t* q) {
        std::uint32_t v;
        std::memcpy(&v, q, 4);
        if (!le)
            v = __builtin_bswap32(v);
        return v;
    };
    auto f64 = [&](const std::uint8_t* q) {
        std::uint64_t v;
        std::memcpy(&v, q, 8);
        if (!le)
            v = __builtin_bswap64(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    };
    // ISO WKB (1, 1001 Z, 2001 M, 3001 ZM) and the EWKB Z/M flags (x, y come first in all);
    // not EWKB's SRID flag, which puts the SRID before x (found by fuzzing against GDAL).
    // Every coordinate the type announces must be there (a cut Z point is not read as 2D).
    const std::uint32_t type = u32(p + 1);
    const std::uint32_t isoType = type & 0x3FFFFFFFu;
    if ((isoType != 1 && isoType != 1001 && isoType != 2001 && isoType != 3001) ||
        (isoType != 1 && (type & 0xC0000000u) != 0))
        return false;
    const std::size_t dims = isoType == 1      ? 2 + ((type >> 31) & 1) + ((type >> 30) & 1)
                             : isoType == 3001 ? 4
                                               : 3;
    if (n < 5 + 8 * dims)
        return false;
    x = f64(p + 5);
    y = f64(p + 13);
    return !(std::isnan(x) && std::isnan(y));
}

}  // namespace

bool detail::readGpkgPoint(const std::uint8_t* b, std::size_t n, double& x, double& y) {
    if (n < 8 || b[0] != 'G' || b[1] != 'P')
        return false;
    const std::uint8_t flags = b[3];
    if (flags & 0x10)
        return false;  // empty geometry
    static constexpr std::size_t kEnvelope[8] = {0, 32, 48, 48, 64, 0, 0, 0};
    const unsigned indicator = (flags >> 1) & 7;
    if (indicator > 4)
        return false;
    const std::size_t header = 8 + kEnvelope[indicator];
    return n > header && readWkbPoint(b + header, n - header, x, y);
}

namespace {

using detail::readGpkgPoint;

using SqliteDb = SqlitePtr;

// Read-only, for one pass over a table, through the read-ahead VFS; null when the file cannot
// be opened. A page cache of a few pages that SQLite reuses was measured faster than
// memory-mapped reads (170 ms) and than the default cache (155 ms) for a million points
// (125 ms, 90 ms with the read-ahead): the same memory stays in the CPU's cache, where every new
// page of a mapping or of a large cache costs a first touch.
SqliteDb openForReading(const std::string& path) {
    SqliteDb db = openSqlite(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, readAheadVfs());
    if (db)
        sqlite3_exec(db.get(), "PRAGMA mmap_size=0; PRAGMA cache_size=32", nullptr, nullptr,
                     nullptr);
    return db;
}

// Coordinates are handed on in runs of this many points (PointReadOptions::onPoints).
constexpr std::size_t kRunPoints = 16384;

// Asks for 2 MiB pages for the untouched capacity of a large vector: on the benchmark VM the
// first touch of each 4 KiB page costs microseconds, thousands of times for a million points.
// Advice only (ignored where transparent huge pages are off).
template <class T>
void adviseHugePages(const std::vector<T>& v) {
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
    const std::uintptr_t end = begin + v.capacity() * sizeof(T);
    const std::uintptr_t first = (begin + kHuge - 1) / kHuge * kHuge, last = end / kHuge * kHuge;
    if (last > first)
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

// A run of points: where it lies in its part's columns.
struct PointRun {
    const double* x;
    const double* y;
    std::size_t n;
};

// Hands the runs of several reading threads to PointReadOptions::onPoints one at a time and in a
// fixed order whatever the timing: part 0's first run, part 1's first run, part 0's second, ...,
// a part that has finished dropping out of the rotation. Whichever thread finds the next run
// ready delivers it; what is left when the threads end is delivered by drain().
class RunDelivery {
  public:
    RunDelivery(unsigned parts, const PointRunCallback& callback)
        : m_callback(callback), m_runs(parts), m_finished(parts, false) {}

    // Part `part`'s next run is read; its memory stays where it is until drain() has returned.
    void ready(unsigned part, const PointRun& run) {
        if (!m_callback)
            return;
        {
            const std::lock_guard lock(m_queue);
            m_runs[part].push_back(run);
        }
        deliver(std::try_to_lock);
    }
    void finish(unsigned part) {
        {
            const std::lock_guard lock(m_queue);
            m_finished[part] = true;
        }
        if (m_callback)
            deliver(std::try_to_lock);
    }
    // After every part has finished: what is still queued; then rethrows what the callback threw.
    void drain() {
        if (m_callback)
            deliver(std::defer_lock);
        if (m_error)
            std::rethrow_exception(m_error);
    }
    bool failed() const { return m_failed.load(std::memory_order_relaxed); }
    bool deliveredAny() const { return m_delivered.load(); }

  private:
    template <typename LockMode>
    void deliver(LockMode mode) {
        std::unique_lock delivering(m_delivering, mode);
        if (!delivering.owns_lock()) {
            if constexpr (std::is_same_v<LockMode, std::try_to_lock_t>)
                return;  // another thread is delivering; it or a later call takes this run
            delivering.lock();
        }
        for (;;) {
            PointRun run{};
            {
                const std::lock_guard lock(m_queue);
                const auto parts = static_cast<unsigned>(m_runs.size());
                unsigned skipped = 0;
                while (skipped < parts && m_runs[m_next].empty() && m_finished[m_next]) {
                    m_next = (m_next + 1) % parts;
                    ++skipped;
                }
                if (skipped == parts || m_runs[m_next].empty())
                    return;  // all done, or the next run in order is not read yet
                run = m_runs[m_next].front();
                m_runs[m_next].pop_front();
                m_next = (m_next + 1) % parts;
            }
            if (m_failed.load())
                continue;  // keep the queue moving, call no more
            m_delivered = true;
            try {
                m_callback(run.x, run.y, run.n);
            } catch (...) {
                m_error = std::current_exception();
                m_failed = true;
            }
        }
    }

    const PointRunCallback& m_callback;
    std::mutex m_queue;  // guards m_runs, m_finished
    std::vector<std::deque<PointRun>> m_runs;
    std::vector<bool> m_finished;
    unsigned m_next = 0;
    std::mutex m_delivering;  // held by the thread that is calling the callback
    std::exception_ptr m_error;
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_delivered{false};
};

// A rowid table (not WITHOUT ROWID) whose fid is its only primary key, declared INTEGER, so an
// alias of the rowid: integer, unique fids that a range query walks in b-tree order.
bool fidIsRowid(sqlite3* db, const std::string& table, const std::string& fidColumn) {
    const char* type = nullptr;
    const char* collation = nullptr;
    int notNull = 0, primaryKey = 0, autoIncrement = 0;
    if (sqlite3_table_column_metadata(db, "main", table.c_str(), "rowid", &type, &collation,
                                      &notNull, &primaryKey, &autoIncrement) != SQLITE_OK) {
        return false;  // WITHOUT ROWID, a view, or no such table
    }
    if (sqlite3_table_column_metadata(db, "main", table.c_str(), fidColumn.c_str(), &type,
                                      &collation, &notNull, &primaryKey,
                                      &autoIncrement) != SQLITE_OK ||
        type == nullptr || !EQUAL(type, "INTEGER") || primaryKey == 0) {
        return false;  // a REAL or TEXT fid, or one that is not the key
    }
    // A composite key makes an INTEGER column part of it, not the rowid.
    sqlite3_stmt* raw = nullptr;
    const std::string keys =
        "SELECT count(*) FROM pragma_table_info(" + quoteLiteral(table) + ") WHERE pk > 0";
    if (sqlite3_prepare_v2(db, keys.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return false;
    StatementPtr st(raw);
    return sqlite3_step(raw) == SQLITE_ROW && sqlite3_column_int64(raw, 0) == 1;
}

// Does the table hold what the fast path assumes? Its fid is the rowid (above) and it has the
// geometry column. `countHint` is gpkg_ogr_contents' feature count when the file has one (only a
// hint: the file may lie).
bool fastReadable(sqlite3* db, const std::string& table, const std::string& fidColumn,
                  const std::string& geomColumn, std::optional<std::int64_t>& countHint) {
    if (!fidIsRowid(db, table, fidColumn) ||
        sqlite3_table_column_metadata(db, "main", table.c_str(), geomColumn.c_str(), nullptr,
                                      nullptr, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return false;
    }
    sqlite3_stmt* raw = nullptr;
    StatementPtr st;
    const char* countSql =
        "SELECT feature_count FROM gpkg_ogr_contents WHERE lower(table_name) = lower(?1)";
    if (sqlite3_prepare_v2(db, countSql, -1, &raw, nullptr) == SQLITE_OK) {
        st.reset(raw);
        sqlite3_bind_text(raw, 1, table.c_str(), static_cast<int>(table.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(raw) == SQLITE_ROW && sqlite3_column_type(raw, 0) == SQLITE_INTEGER &&
            sqlite3_column_int64(raw, 0) >= 0) {
            countHint = sqlite3_column_int64(raw, 0);
        }
    }
    return true;
}

// The fast path for a GeoPackage table: SQLite directly, two connections over halves of the fid
// range (about 3x faster than GDAL's feature loop at a million points). False, with no callback
// made, when the table cannot be read this way; throws InputError when it fails after points
// were handed on.
bool readGpkgPointsDirect(const std::string& path, const std::string& tableName,
                          const std::string& fidColumn, const std::string& geomColumn,
                          const PointReadOptions& options, Dataset::PointColumns& out) {
    if (fidColumn.empty() || geomColumn.empty())
        return false;
    auto db = openForReading(path);
    if (!db)
        return false;
    std::optional<std::int64_t> countHint;
    if (!fastReadable(db.get(), tableName, fidColumn, geomColumn, countHint))
        return false;
    const std::string table = quoteIdentifier(tableName);
    const std::string fid = quoteIdentifier(fidColumn);
    sqlite3_stmt* raw = nullptr;
    // Two sub-queries: SQLite answers a lone MIN() or MAX() of the rowid from the b-tree, but
    // scans the whole table for MIN() and MAX() in one select.
    const std::string rangeSql = "SELECT (SELECT MIN(" + fid + ") FROM " + table +
                                 "), (SELECT MAX(" + fid + ") FROM " + table + ")";
    if (sqlite3_prepare_v2(db.get(), rangeSql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return false;
    StatementPtr range(raw);
    if (sqlite3_step(range.get()) != SQLITE_ROW)
        return false;
    if (sqlite3_column_type(range.get(), 0) == SQLITE_NULL)
        return true;  // an empty table
    if (sqlite3_column_type(range.get(), 0) != SQLITE_INTEGER ||
        sqlite3_column_type(range.get(), 1) != SQLITE_INTEGER) {
        return false;  // not a rowid after all
    }
    const std::int64_t lo = sqlite3_column_int64(range.get(), 0),
                       hi = sqlite3_column_int64(range.get(), 1);
    range.reset();
    db.reset();

    const std::string sql = "SELECT " + fid + ", " + quoteIdentifier(geomColumn) + " FROM " +
                            table + " WHERE " + fid + " BETWEEN ?1 AND ?2";
    // Each part's columns are reserved for every fid of its range, so that they never move while
    // the runs in them are handed on (reserving only claims address space). Fid ranges too
    // sparse for that are read into growing columns and handed on when the read is complete.
    // The range is what the b-tree holds, not what the file claims; a fid range much wider
    // than the file's own feature count (sparse fids, or a count that lies) is read growing.
    constexpr std::uint64_t kMaxReserved = std::uint64_t(1) << 26;  // 64 Mi points
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    const std::uint64_t rangeSize = span + 1;  // 0: all 2^64 fids (wrapped)
    const bool stable = rangeSize != 0 && rangeSize <= kMaxReserved && countHint &&
                        rangeSize <= 2 * static_cast<std::uint64_t>(*countHint) + 65536;
    struct Part {
        Dataset::PointColumns cols;
        std::size_t handedOn = 0;
        bool prepared = false, ok = false;
        std::string error;
    };
    const unsigned threads = span > 200000 ? 2u : 1u;
    const auto mid =
        threads == 1 ? hi : static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + span / 2);
    std::vector<Part> parts(threads);
    RunDelivery delivery(threads, options.onPoints);
    auto handOn = [&](unsigned t, bool all) {
        Part& part = parts[t];
        while (part.cols.x.size() - part.handedOn >= kRunPoints ||
               (all && part.cols.x.size() > part.handedOn)) {
            const std::size_t n = std::min(kRunPoints, part.cols.x.size() - part.handedOn);
            delivery.ready(
                t, {part.cols.x.data() + part.handedOn, part.cols.y.data() + part.handedOn, n});
            part.handedOn += n;
        }
    };
    auto work = [&](unsigned t, std::int64_t a, std::int64_t b) noexcept {
        Part& part = parts[t];
        try {
            // Part 0 has room for all: the other parts are appended to it without a move.
            const auto reserve = static_cast<std::size_t>(
                !stable ? 0
                        : std::min<std::uint64_t>(kMaxReserved,
                                                  t == 0 ? rangeSize
                                                         : static_cast<std::uint64_t>(b) -
                                                               static_cast<std::uint64_t>(a) + 1));
            part.cols.x.reserve(reserve);
            part.cols.y.reserve(reserve);
            adviseHugePages(part.cols.x);
            adviseHugePages(part.cols.y);
            if (options.fids) {
                part.cols.fid.reserve(reserve);
                adviseHugePages(part.cols.fid);
            }
            auto conn = openForReading(path);
            sqlite3_stmt* st = nullptr;
            if (!conn ||
                sqlite3_prepare_v2(conn.get(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
                part.error = conn ? sqlite3_errmsg(conn.get()) : "cannot open";
                delivery.finish(t);
                return;
            }
            part.prepared = true;
            StatementPtr stmt(st);
            sqlite3_bind_int64(st, 1, a);
            sqlite3_bind_int64(st, 2, b);
            Dataset::PointColumns& cols = part.cols;
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                const auto* blob = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 1));
                const auto n = static_cast<std::size_t>(sqlite3_column_bytes(st, 1));
                double x, y;
                if (blob == nullptr || !readGpkgPoint(blob, n, x, y)) {
                    ++cols.skipped;
                    continue;
                }
                cols.x.push_back(x);
                cols.y.push_back(y);
                if (options.fids)
                    cols.fid.push_back(sqlite3_column_int64(st, 0));
                if (stable && cols.x.size() - part.handedOn == kRunPoints) {
                    handOn(t, false);
                    if (delivery.failed())
                        break;
                }
            }
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                part.error = sqlite3_errmsg(conn.get());
            else if (stable)
                handOn(t, true);
            part.ok = part.error.empty();
        } catch (const std::exception& e) {  // out of memory
            part.error = e.what();
        }
        delivery.finish(t);
    };
    parallelFor(threads, [&](std::size_t t) {
        if (t == 0)
            work(0, lo, threads == 1 ? hi : mid);
        else
            work(1, mid + 1, hi);
    });
    if (!stable) {  // the columns may have moved while growing: hand on only now, in order
        RunDelivery late(threads, options.onPoints);
        for (unsigned t = 0; t < threads; ++t) {
            std::size_t at = 0;
            const Dataset::PointColumns& cols = parts[t].cols;
            for (; parts[t].ok && at < cols.x.size(); at += kRunPoints) {
                late.ready(t, {cols.x.data() + at, cols.y.data() + at,
                               std::min(kRunPoints, cols.x.size() - at)});
            }
            late.finish(t);
        }
        late.drain();
    }
    delivery.drain();  // rethrows what the callback threw
    for (const Part& p : parts) {
        if (p.ok)
            continue;
        if (!p.prepared && !delivery.deliveredAny())
            return false;  // not a table this reader handles: the caller tries GDAL
        throw InputError(path, "cannot read points: " + p.error, tableName);
    }
    out = std::move(parts[0].cols);
    for (std::size_t t = 1; t < parts.size(); ++t) {
        const Dataset::PointColumns& more = parts[t].cols;
        out.x.insert(out.x.end(), more.x.begin(), more.x.end());
        out.y.insert(out.y.end(), more.y.begin(), more.y.end());
        out.fid.insert(out.fid.end(), more.fid.begin(), more.fid.end());
        out.skipped += more.skipped;
    }
    if (options.progress) {
        const auto n = static_cast<std::int64_t>(out.x.size());
        options.progress("reading points", n, n);
    }
    return true;
}

// The feature table of a GeoPackage and its fid and geometry columns, read from the GeoPackage's
// own tables; false when `layer` is not one (or, empty, when there is not exactly one).
bool findGpkgPointTable(sqlite3* db, const std::string& layer, std::string& table,
                        std::string& fidColumn, std::string& geomColumn) {
    sqlite3_stmt* raw = nullptr;
    const char* sql =
        "SELECT c.table_name, g.column_name FROM gpkg_contents c JOIN gpkg_geometry_columns g "
        "ON lower(g.table_name) = lower(c.table_name) WHERE c.data_type = 'features' AND "
        "(?1 = '' OR lower(c.table_name) = lower(?1))";
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return false;
    StatementPtr st(raw);
    sqlite3_bind_text(raw, 1, layer.c_str(), static_cast<int>(layer.size()), SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(raw) == SQLITE_ROW) {
        if (++rows > 1)
            return false;
        table = columnText(raw, 0);  // NULL (a hostile file) reads as "": not handled here
        geomColumn = columnText(raw, 1);
    }
    if (rows != 1 || table.empty() || geomColumn.empty())
        return false;
    // The fid: the INTEGER PRIMARY KEY (SQLite's rowid), as GDAL takes it.
    const std::string info = "PRAGMA table_info(" + quoteIdentifier(table) + ")";
    if (sqlite3_prepare_v2(db, info.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return false;
    st.reset(raw);
    int keys = 0;
    while (sqlite3_step(raw) == SQLITE_ROW) {
        if (sqlite3_column_int(raw, 5) == 0)
            continue;
        ++keys;
        const std::string type = columnText(raw, 2);
        if (EQUAL(type.c_str(), "INTEGER"))
            fidColumn = columnText(raw, 1);
    }
    return keys == 1 && !fidColumn.empty();
}

}  // namespace

std::optional<Dataset::PointColumns> readGeoPackagePoints(const std::string& path,
                                                          const std::string& layer,
                                                          const PointReadOptions& options) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return std::nullopt;
    std::string table, fidColumn, geomColumn;
    {
        const auto db = openForReading(path);
        if (!db || !findGpkgPointTable(db.get(), layer, table, fidColumn, geomColumn))
            return std::nullopt;
    }
    Dataset::PointColumns out;
    if (!readGpkgPointsDirect(path, table, fidColumn, geomColumn, options, out))
        return std::nullopt;
    return out;
}

Dataset::PointColumns Dataset::readPoints(const std::string& layerName,
                                          const ProgressCallback& progress) const {
    PointReadOptions options;
    options.progress = progress;
    return readPoints(layerName, options);
}

Dataset::PointColumns Dataset::readPoints(const std::string& layerName,
                                          const PointReadOptions& options) const {
    OGRLayer* l = m_impl->layer(layerName);
    const ProgressCallback& progress = options.progress;
    PointColumns out;
    std::error_code ec;
    if (m_impl->driver == "GPKG" && fs::is_regular_file(m_impl->source, ec)) {
        if (readGpkgPointsDirect(m_impl->source, l->GetName(), l->GetFIDColumn(),
                                 l->GetGeometryColumn(), options, out)) {
            return out;
        }
        out = PointColumns{};
    }
    // Hands on what was read since the last call, in runs of kRunPoints (as the fast path does).
    std::size_t handedOn = 0;
    auto handOn = [&](bool all) {
        if (!options.onPoints)
            return;
        while (out.x.size() - handedOn >= kRunPoints || (all && out.x.size() > handedOn)) {
            const std::size_t n = std::min(kRunPoints, out.x.size() - handedOn);
            options.onPoints(out.x.data() + handedOn, out.y.data() + handedOn, n);
            handedOn += n;
        }
    };
    // The count may be what the file says (gpkg_ogr_contents), not what it holds: reserve no
    // more than a few million points from it; the columns grow past that if they must.
    const GIntBig total = l->GetFeatureCount(FALSE);
    if (total > 0) {
        constexpr GIntBig kMaxReserved = GIntBig(1) << 22;
        const auto reserve = static_cast<std::size_t>(std::min(total, kMaxReserved));
        out.x.reserve(reserve);
        out.y.reserve(reserve);
        if (options.fids)
            out.fid.reserve(reserve);
    }
    // Attributes are not needed: ignore them all, and read the geometry column as WKB batches.
    OGRFeatureDefn* defn = l->GetLayerDefn();
    CPLStringList ignored;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        ignored.AddString(defn->GetFieldDefn(i)->GetNameRef());
    l->SetIgnoredFields(const_cast<const char**>(ignored.List()));
    l->SetAttributeFilter(nullptr);
    l->SetSpatialFilter(nullptr);
    l->ResetReading();

    ArrowReleaser arrow;
    const char* streamOptions[] = {"INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=65536", nullptr};
    bool arrowOk = l->GetArrowStream(&arrow.stream, const_cast<char**>(streamOptions)) &&
                   arrow.stream.get_schema(&arrow.stream, &arrow.schema) == 0;
    int geomChild = -1, fidChild = -1;
    if (arrowOk) {
        for (int64_t i = 0; i < arrow.schema.n_children; ++i) {
            const ArrowSchema* c = arrow.schema.children[i];
            const std::string format = c->format;
            if (geomChild < 0 && (format == "z" || format == "Z"))
                geomChild = static_cast<int>(i);
            if (fidChild < 0 && format == "l" && i == 0)
                fidChild = static_cast<int>(i);
        }
        arrowOk = geomChild >= 0;
    }
    if (arrowOk) {
        const bool large = std::string(arrow.schema.children[geomChild]->format) == "Z";
        for (;;) {
            ArrowArray batch{};
            if (arrow.stream.get_next(&arrow.stream, &batch) != 0) {
                const char* err = arrow.stream.get_last_error(&arrow.stream);
                throw InputError(m_impl->source,
                                 std::string("cannot read points: ") + (err ? err : "?"),
                                 l->GetName());
            }
            if (batch.release == nullptr)
                break;
            const ArrowArray* g = batch.children[geomChild];
            const auto* validity = static_cast<const std::uint8_t*>(g->buffers[0]);
            const auto* data = static_cast<const std::uint8_t*>(g->buffers[2]);
            const std::int64_t* fids =
                fidChild >= 0
                    ? static_cast<const std::int64_t*>(batch.children[fidChild]->buffers[1]) +
                          batch.children[fidChild]->offset
                    : nullptr;
            for (int64_t i = 0; i < g->length; ++i) {
                const int64_t k = i + g->offset;
                if (validity && !(validity[k >> 3] & (1 << (k & 7)))) {
                    ++out.skipped;
                    continue;
                }
                std::int64_t begin, end;
                if (large) {
                    const auto* off = static_cast<const std::int64_t*>(g->buffers[1]);
                    begin = off[k], end = off[k + 1];
                } else {
                    const auto* off = static_cast<const std::int32_t*>(g->buffers[1]);
                    begin = off[k], end = off[k + 1];
                }
                double x, y;
                if (!readWkbPoint(data + begin, static_cast<std::size_t>(end - begin), x, y)) {
                    ++out.skipped;
                    continue;
                }
                if (options.fids)
                    out.fid.push_back(fids ? fids[i] : static_cast<std::int64_t>(out.x.size()));
                out.x.push_back(x);
                out.y.push_back(y);
            }
            batch.release(&batch);
            handOn(false);
            if (progress &&
                !progress("reading points", static_cast<std::int64_t>(out.x.size()), total)) {
                throw Cancelled(m_impl->source, "cancelled");
            }
        }
    } else {
        for (auto& f : *l) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (g == nullptr || wkbFlatten(g->getGeometryType()) != wkbPoint || g->IsEmpty()) {
                ++out.skipped;
                continue;
            }
            out.x.push_back(g->toPoint()->getX());
            out.y.push_back(g->toPoint()->getY());
            if (options.fids)
                out.fid.push_back(f->GetFID());
            handOn(false);
        }
    }
    handOn(true);
    l->SetIgnoredFields(nullptr);
    l->ResetReading();
    return out;
}

// ------------------------------------------------------------------ rows through SQLite

// A GeoPackage table's rows in fid order through SQLite: the fid, the schema's fields and the
// geometry blob, one prepared statement.
struct DirectRows {
    enum class Kind : std::uint8_t { Text, Int32, Int64, Real };
    SqliteDb db;
    StatementPtr statement;
    std::vector<Kind> kinds;  // per schema field
    bool hasGeometry = true;  // the last column is the geometry blob
};

void DirectRowsDeleter::operator()(DirectRows* rows) const {
    delete rows;
}

void FeatureReader::Impl::startDirectRows(const std::string& driver) {
    Impl& impl = *this;
    std::error_code ec;
    OGRLayer* l = impl.layer;
    const char* fidName = l->GetFIDColumn();
    const char* geomName = l->GetGeometryColumn();
    if (driver != "GPKG" || !fs::is_regular_file(impl.source, ec) || !fidName || !*fidName ||
        impl.info.hasZ)
        return;
    const bool hasGeometry = geomName && *geomName;  // an attribute table has none
    auto rows = std::unique_ptr<DirectRows, DirectRowsDeleter>(new DirectRows);
    OGRFeatureDefn* defn = l->GetLayerDefn();
    std::string columns = quoteIdentifier(fidName);
    for (std::size_t i = 0; i < impl.schema.fields.size(); ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(impl.ogrIndex[i]);
        if (f->GetSubType() != OFSTNone)
            return;  // booleans, 16-bit integers, floats, JSON, UUIDs: through GDAL
        switch (f->GetType()) {
            case OFTString:
                rows->kinds.push_back(DirectRows::Kind::Text);
                break;
            case OFTInteger:
                rows->kinds.push_back(DirectRows::Kind::Int32);
                break;
            case OFTInteger64:
                rows->kinds.push_back(DirectRows::Kind::Int64);
                break;
            case OFTReal:
                rows->kinds.push_back(DirectRows::Kind::Real);
                break;
            default:
                return;  // dates, lists, binary: through GDAL
        }
        columns += ", " + quoteIdentifier(f->GetNameRef());
    }
    rows->db = openForReading(impl.source);
    if (!rows->db || !fidIsRowid(rows->db.get(), l->GetName(), fidName))
        return;
    rows->hasGeometry = hasGeometry;
    const std::string sql =
        "SELECT " + columns + (hasGeometry ? ", " + quoteIdentifier(geomName) : std::string()) +
        " FROM " + quoteIdentifier(l->GetName()) + " ORDER BY " + quoteIdentifier(fidName);
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(rows->db.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return;
    rows->statement.reset(raw);
    impl.direct = std::move(rows);
}

bool FeatureReader::Impl::nextDirectRow(Feature& feature) {
    Impl& impl = *this;
    sqlite3_stmt* st = impl.direct->statement.get();
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW) {
        throw InputError(
            impl.source,
            std::string("cannot read a feature: ") + sqlite3_errmsg(impl.direct->db.get()),
            impl.info.name);
    }
    const std::int64_t fid = sqlite3_column_int64(st, 0);
    const std::vector<DirectRows::Kind>& kinds = impl.direct->kinds;
    const int geomColumn = static_cast<int>(kinds.size()) + 1;
    // Anything but a plain value of its column's type, or a geometry other than a point: this
    // row through GDAL, which knows every case.
    auto throughGdal = [&] {
        clearGdalError();
        OGRFeatureUniquePtr f(impl.layer->GetFeature(fid));
        if (!f || CPLGetLastErrorType() >= CE_Failure) {
            throw InputError(impl.source, "cannot read a feature: " + lastGdalError(),
                             impl.info.name, fid);
        }
        return impl.readThroughGdal(std::move(f), feature);
    };
    double x = 0, y = 0;
    if (impl.direct->hasGeometry &&
        (sqlite3_column_type(st, geomColumn) != SQLITE_BLOB ||
         !readGpkgPoint(static_cast<const std::uint8_t*>(sqlite3_column_blob(st, geomColumn)),
                        static_cast<std::size_t>(sqlite3_column_bytes(st, geomColumn)), x, y))) {
        return throughGdal();
    }
    feature.values.resize(kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const int c = static_cast<int>(i) + 1;
        const int type = sqlite3_column_type(st, c);
        FieldValue& v = feature.values[i];
        if (type == SQLITE_NULL) {
            v = std::monostate{};
            continue;
        }
        switch (kinds[i]) {
            case DirectRows::Kind::Text:
                if (type != SQLITE_TEXT)
                    return throughGdal();
                {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(st, c));
                    if (auto* held = std::get_if<std::string>(&v))
                        held->assign(text, size);  // the feature's string, reused
                    else
                        v.emplace<std::string>(text, size);
                }
                break;
            case DirectRows::Kind::Int32:
            case DirectRows::Kind::Int64: {
                if (type != SQLITE_INTEGER)
                    return throughGdal();
                const std::int64_t n = sqlite3_column_int64(st, c);
                if (kinds[i] == DirectRows::Kind::Int32 &&
                    (n < std::numeric_limits<std::int32_t>::min() ||
                     n > std::numeric_limits<std::int32_t>::max())) {
                    return throughGdal();
                }
                v = n;
                break;
            }
            case DirectRows::Kind::Real:
                if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
                    return throughGdal();
                v = sqlite3_column_double(st, c);
                break;
        }
    }
    feature.fid = fid;
    Geometry& g = feature.geometry;  // reused: no allocation per row
    g.z.clear();
    g.ringEnds.clear();
    g.partEnds.clear();
    g.collectionWkb.clear();
    if (impl.direct->hasGeometry) {
        g.type = GeometryType::Point;
        g.coords.assign(1, XY{x, y});
    } else {
        g.type = GeometryType::None;
        g.coords.clear();
    }
    return true;
}

}  // namespace ecotown::geo
