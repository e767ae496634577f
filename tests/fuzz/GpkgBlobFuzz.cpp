// libFuzzer target: the GeoPackage point-blob reader of the fast point path
// (geo::detail::readGpkgPoint). Besides never crashing, what it reads must be what GDAL reads
// from the same blob: when it accepts a blob, GDAL's WKB parser sees a point with the same x/y,
// and when it declines one, GDAL sees no point in it.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

#include <cpl_error.h>
#include <ogr_geometry.h>

#include "FuzzSupport.hpp"
#include "geo/detail/GpkgBlob.hpp"

namespace {

bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Does the WKB after the header carry one of the type codes of a point (ISO or EWKB Z/M)?
bool pointTypeCode(const std::uint8_t* data, std::size_t size) {
    static constexpr std::size_t kEnvelope[5] = {0, 32, 48, 48, 64};
    const std::size_t header = 8 + kEnvelope[(data[3] >> 1) & 7];
    if (size < header + 5 || data[header] > 1)
        return false;
    std::uint32_t type;
    std::memcpy(&type, data + header + 1, 4);
    if (data[header] == 0)
        type = __builtin_bswap32(type);
    for (std::uint32_t code : {1u, 1001u, 2001u, 3001u, 0x80000001u, 0x40000001u, 0xC0000001u}) {
        if (type == code)
            return true;
    }
    return false;
}

// GDAL's reading of the WKB after a well-formed header; null for another header.
std::unique_ptr<OGRGeometry> gdalGeometry(const std::uint8_t* data, std::size_t size) {
    static constexpr std::size_t kEnvelope[8] = {0, 32, 48, 48, 64, 0, 0, 0};
    if (size < 8 || data[0] != 'G' || data[1] != 'P' || (data[3] & 0x10) != 0 ||
        ((data[3] >> 1) & 7) > 4) {
        return nullptr;
    }
    const std::size_t header = 8 + kEnvelope[(data[3] >> 1) & 7];
    if (size <= header)
        return nullptr;
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(data + header, nullptr, &raw, size - header,
                                          wkbVariantIso) != OGRERR_NONE) {
        delete raw;
        return nullptr;
    }
    return std::unique_ptr<OGRGeometry>(raw);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const std::unique_ptr<OGRGeometry> geometry = gdalGeometry(data, size);
    CPLPopErrorHandler();
    double x = 0, y = 0;
    if (!ecotown::geo::detail::readGpkgPoint(data, size, x, y)) {
        // Declined: GDAL must not see a point there either (the fast path would skip a point
        // that the ordinary reader returns).
        // (Only for the type codes of a point: GDAL also reads some garbage codes as points.)
        const auto* point = dynamic_cast<const OGRPoint*>(geometry.get());
        if (point != nullptr && !point->IsEmpty() && pointTypeCode(data, size))
            ecotown::fuzz::fail("readGpkgPoint declined a point that GDAL reads");
        return 0;
    }
    if (geometry == nullptr)
        ecotown::fuzz::fail("readGpkgPoint accepted a blob whose WKB GDAL cannot read");
    const auto* point = dynamic_cast<const OGRPoint*>(geometry.get());
    if (point == nullptr)
        ecotown::fuzz::fail("readGpkgPoint accepted a blob that GDAL reads as no point");
    if (!same(point->getX(), x) || !same(point->getY(), y))
        ecotown::fuzz::fail("readGpkgPoint and GDAL read different coordinates");
    return 0;
}
