#pragma once
// The words of the eco-industrial town programme as plain values: development stages, Green
// Industry levels, IEAT estate eco levels and the six regions, each with English and Thai names.
// Facts and their sources: data/README.md (each table row with its source and status).

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ecotown::layers {

struct BilingualName {
    std::string_view en;
    std::string_view th;
    bool confirmed = true;  // false: no published name was found; the label is ours
};

// DIW's five development stages of an eco-industrial town (B.E. 2560 criteria).
enum class DevelopmentStage : std::uint8_t {
    Engagement = 1,
    Enhancement = 2,
    ResourceEfficiency = 3,
    Symbiosis = 4,
    Level5 = 5,  // the top level: its published name was not found
};
inline constexpr int kStageCount = 5;
const BilingualName& stageName(DevelopmentStage stage);
std::optional<DevelopmentStage> stageFromNumber(int number);

// Green Industry certification levels 1-5 (Ministry of Industry, since 2011).
enum class GreenIndustryLevel : std::uint8_t {
    GreenCommitment = 1,
    GreenActivity = 2,
    GreenSystem = 3,
    GreenCulture = 4,
    GreenNetwork = 5,
};
const BilingualName& greenIndustryLevelName(GreenIndustryLevel level);
std::optional<GreenIndustryLevel> greenIndustryLevelFromNumber(int number);

// IEAT eco-industrial-estate levels, lowest first.
enum class IeatEcoLevel : std::uint8_t { EcoChampion = 1, EcoExcellence = 2, EcoWorldClass = 3 };
const BilingualName& ieatEcoLevelName(IeatEcoLevel level);
// "Eco-Champion", "eco champion", "Eco-World Class", "world class"... (case and punctuation free)
std::optional<IeatEcoLevel> ieatEcoLevelFromText(std::string_view text);

// The six-region scheme of the National Geographic Committee (1977).
enum class Region : std::uint8_t { North, Northeast, Central, East, West, South };
inline constexpr std::array<Region, 6> kRegions = {
    Region::North, Region::Northeast, Region::Central, Region::East, Region::West, Region::South};
const BilingualName& regionName(Region region);
std::string_view regionId(Region region);                     // "north", "northeast", ...
std::optional<Region> regionFromText(std::string_view text);  // id, English or Thai name

// Thai fiscal years run October to September; B.E. = C.E. + 543.
constexpr int buddhistEraYear(int ceYear) {
    return ceYear + 543;
}
constexpr int commonEraYear(int beYear) {
    return beYear - 543;
}

}  // namespace ecotown::layers
