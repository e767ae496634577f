// GeoJSON (RFC 7946) written by our own streaming writer: GDAL's driver is several times slower
// for large point layers (bench/README.md). One feature per line, numbers by std::to_chars.

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <variant>
#include <vector>

#include "geo/Error.hpp"
#include "geo/detail/OgrConvert.hpp"
#include "geo/detail/WriterImpl.hpp"

namespace ecotown::geo {
namespace {

constexpr std::size_t kFlushAt = 1 << 20;

// A file descriptor with our own output buffer. Owns the descriptor.
class BufferedFile {
  public:
    BufferedFile() { m_buffer.reserve(kFlushAt + (64 << 10)); }
    ~BufferedFile() { closeQuietly(); }
    BufferedFile(const BufferedFile&) = delete;
    BufferedFile& operator=(const BufferedFile&) = delete;

    // Returns errno on failure, 0 on success.
    int create(const std::string& path) {
        m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        return m_fd < 0 ? errno : 0;
    }
    std::string& buffer() { return m_buffer; }
    bool wantsFlush() const { return m_buffer.size() >= kFlushAt; }

    // Returns errno on failure, 0 on success.
    int flush() {
        const char* p = m_buffer.data();
        std::size_t left = m_buffer.size();
        while (left > 0) {
            const ssize_t n = ::write(m_fd, p, left);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return errno;
            }
            if (n == 0)
                return ENOSPC;
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        m_buffer.clear();
        return 0;
    }
    int close() {
        int err = flush();
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0 && err == 0)
            err = errno;
        return err;
    }
    void closeQuietly() noexcept {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

  private:
    int m_fd = -1;
    std::string m_buffer;
};

void appendJsonString(std::string& out, const std::string& s) {
    static const char* const kHex = "0123456789abcdef";
    out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s, runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
        }
    }
    out.append(s, runStart, std::string::npos);
    out += '"';
}

// "urn:ogc:def:crs:EPSG::32647" for the legacy "crs" member.
std::string crsUrn(const Crs& crs) {
    const std::string& code = crs.authorityCode();
    if (code == "OGC:CRS84")
        return "urn:ogc:def:crs:OGC:1.3:CRS84";
    const auto colon = code.find(':');
    if (colon != std::string::npos) {
        return "urn:ogc:def:crs:" + code.substr(0, colon) + "::" + code.substr(colon + 1);
    }
    return crs.name();
}

class GeoJsonWriter final : public FeatureWriter::Impl {
  public:
    GeoJsonWriter(const std::string& path, const Schema& schema, const Crs& sourceCrs,
                  const WriteOptions& options)
        : Impl(path, schema, sourceCrs, options, detail::writerExtensions(Format::GeoJSON, path)) {
        const bool explicitTarget = options.targetCrs.has_value();
        setOutputCrs(explicitTarget ? *options.targetCrs : Crs::wgs84(), explicitTarget);
        const bool legacyCrs = m_outputCrs.isKnown() && !m_outputCrs.isWgs84();
        const bool degrees = !m_outputCrs.isKnown() || m_outputCrs.isGeographic();
        // coordinatePrecision counts decimals of degrees; 1e-7 degree is about 1 cm, so
        // projected coordinates in metres get 4 decimals fewer (7 -> 3, millimetres).
        m_decimals =
            degrees ? options.coordinatePrecision : std::max(0, options.coordinatePrecision - 4);
        if (legacyCrs) {
            note("GeoJSON written in " + m_outputCrs.label() +
                 " with a legacy \"crs\" member: this is not RFC 7946 (which requires WGS 84 "
                 "longitude/latitude)");
        }
        if (options.encoding != "UTF-8" && !options.encoding.empty()) {
            note("GeoJSON text is always UTF-8; the encoding " + options.encoding +
                 " applies to shapefiles only");
        }
        for (std::size_t i = 0; i < schema.fields.size(); ++i) {
            std::string key = i == 0 ? "" : ",";
            appendJsonString(key, schema.fields[i].name);
            key += ':';
            m_keys.push_back(std::move(key));
            m_fieldNames.push_back(schema.fields[i].name);
        }
        if (const int err = m_file.create(tempPath(m_extensions.front())); err != 0) {
            throw error("cannot create a file in " + m_folder + ": " + std::strerror(err));
        }
        std::string& out = m_file.buffer();
        out += "{\"type\":\"FeatureCollection\",\"name\":";
        appendJsonString(out, stem());
        out += ",\n";
        if (legacyCrs) {
            out += "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":";
            appendJsonString(out, crsUrn(m_outputCrs));
            out += "}},\n";
        }
        out += "\"features\":[\n";
    }

    ~GeoJsonWriter() override { abandon(); }

  protected:
    void doWrite(const Feature& feature, const Geometry& geometry) override {
        std::string& out = m_file.buffer();
        const std::size_t start = out.size();
        if (m_written > 0)
            out += ",\n";
        out += "{\"type\":\"Feature\",\"properties\":{";
        const std::size_t n = std::min(feature.values.size(), m_keys.size());
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            out += m_keys[i];
            if (i >= n) {
                out += "null";
                continue;
            }
            const FieldValue& v = feature.values[i];
            if (const auto* iv = std::get_if<std::int64_t>(&v)) {
                if (m_schema.fields[i].type == FieldType::Boolean) {
                    out += *iv != 0 ? "true" : "false";
                } else {
                    detail::appendInteger(out, *iv);
                }
            } else if (const auto* dv = std::get_if<double>(&v)) {
                if (std::isfinite(*dv)) {
                    detail::appendShortest(out, *dv);
                } else {
                    out += "null";  // JSON has no NaN or infinity
                }
            } else if (const auto* sv = std::get_if<std::string>(&v)) {
                appendJsonString(out, *sv);
            } else {
                out += "null";
            }
        }
        out += "},\"geometry\":";
        if (!appendGeometry(out, geometry)) {
            out.resize(start);  // nothing of this feature stays in the output
            throw FeatureRejected{"a coordinate is not a finite number"};
        }
        out += '}';
        if (m_file.wantsFlush()) {
            if (const int err = m_file.flush(); err != 0) {
                throw error(std::string("cannot write: ") + std::strerror(err), fidOf(feature));
            }
        }
    }

    void doFinish(const ProgressCallback& progress) override {
        if (progress && !progress("finishing", m_written, m_written)) {
            throw Cancelled(m_path, "cancelled");
        }
        m_file.buffer() += "\n]}\n";
        if (const int err = m_file.close(); err != 0) {
            throw error(std::string("cannot write: ") + std::strerror(err));
        }
    }

    void abandon() noexcept override { m_file.closeQuietly(); }

  private:
    bool appendPosition(std::string& out, const Geometry& g, std::size_t i) const {
        out += '[';
        bool ok = detail::appendFixed(out, g.coords[i].x, m_decimals);
        out += ',';
        ok = detail::appendFixed(out, g.coords[i].y, m_decimals) && ok;
        if (g.hasZ()) {
            out += ',';
            ok = detail::appendFixed(out, g.z[i], 3) && ok;
        }
        out += ']';
        return ok;
    }

    bool appendLine(std::string& out, const Geometry& g, std::size_t begin, std::size_t end,
                    bool reverse) const {
        out += '[';
        bool ok = true;
        for (std::size_t k = 0; k < end - begin; ++k) {
            if (k > 0)
                out += ',';
            ok = appendPosition(out, g, reverse ? end - 1 - k : begin + k) && ok;
        }
        out += ']';
        return ok;
    }

    // Twice the signed area: positive for a counter-clockwise ring (x east, y north).
    static double signedArea2(const Geometry& g, std::size_t begin, std::size_t end) {
        if (end - begin < 3)
            return 0;
        const XY o = g.coords[begin];
        double sum = 0;
        for (std::size_t i = begin; i + 1 < end; ++i) {
            const XY a{g.coords[i].x - o.x, g.coords[i].y - o.y};
            const XY b{g.coords[i + 1].x - o.x, g.coords[i + 1].y - o.y};
            sum += a.x * b.y - b.x * a.y;
        }
        return sum;
    }

    std::size_t ringBegin(const Geometry& g, std::size_t ring) const {
        return ring == 0 ? 0 : g.ringEnds[ring - 1];
    }

    // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
    bool appendPolygon(std::string& out, const Geometry& g, std::size_t firstRing,
                       std::size_t endRing) const {
        out += '[';
        bool ok = true;
        for (std::size_t r = firstRing; r < endRing; ++r) {
            if (r > firstRing)
                out += ',';
            const std::size_t begin = ringBegin(g, r);
            const std::size_t end = g.ringEnds[r];
            const double area = signedArea2(g, begin, end);
            const bool reverse = r == firstRing ? area < 0 : area > 0;
            ok = appendLine(out, g, begin, end, reverse) && ok;
        }
        out += ']';
        return ok;
    }

    bool appendGeometry(std::string& out, const Geometry& g) const {
        bool ok = true;
        switch (g.type) {
            case GeometryType::None:
                out += "null";
                return true;
            case GeometryType::Point:
                out += "{\"type\":\"Point\",\"coordinates\":";
                if (g.coords.empty()) {
                    out += "[]";
                } else {
                    ok = appendPosition(out, g, 0);
                }
                break;
            case GeometryType::LineString:
                out += "{\"type\":\"LineString\",\"coordinates\":";
                ok = appendLine(out, g, 0, g.coords.size(), false);
                break;
            case GeometryType::Polygon:
                out += "{\"type\":\"Polygon\",\"coordinates\":";
                ok = appendPolygon(out, g, 0, g.ringEnds.size());
                break;
            case GeometryType::MultiPoint:
                out += "{\"type\":\"MultiPoint\",\"coordinates\":";
                ok = appendLine(out, g, 0, g.coords.size(), false);
                break;
            case GeometryType::MultiLineString:
                out += "{\"type\":\"MultiLineString\",\"coordinates\":[";
                for (std::size_t r = 0; r < g.ringEnds.size(); ++r) {
                    if (r > 0)
                        out += ',';
                    ok = appendLine(out, g, ringBegin(g, r), g.ringEnds[r], false) && ok;
                }
                out += ']';
                break;
            case GeometryType::MultiPolygon: {
                out += "{\"type\":\"MultiPolygon\",\"coordinates\":[";
                std::size_t first = 0;
                for (std::size_t p = 0; p < g.partEnds.size(); ++p) {
                    if (p > 0)
                        out += ',';
                    ok = appendPolygon(out, g, first, g.partEnds[p]) && ok;
                    first = g.partEnds[p];
                }
                out += ']';
                break;
            }
            case GeometryType::GeometryCollection: {
                // Each member as a geometry of its own, written as above (precision, rings).
                out += "{\"type\":\"GeometryCollection\",\"geometries\":[";
                const detail::OgrGeometryPtr whole = detail::toOgr(g);
                bool first = true;
                for (const OGRGeometry* member : *whole->toGeometryCollection()) {
                    if (!first)
                        out += ',';
                    first = false;
                    ok = appendGeometry(out, detail::fromOgr(member)) && ok;
                }
                out += ']';
                break;
            }
        }
        out += '}';
        return ok;
    }

    BufferedFile m_file;
    std::vector<std::string> m_keys;  // ",\"name\":" per field, escaped once
    int m_decimals = 7;
};

}  // namespace

namespace detail {

std::unique_ptr<FeatureWriter::Impl> makeGeoJsonWriter(const std::string& path,
                                                       const Schema& schema, const Crs& sourceCrs,
                                                       const WriteOptions& options) {
    return std::make_unique<GeoJsonWriter>(path, schema, sourceCrs, options);
}

}  // namespace detail
}  // namespace ecotown::geo
