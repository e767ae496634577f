// Province names as users and agencies write them: ISO codes, numbers, English spellings, Thai,
// Natural Earth FIPS codes, and things that must match nothing.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "TestSupport.hpp"
#include "layers/ProvinceMatcher.hpp"

namespace ecotown::test {
namespace {

using layers::ProvinceMatcher;

std::string codeOf(const ProvinceMatcher& m, std::string_view text) {
    const auto i = m.match(text);
    return i ? m.provinces()[*i].code : std::string("none");
}

TEST(ProvinceMatcher, ChonBuriInEveryForm) {
    const ProvinceMatcher m;
    for (const char* text : {"TH-20", "th-20", " TH-20 ", "20", "020", "20.0", "๒๐", "Chon Buri",
                             "Chonburi", "CHONBURI", "chon-buri", "ชลบุรี", "จังหวัดชลบุรี", "จ.ชลบุรี",
                             "Changwat Chon Buri", "Chon Buri Province", "TH46"}) {
        EXPECT_EQ(codeOf(m, text), "TH-20") << text;
    }
    EXPECT_EQ(m.matchNumber(20), m.match("TH-20"));
}

TEST(ProvinceMatcher, HyphenatedIsIsoUnhyphenatedIsFips) {
    const ProvinceMatcher m;
    EXPECT_EQ(codeOf(m, "TH-40"), "TH-40");  // ISO: Khon Kaen
    EXPECT_EQ(m.provinces()[*m.match("TH-40")].nameEn, "Khon Kaen");
    EXPECT_EQ(codeOf(m, "TH40"), "TH-10");  // FIPS: Bangkok
    EXPECT_EQ(codeOf(m, "TH10"), "TH-53");  // FIPS: Uttaradit
    EXPECT_EQ(codeOf(m, "TH-10"), "TH-10");
    EXPECT_EQ(codeOf(m, "TH-99"), "none");  // no such ISO code; not read as a name either
    EXPECT_EQ(codeOf(m, "TH99"), "none");
}

TEST(ProvinceMatcher, CommonSpellingVariants) {
    const ProvinceMatcher m;
    EXPECT_EQ(codeOf(m, "Lopburi"), "TH-16");
    EXPECT_EQ(codeOf(m, "Lop Buri"), "TH-16");
    EXPECT_EQ(codeOf(m, "Buriram"), "TH-31");
    EXPECT_EQ(codeOf(m, "Korat"), "TH-30");
    EXPECT_EQ(codeOf(m, "Ayutthaya"), "TH-14");
    EXPECT_EQ(codeOf(m, "Phang Nga"), "TH-82");
    EXPECT_EQ(codeOf(m, "Sisaket"), "TH-33");
    EXPECT_EQ(codeOf(m, "Bangkok Metropolis"), "TH-10");
    EXPECT_EQ(codeOf(m, "Krung Thep Maha Nakhon"), "TH-10");
    // SARA AM typed as NIKHAHIT + SARA AA
    EXPECT_EQ(codeOf(m, "ลําพูน"), "TH-51");
    EXPECT_EQ(codeOf(m, "ลำพูน"), "TH-51");
}

TEST(ProvinceMatcher, QuotesAndJunkMatchNothing) {
    const ProvinceMatcher m;
    for (const char* text : {"Chon' Buri\"", "Chon'Buri", "'; DROP TABLE factories; --", "\"", "",
                             "   ", "0", "-20", "TH-", "Mars", "Chon Buri Rayong", "20.5"}) {
        EXPECT_EQ(codeOf(m, text), "none") << text;
    }
}

TEST(ProvinceMatcher, BuiltInTableIsDataProvincesCsv) {
    // data/provinces.csv: iso_code,ne_name,name_en,name_th,region,aliases (FIPS among the aliases)
    const std::filesystem::path csv =
        std::filesystem::path(kTestDataDir) / ".." / ".." / "data" / "provinces.csv";
    std::ifstream in(csv);
    ASSERT_TRUE(in) << csv;
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "iso_code,ne_name,name_en,name_th,region,aliases");
    const auto& table = ProvinceMatcher::builtInProvinces();
    std::size_t row = 0;
    while (std::getline(in, line)) {
        ASSERT_LT(row, table.size());
        const auto& p = table[row++];
        std::vector<std::string> cells;
        std::string cell;
        for (char c : line) {
            if (c == ',') {
                cells.push_back(cell);
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells.push_back(cell);
        ASSERT_EQ(cells.size(), 6u) << line;
        EXPECT_EQ(p.code, cells[0]);
        EXPECT_EQ(p.neName, cells[1]);
        EXPECT_EQ(p.nameEn, cells[2]);
        EXPECT_EQ(p.nameTh, cells[3]);
        std::string aliases;
        for (const auto& a : p.aliases)
            aliases += (aliases.empty() ? "" : ";") + a;
        // the CSV lists the FIPS code among the aliases, at the end
        EXPECT_EQ(aliases.empty() ? p.fips : aliases + ";" + p.fips, cells[5]) << p.code;
    }
    EXPECT_EQ(row, 77u);
    EXPECT_EQ(table.size(), 77u);
}

TEST(ProvinceMatcher, NoTwoProvincesShareAKey) {
    const ProvinceMatcher m;
    for (std::size_t i = 0; i < m.provinces().size(); ++i) {
        const auto& p = m.provinces()[i];
        EXPECT_EQ(m.match(p.code), i) << p.code;
        EXPECT_EQ(m.match(std::to_string(p.number)), i) << p.code;
        EXPECT_EQ(m.match(p.nameEn), i) << p.nameEn;
        EXPECT_EQ(m.match(p.nameTh), i) << p.nameTh;
        EXPECT_EQ(m.match(p.neName), i) << p.neName;
        EXPECT_EQ(m.match(p.fips), i) << p.fips;
        for (const auto& a : p.aliases)
            EXPECT_EQ(m.match(a), i) << a;
    }
}

}  // namespace
}  // namespace ecotown::test
