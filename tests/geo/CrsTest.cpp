#include <gtest/gtest.h>

#include "geo/Crs.hpp"
#include "geo/Error.hpp"

using namespace ecotown::geo;

// Rayong city: latitude and longitude differ enough that swapped axes cannot pass.
constexpr XY kRayong{101.28, 12.68};

TEST(CrsTest, RayongToUtm47NorthAndBackKeepsAxisOrder) {
    const Crs utm = Crs::fromUserInput("EPSG:32647");
    EXPECT_EQ(utm.authorityCode(), "EPSG:32647");
    EXPECT_FALSE(utm.isGeographic());
    const CoordinateTransform forward(Crs::wgs84(), utm);
    const XY p = forward.transform(kRayong);
    // independent value: gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32647 (101.28 12.68)
    EXPECT_NEAR(p.x, 747618.70, 0.05);
    EXPECT_NEAR(p.y, 1402830.44, 0.05);
    const XY back = CoordinateTransform(utm, Crs::wgs84()).transform(p);
    EXPECT_NEAR(back.x, kRayong.x, 1e-9);
    EXPECT_NEAR(back.y, kRayong.y, 1e-9);
}

TEST(CrsTest, ThaiCrsAllTransformToWgs84LongitudeFirst) {
    for (const char* code : {"EPSG:4326", "EPSG:32647", "EPSG:32648", "EPSG:24047", "EPSG:24048",
                             "EPSG:4240", "EPSG:23947"}) {
        SCOPED_TRACE(code);
        const Crs crs = Crs::fromUserInput(code);
        EXPECT_EQ(crs.authorityCode(), code);
        ASSERT_TRUE(crs.areaOfUse().has_value());
        const XY there = CoordinateTransform(Crs::wgs84(), crs).transform(kRayong);
        const XY back = CoordinateTransform(crs, Crs::wgs84()).transform(there);
        EXPECT_NEAR(back.x, kRayong.x, 1e-6);
        EXPECT_NEAR(back.y, kRayong.y, 1e-6);
    }
    // Indian 1975 differs from WGS 84 by a few hundred metres, not by a swap of axes.
    const XY indian =
        CoordinateTransform(Crs::wgs84(), Crs::fromUserInput("EPSG:4240")).transform(kRayong);
    EXPECT_NEAR(indian.x, 101.28502, 1e-4);
    EXPECT_NEAR(indian.y, 12.67777, 1e-4);
}

TEST(CrsTest, UserInputForms) {
    EXPECT_EQ(Crs::fromUserInput("32648").authorityCode(), "EPSG:32648");
    EXPECT_TRUE(Crs::fromUserInput("WGS84").isWgs84());
    EXPECT_TRUE(Crs::wgs84().isGeographic());
    EXPECT_TRUE(Crs::fromUserInput("EPSG:4326").sameAs(Crs::wgs84()));
    EXPECT_THROW(Crs::fromUserInput("EPSG:999999"), ecotown::UsageError);
    EXPECT_THROW(Crs::fromUserInput("not a crs"), ecotown::UsageError);
}

TEST(CrsTest, WktWithoutIdentifierIsIdentified) {
    // A .prj as ESRI tools write it carries no EPSG code.
    const std::string esriUtm47 =
        "PROJCS[\"WGS_1984_UTM_Zone_47N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
        "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
        "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
        "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
        "PARAMETER[\"Central_Meridian\",99.0],PARAMETER[\"Scale_Factor\",0.9996],"
        "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    const Crs crs = Crs::fromWkt(esriUtm47);
    EXPECT_EQ(crs.authorityCode(), "EPSG:32647");
}

TEST(CrsTest, ExtentTransform) {
    Extent e;
    e.include(97.3, 5.6);
    e.include(105.7, 20.5);
    const Extent utm =
        CoordinateTransform(Crs::wgs84(), Crs::fromUserInput("EPSG:32647")).transform(e);
    ASSERT_TRUE(utm.valid);
    EXPECT_LT(utm.minX, 500000);
    EXPECT_GT(utm.maxX, 1000000);
}
