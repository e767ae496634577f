#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

#include "geo/detail/GpkgBlob.hpp"

using ecotown::geo::detail::readGpkgPoint;

namespace {

// A GeoPackage blob written byte by byte: header (no envelope, SRS 4326), then WKB with the
// given byte order byte, type code and coordinates.
std::vector<std::uint8_t> blob(std::uint8_t order, std::uint32_t type,
                               std::initializer_list<double> coords, std::uint8_t flags = 0x01) {
    std::vector<std::uint8_t> b = {'G', 'P', 0, flags, 0xE6, 0x10, 0, 0, order};
    auto put = [&](const void* p, std::size_t n) {
        const auto* q = static_cast<const std::uint8_t*>(p);
        if (order == 0) {
            for (std::size_t i = n; i > 0; --i)
                b.push_back(q[i - 1]);
        } else {
            b.insert(b.end(), q, q + n);
        }
    };
    put(&type, 4);
    for (double c : coords)
        put(&c, 8);
    return b;
}

bool read(const std::vector<std::uint8_t>& b, double& x, double& y) {
    return readGpkgPoint(b.data(), b.size(), x, y);
}

}  // namespace

TEST(GpkgBlobTest, ReadsIsoPointsInBothByteOrders) {
    double x = 0, y = 0;
    ASSERT_TRUE(read(blob(1, 1, {101.5, 12.25}), x, y));
    EXPECT_EQ(x, 101.5);
    EXPECT_EQ(y, 12.25);
    ASSERT_TRUE(read(blob(0, 1, {-3.5, 45.0}), x, y));
    EXPECT_EQ(x, -3.5);
    EXPECT_EQ(y, 45.0);
    ASSERT_TRUE(read(blob(1, 3001, {1, 2, 3, 4}), x, y));  // ZM
    EXPECT_EQ(x, 1.0);
    EXPECT_EQ(y, 2.0);
    ASSERT_TRUE(read(blob(1, 0x80000001u, {7, 8, 9}), x, y));  // EWKB Z
    EXPECT_EQ(x, 7.0);
    EXPECT_EQ(y, 8.0);
}

// Found by fuzzing against GDAL's WKB reader (tests/fuzz/fuzz_gpkg_blob): each was read as a
// point with wrong or missing coordinates where GDAL reads none.
TEST(GpkgBlobTest, DeclinesWhatIsNotAWholePoint) {
    double x = 0, y = 0;
    // EWKB with an SRID: the SRID comes before x.
    std::vector<std::uint8_t> srid = blob(1, 0x20000001u, {});
    const std::uint32_t code = 4326;
    srid.insert(srid.end(), reinterpret_cast<const std::uint8_t*>(&code),
                reinterpret_cast<const std::uint8_t*>(&code) + 4);
    const std::vector<std::uint8_t> xy = blob(1, 1, {3, 4});
    srid.insert(srid.end(), xy.end() - 16, xy.end());
    EXPECT_FALSE(read(srid, x, y));
    // A Z point cut after y.
    EXPECT_FALSE(read(blob(1, 1001, {3, 4}), x, y));
    EXPECT_FALSE(read(blob(1, 0xC0000001u, {3, 4, 5}), x, y));
    // No byte order.
    EXPECT_FALSE(read(blob(2, 1, {3, 4}), x, y));
    // Empty, a line, too short.
    EXPECT_FALSE(read(blob(1, 1, {3, 4}, 0x11), x, y));
    EXPECT_FALSE(read(blob(1, 2, {3, 4}), x, y));
    const std::vector<std::uint8_t> whole = blob(1, 1, {3, 4});
    EXPECT_FALSE(readGpkgPoint(whole.data(), whole.size() - 1, x, y));
}
