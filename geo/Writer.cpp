#include "geo/Writer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <span>
#include <system_error>

#include <gdal_priv.h>

#include "geo/Error.hpp"
#include "geo/detail/WriterImpl.hpp"

namespace ecotown::geo {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const char* defaultExtension(Format format) {
    switch (format) {
        case Format::GeoJSON:
            return ".geojson";
        case Format::Shapefile:
            return ".shp";
        case Format::GeoPackage:
            return ".gpkg";
        case Format::FlatGeobuf:
            return ".fgb";
        case Format::KML:
            return ".kml";
        case Format::CSV:
            return ".csv";
    }
    return "";
}

}  // namespace

namespace detail {

std::vector<std::string> writerExtensions(Format format, const std::string& path) {
    if (format == Format::Shapefile) {
        return {".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"};
    }
    // keep the user's extension (".json" stays ".json"); GDAL needs a known one for its temp file
    const std::string ext = fs::path(path).extension().string();
    if (!ext.empty() && lower(ext) == defaultExtension(format))
        return {ext};
    if (format == Format::GeoJSON && lower(ext) == ".json")
        return {ext};
    return {defaultExtension(format)};
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Formats

const char* formatName(Format format) {
    switch (format) {
        case Format::GeoJSON:
            return "GeoJSON";
        case Format::Shapefile:
            return "ESRI Shapefile";
        case Format::GeoPackage:
            return "GPKG";
        case Format::FlatGeobuf:
            return "FlatGeobuf";
        case Format::KML:
            return "KML";
        case Format::CSV:
            return "CSV";
    }
    return "unknown";
}

Format formatFromName(const std::string& name) {
    const std::string n = lower(name);
    if (n == "geojson" || n == "json")
        return Format::GeoJSON;
    if (n == "shp" || n == "shapefile" || n == "esri shapefile")
        return Format::Shapefile;
    if (n == "gpkg" || n == "geopackage")
        return Format::GeoPackage;
    if (n == "fgb" || n == "flatgeobuf")
        return Format::FlatGeobuf;
    if (n == "kml")
        return Format::KML;
    if (n == "csv")
        return Format::CSV;
    std::string known;
    for (const auto& f : formatNames())
        known += (known.empty() ? "" : ", ") + f;
    throw UsageError("", "unknown output format '" + name + "' (known: " + known + ")");
}

Format formatFromPath(const std::string& path) {
    const std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".geojson" || ext == ".json")
        return Format::GeoJSON;
    if (ext == ".shp")
        return Format::Shapefile;
    if (ext == ".gpkg")
        return Format::GeoPackage;
    if (ext == ".fgb")
        return Format::FlatGeobuf;
    if (ext == ".kml")
        return Format::KML;
    if (ext == ".csv")
        return Format::CSV;
    throw UsageError(path, ext.empty()
                               ? "cannot tell the output format: the name has no extension"
                               : "cannot tell the output format from the extension '" + ext + "'");
}

std::vector<std::string> formatNames() {
    return {"geojson", "shp", "gpkg", "fgb", "kml", "csv"};
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

namespace detail {

void CPL_STDCALL GdalErrorCapture::handler(CPLErr errorClass, CPLErrorNum, const char* message) {
    auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self == nullptr)
        return;
    if (message == nullptr)
        message = "";
    try {
        if (errorClass == CE_Failure || errorClass == CE_Fatal) {
            if (!self->m_failed)
                self->m_failure = message;
            self->m_failed = true;
        } else if (errorClass == CE_Warning && self->m_warnings.size() < 100) {
            self->m_warnings.emplace_back(message);
        }
    } catch (...) {
        // out of memory while recording: nothing sensible to do inside a C callback
    }
}

bool appendFixed(std::string& out, double value, int decimals) {
    if (!std::isfinite(value))
        return false;
    char buf[400];  // enough for any finite double in fixed notation with up to 17 decimals
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed,
                                   std::clamp(decimals, 0, 17));
    if (ec != std::errc()) {
        appendShortest(out, value);
        return true;
    }
    const char* dot =
        static_cast<const char*>(std::memchr(buf, '.', static_cast<std::size_t>(end - buf)));
    if (dot != nullptr) {
        while (end > dot + 1 && end[-1] == '0')
            --end;
        if (end == dot + 1)
            --end;
    }
    if (end - buf == 2 && buf[0] == '-' && buf[1] == '0') {
        out += '0';  // no "-0" for values that round to zero
        return true;
    }
    out.append(buf, end);
    return true;
}

void appendShortest(std::string& out, double value) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec == std::errc())
        out.append(buf, end);
}

void appendInteger(std::string& out, std::int64_t value) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec == std::errc())
        out.append(buf, end);
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// FeatureWriter::Impl

FeatureWriter::Impl::Impl(std::string path, const Schema& schema, const Crs& sourceCrs,
                          const WriteOptions& options, std::vector<std::string> extensions)
    : m_path(std::move(path)),
      m_extensions(std::move(extensions)),
      m_schema(schema),
      m_options(options),
      m_sourceCrs(sourceCrs) {
    if (m_path.empty())
        throw OutputError(m_path, "no output path given");
    const fs::path p(m_path);
    const fs::path folder = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    m_folder = folder.string();
    std::error_code ec;
    const fs::file_status folderStatus = fs::status(folder, ec);
    if (!fs::exists(folderStatus)) {
        throw OutputError(m_path, "the folder " + m_folder + " does not exist");
    }
    if (!fs::is_directory(folderStatus)) {
        throw OutputError(m_path, m_folder + " is not a folder");
    }
    if (::access(m_folder.c_str(), W_OK | X_OK) != 0) {
        throw OutputError(m_path,
                          "the folder " + m_folder + " is not writable: " + std::strerror(errno));
    }
    if (p.filename().empty() || p.filename() == "." || p.filename() == "..") {
        throw OutputError(m_path, "the output path names no file");
    }
    if (m_options.appendToExisting) {
        // Written in place: no temporary name (so nothing to remove or rename).
        if (m_options.format != Format::GeoPackage) {
            throw UsageError(m_path, "only a GeoPackage can take a further layer");
        }
        if (!fs::is_regular_file(m_path, ec)) {
            throw OutputError(m_path, "cannot add a layer: the GeoPackage does not exist");
        }
        return;
    }
    for (const std::string& ext : m_extensions) {
        const std::string target = finalPath(ext);
        const fs::file_status st = fs::symlink_status(target, ec);
        if (!fs::exists(st))
            continue;
        if (fs::is_directory(fs::status(target, ec))) {
            throw OutputError(m_path, target + " exists and is a folder");
        }
        if (!m_options.overwrite) {
            throw OutputError(m_path,
                              target == m_path
                                  ? "the output exists (overwrite to replace it)"
                                  : "the output exists: " + target + " (overwrite to replace it)");
        }
    }
    std::string pattern = (folder / ("." + stem() + ".tmp-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw OutputError(m_path, "cannot create a temporary folder in " + m_folder + ": " +
                                      std::strerror(errno));
    }
    m_tempDir = pattern;
    m_tempBase = (fs::path(m_tempDir) / stem()).string();
}

FeatureWriter::Impl::~Impl() {
    if (!m_committed)
        removeTemporaries();
}

std::string FeatureWriter::Impl::stem() const {
    const fs::path p(m_path);
    // "out" for out.shp, also when the user left the extension off
    for (const std::string& ext : m_extensions) {
        if (lower(p.extension().string()) == lower(ext))
            return p.stem().string();
    }
    if (lower(p.extension().string()) == ".json")
        return p.stem().string();
    return p.filename().string();
}

std::string FeatureWriter::Impl::tempPath(const std::string& extension) const {
    return m_tempBase + extension;
}

std::string FeatureWriter::Impl::finalPath(const std::string& extension) const {
    const fs::path p(m_path);
    const bool hasOwnExtension =
        !m_extensions.empty() && lower(p.extension().string()) == lower(m_extensions.front());
    if (!m_extensions.empty() && extension == m_extensions.front()) {
        return hasOwnExtension ? m_path : m_path + extension;
    }
    const fs::path base = hasOwnExtension ? p.parent_path() / p.stem() : p;
    return base.string() + extension;
}

OutputError FeatureWriter::Impl::error(const std::string& reason,
                                       std::optional<std::int64_t> fid) const {
    return OutputError(m_path, reason,
                       m_options.format == Format::GeoPackage ? m_options.layerName : std::string(),
                       fid);
}

void FeatureWriter::Impl::note(std::string text) {
    constexpr std::size_t kMaxNotes = 50;
    if (std::find(m_notes.begin(), m_notes.end(), text) != m_notes.end())
        return;
    if (m_notes.size() == kMaxNotes) {
        m_notes.emplace_back("(further notes left out)");
        return;
    }
    if (m_notes.size() > kMaxNotes)
        return;
    m_notes.push_back(std::move(text));
}

void FeatureWriter::Impl::setOutputCrs(const Crs& target, bool explicitTarget) {
    if (!target.isKnown()) {
        m_outputCrs = target;
        return;
    }
    if (!m_sourceCrs.isKnown()) {
        if (explicitTarget) {
            throw UsageError(m_path, "cannot transform to " + target.label() +
                                         ": the coordinate reference system of the source is "
                                         "unknown");
        }
        note(
            "the source has no coordinate reference system: coordinates are written as they "
            "are and declared as " +
            target.label());
        m_outputCrs = target;
        return;
    }
    m_outputCrs = target;
    if (m_sourceCrs.sameAs(target))
        return;
    try {
        m_transform.emplace(m_sourceCrs, target);
    } catch (const Error& e) {
        throw UsageError(m_path, e.reason());
    }
    if (m_transform->isIdentity())
        m_transform.reset();
}

void FeatureWriter::Impl::writeFeature(const Feature& feature) {
    if (m_committed)
        throw error("the output was already committed");
    if (m_failed)
        throw error("an earlier write failed; the output was removed");
    const Geometry* geometry = &feature.geometry;
    if (m_transform && !geometry->isEmpty()) {
        m_scratch = feature.geometry;  // reuses the scratch vectors' capacity
        if (!m_transform->transform(std::span<XY>(m_scratch.coords))) {
            throw error("a coordinate cannot be transformed from " + m_sourceCrs.label() + " to " +
                            m_outputCrs.label(),
                        fidOf(feature));
        }
        geometry = &m_scratch;
    }
    try {
        doWrite(feature, *geometry);
        ++m_written;
    } catch (const FeatureRejected& rejected) {
        throw error(rejected.reason, fidOf(feature));
    } catch (...) {
        m_failed = true;
        abandon();
        removeTemporaries();
        throw;
    }
}

void FeatureWriter::Impl::commitOutput(const ProgressCallback& progress) {
    if (m_committed)
        throw error("the output was already committed");
    if (m_failed)
        throw error("an earlier write failed; the output was removed");
    try {
        doFinish(progress);
        renameIntoPlace();
        m_committed = true;
    } catch (...) {
        m_failed = true;
        abandon();
        removeTemporaries();
        throw;
    }
}

namespace {

// Flushes a file or folder to the disk; errno-style error, 0 on success.
int syncPath(const std::string& path, bool folder) {
    const int fd =
        ::open(path.c_str(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return rc == EINVAL ? 0 : rc;  // a file system that cannot sync folders
}

}  // namespace

namespace detail {
RenameFunction& renameFunction() {
    static RenameFunction f = &std::rename;
    return f;
}
}  // namespace detail

// The new files replace the old ones as one group. Each new file is flushed, given the mode of
// the file it replaces, and renamed over it (sidecars first, the main file last); the old set
// is first hard-linked into a folder beside, from which a failed rename puts every file back.
void FeatureWriter::Impl::renameIntoPlace() {
    if (m_tempBase.empty())
        return;  // appendToExisting: written in place
    std::error_code ec;
    const std::string mainTemp = tempPath(m_extensions.front());
    if (!fs::exists(mainTemp, ec)) {
        std::vector<std::string> extensions;
        for (const auto& e : fs::directory_iterator(m_tempDir, ec))
            extensions.push_back(e.path().extension().string());
        std::sort(extensions.begin(), extensions.end());
        std::string made;
        for (const std::string& e : extensions)
            made += (made.empty() ? "" : ", ") + e;
        std::string reason = "GDAL wrote no " + m_extensions.front() + " file";
        reason += made.empty() ? " (nothing at all)" : " (only " + made + ")";
        if (m_options.format == Format::Shapefile && m_schema.geometryType == GeometryType::None)
            reason +=
                ": a layer without geometry is a lone .dbf table, not a shapefile (write "
                "CSV or GeoPackage)";
        throw error(reason);
    }
    struct Move {
        std::string from, to, aside;
        bool isNew = false, hadOld = false, done = false;
    };
    std::vector<Move> moves;
    for (std::size_t i = m_extensions.size(); i-- > 0;) {
        Move m{tempPath(m_extensions[i]), finalPath(m_extensions[i]), {}};
        m.isNew = fs::exists(fs::symlink_status(m.from, ec));
        m.hadOld = fs::exists(fs::symlink_status(m.to, ec));
        if (m.isNew || m.hadOld)
            moves.push_back(std::move(m));
    }
    for (const Move& m : moves) {
        if (!m.isNew)
            continue;
        if (const int err = syncPath(m.from, false); err != 0)
            throw error("cannot flush " + m.from + " to the disk: " + std::strerror(err));
        struct stat old {};
        if (m.hadOld && ::stat(m.to.c_str(), &old) == 0 && S_ISREG(old.st_mode))
            ::chmod(m.from.c_str(), old.st_mode & 07777);  // a replaced file keeps its mode
    }
    // The old set, kept by hard links until the new one is complete.
    const bool group = m_extensions.size() > 1;
    std::string asideDir;
    auto putBack = [&]() noexcept {
        std::error_code ignored;
        for (Move& m : moves) {
            if (!m.aside.empty() && fs::exists(m.aside, ignored))
                ::rename(m.aside.c_str(), m.to.c_str());  // the old file back, over the new
            else if (m.done && !m.hadOld)
                fs::remove(m.to, ignored);  // a new file where there was none
        }
        if (!asideDir.empty())
            fs::remove_all(asideDir, ignored);
    };
    if (group) {
        for (Move& m : moves) {
            if (!m.hadOld)
                continue;
            if (asideDir.empty()) {
                std::string pattern =
                    (fs::path(m_folder) / ("." + stem() + ".old-XXXXXX")).string();
                if (::mkdtemp(pattern.data()) == nullptr) {
                    throw error("cannot create a folder for the previous output: " +
                                std::string(std::strerror(errno)));
                }
                asideDir = pattern;
            }
            m.aside = (fs::path(asideDir) / fs::path(m.to).filename()).string();
            if (::link(m.to.c_str(), m.aside.c_str()) != 0) {
                const std::string why = std::strerror(errno);
                m.aside.clear();
                putBack();
                throw error("cannot keep the previous output aside: " + why);
            }
        }
    }
    for (Move& m : moves) {
        int rc = 0;
        if (m.isNew) {
            rc = detail::renameFunction()(m.from.c_str(), m.to.c_str());
        } else {  // a sidecar of the replaced output that this output does not have
            fs::remove(m.to, ec);
            if (ec)
                rc = -1, errno = ec.value();
        }
        if (rc != 0) {
            const std::string why = std::strerror(errno);
            putBack();
            throw error("cannot rename the finished output into place (" + m.to + "): " + why +
                        (group ? "; the previous output was put back" : ""));
        }
        m.done = true;
    }
    if (const int err = syncPath(m_folder, true); err != 0)
        note("the folder could not be flushed to the disk: " + std::string(std::strerror(err)));
    if (!asideDir.empty())
        fs::remove_all(asideDir, ec);
    removeTemporaries();  // the private folder, empty but for what a driver left in it
}

void FeatureWriter::Impl::removeTemporaries() noexcept {
    if (m_tempDir.empty())
        return;
    std::error_code ec;
    fs::remove_all(m_tempDir, ec);
}

// ---------------------------------------------------------------------------------------------
// FeatureWriter

FeatureWriter::FeatureWriter(const std::string& path, const Schema& schema, const Crs& sourceCrs,
                             const WriteOptions& options) {
    WriteOptions effective = options;
    if (effective.layerName.empty() && effective.format == Format::GeoPackage) {
        fs::path p(path);
        effective.layerName =
            lower(p.extension().string()) == ".gpkg" ? p.stem().string() : p.filename().string();
    }
    switch (effective.format) {
        case Format::GeoJSON:
            m_impl = detail::makeGeoJsonWriter(path, schema, sourceCrs, effective);
            break;
        case Format::GeoPackage:
            m_impl = detail::makeGpkgWriter(path, schema, sourceCrs, effective);
            break;
        case Format::Shapefile:
        case Format::FlatGeobuf:
        case Format::KML:
        case Format::CSV:
            m_impl = detail::makeOgrWriter(path, schema, sourceCrs, effective);
            break;
    }
}

FeatureWriter::~FeatureWriter() = default;
FeatureWriter::FeatureWriter(FeatureWriter&&) noexcept = default;
FeatureWriter& FeatureWriter::operator=(FeatureWriter&&) noexcept = default;

namespace {
FeatureWriter::Impl& requireImpl(const std::unique_ptr<FeatureWriter::Impl>& impl) {
    if (!impl)
        throw OutputError("", "the writer was moved from");
    return *impl;
}
}  // namespace

void FeatureWriter::write(const Feature& feature) {
    requireImpl(m_impl).writeFeature(feature);
}

void FeatureWriter::commit(const ProgressCallback& progress) {
    requireImpl(m_impl).commitOutput(progress);
}

std::int64_t FeatureWriter::written() const {
    return m_impl ? m_impl->m_written : 0;
}

const std::vector<std::string>& FeatureWriter::notes() const {
    static const std::vector<std::string> none;
    return m_impl ? m_impl->m_notes : none;
}

std::vector<std::string> FeatureWriter::outputFieldNames() const {
    return m_impl ? m_impl->m_fieldNames : std::vector<std::string>{};
}

}  // namespace ecotown::geo
