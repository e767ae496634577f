// The atlas on a real PostgreSQL/PostGIS server (scripts/pg-test-server.sh, started by
// scripts/test.sh): publish, the same results as the GeoPackage, migrations, history records,
// login roles with row-level security, two writers at once, and passwords never shown.
// Each test works in a schema of its own; the roles it creates carry the process id.

#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "TestSupport.hpp"
#include "geo/Sql.hpp"

using namespace ecotown;
using ecotown::test::CommandResult;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

const char* server() {
    return std::getenv("ECOTOWN_TEST_PG");
}

// "PG:host=... user=postgres dbname=..." with another user.
std::string asUser(const std::string& user) {
    std::string s = server();
    const auto at = s.find("user=");
    const auto end = s.find(' ', at);
    return s.substr(0, at) + "user=" + user + s.substr(end);
}

class SharedStoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!server())
            GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        // PostgreSQL cuts identifiers at 63 bytes.
        m_schema = ("t" + std::to_string(::getpid()) + "_" + info->name()).substr(0, 40);
        for (char& c : m_schema)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        m_admin = geo::SqlConnection::openPostgres(server());
    }
    void TearDown() override {
        if (m_admin) {
            m_admin->execute("DROP SCHEMA IF EXISTS " + m_admin->quoteIdentifier(m_schema) +
                             " CASCADE");
            for (const std::string& role : m_roles) {
                m_admin->execute("DROP OWNED BY " + m_admin->quoteIdentifier(role));
                m_admin->execute("DROP ROLE IF EXISTS " + m_admin->quoteIdentifier(role));
            }
        }
    }

    std::string data(const std::string& user = "postgres") const {
        return asUser(user) + " schemas=" + m_schema;
    }
    CommandResult publish(const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args = {"publish", "--to",   server(), "--schema",
                                         m_schema,  "--data", kBundled};
        args.insert(args.end(), extra.begin(), extra.end());
        return runCli(args);
    }
    std::int64_t count(const std::string& sqlAfterFrom) {
        return m_admin
            ->query("SELECT count(*) FROM " + m_admin->quoteIdentifier(m_schema) + "." +
                    sqlAfterFrom)
            .integer(0, 0)
            .value_or(-1);
    }
    std::string loginRole(const std::string& name, const std::string& group) {
        const std::string role = name + "_" + std::to_string(::getpid());
        m_admin->execute("DROP ROLE IF EXISTS " + m_admin->quoteIdentifier(role));
        m_admin->execute("CREATE ROLE " + m_admin->quoteIdentifier(role) + " LOGIN");
        m_admin->execute("GRANT " + group + " TO " + m_admin->quoteIdentifier(role));
        m_roles.push_back(role);
        return role;
    }

    std::string m_schema;
    std::unique_ptr<geo::SqlConnection> m_admin;
    std::vector<std::string> m_roles;
};

}  // namespace

TEST_F(SharedStoreTest, PublishedAtlasGivesTheSameStatsExportsAndMapAsTheGeoPackage) {
    const CommandResult p = publish();
    ASSERT_EQ(p.exitCode, 0) << p.err;
    EXPECT_NE(p.out.find("77 provinces"), std::string::npos) << p.out;
    EXPECT_NE(p.out.find("78000 factories"), std::string::npos) << p.out;
    EXPECT_EQ(count("provinces"), 77);
    EXPECT_EQ(count("areas"), 54);
    EXPECT_EQ(count("factories"), 78000);

    ScratchDir dir;
    const std::vector<std::vector<std::string>> commands = {
        {"stats", "--json"},
        {"stats", "--by", "region", "--cert", "gi:3-5", "--year", "2018-2021"},
        {"stats", "--by", "area", "--province", "TH-21,TH-20", "--json"},
        {"stats", "--by", "stage", "--region", "east"},
        {"stats", "--bbox", "100.5,12.5,101.5,13.5", "--json"},
        {"stats", "--phase", "1", "--stage", "3-4", "--by", "area", "--json"},
        {"stats", "--cert", "eco-factory,csr-diw", "--by", "region", "--json"},
        {"stats", "--cert", "gi:2", "--year", "2015", "--by", "stage", "--json"},
        {"stats", "--province", "Atlantis,TH-50", "--json"},
        {"stats", "--as-of", "2020", "--by", "stage", "--json"},
        {"stats", "--as-of", "2019", "--cert", "gi:1-2", "--region", "east", "--json"},
        {"changes", "--from", "2021", "--to", "2022", "--json"},
    };
    for (const auto& c : commands) {
        std::vector<std::string> gpkg = c, pg = c;
        gpkg.insert(gpkg.end(), {"--data", kBundled});
        pg.insert(pg.end(), {"--data", data()});
        const CommandResult a = runCli(gpkg);
        const CommandResult b = runCli(pg);
        ASSERT_EQ(a.exitCode, 0) << a.err;
        ASSERT_EQ(b.exitCode, 0) << b.err;
        EXPECT_EQ(a.out, b.out) << c[0] << " " << c[1] << " " << c[2];
        EXPECT_EQ(a.err, b.err) << c[0] << " " << c[1] << " " << c[2];
    }
    struct Output {
        std::vector<std::string> args;
        std::string name;
    };
    const std::vector<Output> outputs = {
        {{"export", "--layer", "factories", "--province", "TH-21"}, "f.geojson"},
        {{"export", "--layer", "areas"}, "a.geojson"},
        {{"export", "--layer", "estates", "--region", "east"}, "e.csv"},
        {{"render", "--width", "800", "--height", "600", "--province", "TH-21"}, "m.png"},
    };
    // Same file names in two folders (GeoJSON writes its file's name into the file).
    fs::create_directories(dir.path() / "gpkg");
    fs::create_directories(dir.path() / "pg");
    for (const Output& o : outputs) {
        std::vector<std::string> gpkg = o.args, pg = o.args;
        const std::string fromGpkg = (dir.path() / "gpkg" / o.name).string();
        const std::string fromPg = (dir.path() / "pg" / o.name).string();
        gpkg.insert(gpkg.end(), {"--data", kBundled, "--output", fromGpkg});
        pg.insert(pg.end(), {"--data", data(), "--output", fromPg});
        const CommandResult a = runCli(gpkg);
        const CommandResult b = runCli(pg);
        ASSERT_EQ(a.exitCode, 0) << a.err;
        ASSERT_EQ(b.exitCode, 0) << b.err;
        const std::string fa = test::readTextFile(fromGpkg);
        const std::string fb = test::readTextFile(fromPg);
        EXPECT_GT(fa.size(), 100u) << o.name;
        EXPECT_TRUE(fa == fb) << o.name << " differs between the GeoPackage and PostGIS";
    }
}

TEST_F(SharedStoreTest, PublishingTwiceChangesNothingAndAnOlderSchemaIsUpgraded) {
    const CommandResult v1 = publish({"--schema-version", "1"});
    ASSERT_EQ(v1.exitCode, 0) << v1.err;
    EXPECT_NE(v1.out.find("version 0 -> 1"), std::string::npos) << v1.out;
    const std::int64_t certificates = count("certificates");
    EXPECT_GT(certificates, 77925);
    // The previous release's schema has no history tables; publishing upgrades it.
    const CommandResult v2 = publish();
    ASSERT_EQ(v2.exitCode, 0) << v2.err;
    EXPECT_NE(v2.out.find("version 1 -> 4"), std::string::npos) << v2.out;
    EXPECT_EQ(count("schema_migrations"), 4);
    const CommandResult again = publish();
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.out.find("version 4 -> 4"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("added 0 certificates, 0 stage assessments"), std::string::npos)
        << again.out;
    EXPECT_EQ(count("certificates"), certificates);
    EXPECT_EQ(count("factories"), 78000);
    EXPECT_EQ(count("areas"), 54);
    // Indexes exist and the planner uses the GiST index for a box.
    const geo::SqlRows plan =
        m_admin->query("EXPLAIN SELECT count(*) FROM " + m_admin->quoteIdentifier(m_schema) +
                       ".factories WHERE geom && ST_MakeEnvelope(101, 12.5, 101.5, 13, 4326)");
    std::string text;
    for (std::size_t i = 0; i < plan.size(); ++i)
        text += plan.text(i, 0) + "\n";
    EXPECT_NE(text.find("Index"), std::string::npos) << text;
}

TEST_F(SharedStoreTest, ANewerDatabaseIsAClearErrorAndAFailedPublishKeepsThePreviousContent) {
    ASSERT_EQ(publish().exitCode, 0);
    const std::string s = m_admin->quoteIdentifier(m_schema);
    m_admin->execute("DELETE FROM " + s + ".factories WHERE province_code = 'TH-21'");
    const std::int64_t before = count("factories");
    // A source without certificates fails after the factories were copied: all rolled back.
    ScratchDir dir;
    const std::string broken = dir.file("broken.gpkg");
    fs::copy_file(kBundled, broken);
    {
        auto db = geo::SqlConnection::openSqlite(broken);
        db->executeScript(
            "DROP TABLE certificates; DELETE FROM gpkg_contents WHERE table_name = "
            "'certificates'; DELETE FROM gpkg_ogr_contents WHERE table_name = 'certificates'");
    }
    const CommandResult r =
        runCli({"publish", "--to", server(), "--schema", m_schema, "--data", broken});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("certificates"), std::string::npos) << r.err;
    EXPECT_EQ(count("factories"), before);

    m_admin->execute("INSERT INTO " + s + ".schema_migrations (version) VALUES (99)");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"publish", "--to", server(), "--schema", m_schema, "--data",
                                   kBundled},
          std::vector<std::string>{"record", "stage", "--area", "ETA-01", "--year", "2024",
                                   "--stage", "4", "--data", data()}}) {
        const CommandResult n = runCli(args);
        EXPECT_EQ(n.exitCode, 2) << args[0];
        EXPECT_NE(n.err.find("version 99, newer than this program's"), std::string::npos) << n.err;
        EXPECT_EQ(std::count(n.err.begin(), n.err.end(), '\n'), 1) << n.err;
    }
}

TEST_F(SharedStoreTest, LoginRolesMayDoWhatTheirRolesAllowAndNothingElse) {
    ASSERT_EQ(publish().exitCode, 0);
    const std::string reader = loginRole("carol", "ecotown_reader");
    const std::string eastEditor = loginRole("alice", "ecotown_editor");
    const std::string editor = loginRole("bob", "ecotown_editor");
    const std::string s = m_admin->quoteIdentifier(m_schema);
    m_admin->execute("INSERT INTO " + s + ".editor_regions VALUES ($1, 'east')", {eastEditor});

    auto record = [&](const std::string& user, const std::string& area) {
        return runCli({"record", "stage", "--area", area, "--year", "2024", "--stage", "4",
                       "--note", "assessed by the provincial office", "--data", data(user)});
    };
    const std::int64_t before = count("stage_assessments");
    // The reader reads, and may not record.
    const CommandResult stats = runCli({"stats", "--data", data(reader)});
    EXPECT_EQ(stats.exitCode, 0) << stats.err;
    const CommandResult denied = record(reader, "ETA-01");
    EXPECT_EQ(denied.exitCode, 2);
    EXPECT_NE(denied.err.find("permission denied"), std::string::npos) << denied.err;
    EXPECT_EQ(std::count(denied.err.begin(), denied.err.end(), '\n'), 1) << denied.err;
    // The east's editor records for Chon Buri (east), not for Khon Kaen (northeast).
    const CommandResult east = record(eastEditor, "ETA-01");
    EXPECT_EQ(east.exitCode, 0) << east.err;
    EXPECT_NE(east.out.find("by " + eastEditor), std::string::npos) << east.out;
    const CommandResult northeast = record(eastEditor, "ETA-02");
    EXPECT_EQ(northeast.exitCode, 2);
    EXPECT_NE(northeast.err.find("permission denied"), std::string::npos) << northeast.err;
    // An editor without a region records anywhere.
    EXPECT_EQ(record(editor, "ETA-02").exitCode, 0);
    EXPECT_EQ(count("stage_assessments"), before + 2);
    // Who recorded is the server's word, not the client's.
    const geo::SqlRows who = m_admin->query("SELECT recorded_by, note FROM " + s +
                                            ".stage_assessments WHERE fiscal_year = 2024 AND "
                                            "area_id = 'ETA-01'");
    ASSERT_EQ(who.size(), 1u);
    EXPECT_EQ(who.text(0, 0), eastEditor);
    EXPECT_EQ(who.text(0, 1), "assessed by the provincial office");

    // Nobody but the owner rewrites history or publishes.
    for (const std::string& user : {reader, eastEditor, editor}) {
        auto db = geo::SqlConnection::openPostgres(data(user));
        for (const std::string& sql :
             {"UPDATE " + s + ".stage_assessments SET stage = 1",
              "DELETE FROM " + s + ".stage_assessments", "DELETE FROM " + s + ".certificates",
              "UPDATE " + s + ".areas SET stage = 5",
              "INSERT INTO " + s +
                  ".stage_assessments (area_id, fiscal_year, stage, recorded_by) "
                  "VALUES ('ETA-01', 2024, 5, 'someone else')"}) {
            try {
                db->execute(sql);
                ADD_FAILURE() << user << " may run " << sql;
            } catch (const geo::DatabaseError& e) {
                EXPECT_TRUE(e.isPermissionDenied()) << user << ": " << e.what();
                EXPECT_EQ(e.reason().find("permission denied"), 0u) << e.what();
            }
        }
        const CommandResult pub =
            runCli({"publish", "--to", asUser(user), "--schema", m_schema, "--data", kBundled});
        EXPECT_EQ(pub.exitCode, 2) << user;
    }
    EXPECT_EQ(count("stage_assessments"), before + 2);
    EXPECT_EQ(count("areas WHERE stage = 5"), 0);

    // Certificates: the east's editor imports for an east factory only; all or nothing.
    const geo::SqlRows eastFactory = m_admin->query(
        "SELECT factory_id FROM " + s + ".factories WHERE province_code = 'TH-21' LIMIT 1");
    const geo::SqlRows northFactory = m_admin->query(
        "SELECT factory_id FROM " + s + ".factories WHERE province_code = 'TH-50' LIMIT 1");
    ASSERT_EQ(eastFactory.size(), 1u);
    ASSERT_EQ(northFactory.size(), 1u);
    ScratchDir dir;
    const std::string csv = dir.file("certs.csv");
    test::writeTextFile(csv, "factory_id,cert_type,level,fiscal_year\n" + eastFactory.text(0, 0) +
                                 ",csr-diw,,2025\n" + northFactory.text(0, 0) + ",csr-diw,,2025\n");
    const std::int64_t certs = count("certificates");
    const CommandResult mixed = runCli({"import", "certificates", csv, "--data", data(eastEditor)});
    EXPECT_EQ(mixed.exitCode, 2);
    EXPECT_NE(mixed.err.find("permission denied"), std::string::npos) << mixed.err;
    EXPECT_EQ(count("certificates"), certs);
    test::writeTextFile(csv, "factory_id,cert_type,level,fiscal_year\n" + eastFactory.text(0, 0) +
                                 ",csr-diw,,2025\n");
    const CommandResult ok = runCli({"import", "certificates", csv, "--data", data(eastEditor)});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(count("certificates"), certs + 1);
    EXPECT_EQ(count("certificates WHERE recorded_by = '" + eastEditor + "'"), 1);
}

TEST_F(SharedStoreTest, TwoEditorsRecordingAtOnceKeepBothRecords) {
    ASSERT_EQ(publish().exitCode, 0);
    const std::int64_t before = count("stage_assessments");
    constexpr int kEach = 5;
    auto editor = [&](const std::string& area, int stage) {
        for (int i = 0; i < kEach; ++i) {
            const CommandResult r = runCli({"record", "stage", "--area", area, "--year", "2025",
                                            "--stage", std::to_string(stage), "--data", data()});
            EXPECT_EQ(r.exitCode, 0) << r.err;
        }
    };
    std::thread a(editor, "ETA-05", 2);
    std::thread b(editor, "ETA-05", 3);
    a.join();
    b.join();
    EXPECT_EQ(count("stage_assessments"), before + 2 * kEach);
    EXPECT_EQ(count("stage_assessments WHERE area_id = 'ETA-05' AND fiscal_year = 2025"),
              2 * kEach);
}

TEST_F(SharedStoreTest, APasswordNeverAppearsInAnyOutput) {
    const std::string canary = "Canary7pw";
    const std::string refused =
        asUser("nobody_" + std::to_string(::getpid())) + " password=" + canary;
    const std::string unreachable = "PG:host=/nonexistent dbname=x password='" + canary + " x'";
    ScratchDir dir;
    for (const std::string& db : {refused, unreachable}) {
        const std::vector<std::vector<std::string>> commands = {
            {"info", db},
            {"validate", db},
            {"convert", db, dir.file("o.geojson")},
            {"stats", "--data", db},
            {"stats", "--json", "--data", db},
            {"export", "--layer", "areas", "--output", dir.file("x.geojson"), "--data", db},
            {"render", "--output", dir.file("m.png"), "--data", db},
            {"publish", "--to", db, "--data", kBundled},
            {"record", "stage", "--area", "ETA-01", "--year", "2024", "--stage", "3", "--data", db},
            {"record", "revocation", "--cert", "C0000001", "--year", "2024", "--data", db},
            {"import", "certificates", dir.file("none.csv"), "--data", db},
            {"join", db, db, dir.file("j.gpkg")},
        };
        for (const auto& c : commands) {
            const CommandResult r = runCli(c);
            EXPECT_NE(r.exitCode, 0) << c[0];
            EXPECT_EQ(r.out.find(canary), std::string::npos) << c[0] << ": " << r.out;
            EXPECT_EQ(r.err.find(canary), std::string::npos) << c[0] << ": " << r.err;
            EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << c[0] << ": " << r.err;
        }
    }
    for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
        if (entry.is_regular_file()) {
            EXPECT_EQ(test::readTextFile(entry.path().string()).find(canary), std::string::npos)
                << entry.path();
        }
    }
}

// The same records on a GeoPackage: one user, the OS user's name, nothing half-applied.
TEST(GeoPackageStoreTest, RecordsAStageAndImportsCertificatesAllOrNothing) {
    ScratchDir dir;
    const std::string gpkg = dir.file("atlas.gpkg");
    fs::copy_file(kBundled, gpkg);
    const CommandResult r = runCli({"record", "stage", "--area", "ETA-07", "--year", "2567",
                                    "--stage", "3", "--note", "ตรวจประเมินแล้ว", "--data", gpkg});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("ETA-07 stage 3 for FY2024"), std::string::npos) << r.out;
    {
        auto db = geo::SqlConnection::openSqlite(gpkg);
        const geo::SqlRows rows = db->query(
            "SELECT stage, note, recorded_by FROM stage_assessments WHERE area_id = 'ETA-07' AND "
            "fiscal_year = 2024");
        ASSERT_EQ(rows.size(), 1u);
        EXPECT_EQ(rows.text(0, 0), "3");
        EXPECT_EQ(rows.text(0, 1), "ตรวจประเมินแล้ว");
        EXPECT_FALSE(rows.text(0, 2).empty());
    }
    for (const auto& bad : std::vector<std::vector<std::string>>{
             {"--area", "ETA-99", "--year", "2024", "--stage", "3"},
             {"--area", "ETA-07", "--year", "2024", "--stage", "6"},
             {"--area", "ETA-07", "--year", "2090", "--stage", "3"}}) {
        std::vector<std::string> args = {"record", "stage", "--data", gpkg};
        args.insert(args.end(), bad.begin(), bad.end());
        const CommandResult e = runCli(args);
        EXPECT_EQ(e.exitCode, 2) << bad[1];
        EXPECT_EQ(std::count(e.err.begin(), e.err.end(), '\n'), 1) << e.err;
    }

    // A list with one good line and six bad ones.
    const std::string csv = dir.file("fy2025.csv");
    test::writeTextFile(csv,
                        "factory_id,cert_type,level,fiscal_year,province\n"
                        "F0000001,gi,2,2025,\n"                // 2 good
                        "F9999999,gi,2,2025,\n"                // 3 unknown factory
                        "F0000002,gi,7,2025,\n"                // 4 unknown level
                        "F0000003,gi,1,2090,\n"                // 5 future
                        "F0000001,gi,2,2568,\n"                // 6 duplicate of line 2 (B.E.)
                        "F0000004,iso14001,1,2025,\n"          // 7 unknown type
                        "F0000005,csr-diw,,2025,Atlantis\n");  // 8 unknown province
    auto certificates = [&] {
        auto db = geo::SqlConnection::openSqlite(gpkg);
        return db->query("SELECT count(*) FROM certificates").integer(0, 0).value_or(-1);
    };
    const std::int64_t before = certificates();
    const CommandResult refused = runCli({"import", "certificates", csv, "--data", gpkg});
    EXPECT_EQ(refused.exitCode, 2);
    for (int line : {3, 4, 5, 6, 7, 8})
        EXPECT_NE(refused.err.find(csv + ":" + std::to_string(line) + ": "), std::string::npos)
            << line << "\n"
            << refused.err;
    EXPECT_EQ(refused.err.find(csv + ":2:"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("nothing imported"), std::string::npos) << refused.err;
    EXPECT_EQ(certificates(), before);

    const CommandResult skipped =
        runCli({"import", "certificates", csv, "--skip-bad", "--data", gpkg});
    EXPECT_EQ(skipped.exitCode, 1) << skipped.err;
    EXPECT_EQ(certificates(), before + 1);
    // Imported again: now a duplicate of what the atlas holds.
    test::writeTextFile(csv, "factory_id,cert_type,level,fiscal_year\nF0000001,gi,2,2025\n");
    const CommandResult twice = runCli({"import", "certificates", csv, "--data", gpkg});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_NE(twice.err.find("already holds"), std::string::npos) << twice.err;
    EXPECT_EQ(certificates(), before + 1);
}

// Viewing from a read-only standby (streaming replication); recording there is refused in one
// line, and libpq's multi-host string with target_session_attrs=read-write finds the primary.
TEST_F(SharedStoreTest, AStandbyServesReadersAndRefusesRecordsInOneLine) {
    const char* standby = std::getenv("ECOTOWN_TEST_PG_STANDBY");
    if (!standby)
        GTEST_SKIP() << "ECOTOWN_TEST_PG_STANDBY is not set (scripts/test.sh starts one)";
    ASSERT_EQ(publish().exitCode, 0);
    const std::string onStandby = std::string(standby) + " schemas=" + m_schema;
    // Wait for the standby to replay the publish (a few seconds at most).
    CommandResult fromStandby;
    const CommandResult fromPrimary = runCli({"stats", "--data", data()});
    for (int i = 0; i < 60; ++i) {
        fromStandby = runCli({"stats", "--data", onStandby});
        if (fromStandby.exitCode == 0 && fromStandby.out == fromPrimary.out)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    ASSERT_EQ(fromStandby.exitCode, 0) << fromStandby.err;
    EXPECT_EQ(fromStandby.out, fromPrimary.out);

    const CommandResult refused = runCli({"record", "stage", "--area", "ETA-03", "--year", "2024",
                                          "--stage", "4", "--data", onStandby});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("read-only server"), std::string::npos) << refused.err;
    EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;

    // host=standby,primary: libpq skips the standby for a read-write session.
    const std::string standbyHost = onStandby.substr(
        onStandby.find("host=") + 5, onStandby.find(' ') - onStandby.find("host=") - 5);
    std::string both = data();
    const auto at = both.find("host=") + 5;
    both.insert(at, standbyHost + ",");
    both += " target_session_attrs=read-write";
    const std::int64_t before = count("stage_assessments");
    const CommandResult ok = runCli(
        {"record", "stage", "--area", "ETA-03", "--year", "2024", "--stage", "4", "--data", both});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(count("stage_assessments"), before + 1);
}

// The server stops and comes back: the CLI says so in one line and exit 2, then works again.
TEST(SharedStoreServerTest, AStoppedServerIsOneLineAndTheNextRunWorksAgain) {
    const char* script = std::getenv("ECOTOWN_PG_TEST_SERVER_SCRIPT");
    if (!script)
        GTEST_SKIP() << "ECOTOWN_PG_TEST_SERVER_SCRIPT is not set (scripts/test.sh sets it)";
    // A server of this test's own, so that stopping it disturbs no other test.
    std::string dir, connection;
    {
        FILE* p = ::popen((std::string(script) + " start").c_str(), "r");
        ASSERT_NE(p, nullptr);
        char line[1024];
        while (std::fgets(line, sizeof line, p)) {
            std::string l(line);
            const auto q = l.find('\'');
            const auto e = l.rfind('\'');
            if (l.find("ECOTOWN_PG_DIR=") != std::string::npos)
                dir = l.substr(q + 1, e - q - 1);
            if (l.find("ECOTOWN_TEST_PG=") != std::string::npos)
                connection = l.substr(q + 1, e - q - 1);
        }
        ASSERT_EQ(::pclose(p), 0);
    }
    ASSERT_FALSE(dir.empty());
    auto run = [&](const std::string& what) {
        return std::system(
            (std::string(script) + " " + what + " '" + dir + "' >/dev/null 2>&1").c_str());
    };
    const CommandResult p = runCli({"publish", "--to", connection, "--data", kBundled});
    EXPECT_EQ(p.exitCode, 0) << p.err;
    const CommandResult before = runCli({"stats", "--data", connection});
    EXPECT_EQ(before.exitCode, 0) << before.err;
    EXPECT_EQ(run("halt"), 0);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"stats", "--data", connection},
          std::vector<std::string>{"record", "stage", "--area", "ETA-01", "--year", "2024",
                                   "--stage", "3", "--data", connection}}) {
        const CommandResult down = runCli(args);
        EXPECT_EQ(down.exitCode, 2) << args[0];
        EXPECT_EQ(std::count(down.err.begin(), down.err.end(), '\n'), 1) << down.err;
        EXPECT_NE(down.err.find("connect"), std::string::npos) << down.err;
    }
    EXPECT_EQ(run("resume"), 0);
    const CommandResult after = runCli({"stats", "--data", connection});
    EXPECT_EQ(after.exitCode, 0) << after.err;
    EXPECT_EQ(after.out, before.out);
    run("stop");
}

// Revocations on the server (schema version 3, upgraded from 2): appended by editors within
// their region, refused in one line to a reader and outside the region, never rewritten; the
// server's counts honour them as the GeoPackage's do.
TEST_F(SharedStoreTest, RevocationsFollowRolesAndRegionsAndCountLikeTheGeoPackage) {
    ASSERT_EQ(publish({"--schema-version", "2"}).exitCode, 0);
    const std::string s = m_admin->quoteIdentifier(m_schema);
    auto certIn = [&](const std::string& province) {
        const geo::SqlRows r = m_admin->query(
            "SELECT c.cert_id, c.fiscal_year FROM " + s + ".certificates c JOIN " + s +
                ".factories f USING (factory_id) WHERE f.province_code = $1 AND c.cert_type = "
                "'gi' AND c.fiscal_year < 2022 ORDER BY c.fiscal_year DESC, c.cert_id LIMIT 1",
            {province});
        EXPECT_EQ(r.size(), 1u) << province;
        return std::pair{r.text(0, 0), static_cast<int>(r.integer(0, 1).value_or(0))};
    };
    const auto [eastCert, eastYear] = certIn("TH-21");
    const auto [northCert, northYear] = certIn("TH-50");
    auto revoke = [&](const std::string& data, const std::string& cert, int year) {
        return runCli({"record", "revocation", "--cert", cert, "--year", std::to_string(year),
                       "--note", "revoked by the ministry", "--data", data});
    };
    // A version-2 database has no revocations yet: one line says to publish again.
    const CommandResult old = revoke(data(), eastCert, eastYear + 1);
    EXPECT_EQ(old.exitCode, 2);
    EXPECT_EQ(std::count(old.err.begin(), old.err.end(), '\n'), 1) << old.err;
    EXPECT_NE(old.err.find("publish again"), std::string::npos) << old.err;
    const CommandResult upgraded = publish();
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.err;
    EXPECT_NE(upgraded.out.find("version 2 -> 4"), std::string::npos) << upgraded.out;

    const std::string reader = loginRole("carol", "ecotown_reader");
    const std::string eastEditor = loginRole("alice", "ecotown_editor");
    const std::string editor = loginRole("bob", "ecotown_editor");
    m_admin->execute("INSERT INTO " + s + ".editor_regions VALUES ($1, 'east')", {eastEditor});
    const std::string statsBefore =
        runCli({"stats", "--as-of", std::to_string(eastYear), "--json", "--data", data(reader)})
            .out;

    auto refused = [&](const CommandResult& r, const char* who) {
        EXPECT_EQ(r.exitCode, 2) << who;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_NE(r.err.find("permission denied"), std::string::npos) << who << ": " << r.err;
        EXPECT_EQ(count("certificate_revocations"), 0) << who;
    };
    refused(revoke(data(reader), eastCert, eastYear + 1), "the reader");
    refused(revoke(data(eastEditor), northCert, northYear + 1), "the east's editor in the north");
    const CommandResult east = revoke(data(eastEditor), eastCert, eastYear + 1);
    EXPECT_EQ(east.exitCode, 0) << east.err;
    EXPECT_NE(east.out.find("by " + eastEditor), std::string::npos) << east.out;
    EXPECT_EQ(revoke(data(editor), northCert, northYear + 1).exitCode, 0);
    EXPECT_EQ(count("certificate_revocations"), 2);
    EXPECT_EQ(count("certificate_revocations WHERE recorded_by = '" + eastEditor + "'"), 1);
    // Revoked once only; nobody rewrites a revocation or the certificate.
    const CommandResult twice = revoke(data(editor), eastCert, eastYear + 1);
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_NE(twice.err.find("already revoked"), std::string::npos) << twice.err;
    for (const std::string& user : {reader, eastEditor, editor}) {
        auto db = geo::SqlConnection::openPostgres(data(user));
        for (const std::string& sql :
             {"UPDATE " + s + ".certificate_revocations SET fiscal_year = 2000",
              "DELETE FROM " + s + ".certificate_revocations",
              "UPDATE " + s + ".certificates SET level = 1",
              "INSERT INTO " + s +
                  ".certificate_revocations (cert_id, fiscal_year, recorded_by) VALUES ('" +
                  eastCert + "', 2020, 'someone else')"}) {
            try {
                db->execute(sql);
                ADD_FAILURE() << user << " may run " << sql;
            } catch (const geo::DatabaseError& e) {
                EXPECT_TRUE(e.isPermissionDenied()) << user << ": " << e.what();
            }
        }
    }
    EXPECT_EQ(count("certificate_revocations"), 2);

    // Before the revocation's year the certificate still counts.
    EXPECT_EQ(
        runCli({"stats", "--as-of", std::to_string(eastYear), "--json", "--data", data(reader)})
            .out,
        statsBefore);
    // The server counts as a GeoPackage holding the same revocations does.
    ScratchDir dir;
    const std::string gpkg = dir.file("atlas.gpkg");
    fs::copy_file(kBundled, gpkg);
    ASSERT_EQ(revoke(gpkg, eastCert, eastYear + 1).exitCode, 0);
    ASSERT_EQ(revoke(gpkg, northCert, northYear + 1).exitCode, 0);
    const std::string y = std::to_string(eastYear), y1 = std::to_string(eastYear + 1);
    for (const std::vector<std::string>& c : std::vector<std::vector<std::string>>{
             {"stats", "--json"},
             {"stats", "--as-of", y, "--json"},
             {"stats", "--as-of", y1, "--by", "province", "--json"},
             {"stats", "--cert", "gi:1-5", "--region", "east", "--json"},
             {"stats", "--cert", "gi:1-5", "--year", y + "-" + y1, "--as-of", y1, "--json"},
             {"changes", "--from", y, "--to", y1, "--json"}}) {
        std::vector<std::string> a = c, b = c;
        a.insert(a.end(), {"--data", gpkg});
        b.insert(b.end(), {"--data", data(reader)});
        const CommandResult ra = runCli(a), rb = runCli(b);
        ASSERT_EQ(ra.exitCode, 0) << ra.err;
        ASSERT_EQ(rb.exitCode, 0) << rb.err;
        EXPECT_EQ(ra.out, rb.out) << c[0] << " " << c[1] << " " << c[2];
    }
    const std::string changes =
        runCli({"changes", "--from", y, "--to", y1, "--json", "--data", data(reader)}).out;
    EXPECT_NE(changes.find("\"revoked\": 1"), std::string::npos) << changes;
}
