#include "layers/Domain.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace ecotown::layers {
namespace {

constexpr std::array<BilingualName, 5> kStages = {{
    {"Engagement", "การมีส่วนร่วม", true},
    {"Enhancement", "การส่งเสริม", true},
    {"Resource efficiency", "ประสิทธิภาพในการใช้ทรัพยากร", true},
    {"Symbiosis", "การพึ่งพาอาศัย", true},
    {"Level 5 (name not published)", "ระดับที่ 5", false},
}};

constexpr std::array<BilingualName, 5> kGreenIndustry = {{
    {"Green Commitment", "ความมุ่งมั่นสีเขียว", true},
    {"Green Activity", "ปฏิบัติการสีเขียว", true},
    {"Green System", "ระบบสีเขียว", true},
    {"Green Culture", "วัฒนธรรมสีเขียว", true},
    {"Green Network", "เครือข่ายสีเขียว", true},
}};

constexpr std::array<BilingualName, 3> kIeat = {{
    {"Eco-Champion", "อีโค แชมเปี้ยน", true},
    {"Eco-Excellence", "อีโค เอ็กเซลเลนซ์", true},
    {"Eco-World Class", "อีโค เวิลด์ คลาส", true},
}};

constexpr std::array<BilingualName, 6> kRegionNames = {{
    {"North", "ภาคเหนือ", true},
    {"Northeast", "ภาคตะวันออกเฉียงเหนือ", true},
    {"Central", "ภาคกลาง", true},
    {"East", "ภาคตะวันออก", true},
    {"West", "ภาคตะวันตก", true},
    {"South", "ภาคใต้", true},
}};

constexpr std::array<std::string_view, 6> kRegionIds = {"north", "northeast", "central",
                                                        "east",  "west",      "south"};

// Lower-case ASCII letters and digits only: "Eco-World Class" -> "ecoworldclass".
std::string squash(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += static_cast<char>(std::tolower(u));
        else if (u >= 0x80)
            out += c;
    }
    return out;
}

}  // namespace

const BilingualName& stageName(DevelopmentStage stage) {
    return kStages[static_cast<std::size_t>(stage) - 1];
}

std::optional<DevelopmentStage> stageFromNumber(int number) {
    if (number < 1 || number > kStageCount)
        return std::nullopt;
    return static_cast<DevelopmentStage>(number);
}

const BilingualName& greenIndustryLevelName(GreenIndustryLevel level) {
    return kGreenIndustry[static_cast<std::size_t>(level) - 1];
}

std::optional<GreenIndustryLevel> greenIndustryLevelFromNumber(int number) {
    if (number < 1 || number > 5)
        return std::nullopt;
    return static_cast<GreenIndustryLevel>(number);
}

const BilingualName& ieatEcoLevelName(IeatEcoLevel level) {
    return kIeat[static_cast<std::size_t>(level) - 1];
}

std::optional<IeatEcoLevel> ieatEcoLevelFromText(std::string_view text) {
    const std::string s = squash(text);
    if (s == "ecochampion" || s == "champion")
        return IeatEcoLevel::EcoChampion;
    if (s == "ecoexcellence" || s == "excellence")
        return IeatEcoLevel::EcoExcellence;
    if (s == "ecoworldclass" || s == "worldclass")
        return IeatEcoLevel::EcoWorldClass;
    for (std::size_t i = 0; i < kIeat.size(); ++i) {
        if (s == squash(kIeat[i].th))
            return static_cast<IeatEcoLevel>(i + 1);
    }
    return std::nullopt;
}

const BilingualName& regionName(Region region) {
    return kRegionNames[static_cast<std::size_t>(region)];
}
std::string_view regionId(Region region) {
    return kRegionIds[static_cast<std::size_t>(region)];
}

std::optional<Region> regionFromText(std::string_view text) {
    const std::string s = squash(text);
    for (Region r : kRegions) {
        if (s == squash(regionId(r)) || s == squash(regionName(r).en) ||
            s == squash(regionName(r).th)) {
            return r;
        }
    }
    if (s == "northeastern" || s == "isan" || s == "isaan")
        return Region::Northeast;
    return std::nullopt;
}

}  // namespace ecotown::layers
