#include "app/render/MapOutput.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "app/render/PngEncoder.hpp"
#include "geo/Error.hpp"

namespace ecotown::render {
namespace fs = std::filesystem;
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

fs::path folderOf(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

// The bytes, under a temporary name in the target folder, then moved into place: a reader
// never sees half a file, and a failure leaves the old file (or nothing) behind.
void writeAtomically(const std::string& path, std::string_view bytes, bool overwrite) {
    const fs::path target(path);
    std::string pattern =
        (folderOf(path) / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw OutputError(path,
                          std::string("cannot create a temporary file: ") + std::strerror(errno));
    const std::string temp(name.data());
    auto fail = [&](const std::string& reason) {
        ::unlink(temp.c_str());
        return OutputError(path, reason);
    };
    // mkstemp makes the file private; give it the permissions a new file normally gets.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    const char* data = bytes.data();
    std::size_t left = static_cast<std::size_t>(bytes.size());
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            throw fail(std::string("cannot write: ") + std::strerror(e));
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0)
        throw fail(std::string("cannot write: ") + std::strerror(errno));
    if (overwrite) {
        if (::rename(temp.c_str(), path.c_str()) != 0)
            throw fail(std::string("cannot move the finished file into place: ") +
                       std::strerror(errno));
        return;
    }
    // link() refuses to replace: a file that appeared meanwhile is not clobbered.
    if (::link(temp.c_str(), path.c_str()) == 0) {
        ::unlink(temp.c_str());
        return;
    }
    const int e = errno;
    if (e == EEXIST)
        throw fail("the output exists (--overwrite to replace it)");
    // File systems without hard links: check, then rename.
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec)))
        throw fail("the output exists (--overwrite to replace it)");
    if (::rename(temp.c_str(), path.c_str()) != 0)
        throw fail(std::string("cannot move the finished file into place: ") +
                   std::strerror(errno));
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string pngBytes(const QImage& image, double dpi, const std::string& path, unsigned threads) {
    try {
        return encodePng(image, dpi, threads);
    } catch (const std::exception& e) {
        throw OutputError(path, std::string("cannot encode the PNG: ") + e.what());
    }
}

QByteArray encodePdf(const MapPainter& painter, const std::string& path,
                     const MapDocumentInfo& info) {
    const MapCanvas& c = painter.canvas();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Eco-Town Atlas"));
        pdf.setTitle(QString::fromStdString(info.title));
        pdf.setResolution(std::max(1, static_cast<int>(std::lround(c.dpi))));
        const QPageSize page(QSizeF(c.width * 72.0 / c.dpi, c.height * 72.0 / c.dpi),
                             QPageSize::Point, QString(), QPageSize::ExactMatch);
        pdf.setPageLayout(
            QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter p;
        if (!p.begin(&pdf))
            throw OutputError(path, "cannot start the PDF");
        // the page in points is rounded: map the canvas onto whatever the device has
        p.scale(pdf.width() / static_cast<double>(c.width),
                pdf.height() / static_cast<double>(c.height));
        painter.paint(p);
        if (!p.end())
            throw OutputError(path, "cannot finish the PDF");
    }
    return bytes;
}

QByteArray encodeSvg(const MapPainter& painter, const std::string& path,
                     const MapDocumentInfo& info) {
    const MapCanvas& c = painter.canvas();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(c.width, c.height));
        svg.setViewBox(QRect(0, 0, c.width, c.height));
        svg.setResolution(std::max(1, static_cast<int>(std::lround(c.dpi))));
        svg.setTitle(QString::fromStdString(info.title));
        svg.setDescription(QString::fromStdString(info.description));
        QPainter p;
        if (!p.begin(&svg))
            throw OutputError(path, "cannot start the SVG");
        painter.paint(p);
        if (!p.end())
            throw OutputError(path, "cannot finish the SVG");
    }
    return bytes;
}

}  // namespace

std::optional<MapFormat> mapFormatFromPath(const std::string& path) {
    const std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".png")
        return MapFormat::Png;
    if (ext == ".pdf")
        return MapFormat::Pdf;
    if (ext == ".svg")
        return MapFormat::Svg;
    return std::nullopt;
}

MapFormat checkMapOutput(const std::string& path, bool overwrite) {
    if (path.empty())
        throw UsageError(path, "--output: no file given");
    const fs::path p(path);
    if (p.filename().empty() || p.filename() == "." || p.filename() == "..")
        throw OutputError(path, "the output path names no file");
    const auto format = mapFormatFromPath(path);
    if (!format)
        throw UsageError(path, "unknown map format: the output must end in .png, .pdf or .svg");
    const fs::path folder = folderOf(path);
    std::error_code ec;
    const fs::file_status folderStatus = fs::status(folder, ec);
    if (!fs::exists(folderStatus))
        throw OutputError(path, "the folder " + folder.string() + " does not exist");
    if (!fs::is_directory(folderStatus))
        throw OutputError(path, folder.string() + " is not a folder");
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw OutputError(
            path, "the folder " + folder.string() + " is not writable: " + std::strerror(errno));
    const fs::file_status st = fs::status(p, ec);
    if (fs::is_directory(st))
        throw OutputError(path, "the output is a folder");
    if (fs::exists(fs::symlink_status(p, ec)) && !overwrite)
        throw OutputError(path, "the output exists (--overwrite to replace it)");
    return *format;
}

std::size_t writeMap(const MapPainter& painter, MapFormat format, const std::string& path,
                     bool overwrite, const MapDocumentInfo& info, MapTimings* timings) {
    if (format == MapFormat::Png) {
        const auto start = std::chrono::steady_clock::now();
        const QImage image = painter.renderImage();
        const double draw = secondsSince(start);
        const std::size_t n =
            writePng(image, painter.canvas().dpi, path, overwrite, timings, painter.threads());
        if (timings)
            timings->draw = draw;
        return n;
    }
    MapTimings t;
    auto start = std::chrono::steady_clock::now();
    const QByteArray bytes =
        format == MapFormat::Pdf ? encodePdf(painter, path, info) : encodeSvg(painter, path, info);
    t.encode = secondsSince(start);
    if (bytes.isEmpty())
        throw OutputError(path, "nothing was produced");
    start = std::chrono::steady_clock::now();
    writeAtomically(path,
                    std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                    overwrite);
    t.write = secondsSince(start);
    if (timings)
        *timings = t;
    return static_cast<std::size_t>(bytes.size());
}

std::size_t writePng(const QImage& image, double dpi, const std::string& path, bool overwrite,
                     MapTimings* timings, unsigned threads) {
    MapTimings t;
    auto start = std::chrono::steady_clock::now();
    const std::string png = pngBytes(image, dpi, path, threads);
    t.encode = secondsSince(start);
    start = std::chrono::steady_clock::now();
    writeAtomically(path, png, overwrite);
    t.write = secondsSince(start);
    if (timings)
        *timings = t;
    return png.size();
}

}  // namespace ecotown::render
