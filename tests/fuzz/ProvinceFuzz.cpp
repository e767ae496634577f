// libFuzzer target: the province matcher (layers::ProvinceMatcher), which takes whatever a user
// types or an agency's file holds. It never throws; a match is a position in its table, and
// the province found is found again by its own ISO code.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "FuzzSupport.hpp"
#include "layers/ProvinceMatcher.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using ecotown::layers::ProvinceMatcher;
    static const ProvinceMatcher matcher;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)ProvinceMatcher::nameKey(text);
    const auto found = matcher.match(text);
    if (!found)
        return 0;
    if (*found >= matcher.provinces().size())
        ecotown::fuzz::fail("a match outside the province table");
    if (matcher.match(matcher.provinces()[*found].code) != found)
        ecotown::fuzz::fail("the matched province is not found by its own code");
    return 0;
}
