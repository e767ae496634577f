// The atlas at scale on a real PostgreSQL/PostGIS server (scripts/pg-test-server.sh): the counts
// publish keeps for the statistics (layers/FactorySummary.hpp) give what the factories give,
// before and after certificates are recorded; an export of one province or box reads only its
// factories and writes what the GeoPackage writes. Small sizes here; bench/pg_scale_bench.sh
// times 10,000,000 factories.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "TestPaths.hpp"
#include "TestSupport.hpp"
#include "geo/Sql.hpp"

using namespace ecotown;
using ecotown::test::CommandResult;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const fs::path kDataDir = fs::path(test::kTestDataDir).parent_path().parent_path() / "data";

class ScaleStoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        m_server = std::getenv("ECOTOWN_TEST_PG");
        if (!m_server)
            GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
        m_schema = "scale" + std::to_string(::getpid());
        m_admin = geo::SqlConnection::openPostgres(m_server);
        m_gpkg = m_dir.file("sample.gpkg");
        const CommandResult s =
            runCli({"sample", "--output", m_gpkg, "--data-dir", kDataDir.string(), "--world",
                    test::kWorldMap, "--factories", "20000"});
        ASSERT_EQ(s.exitCode, 0) << s.err;
        const CommandResult p =
            runCli({"publish", "--to", m_server, "--schema", m_schema, "--data", m_gpkg});
        ASSERT_EQ(p.exitCode, 0) << p.err;
    }
    void TearDown() override {
        if (m_admin)
            m_admin->execute("DROP SCHEMA IF EXISTS " + m_admin->quoteIdentifier(m_schema) +
                             " CASCADE");
    }
    std::string pg() const { return std::string(m_server) + " schemas=" + m_schema; }
    std::int64_t number(const std::string& sql) {
        return m_admin->query(sql).integer(0, 0).value_or(-1);
    }
    // Runs `args` on the GeoPackage and on the database: the same output.
    void expectSameOnBoth(const std::vector<std::string>& args) {
        std::vector<std::string> a = args, b = args;
        a.insert(a.end(), {"--data", m_gpkg});
        b.insert(b.end(), {"--data", pg()});
        const CommandResult fromGpkg = runCli(a);
        const CommandResult fromPg = runCli(b);
        ASSERT_EQ(fromGpkg.exitCode, 0) << fromGpkg.err;
        ASSERT_EQ(fromPg.exitCode, 0) << fromPg.err;
        EXPECT_GT(fromGpkg.out.size(), 50u);
        EXPECT_EQ(fromGpkg.out, fromPg.out) << args[0] << " " << args[1];
    }

    const char* m_server = nullptr;
    std::string m_schema;
    std::unique_ptr<geo::SqlConnection> m_admin;
    ScratchDir m_dir;
    std::string m_gpkg;
};

const std::vector<std::vector<std::string>> kCountedStats = {
    {"stats", "--json"},
    {"stats", "--province", "TH-21", "--json"},
    {"stats", "--by", "area", "--region", "east", "--json"},
    {"stats", "--by", "stage", "--as-of", "2019", "--json"},
    {"stats", "--phase", "1", "--stage", "3-4", "--by", "area", "--json"},
    // These need the factories themselves (not the counts): the two ways agree.
    {"stats", "--cert", "gi:3-5", "--by", "region", "--json"},
    {"stats", "--year", "2018-2021", "--province", "TH-21", "--json"},
};

}  // namespace

TEST_F(ScaleStoreTest, TheCountsGiveWhatTheFactoriesGiveBeforeAndAfterRecording) {
    const std::string s = m_admin->quoteIdentifier(m_schema);
    // The cells' totals are the plain counts.
    EXPECT_EQ(number("SELECT sum(factories) FROM " + s + ".factory_profiles"), 20000);
    EXPECT_EQ(number("SELECT count(*) FROM " + s + ".factories"), 20000);
    EXPECT_EQ(number("SELECT sum(certificates) FROM " + s + ".certificate_counts"),
              number("SELECT count(*) FROM " + s + ".certificates c JOIN " + s +
                     ".factories f USING (factory_id)"));
    EXPECT_EQ(
        number("SELECT sum(factories) FROM " + s + ".factory_profiles WHERE in_province = 'TH-21'"),
        number("SELECT count(*) FROM " + s + ".factories WHERE in_province = 'TH-21'"));
    EXPECT_LT(number("SELECT count(*) FROM " + s + ".factory_profiles"), 20000);
    for (const auto& args : kCountedStats)
        expectSameOnBoth(args);

    // Certificates recorded after publish: on both stores; the database's counts are not
    // rebuilt, its queries fold the new records in.
    const std::string csv = m_dir.file("certs.csv");
    const geo::SqlRows ids = m_admin->query("SELECT factory_id FROM " + s +
                                            ".factories WHERE in_province = 'TH-21' ORDER BY fid "
                                            "LIMIT 3");
    ASSERT_EQ(ids.size(), 3u);
    test::writeTextFile(csv, "factory_id,cert_type,level,fiscal_year\n" + ids.text(0, 0) +
                                 ",gi,5,2017\n" + ids.text(1, 0) + ",eco-factory,,2018\n" +
                                 ids.text(2, 0) + ",csr-diw,,2020\n" + ids.text(2, 0) +
                                 ",gi,1,2016\n");
    const std::int64_t built = number("SELECT built_through FROM " + s + ".summary_state");
    for (const std::string& data : {m_gpkg, pg()}) {
        const CommandResult r = runCli({"import", "certificates", csv, "--data", data});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    EXPECT_EQ(
        number("SELECT count(*) FROM " + s + ".certificates WHERE fid > " + std::to_string(built)),
        4);
    for (const auto& args : kCountedStats)
        expectSameOnBoth(args);
}

TEST_F(ScaleStoreTest, AnExportOfOneProvinceOrBoxFromTheDatabaseEqualsTheGeoPackages) {
    const std::vector<std::vector<std::string>> exports = {
        {"export", "--layer", "factories", "--province", "TH-21", "--output"},
        {"export", "--layer", "factories", "--bbox", "100.8,12.6,101.4,13.2", "--as-of", "2020",
         "--output"},
        {"export", "--layer", "factories", "--region", "east", "--cert", "gi:2-5", "--output"},
    };
    fs::create_directories(m_dir.path() / "gpkg");
    fs::create_directories(m_dir.path() / "pg");
    for (const auto& args : exports) {
        for (const char* name : {"f.geojson", "f.csv"}) {
            const std::string fromGpkg = (m_dir.path() / "gpkg" / name).string();
            const std::string fromPg = (m_dir.path() / "pg" / name).string();
            std::vector<std::string> a = args, b = args;
            a.insert(a.end(), {fromGpkg, "--overwrite", "--data", m_gpkg});
            b.insert(b.end(), {fromPg, "--overwrite", "--data", pg()});
            const CommandResult ra = runCli(a);
            const CommandResult rb = runCli(b);
            ASSERT_EQ(ra.exitCode, 0) << ra.err;
            ASSERT_EQ(rb.exitCode, 0) << rb.err;
            const std::string fa = test::readTextFile(fromGpkg);
            EXPECT_GT(fa.size(), 1000u) << args[3];
            EXPECT_TRUE(fa == test::readTextFile(fromPg))
                << args[3] << " " << name << " differs between the GeoPackage and PostGIS";
        }
    }
    // A GeoPackage export from the database: as many features as the province has.
    const std::string out = m_dir.file("th21.gpkg");
    const CommandResult r = runCli(
        {"export", "--layer", "factories", "--province", "TH-21", "--output", out, "--data", pg()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto written = geo::SqlConnection::openSqlite(out);
    EXPECT_EQ(written->query("SELECT count(*) FROM factories").integer(0, 0),
              number("SELECT count(*) FROM " + m_admin->quoteIdentifier(m_schema) +
                     ".factories WHERE in_province = 'TH-21'"));
}
