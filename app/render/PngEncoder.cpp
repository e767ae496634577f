#include "app/render/PngEncoder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <thread>

#include <zlib.h>

#include <QImage>

#include "app/render/LargeArray.hpp"
#include "geo/Parallel.hpp"

namespace ecotown::render {
namespace {

void putU32(std::string& out, std::uint32_t v) {
    out.push_back(static_cast<char>(v >> 24));
    out.push_back(static_cast<char>(v >> 16));
    out.push_back(static_cast<char>(v >> 8));
    out.push_back(static_cast<char>(v));
}

void putChunk(std::string& png, const char* type, const std::string& data) {
    putU32(png, static_cast<std::uint32_t>(data.size()));
    const std::size_t start = png.size();
    png.append(type, 4);
    png.append(data);
    const auto* bytes = reinterpret_cast<const Bytef*>(png.data() + start);
    putU32(png, static_cast<std::uint32_t>(crc32(0, bytes, static_cast<uInt>(png.size() - start))));
}

// A band of rows, compressed as raw deflate blocks that end on a byte boundary
// (Z_SYNC_FLUSH) so that the bands can be concatenated; the last band finishes the stream.
struct Band {
    int firstRow = 0, endRow = 0;
    bool last = false;
    LargeArray<unsigned char> deflated;
    std::size_t deflatedSize = 0;
    uLong adler = 0;
    std::size_t rawSize = 0;
    bool ok = true;
};

void compressBand(const QImage& image, Band& band) {
    const int w = image.width();
    const std::size_t rowBytes = 1 + 3 * static_cast<std::size_t>(w);
    LargeArray<unsigned char> raw(rowBytes * static_cast<std::size_t>(band.endRow - band.firstRow));
    unsigned char* out = raw.data();
    for (int y = band.firstRow; y < band.endRow; ++y) {
        const auto* p = reinterpret_cast<const std::uint32_t*>(image.constScanLine(y));
        *out++ = 0;  // filter type None
        for (int x = 0; x < w; ++x) {
            *out++ = static_cast<unsigned char>(p[x] >> 16);
            *out++ = static_cast<unsigned char>(p[x] >> 8);
            *out++ = static_cast<unsigned char>(p[x]);
        }
    }
    band.rawSize = raw.size();
    band.adler = adler32(adler32(0, nullptr, 0), raw.data(), static_cast<uInt>(raw.size()));
    z_stream zs{};
    if (deflateInit2(&zs, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        band.ok = false;
        return;
    }
    // untouched pages of the bound cost nothing
    band.deflated =
        LargeArray<unsigned char>(deflateBound(&zs, static_cast<uLong>(raw.size())) + 16);
    zs.next_in = raw.data();
    zs.avail_in = static_cast<uInt>(raw.size());
    zs.next_out = band.deflated.data();
    zs.avail_out = static_cast<uInt>(band.deflated.size());
    const int rc = deflate(&zs, band.last ? Z_FINISH : Z_SYNC_FLUSH);
    band.ok = band.last ? rc == Z_STREAM_END : (rc == Z_OK && zs.avail_in == 0);
    band.deflatedSize = zs.total_out;
    deflateEnd(&zs);
}

}  // namespace

std::string encodePng(const QImage& image, double dpi, unsigned threads) {
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
        throw std::runtime_error("encodePng: the image must be 32-bit RGB");
    const int w = image.width(), h = image.height();
    if (threads == 0)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    const int bands = std::clamp(static_cast<int>(threads), 1, std::max(1, h / 64));
    std::vector<Band> parts(static_cast<std::size_t>(bands));
    for (int b = 0; b < bands; ++b) {
        parts[static_cast<std::size_t>(b)].firstRow = h * b / bands;
        parts[static_cast<std::size_t>(b)].endRow = h * (b + 1) / bands;
        parts[static_cast<std::size_t>(b)].last = b == bands - 1;
    }
    geo::parallelFor(parts.size(), [&](std::size_t b) { compressBand(image, parts[b]); });
    std::string idat;
    idat.push_back(static_cast<char>(0x78));  // deflate, 32 KiB window
    idat.push_back(static_cast<char>(0x01));  // fastest; header check bits make 0x7801 % 31 == 0
    uLong adler = adler32(0, nullptr, 0);
    for (const Band& part : parts) {
        if (!part.ok)
            throw std::runtime_error("encodePng: zlib failed");
        idat.append(reinterpret_cast<const char*>(part.deflated.data()), part.deflatedSize);
        adler = adler32_combine(adler, part.adler, static_cast<z_off_t>(part.rawSize));
    }
    putU32(idat, static_cast<std::uint32_t>(adler));

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string ihdr;
    putU32(ihdr, static_cast<std::uint32_t>(w));
    putU32(ihdr, static_cast<std::uint32_t>(h));
    ihdr += std::string("\x08\x02\x00\x00\x00",
                        5);  // 8-bit RGB, deflate, adaptive filters, no interlace
    putChunk(png, "IHDR", ihdr);
    std::string phys;
    const auto perMetre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
    putU32(phys, perMetre);
    putU32(phys, perMetre);
    phys.push_back('\x01');  // unit: metre
    putChunk(png, "pHYs", phys);
    putChunk(png, "IDAT", idat);
    putChunk(png, "IEND", std::string());
    return png;
}

}  // namespace ecotown::render
