#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "TestSupport.hpp"
#include "geo/Check.hpp"

using namespace ecotown;
using namespace ecotown::geo;
using ecotown::test::ScratchDir;

TEST(CheckTest, BowTieIsInvalidWithReasonAndLocation) {
    const auto p = checkGeometry(Geometry::fromWkt("POLYGON ((0 0,10 10,10 0,0 10,0 0))"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->kind, ProblemKind::InvalidGeometry);
    EXPECT_EQ(p->reason, "Self-intersection");
    ASSERT_TRUE(p->location);
    EXPECT_DOUBLE_EQ(p->location->x, 5);
    EXPECT_DOUBLE_EQ(p->location->y, 5);
}

TEST(CheckTest, ValidNullAndEmpty) {
    EXPECT_FALSE(checkGeometry(Geometry::fromWkt("POLYGON ((0 0,10 0,10 10,0 10,0 0))")));
    EXPECT_EQ(checkGeometry(Geometry{})->kind, ProblemKind::NullGeometry);
    EXPECT_EQ(checkGeometry(Geometry::fromWkt("POLYGON EMPTY"))->kind, ProblemKind::EmptyGeometry);
    // A ring too short to be a ring: GEOS refuses it, we report it.
    const auto shortRing = checkGeometry(Geometry::fromWkt("POLYGON ((0 0,1 1,0 0))"));
    ASSERT_TRUE(shortRing);
    EXPECT_EQ(shortRing->kind, ProblemKind::InvalidGeometry);
}

TEST(CheckTest, MakeValidRepairsAndSaysWhat) {
    std::string changed;
    const Geometry fixed =
        makeValid(Geometry::fromWkt("POLYGON ((0 0,10 10,10 0,0 10,0 0))"), &changed);
    EXPECT_EQ(fixed.type, GeometryType::MultiPolygon);
    EXPECT_EQ(fixed.partEnds.size(), 2u);
    EXPECT_FALSE(checkGeometry(fixed));
    EXPECT_NE(changed.find("Self-intersection repaired"), std::string::npos);
    EXPECT_NE(changed.find("MultiPolygon (2 part(s)"), std::string::npos);
    std::string nothing = "x";
    const Geometry valid = Geometry::fromWkt("POLYGON ((0 0,1 0,1 1,0 0))");
    EXPECT_EQ(makeValid(valid, &nothing), valid);
    EXPECT_TRUE(nothing.empty());
}

TEST(CheckTest, LayerCheckFindsEveryKindOfProblem) {
    ScratchDir dir;
    const std::string path = dir.file("areas.gpkg");
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference sr;
        sr.importFromEPSG(32647);
        OGRLayer* l = ds->CreateLayer("areas", &sr, wkbPolygon, nullptr);
        OGRFieldDefn id("area_id", OFTString);
        l->CreateField(&id);
        auto add = [&](const char* areaId, const char* wkt) {
            OGRFeature f(l->GetLayerDefn());
            f.SetField("area_id", areaId);
            if (wkt) {
                OGRGeometry* g = nullptr;
                OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
                f.SetGeometryDirectly(g);
            }
            ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
        };
        add("A1",
            "POLYGON ((700000 1400000,710000 1400000,710000 1410000,700000 1410000,700000 "
            "1400000))");
        add("A2",
            "POLYGON ((700000 1400000,710000 1410000,710000 1400000,700000 1410000,700000 "
            "1400000))");
        add("A3", nullptr);
        add("A1", "POLYGON ((600000 1400000,610000 1400000,610000 1410000,600000 1400000))");
        // far east of zone 47's area of use (lon 96-102): about lon 118
        add("A5", "POLYGON ((2500000 1400000,2510000 1400000,2510000 1410000,2500000 1400000))");
    }
    Dataset ds = Dataset::open(path);
    const CheckReport r = checkLayer(ds, "areas", CheckOptions{"area_id", {}});
    EXPECT_EQ(r.features, 5);
    ASSERT_EQ(r.problems.size(), 4u);
    EXPECT_EQ(r.problems[0].kind, ProblemKind::InvalidGeometry);
    EXPECT_EQ(r.problems[0].fid, 2);
    EXPECT_NEAR(r.problems[0].location->x, 705000, 1e-6);
    EXPECT_EQ(r.problems[1].kind, ProblemKind::NullGeometry);
    EXPECT_EQ(r.problems[1].fid, 3);
    EXPECT_EQ(r.problems[2].kind, ProblemKind::DuplicateId);
    EXPECT_EQ(r.problems[2].fid, 4);
    EXPECT_NE(r.problems[2].reason.find("also fid 1"), std::string::npos);
    EXPECT_EQ(r.problems[3].kind, ProblemKind::OutsideAreaOfUse);
    EXPECT_EQ(r.problems[3].fid, 5);
    // Features are named by their id, not only by their position.
    EXPECT_EQ(r.idField, "area_id");
    EXPECT_EQ(r.problems[0].id, "A2");
    EXPECT_EQ(r.problems[1].id, "A3");
    EXPECT_EQ(r.problems[2].id, "A1");
    EXPECT_EQ(r.problems[3].id, "A5");
    // Without being asked: the layer's id field is found, and its duplicates with it.
    const CheckReport unasked = checkLayer(ds, "areas");
    EXPECT_EQ(unasked.idField, "area_id");
    ASSERT_EQ(unasked.problems.size(), 4u);
    EXPECT_EQ(unasked.problems[2].kind, ProblemKind::DuplicateId);
    EXPECT_EQ(unasked.problems[0].id, "A2");
}

TEST(CheckTest, IdFieldOfALayer) {
    EXPECT_EQ(idFieldOf({{"name", FieldType::String}, {"Factory_ID", FieldType::String}}),
              "Factory_ID");
    EXPECT_EQ(idFieldOf({{"name", FieldType::String}, {"ID", FieldType::Integer}}), "ID");
    EXPECT_EQ(idFieldOf({{"name", FieldType::String}, {"idea", FieldType::String}}), "");
    EXPECT_EQ(idFieldOf({}), "");
}
