// Shapefile, FlatGeobuf, KML and CSV through their GDAL drivers, with one reused OGRFeature.
// GDAL 3.6 drivers do not check every write (KML none, FlatGeobuf not its header and index, and
// none the final flush when a file closes), so the files go through a small VSI file system of
// ours ("/vsiecotown/abs/path") that records every failed write, flush or close: a full disk
// can never pass unnoticed.

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/Dataset.hpp"
#include "geo/Error.hpp"
#include "geo/detail/OgrConvert.hpp"
#include "geo/detail/WriterImpl.hpp"

namespace ecotown::geo {
namespace {

// ----- checked file I/O for GDAL ---------------------------------------------------------

constexpr const char* kVsiPrefix = "/vsiecotown";

// What happened to the files of one writer.
struct IoStatus {
    std::atomic<bool> failed{false};
    std::atomic<bool> abandoned{false};  // the output is being thrown away: refuse new writes
    std::mutex mutex;
    std::string message;

    void record(int err) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!failed)
            message = std::strerror(err);
        failed = true;
    }
};

// The writers' temporary bases, so an opened file knows whose status to report to.
class IoRegistry {
  public:
    static IoRegistry& instance() {
        static IoRegistry registry;
        return registry;
    }
    std::shared_ptr<IoStatus> watch(const std::string& prefix) {
        auto status = std::make_shared<IoStatus>();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_watched.emplace_back(prefix, status);
        return status;
    }
    void unwatch(const std::string& prefix) {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::erase_if(m_watched, [&](const auto& w) { return w.first == prefix; });
    }
    std::shared_ptr<IoStatus> find(const char* path) {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto& [prefix, status] : m_watched) {
            // ".x.tmp-5-1" is not the base of ".x.tmp-5-12.shp"
            if (std::strncmp(path, prefix.c_str(), prefix.size()) == 0 &&
                !std::isdigit(static_cast<unsigned char>(path[prefix.size()])))
                return status;
        }
        return nullptr;
    }

  private:
    std::mutex m_mutex;
    std::vector<std::pair<std::string, std::shared_ptr<IoStatus>>> m_watched;
};

// Registers a writer's temporary base for as long as the writer lives.
class IoWatch {
  public:
    explicit IoWatch(std::string base)
        : m_base(std::move(base)), m_status(IoRegistry::instance().watch(m_base)) {}
    ~IoWatch() { IoRegistry::instance().unwatch(m_base); }
    IoWatch(const IoWatch&) = delete;
    IoWatch& operator=(const IoWatch&) = delete;
    IoStatus& status() const { return *m_status; }

  private:
    std::string m_base;
    std::shared_ptr<IoStatus> m_status;
};

// A file of ours under GDAL: POSIX pread/pwrite with our own buffers. Seeks cost no system call
// and sequential writes are coalesced (shapelib seeks before every record; through stdio each
// seek costs an lseek and a block read). Every failed write is recorded in `status`.
class CheckedFile {
  public:
    CheckedFile(int fd, bool append, std::shared_ptr<IoStatus> status)
        : m_fd(fd), m_append(append), m_status(std::move(status)) {
        struct stat st {};
        if (::fstat(fd, &st) == 0)
            m_size = static_cast<std::uint64_t>(st.st_size);
        if (append)
            m_pos = m_size;
    }
    ~CheckedFile() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    CheckedFile(const CheckedFile&) = delete;
    CheckedFile& operator=(const CheckedFile&) = delete;

    std::uint64_t tell() const { return m_pos; }
    bool eof() const { return m_eof; }

    int seek(std::uint64_t offset, int whence) {
        std::uint64_t base = 0;
        if (whence == SEEK_CUR)
            base = m_pos;
        if (whence == SEEK_END)
            base = m_size;
        m_pos = base + offset;  // vsi_l_offset arithmetic wraps like GDAL's own handlers
        m_eof = false;
        return 0;
    }

    std::size_t read(void* buffer, std::size_t size, std::size_t count) {
        if (size == 0 || count == 0)
            return 0;
        if (!flushWrites())
            return 0;
        auto* out = static_cast<char*>(buffer);
        const std::size_t wanted = size * count;
        std::size_t done = 0;
        while (done < wanted) {
            if (m_pos >= m_readStart && m_pos < m_readStart + m_readLength) {
                const std::size_t at = static_cast<std::size_t>(m_pos - m_readStart);
                const std::size_t n = std::min(wanted - done, m_readLength - at);
                std::memcpy(out + done, m_readBuffer.data() + at, n);
                done += n;
                m_pos += n;
                continue;
            }
            if (wanted - done >= kReadBuffer) {  // large reads go straight to the caller
                const ssize_t n = preadAll(out + done, wanted - done, m_pos);
                if (n <= 0)
                    break;
                done += static_cast<std::size_t>(n);
                m_pos += static_cast<std::uint64_t>(n);
                if (static_cast<std::size_t>(n) < wanted - done)
                    break;
                continue;
            }
            m_readBuffer.resize(kReadBuffer);
            const ssize_t n = preadAll(m_readBuffer.data(), kReadBuffer, m_pos);
            m_readStart = m_pos;
            m_readLength = n > 0 ? static_cast<std::size_t>(n) : 0;
            if (m_readLength == 0)
                break;
        }
        if (done < wanted)
            m_eof = true;
        return done / size;
    }

    std::size_t write(const void* buffer, std::size_t size, std::size_t count) {
        if (m_status && m_status->abandoned) {
            errno = ECANCELED;
            return 0;
        }
        if (size == 0 || count == 0)
            return 0;
        if (m_append)
            m_pos = m_size;
        const std::size_t n = size * count;
        m_readLength = 0;  // simple coherence: written data is read back from the file
        // Writes within or right after the buffered range join it (a .dbf record overwrites
        // the end-of-file byte written after the previous one); any other position flushes.
        if (!m_writeBuffer.empty() &&
            (m_pos < m_writeStart || m_pos > m_writeStart + m_writeBuffer.size())) {
            if (!flushWrites())
                return 0;
        }
        if (m_writeBuffer.empty())
            m_writeStart = m_pos;
        if (n >= kWriteBuffer) {
            if (!flushWrites() || !pwriteAll(static_cast<const char*>(buffer), n, m_pos))
                return 0;
        } else {
            const auto offset = static_cast<std::size_t>(m_pos - m_writeStart);
            if (offset + n > m_writeBuffer.size())
                m_writeBuffer.resize(offset + n);
            std::memcpy(m_writeBuffer.data() + offset, buffer, n);
            if (m_writeBuffer.size() >= kWriteBuffer && !flushWrites())
                return 0;
        }
        m_pos += n;
        m_size = std::max(m_size, m_pos);
        return count;
    }

    bool flushWrites() {
        if (m_writeBuffer.empty())
            return true;
        const bool ok = pwriteAll(m_writeBuffer.data(), m_writeBuffer.size(), m_writeStart);
        m_writeBuffer.clear();
        return ok;
    }

    bool truncate(std::uint64_t size) {
        if (!flushWrites())
            return false;
        m_readLength = 0;
        if (::ftruncate(m_fd, static_cast<off_t>(size)) != 0)
            return fail();
        m_size = size;
        return true;
    }

    bool close() {
        bool ok = flushWrites();
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0)
            ok = fail();
        return ok;
    }

  private:
    static constexpr std::size_t kWriteBuffer = 1 << 18;
    static constexpr std::size_t kReadBuffer = 1 << 16;

    bool fail() {
        if (m_status)
            m_status->record(errno);
        return false;
    }

    bool pwriteAll(const char* p, std::size_t n, std::uint64_t at) {
        while (n > 0) {
            const ssize_t w = ::pwrite(m_fd, p, n, static_cast<off_t>(at));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                if (w == 0)
                    errno = ENOSPC;
                return fail();
            }
            p += w;
            n -= static_cast<std::size_t>(w);
            at += static_cast<std::uint64_t>(w);
        }
        return true;
    }

    ssize_t preadAll(char* p, std::size_t n, std::uint64_t at) {
        std::size_t done = 0;
        while (done < n) {
            const ssize_t r = ::pread(m_fd, p + done, n - done, static_cast<off_t>(at + done));
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0)
                return done > 0 ? static_cast<ssize_t>(done) : -1;
            if (r == 0)
                break;
            done += static_cast<std::size_t>(r);
        }
        return static_cast<ssize_t>(done);
    }

    int m_fd = -1;
    bool m_append = false;
    std::shared_ptr<IoStatus> m_status;  // null for files of no writer or opened to read
    std::uint64_t m_pos = 0;
    std::uint64_t m_size = 0;  // including buffered writes
    bool m_eof = false;
    std::vector<char> m_writeBuffer;  // the bytes for [m_writeStart, + size)
    std::uint64_t m_writeStart = 0;
    std::vector<char> m_readBuffer;  // a copy of [m_readStart, + m_readLength)
    std::uint64_t m_readStart = 0;
    std::size_t m_readLength = 0;
};

int vsiStat(void*, const char* path, VSIStatBufL* buf, int) {
    return ::stat64(path, buf);
}
int vsiUnlink(void*, const char* path) {
    return ::unlink(path);
}
int vsiRename(void*, const char* from, const char* to) {
    return std::rename(from, to);
}
int vsiMkdir(void*, const char* path, long mode) {
    return ::mkdir(path, static_cast<mode_t>(mode));
}
int vsiRmdir(void*, const char* path) {
    return ::rmdir(path);
}

char** vsiReadDir(void*, const char* path, int maxFiles) {
    DIR* dir = ::opendir(path);
    if (dir == nullptr)
        return nullptr;
    CPLStringList names;
    while (const dirent* e = ::readdir(dir)) {
        names.AddString(e->d_name);
        if (maxFiles > 0 && names.size() >= maxFiles)
            break;
    }
    ::closedir(dir);
    return names.StealList();
}

void* vsiOpen(void*, const char* path, const char* access) {
    const bool plus = std::strchr(access, '+') != nullptr;
    int flags = 0;
    switch (access[0]) {
        case 'r':
            flags = plus ? O_RDWR : O_RDONLY;
            break;
        case 'w':
            flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
            break;
        case 'a':
            flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT;
            break;
        default:
            errno = EINVAL;
            return nullptr;
    }
    const bool writing = (flags & (O_WRONLY | O_RDWR)) != 0;
    auto status = writing ? IoRegistry::instance().find(path) : nullptr;
    if (status && status->abandoned) {
        errno = ECANCELED;
        return nullptr;
    }
    // Our files live in a private folder (mkdtemp): never follow a link planted in its place.
    const int fd = ::open(path, flags | O_CLOEXEC | (writing ? O_NOFOLLOW : 0), 0666);
    if (fd < 0)
        return nullptr;
    return new CheckedFile(fd, access[0] == 'a', std::move(status));
}

vsi_l_offset vsiTell(void* f) {
    return static_cast<CheckedFile*>(f)->tell();
}
int vsiSeek(void* f, vsi_l_offset offset, int whence) {
    return static_cast<CheckedFile*>(f)->seek(offset, whence);
}
size_t vsiRead(void* f, void* buffer, size_t size, size_t count) {
    return static_cast<CheckedFile*>(f)->read(buffer, size, count);
}
int vsiEof(void* f) {
    return static_cast<CheckedFile*>(f)->eof() ? 1 : 0;
}
size_t vsiWrite(void* f, const void* buffer, size_t size, size_t count) {
    return static_cast<CheckedFile*>(f)->write(buffer, size, count);
}
int vsiFlush(void* f) {
    return static_cast<CheckedFile*>(f)->flushWrites() ? 0 : -1;
}
int vsiTruncate(void* f, vsi_l_offset size) {
    return static_cast<CheckedFile*>(f)->truncate(size) ? 0 : -1;
}
int vsiClose(void* f) {
    auto* file = static_cast<CheckedFile*>(f);
    const bool ok = file->close();
    delete file;
    return ok ? 0 : -1;
}

void installCheckedFileSystem() {
    static std::once_flag once;
    std::call_once(once, [] {
        VSIFilesystemPluginCallbacksStruct* cb = VSIAllocFilesystemPluginCallbacksStruct();
        cb->stat = vsiStat;
        cb->unlink = vsiUnlink;
        cb->rename = vsiRename;
        cb->mkdir = vsiMkdir;
        cb->rmdir = vsiRmdir;
        cb->read_dir = vsiReadDir;
        cb->open = vsiOpen;
        cb->tell = vsiTell;
        cb->seek = vsiSeek;
        cb->read = vsiRead;
        cb->eof = vsiEof;
        cb->write = vsiWrite;
        cb->flush = vsiFlush;
        cb->truncate = vsiTruncate;
        cb->close = vsiClose;
        VSIInstallPluginHandler(kVsiPrefix, cb);  // copies the struct
        VSIFreeFilesystemPluginCallbacksStruct(cb);
    });
}

// The GDAL name of a local file: our prefix before its absolute path.
std::string checkedPath(const std::string& path) {
    return kVsiPrefix + std::filesystem::absolute(path).lexically_normal().string();
}

// ----- names and options -----------------------------------------------------------------

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

// The shapefile encodings we write, as GDAL's ENCODING layer creation option spells them.
std::string shapefileEncoding(const std::string& path, const std::string& requested) {
    const std::string e = upper(requested);
    if (e.empty() || e == "UTF-8" || e == "UTF8")
        return "UTF-8";
    if (e == "CP874" || e == "874" || e == "WINDOWS-874" || e == "TIS-620" || e == "TIS620") {
        return "CP874";
    }
    throw UsageError(path,
                     "unsupported shapefile encoding '" + requested + "' (use UTF-8 or CP874)");
}

// The longest prefix of `name` that takes at most `limit` bytes in the output encoding: UTF-8
// counts bytes, CP874 one byte per character (Thai included). Never splits a character.
std::string truncateName(const std::string& name, std::size_t limit, bool utf8) {
    std::size_t bytes = 0;
    std::size_t units = 0;
    std::size_t i = 0;
    while (i < name.size()) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        len = std::min(len, name.size() - i);
        const std::size_t cost = utf8 ? len : 1;
        if (units + cost > limit)
            break;
        units += cost;
        bytes = i + len;
        i += len;
    }
    return name.substr(0, bytes);
}

std::string lowerAscii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// dBase field names: at most 10 bytes, unique ignoring case. Clashes get GDAL's own scheme
// ("province_1", then "provinc_10"), so the names are what GDAL would have chosen.
std::vector<std::string> shapefileFieldNames(const std::vector<FieldDef>& fields, bool utf8,
                                             std::vector<std::string>& renames) {
    constexpr std::size_t kMax = 10;
    std::vector<std::string> out;
    std::vector<std::string> taken;  // lower case
    auto isTaken = [&](const std::string& n) {
        return std::find(taken.begin(), taken.end(), lowerAscii(n)) != taken.end();
    };
    for (const FieldDef& field : fields) {
        std::string name = truncateName(field.name, kMax, utf8);
        if (name.empty())
            name = "field";
        if (isTaken(name)) {
            const std::string stem8 =
                truncateName(field.name.empty() ? "field" : field.name, 8, utf8);
            const std::string stem7 =
                truncateName(field.name.empty() ? "field" : field.name, 7, utf8);
            for (int n = 1; n < 1000 && isTaken(name); ++n) {
                name = n < 10 ? stem8 + "_" + std::to_string(n)
                              : (n < 100 ? stem8 : stem7) + std::to_string(n);
            }
        }
        if (name != field.name)
            renames.push_back(field.name + " -> " + name);
        taken.push_back(lowerAscii(name));
        out.push_back(name);
    }
    return out;
}

class CslOptions {
  public:
    CslOptions() = default;
    ~CslOptions() { CSLDestroy(m_list); }
    CslOptions(const CslOptions&) = delete;
    CslOptions& operator=(const CslOptions&) = delete;
    void set(const char* key, const std::string& value) {
        m_list = CSLSetNameValue(m_list, key, value.c_str());
    }
    char** get() const { return m_list; }

  private:
    char** m_list = nullptr;
};

class OgrWriter final : public FeatureWriter::Impl {
  public:
    OgrWriter(const std::string& path, const Schema& schema, const Crs& sourceCrs,
              const WriteOptions& options)
        : Impl(path, schema, sourceCrs, options, detail::writerExtensions(options.format, path)),
          m_format(options.format),
          m_watch(std::filesystem::absolute(m_tempBase).lexically_normal().string()),
          m_io(m_watch.status()) {
        initGdal();  // the one GDAL initialisation (Dataset.hpp)
        installCheckedFileSystem();
        m_lonLat = m_format == Format::CSV && options.csvGeometry == CsvGeometry::LonLat;
        chooseCrs(options);
        if (m_format != Format::Shapefile && !options.encoding.empty() &&
            upper(options.encoding) != "UTF-8" && upper(options.encoding) != "UTF8") {
            note(std::string(formatName(m_format)) + " text is always UTF-8; the encoding " +
                 options.encoding + " applies to shapefiles only");
        }

        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(formatName(m_format));
        if (driver == nullptr) {
            throw error(std::string("GDAL has no ") + formatName(m_format) + " driver");
        }
        CslOptions layerOptions;
        OGRwkbGeometryType geometryType = detail::toOgrType(schema.geometryType, schema.hasZ);
        std::vector<std::string> names;
        for (const FieldDef& f : schema.fields)
            names.push_back(f.name);
        switch (m_format) {
            case Format::Shapefile: {
                if (schema.geometryType == GeometryType::GeometryCollection) {
                    throw error(
                        "a shapefile cannot hold a layer of GeometryCollections (write "
                        "GeoPackage, GeoJSON, FlatGeobuf or KML to keep them)");
                }
                const std::string encoding = shapefileEncoding(m_path, options.encoding);
                layerOptions.set("ENCODING", encoding);
                std::vector<std::string> renames;
                names = shapefileFieldNames(schema.fields, encoding == "UTF-8", renames);
                for (const std::string& r : renames) {
                    note("field renamed for the shapefile (10-byte names): " + r);
                }
                break;
            }
            case Format::FlatGeobuf:
                layerOptions.set("SPATIAL_INDEX", options.spatialIndex ? "YES" : "NO");
                // its temporary feature file next to ours, named after ours, checked too
                layerOptions.set("TEMPORARY_DIR", checkedPath(m_tempDir));
                // One geometry type per file: shapefile-style layers mix Polygon and
                // MultiPolygon, so single types are written as their multi type.
                if (schema.geometryType == GeometryType::Polygon ||
                    schema.geometryType == GeometryType::LineString) {
                    geometryType = OGR_GT_GetCollection(geometryType);
                    m_promote = true;
                    note(std::string("FlatGeobuf: ") + geometryTypeName(schema.geometryType) +
                         " geometries written as " +
                         geometryTypeName(detail::fromOgrType(geometryType)));
                }
                break;
            case Format::CSV:
                if (m_lonLat) {
                    for (const FieldDef& f : schema.fields) {
                        if (lowerAscii(f.name) == "lon" || lowerAscii(f.name) == "lat") {
                            throw UsageError(m_path, "CSV lon/lat columns clash with the field '" +
                                                         f.name + "'");
                        }
                    }
                    if (schema.geometryType != GeometryType::Point &&
                        schema.geometryType != GeometryType::None) {
                        throw UsageError(m_path, std::string("CSV lon/lat columns need points; "
                                                             "the layer has ") +
                                                     geometryTypeName(schema.geometryType));
                    }
                    geometryType = wkbNone;
                } else if (geometryType != wkbNone) {
                    layerOptions.set("GEOMETRY", "AS_WKT");
                }
                break;
            case Format::KML:
            case Format::GeoJSON:
            case Format::GeoPackage:
                break;
        }

        detail::GdalErrorCapture capture;
        const std::string temp = checkedPath(tempPath(m_extensions.front()));
        m_dataset.reset(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!m_dataset)
            throw error("cannot create the file: " + capture.failure());
        const detail::OgrSrsPtr srs =
            geometryType == wkbNone ? nullptr : detail::newOgrSrs(m_outputCrs);
        m_layer =
            m_dataset->CreateLayer(stem().c_str(), srs.get(), geometryType, layerOptions.get());
        if (m_layer == nullptr)
            throw error("cannot create the layer: " + capture.failure());
        m_geometryType = geometryType;

        if (m_lonLat) {
            for (const char* name : {"lon", "lat"}) {
                OGRFieldDefn def(name, OFTReal);
                if (m_layer->CreateField(&def, FALSE) != OGRERR_NONE) {
                    throw error(std::string("cannot create the field ") + name + ": " +
                                capture.failure());
                }
            }
        }
        OGRFeatureDefn* defn = m_layer->GetLayerDefn();
        for (std::size_t i = 0; i < schema.fields.size(); ++i) {
            const FieldDef& field = schema.fields[i];
            FieldType type = field.type;
            if (m_format == Format::Shapefile && type == FieldType::DateTime) {
                // dBase has dates only: keep the ISO 8601 text rather than lose the time
                type = FieldType::String;
                note("field " + names[i] +
                     ": date-time written as ISO 8601 text (shapefiles "
                     "have no date-time type)");
            }
            m_setTypes.push_back(type);
            // KML layers come with "Name" and "Description" (the placemark's <name> and
            // <description>): a field of that name is written there.
            if (m_format == Format::KML &&
                (lowerAscii(names[i]) == "name" || lowerAscii(names[i]) == "description")) {
                const int existing = defn->GetFieldIndex(names[i].c_str());
                if (existing >= 0) {
                    m_ogrIndex.push_back(existing);
                    continue;
                }
            }
            OGRFieldType ogrType;
            OGRFieldSubType subType;
            detail::toOgrFieldType(type, ogrType, subType);
            OGRFieldDefn def(names[i].c_str(), ogrType);
            def.SetSubType(subType);
            if (field.width > 0 && (type == FieldType::String || type == FieldType::Real)) {
                def.SetWidth(m_format == Format::Shapefile ? std::min(field.width, 254)
                                                           : field.width);
                if (type == FieldType::Real)
                    def.SetPrecision(field.precision);
            }
            const int before = defn->GetFieldCount();
            if (m_layer->CreateField(&def, FALSE) != OGRERR_NONE ||
                defn->GetFieldCount() != before + 1) {
                throw error("cannot create the field " + names[i] + ": " + capture.failure());
            }
            m_ogrIndex.push_back(before);  // appended last, whatever name the driver gave it
        }
        for (int index : m_ogrIndex)
            m_fieldNames.emplace_back(defn->GetFieldDefn(index)->GetNameRef());
        m_feature.reset(OGRFeature::CreateFeature(defn));
        keepWarnings(capture);
    }

    ~OgrWriter() override { abandon(); }

  protected:
    void doWrite(const Feature& feature, const Geometry& geometry) override {
        OGRFeature& f = *m_feature;
        static const FieldValue kNull;
        for (std::size_t i = 0; i < m_ogrIndex.size(); ++i) {
            detail::setField(f, m_ogrIndex[i],
                             i < feature.values.size() ? feature.values[i] : kNull, m_setTypes[i]);
        }
        if (m_lonLat) {
            if (geometry.isNull() || geometry.isEmpty()) {
                f.SetFieldNull(0);
                f.SetFieldNull(1);
            } else if (geometry.type == GeometryType::Point) {
                f.SetField(0, geometry.coords[0].x);
                f.SetField(1, geometry.coords[0].y);
            } else {
                throw FeatureRejected{std::string("CSV lon/lat columns need points, not a ") +
                                      geometryTypeName(geometry.type)};
            }
        } else if (m_geometryType != wkbNone) {
            if (m_format == Format::Shapefile &&
                geometry.type == GeometryType::GeometryCollection) {
                throw FeatureRejected{
                    "a shapefile cannot hold a GeometryCollection (write GeoPackage, GeoJSON, "
                    "FlatGeobuf or KML to keep it)"};
            }
            if (m_format == Format::FlatGeobuf && geometry.isEmpty()) {
                ++m_skipped;  // GDAL 3.6 FlatGeobuf silently drops such features: say so
                return;
            }
            setGeometry(f, geometry);
        }
        f.SetFID(OGRNullFID);
        detail::GdalErrorCapture capture;
        const OGRErr err = m_layer->CreateFeature(&f);
        if (err != OGRERR_NONE || capture.failed() || m_io.failed) {
            throw error(
                "cannot write the feature: " + ioFailure(capture.failure("the driver refused it")),
                fidOf(feature));
        }
        if (!capture.warnings().empty())
            keepWarnings(capture);
    }

    void doFinish(const ProgressCallback& progress) override {
        const bool indexing = m_format == Format::FlatGeobuf && m_options.spatialIndex;
        const std::string stage = indexing ? "building spatial index" : "finishing";
        if (progress && !progress(stage, 0, m_written))
            throw Cancelled(m_path, "cancelled");
        m_feature.reset();
        detail::GdalErrorCapture capture;
        m_dataset.reset();  // GDALClose: in GDAL 3.6 failures only show as CPLError or in m_io
        if (capture.failed() || m_io.failed) {
            throw error("cannot finish the file: " + ioFailure(capture.failure()));
        }
        keepWarnings(capture);
        if (m_skipped > 0) {
            note(std::to_string(m_skipped) +
                 " feature(s) without geometry left out: FlatGeobuf "
                 "(GDAL 3.6) cannot store them");
        }
        if (progress && !progress(stage, m_written, m_written)) {
            throw Cancelled(m_path, "cancelled");
        }
    }

    void abandon() noexcept override {
        m_io.abandoned = true;  // no driver work (e.g. a FlatGeobuf index) for a lost output
        m_feature.reset();
        if (m_dataset) {
            detail::GdalErrorCapture quiet;  // the output is being removed: errors do not matter
            m_dataset->MarkSuppressOnClose();
            m_dataset.reset();
        }
    }

  private:
    void chooseCrs(const WriteOptions& options) {
        const bool wgs84Only = m_format == Format::KML || m_lonLat;
        if (wgs84Only) {
            if (options.targetCrs && options.targetCrs->isKnown() &&
                !options.targetCrs->isWgs84()) {
                throw UsageError(
                    m_path,
                    std::string(m_format == Format::KML ? "KML" : "CSV with lon/lat columns") +
                        " is always WGS 84; it cannot be written in " + options.targetCrs->label());
            }
            setOutputCrs(Crs::wgs84(), false);
            return;
        }
        if (options.targetCrs) {
            setOutputCrs(*options.targetCrs, true);
        } else {
            setOutputCrs(m_sourceCrs, false);
        }
    }

    void setGeometry(OGRFeature& f, const Geometry& geometry) {
        // Points reuse one OGRPoint owned by the feature: no allocation per feature.
        if (geometry.type == GeometryType::Point && !geometry.isEmpty() && !m_promote) {
            if (m_point == nullptr || f.GetGeometryRef() != m_point) {
                m_point = new OGRPoint();
                f.SetGeometryDirectly(m_point);
            }
            m_point->setX(geometry.coords[0].x);
            m_point->setY(geometry.coords[0].y);
            if (geometry.hasZ())
                m_point->setZ(geometry.z[0]);
            return;
        }
        m_point = nullptr;
        detail::OgrGeometryPtr ogr = detail::toOgr(geometry);
        OGRGeometry* g = ogr.release();
        if (g != nullptr && m_promote &&
            !OGR_GT_IsSubClassOf(g->getGeometryType(), wkbGeometryCollection)) {
            g = OGRGeometryFactory::forceTo(g, m_geometryType);
        }
        f.SetGeometryDirectly(g);
    }

    // The recorded I/O failure (the real cause, e.g. "No space left on device") before GDAL's.
    std::string ioFailure(const std::string& gdalMessage) {
        if (!m_io.failed)
            return gdalMessage;
        std::lock_guard<std::mutex> lock(m_io.mutex);
        return m_io.message;
    }

    void keepWarnings(const detail::GdalErrorCapture& capture) {
        for (const std::string& w : capture.warnings())
            note(std::string("GDAL: ") + w);
    }

    Format m_format;
    IoWatch m_watch;  // our temporary base, registered while we live (declared before
                      // m_dataset, so the files are closed before it goes)
    IoStatus& m_io;   // m_watch's: failures of the files GDAL writes for us
    std::int64_t m_skipped = 0;
    bool m_lonLat = false;
    bool m_promote = false;  // FlatGeobuf: single geometries written as their multi type
    OGRwkbGeometryType m_geometryType = wkbNone;
    GDALDatasetUniquePtr m_dataset;
    OGRLayer* m_layer = nullptr;        // owned by m_dataset
    OGRFeatureUniquePtr m_feature;      // reused for every feature
    OGRPoint* m_point = nullptr;        // owned by m_feature
    std::vector<int> m_ogrIndex;        // OGR field index per schema field
    std::vector<FieldType> m_setTypes;  // how each value is set (DateTime as text in .dbf)
};

}  // namespace

namespace detail {

std::unique_ptr<FeatureWriter::Impl> makeOgrWriter(const std::string& path, const Schema& schema,
                                                   const Crs& sourceCrs,
                                                   const WriteOptions& options) {
    return std::make_unique<OgrWriter>(path, schema, sourceCrs, options);
}

}  // namespace detail
}  // namespace ecotown::geo
