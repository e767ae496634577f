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

// Encodes the map and writes it atomically; returns the bytes written. Throws OutputError
// naming the path; nothing is left behind on failure.
std::size_t writeMap(const MapPainter& painter, MapFormat format, const std::string& path,
                     bool overwrite, const MapDocumentInfo& info = {});

}  // namespace ecotown::render
