// Finding the bundled dataset: --data, then ECOTOWN_DATA, then the build tree next to the
// executable, then the installed copy; a clear error naming every place looked at.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "TestSupport.hpp"
#include "geo/Error.hpp"
#include "layers/DataLocation.hpp"

namespace ecotown::test {
namespace {

using namespace ecotown::layers;

// Sets or unsets ECOTOWN_DATA for one test.
class DataEnvironment {
  public:
    explicit DataEnvironment(const char* value) {
        if (const char* old = std::getenv(kDataEnvironmentVariable))
            m_old = old;
        if (value)
            ::setenv(kDataEnvironmentVariable, value, 1);
        else
            ::unsetenv(kDataEnvironmentVariable);
    }
    ~DataEnvironment() {
        if (m_old)
            ::setenv(kDataEnvironmentVariable, m_old->c_str(), 1);
        else
            ::unsetenv(kDataEnvironmentVariable);
    }

  private:
    std::optional<std::string> m_old;
};

TEST(DataLocation, OrderOfCandidates) {
    DataEnvironment env(nullptr);
    const auto c = bundledDatasetCandidates("", "/opt/build/app/cli/ecotown-cli");
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].path, "/opt/build/data/ecotown.gpkg");
    EXPECT_EQ(c[1].path, kInstalledDataset);
    const auto explicitOnly =
        bundledDatasetCandidates("/x/my.gpkg", "/opt/build/app/cli/ecotown-cli");
    ASSERT_EQ(explicitOnly.size(), 1u);
    EXPECT_EQ(explicitOnly[0].origin, "--data");
}

TEST(DataLocation, FindsTheBuildTreeDatasetFromTheExecutable) {
    DataEnvironment env(nullptr);
    ScratchDir dir;
    std::filesystem::create_directories(dir.path() / "app" / "cli");
    std::filesystem::create_directories(dir.path() / "data");
    writeTextFile(dir.file("data/ecotown.gpkg"), "x");
    const std::string found = locateBundledDataset("", dir.file("app/cli/ecotown-cli"));
    EXPECT_EQ(std::filesystem::canonical(found),
              std::filesystem::canonical(dir.file("data/ecotown.gpkg")));
}

TEST(DataLocation, EnvironmentComesBeforeTheBuildTree) {
    ScratchDir dir;
    writeTextFile(dir.file("env.gpkg"), "x");
    DataEnvironment env(dir.file("env.gpkg").c_str());
    EXPECT_EQ(locateBundledDataset("", "/nonexistent/app/cli/ecotown-cli"), dir.file("env.gpkg"));
    EXPECT_EQ(locateBundledDataset(dir.file("env.gpkg"), ""), dir.file("env.gpkg"));
}

TEST(DataLocation, ClearErrorsNamingWhereItLooked) {
    {
        DataEnvironment env(nullptr);
        try {
            (void)locateBundledDataset("", "/nonexistent/app/cli/ecotown-cli");
            if (std::filesystem::exists(kInstalledDataset))
                GTEST_SKIP() << "an installed dataset exists";
            FAIL();
        } catch (const InputError& e) {
            const std::string what = e.what();
            EXPECT_NE(what.find("/nonexistent/data/ecotown.gpkg"), std::string::npos) << what;
            EXPECT_NE(what.find(kInstalledDataset), std::string::npos) << what;
            EXPECT_NE(what.find("--data"), std::string::npos) << what;
        }
    }
    try {
        (void)locateBundledDataset("/nonexistent/mine.gpkg", "");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "/nonexistent/mine.gpkg");
    }
    DataEnvironment env("/nonexistent/env.gpkg");
    try {
        (void)locateBundledDataset("", "");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "/nonexistent/env.gpkg");
        EXPECT_NE(std::string(e.what()).find(kDataEnvironmentVariable), std::string::npos);
    }
}

TEST(DataLocation, SampleTablesFromTheBuildTreeThenInstalledOrAsGiven) {
    const auto c = sampleTablesCandidates("", "/opt/build/app/cli/ecotown-cli");
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].path, "/opt/build/data/tables");
    EXPECT_EQ(c[1].path, kInstalledSampleTables);
    EXPECT_EQ(locateSampleTables("/x/tables", "/opt/build/app/cli/ecotown-cli"), "/x/tables");

    ScratchDir dir;
    std::filesystem::create_directories(dir.path() / "data" / "tables");
    writeTextFile(dir.file("data/tables/provinces.csv"), "x");
    EXPECT_EQ(std::filesystem::canonical(locateSampleTables("", dir.file("app/cli/ecotown-cli"))),
              std::filesystem::canonical(dir.file("data/tables")));
    try {
        (void)locateSampleTables("", "/nonexistent/app/cli/ecotown-cli");
        if (std::filesystem::exists(std::string(kInstalledSampleTables) + "/provinces.csv"))
            GTEST_SKIP() << "installed tables exist";
        FAIL();
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("/nonexistent/data/tables"), std::string::npos) << what;
        EXPECT_NE(what.find(kInstalledSampleTables), std::string::npos) << what;
        EXPECT_NE(what.find("--data-dir"), std::string::npos) << what;
    }
}

}  // namespace
}  // namespace ecotown::test
