#include "layers/Search.hpp"

#include <algorithm>
#include <cctype>

namespace ecotown::layers {
namespace {

// ASCII letters folded to lower case; Thai (UTF-8) bytes are left as they are.
std::string folded(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    });
    return out;
}

bool nameHolds(const std::string& en, const std::string& th, const std::string& needle) {
    return folded(en).find(needle) != std::string::npos || th.find(needle) != std::string::npos;
}

std::string suggestionLine(const Province& p) {
    return p.code + " " + p.nameEn + " · " + p.nameTh;
}

}  // namespace

std::optional<SearchHit> searchPlace(const Atlas& atlas, std::string_view text) {
    const std::string t(trimBlanks(text));
    if (t.empty())
        return std::nullopt;
    // "TH-20 Chon Buri · ชลบุรี" as offered by the suggestions: the code decides.
    std::string key = t;
    if (key.size() > 5 && key.rfind("TH-", 0) == 0 && key.find(' ') != std::string::npos)
        key = key.substr(0, key.find(' '));
    if (auto p = atlas.findProvince(key)) {
        const Province& pr = atlas.provinces()[*p];
        return SearchHit{PlaceKind::Province, *p, pr.nameEn, pr.nameTh, pr.extent};
    }
    if (auto r = regionFromText(t)) {
        geo::Extent e;
        for (const Province& pr : atlas.provinces()) {
            if (pr.region == *r)
                e.include(pr.extent);
        }
        const std::size_t at = static_cast<std::size_t>(
            std::find(kRegions.begin(), kRegions.end(), *r) - kRegions.begin());
        return SearchHit{PlaceKind::Region, at, std::string(regionName(*r).en),
                         std::string(regionName(*r).th), e};
    }
    if (auto a = atlas.findArea(t)) {
        const EcoTownArea& area = atlas.areas()[*a];
        return SearchHit{PlaceKind::Area, *a, area.nameEn, area.nameTh, area.extent};
    }
    const std::string needle = folded(t);
    for (std::size_t i = 0; i < atlas.areas().size(); ++i) {
        const EcoTownArea& a = atlas.areas()[i];
        if (nameHolds(a.nameEn, a.nameTh, needle))
            return SearchHit{PlaceKind::Area, i, a.nameEn, a.nameTh, a.extent};
    }
    for (std::size_t i = 0; i < atlas.estates().size(); ++i) {
        const IndustrialEstate& e = atlas.estates()[i];
        if (nameHolds(e.nameEn, e.nameTh, needle))
            return SearchHit{PlaceKind::Estate, i, e.nameEn, e.nameTh, e.extent};
    }
    return std::nullopt;
}

std::vector<std::string> searchSuggestions(const Atlas& atlas, std::string_view prefix, bool thai,
                                           std::size_t limit) {
    std::vector<std::string> out;
    const std::string needle = folded(trimBlanks(prefix));
    if (needle.empty())
        return out;
    for (const Province& p : atlas.provinces()) {
        if (out.size() >= limit)
            return out;
        const std::string line = suggestionLine(p);
        if (folded(line).find(needle) != std::string::npos)
            out.push_back(line);
    }
    for (const EcoTownArea& a : atlas.areas()) {
        if (out.size() >= limit)
            return out;
        if (nameHolds(a.nameEn, a.nameTh, needle))
            out.push_back(thai && !a.nameTh.empty() ? a.nameTh : a.nameEn);
    }
    return out;
}

}  // namespace ecotown::layers
