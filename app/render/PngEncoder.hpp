#pragma once
// A PNG encoder for rendered maps: 8-bit RGB, no row filter, zlib at its fastest level, the rows
// compressed in parallel bands joined into one zlib stream (as pigz does). A map is flat colours
// repeating along rows, which LZ77 on the raw pixels finds without a filter: measured on a
// 1600 x 1000 map, 10-15 ms and 20 % smaller than Qt's PNG writer at the same zlib level (whose
// adaptive filtering alone takes about 45 ms); Sub/Up filters and the RLE strategy were slower or
// larger. The output is a standard PNG any reader (Qt, libpng, browsers) opens.

#include <string>

class QImage;

namespace ecotown::render {

// `image` must be Format_RGB32 (alpha ignored). `dpi` is written as pHYs; `threads` bands are
// compressed at once (0: one per core, up to 4). Returns the file's bytes; throws
// std::runtime_error when zlib fails.
std::string encodePng(const QImage& image, double dpi, unsigned threads = 0);

}  // namespace ecotown::render
