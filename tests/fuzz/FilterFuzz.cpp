// libFuzzer target: the filter flag parsers (layers::filterFromValues, behind --province,
// --region, --phase, --stage, --cert, --year, --bbox and --as-of of the CLI and the window).
// The input is the eight flag values, one per line. Any text gives a filter or a UsageError
// that names its flag; never another exception.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "FuzzSupport.hpp"
#include "geo/Encoding.hpp"
#include "layers/FilterValues.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ecotown;
    std::array<std::string, 8> flags;
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    for (std::string& flag : flags) {
        const auto end = rest.find('\n');
        flag = std::string(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    layers::FilterValues values{flags[0], flags[1], flags[2], flags[3],
                                flags[4], flags[5], flags[6], flags[7]};
    try {
        (void)layers::filterFromValues(values);
    } catch (const UsageError& e) {
        if (std::string_view(e.what()).find("--") == std::string_view::npos)
            fuzz::fail(std::string("a filter error that names no flag: ") + e.what());
    }
    return 0;
}
