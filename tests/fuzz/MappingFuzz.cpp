// libFuzzer target: the mapping-file parser (layers::Mapping::parse). Any text either parses
// into a mapping whose layers carry a source and the required roles, or throws MappingError;
// never another exception (a JSON library's own would escape as an internal error).

#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.hpp"
#include "layers/Mapping.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ecotown::layers;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const Mapping mapping = Mapping::parse(text, "/fuzz/mapping.json");
        for (const LayerMapping& layer : mapping.layers) {
            if (layer.source.empty())
                ecotown::fuzz::fail("a mapped layer without a source");
            for (const std::string& role : requiredMappingRoles(layer.kind)) {
                if (!layer.fields.count(role))
                    ecotown::fuzz::fail("a mapped layer without a required role: " + role);
            }
        }
    } catch (const MappingError&) {
    }
    return 0;
}
