#pragma once
// Writing a rendered map as PNG, PDF or SVG (chosen by the output's extension), atomically: the
// bytes go to a temporary file in the target folder which is renamed into place when complete,
// and an existing file is never replaced unless `overwrite` is set.

#include <cstddef>
#include <optional>
#include <string>

#include "app/render/MapPainter.hpp"

namespace ecotown::render {

enum class MapFormat { Png, Pdf, Svg };

// By extension, case-free: .png, .pdf, .svg; nullopt for anything else.
std::optional<MapFormat> mapFormatFromPath(const std::string& path);

// Checks before any work that the output can be written: a known extension (else UsageError),
// an existing writable folder, not a folder itself, absent unless `overwrite` (else OutputError).
// Every message names the path.
MapFormat checkMapOutput(const std::string& path, bool overwrite);

struct MapDocumentInfo {
    std::string title;        // PDF/SVG title
    std::string description;  // SVG description
};

// Where the time of writeMap went, in seconds.
struct MapTimings {
    double draw = 0;    // PNG only: drawing the image (PDF/SVG draw while encoding)
    double encode = 0;  // PNG compression, PDF/SVG drawing and encoding
    double write = 0;   // the file
};

// Encodes the map and writes it atomically; returns the bytes written. Throws OutputError
// naming the path; nothing is left behind on failure.
std::size_t writeMap(const MapPainter& painter, MapFormat format, const std::string& path,
                     bool overwrite, const MapDocumentInfo& info = {},
                     MapTimings* timings = nullptr);
// A map drawn already (MapPainter::renderImage or compose) as PNG; fills timings' encode and write.
std::size_t writePng(const QImage& image, double dpi, const std::string& path, bool overwrite,
                     MapTimings* timings = nullptr, unsigned threads = 0);

}  // namespace ecotown::render
