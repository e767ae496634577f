// `ecotown-cli record revocation` on a GeoPackage: the revocation is a new record (the
// certificate's row is kept as it was); reading honours it from its fiscal year on (stats,
// --as-of, changes); bad revocations are one line each and change nothing. The same on the
// PostgreSQL server, with roles and regions, is in SharedStoreTest.cpp.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "CliOutput.hpp"
#include "TestSupport.hpp"
#include "geo/Sql.hpp"

using namespace ecotown;
using ecotown::test::CommandResult;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

nlohmann::json jsonOf(const std::vector<std::string>& args) {
    const CommandResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

// Green Industry certificates of level `level` the whole country counts in `stats`.
std::int64_t giCertificates(const nlohmann::json& stats, int level) {
    return stats["total"]["certificates"]["gi"][std::to_string(level)].get<std::int64_t>();
}

struct Certificate {
    std::string id, factory;
    int level = 0, year = 0;
};

// A Green Industry certificate granted before the atlas's last certificate year (its
// revocation in the next year then leaves the latest year as it was).
Certificate someGiCertificate(geo::SqlConnection& db) {
    const geo::SqlRows r = db.query(
        "SELECT cert_id, factory_id, level, fiscal_year FROM certificates WHERE cert_type = 'gi' "
        "AND fiscal_year < (SELECT max(fiscal_year) FROM certificates) ORDER BY fiscal_year DESC, "
        "cert_id LIMIT 1");
    EXPECT_EQ(r.size(), 1u);
    return {r.text(0, 0), r.text(0, 1), static_cast<int>(r.integer(0, 2).value_or(0)),
            static_cast<int>(r.integer(0, 3).value_or(0))};
}

// A copy of the bundled data in `dir`, and a certificate of it to revoke.
std::string copyOfBundled(const ScratchDir& dir, Certificate& cert) {
    const std::string gpkg = dir.file("atlas.gpkg");
    fs::copy_file(kBundled, gpkg);
    auto db = geo::SqlConnection::openSqlite(gpkg);
    cert = someGiCertificate(*db);
    return gpkg;
}

}  // namespace

TEST(RevocationTest, ARevokedCertificateNoLongerCountsFromItsYearOnAndTheRowIsKept) {
    ScratchDir dir;
    Certificate cert;
    const std::string gpkg = copyOfBundled(dir, cert);
    auto db = geo::SqlConnection::openSqlite(gpkg);
    const int revokedFrom = cert.year + 1;
    const std::string row =
        "SELECT cert_id, factory_id, cert_type, level, fiscal_year FROM "
        "certificates WHERE cert_id = $1";
    const std::string rowBefore = db->query(row, {cert.id}).text(0, 4);
    const std::int64_t certificatesBefore =
        db->query("SELECT count(*) FROM certificates").integer(0, 0).value_or(-1);
    db.reset();

    const std::string asOfBefore = std::to_string(cert.year);
    const std::string asOfAfter = std::to_string(revokedFrom);
    const nlohmann::json latest0 = jsonOf({"stats", "--json", "--data", gpkg});
    const nlohmann::json before0 =
        jsonOf({"stats", "--json", "--as-of", asOfBefore, "--data", gpkg});
    const nlohmann::json after0 = jsonOf({"stats", "--json", "--as-of", asOfAfter, "--data", gpkg});

    const CommandResult r =
        runCli({"record", "revocation", "--cert", cert.id, "--year",
                std::to_string(revokedFrom + 543), "--note", "เพิกถอนตามคำสั่ง", "--data", gpkg});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("revocation of " + cert.id + " from FY" + asOfAfter), std::string::npos)
        << r.out;

    // The certificate's row is as it was; the revocation is a row of its own, with who and when.
    db = geo::SqlConnection::openSqlite(gpkg);
    EXPECT_EQ(db->query(row, {cert.id}).text(0, 4), rowBefore);
    EXPECT_EQ(db->query("SELECT count(*) FROM certificates").integer(0, 0), certificatesBefore);
    const geo::SqlRows rec = db->query(
        "SELECT fiscal_year, note, recorded_by, recorded_at FROM certificate_revocations WHERE "
        "cert_id = $1",
        {cert.id});
    ASSERT_EQ(rec.size(), 1u);
    EXPECT_EQ(rec.integer(0, 0), revokedFrom);
    EXPECT_EQ(rec.text(0, 1), "เพิกถอนตามคำสั่ง");
    EXPECT_FALSE(rec.text(0, 2).empty());
    EXPECT_EQ(rec.text(0, 3).size(), std::string("2026-01-01T00:00:00.000000Z").size());
    db.reset();

    // Counted up to the year before its revocation, not from it on.
    EXPECT_EQ(jsonOf({"stats", "--json", "--as-of", asOfBefore, "--data", gpkg}), before0);
    const nlohmann::json after1 = jsonOf({"stats", "--json", "--as-of", asOfAfter, "--data", gpkg});
    EXPECT_EQ(giCertificates(after1, cert.level), giCertificates(after0, cert.level) - 1);
    const nlohmann::json latest1 = jsonOf({"stats", "--json", "--data", gpkg});
    EXPECT_EQ(giCertificates(latest1, cert.level), giCertificates(latest0, cert.level) - 1);
    // The factory keeps its other certificates: it may still hold a level.
    EXPECT_LE(latest1["total"]["with_gi"].get<std::int64_t>(),
              latest0["total"]["with_gi"].get<std::int64_t>());

    // changes: revoked in (year, year + 1], by province and level; none the year before.
    const nlohmann::json ch =
        jsonOf({"changes", "--from", asOfBefore, "--to", asOfAfter, "--json", "--data", gpkg});
    const nlohmann::json& total = ch["certificates"]["total"];
    EXPECT_EQ(total["revoked"], 1);
    EXPECT_EQ(total["revoked_by_type"]["gi"][std::to_string(cert.level)], 1);
    int rowsWithRevoked = 0;
    for (const auto& p : ch["certificates"]["rows"])
        rowsWithRevoked += p["revoked"].get<int>();
    EXPECT_EQ(rowsWithRevoked, 1);
    const nlohmann::json earlier = jsonOf({"changes", "--from", std::to_string(cert.year - 1),
                                           "--to", asOfBefore, "--json", "--data", gpkg});
    EXPECT_EQ(earlier["certificates"]["total"]["revoked"], 0);
    const CommandResult text =
        runCli({"changes", "--from", asOfBefore, "--to", asOfAfter, "--data", gpkg});
    EXPECT_NE(text.out.find("Certificates revoked in fiscal years " + asOfAfter), std::string::npos)
        << text.out;
}

TEST(RevocationTest, ABadRevocationIsOneLineAndChangesNothing) {
    ScratchDir dir;
    Certificate cert;
    const std::string gpkg = copyOfBundled(dir, cert);
    auto revoke = [&](const std::string& id, int year) {
        return runCli(
            {"record", "revocation", "--cert", id, "--year", std::to_string(year), "--data", gpkg});
    };
    auto revocations = [&] {
        auto c = geo::SqlConnection::openSqlite(gpkg);
        if (c->query("SELECT 1 FROM sqlite_master WHERE name = 'certificate_revocations'").empty())
            return std::int64_t{0};
        return c->query("SELECT count(*) FROM certificate_revocations").integer(0, 0).value_or(-1);
    };
    struct Bad {
        std::string id;
        int year;
        std::string says;
    };
    for (const Bad& b : {Bad{"NO-SUCH-CERT", cert.year + 1, "no certificate 'NO-SUCH-CERT'"},
                         Bad{cert.id, cert.year - 1, "was granted in FY"},
                         Bad{cert.id, 2090, "not a fiscal year"}}) {
        const CommandResult e = revoke(b.id, b.year);
        EXPECT_EQ(e.exitCode, 2) << b.says;
        EXPECT_EQ(test::lineCount(e.err), 1) << e.err;
        EXPECT_NE(e.err.find(b.says), std::string::npos) << e.err;
        EXPECT_NE(e.err.find(gpkg), std::string::npos) << e.err;
        EXPECT_EQ(revocations(), 0);
    }
    ASSERT_EQ(revoke(cert.id, cert.year + 1).exitCode, 0);
    // Twice: the first stands.
    const CommandResult twice = revoke(cert.id, cert.year + 1);
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_EQ(test::lineCount(twice.err), 1) << twice.err;
    EXPECT_NE(twice.err.find("already revoked from FY" + std::to_string(cert.year + 1)),
              std::string::npos)
        << twice.err;
    EXPECT_EQ(revocations(), 1);
}
