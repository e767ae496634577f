#pragma once
// Finds a Thai province from whatever a user or an agency's file writes for it: the ISO code
// ("TH-20"), the DOPA number ("20", 20), the English name with its common spelling variants
// ("Chon Buri", "Chonburi"), the Thai name ("ชลบุรี", also with "จังหวัด"), the Natural Earth
// name, or the Natural Earth FIPS code ("TH46"). A hyphenated "TH-nn" is always ISO and an
// unhyphenated "THnn" always FIPS: "TH-40" is Khon Kaen, "TH40" is Bangkok.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "layers/Domain.hpp"

namespace ecotown::layers {

// One province as the matcher knows it (the built-in table mirrors data/provinces.csv).
struct ProvinceName {
    std::string code;  // ISO 3166-2, "TH-20"
    int number = 0;    // DOPA geocode = ISO number, 20
    std::string nameEn;
    std::string nameTh;
    Region region = Region::Central;
    std::string neName;                // Natural Earth `name`
    std::string fips;                  // Natural Earth FIPS code, "TH46"
    std::vector<std::string> aliases;  // spelling variants users type (no FIPS codes)
};

class ProvinceMatcher {
  public:
    // The 77 provinces of data/provinces.csv, compiled in.
    ProvinceMatcher();
    // Any table (an atlas's own provinces); positions in `provinces` are the results of match().
    explicit ProvinceMatcher(std::vector<ProvinceName> provinces);

    // The compiled-in table of 77 provinces, in ISO code order.
    static const std::vector<ProvinceName>& builtInProvinces();

    // Position of the province `text` names, or nullopt. Never throws: anything a user types,
    // quotes and all, either matches a province or matches nothing.
    std::optional<std::size_t> match(std::string_view text) const;
    // Position of the province with this DOPA/ISO number, or nullopt.
    std::optional<std::size_t> matchNumber(std::int64_t number) const;

    const std::vector<ProvinceName>& provinces() const { return m_provinces; }

    // The comparison key of a name: case folded; spaces, hyphens, dots and underscores dropped
    // (other punctuation such as quotes kept, so it never matches); "Changwat", "Province",
    // "จังหวัด" and "จ." removed; "ํา" read as "ำ".
    static std::string nameKey(std::string_view text);

  private:
    std::vector<ProvinceName> m_provinces;
    std::unordered_map<int, std::size_t> m_byNumber;
    std::unordered_map<std::string, std::size_t> m_byFips;  // "TH46" upper-case
    std::unordered_map<std::string, std::size_t> m_byName;  // nameKey() of names and aliases
};

}  // namespace ecotown::layers
