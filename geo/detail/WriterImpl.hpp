#pragma once
// Private to geo/: what every format writer behind FeatureWriter shares — the target checks,
// temporary names in the target folder and their clean-up, the rename on commit, the coordinate
// transformation of each feature — and the factories of the three writer families.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <cpl_error.h>

#include "geo/Crs.hpp"
#include "geo/Error.hpp"
#include "geo/Feature.hpp"
#include "geo/Progress.hpp"
#include "geo/Writer.hpp"

namespace ecotown::geo {

// Thrown by a writer's doWrite() when it refuses a feature before writing any of it: the output
// stays usable and the caller gets an OutputError naming the feature.
struct FeatureRejected {
    std::string reason;
};

struct FeatureWriter::Impl {
    // Checks the target folder and the existing output (`extensions`: the files the format
    // writes, main file first, e.g. .shp .shx .dbf .prj .cpg) and chooses the temporary base.
    Impl(std::string path, const Schema& schema, const Crs& sourceCrs, const WriteOptions& options,
         std::vector<std::string> extensions);
    virtual ~Impl();
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    void writeFeature(const Feature& feature);
    void commitOutput(const ProgressCallback& progress);

    std::int64_t m_written = 0;
    std::vector<std::string> m_notes;
    std::vector<std::string> m_fieldNames;  // as written

  protected:
    virtual void doWrite(const Feature& feature, const Geometry& geometry) = 0;
    // Finishes and closes the temporary output; the base class then renames it into place.
    virtual void doFinish(const ProgressCallback& progress) = 0;
    // Closes every handle without caring for the result (the temporary files are removed next).
    virtual void abandon() noexcept = 0;

    // Sets the CRS the output is written in and the transformation from the source CRS.
    // `explicitTarget`: the user asked for it (an unknown source CRS is then an error; otherwise
    // coordinates are written as they are). Throws UsageError naming the path.
    void setOutputCrs(const Crs& target, bool explicitTarget);
    // The final path of the file with this extension (the output path itself for the first).
    std::string finalPath(const std::string& extension) const;
    // The temporary path for the output file with this extension (".out.tmp-12-0.shp").
    std::string tempPath(const std::string& extension) const;
    // An OutputError about this output; `fid` from the feature when it has one.
    OutputError error(const std::string& reason, std::optional<std::int64_t> fid = {}) const;
    std::optional<std::int64_t> fidOf(const Feature& feature) const {
        return feature.fid >= 0 ? std::optional<std::int64_t>(feature.fid) : std::nullopt;
    }
    void note(std::string text);  // deduplicated, capped
    // The stem of the output path ("factories" for /x/factories.gpkg).
    std::string stem() const;

    std::string m_path;
    std::string m_folder;
    // A fresh folder beside the target, made by mkdtemp (unguessable name, mode 0700, created
    // exclusively), which holds everything written until the commit: m_tempBase is
    // m_tempDir + "/stem" (without extension). Both empty when writing in place.
    std::string m_tempDir;
    std::string m_tempBase;
    std::vector<std::string> m_extensions;
    Schema m_schema;
    WriteOptions m_options;
    Crs m_sourceCrs;
    Crs m_outputCrs;
    std::optional<CoordinateTransform> m_transform;  // none: coordinates are written as they are

  private:
    void removeTemporaries() noexcept;
    void renameIntoPlace();

    Geometry m_scratch;  // the transformed geometry of the current feature
    bool m_committed = false;
    bool m_failed = false;
};

namespace detail {

std::unique_ptr<FeatureWriter::Impl> makeGeoJsonWriter(const std::string& path,
                                                       const Schema& schema, const Crs& sourceCrs,
                                                       const WriteOptions& options);
std::unique_ptr<FeatureWriter::Impl> makeGpkgWriter(const std::string& path, const Schema& schema,
                                                    const Crs& sourceCrs,
                                                    const WriteOptions& options);
// Shapefile, FlatGeobuf, KML and CSV through their GDAL drivers.
std::unique_ptr<FeatureWriter::Impl> makeOgrWriter(const std::string& path, const Schema& schema,
                                                   const Crs& sourceCrs,
                                                   const WriteOptions& options);

// The rename(2) that moves an output into place; tests replace it to fail at a chosen step.
using RenameFunction = int (*)(const char* from, const char* to);
RenameFunction& renameFunction();

// The files a format writes, main file first: for a shapefile all its sidecars (checked for an
// existing output and replaced together, stale ones of an older output removed).
std::vector<std::string> writerExtensions(Format format, const std::string& path);

// Captures GDAL's errors and warnings while it lives (a handler pushed on GDAL's thread-local
// stack; it only records, it never throws through GDAL).
class GdalErrorCapture {
  public:
    GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this); }
    ~GdalErrorCapture() { CPLPopErrorHandler(); }
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    bool failed() const { return m_failed; }
    // The first failure, or `fallback` when there was none.
    std::string failure(const std::string& fallback = "unknown GDAL error") const {
        return m_failure.empty() ? fallback : m_failure;
    }
    const std::vector<std::string>& warnings() const { return m_warnings; }

  private:
    static void CPL_STDCALL handler(CPLErr errorClass, CPLErrorNum, const char* message);
    bool m_failed = false;
    std::string m_failure;
    std::vector<std::string> m_warnings;
};

// Locale-independent number text: `decimals` fixed decimals with trailing zeros trimmed
// ("101.28", "-0.5", "3"); appends to `out`. False when the value is not finite.
bool appendFixed(std::string& out, double value, int decimals);
// Shortest text that reads back as the same double ("0.1", "1e+20").
void appendShortest(std::string& out, double value);
void appendInteger(std::string& out, std::int64_t value);

}  // namespace detail
}  // namespace ecotown::geo
