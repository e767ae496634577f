#include "layers/AtlasReader.hpp"

#include <utility>

#include "layers/Mapping.hpp"

namespace ecotown::layers {

std::unique_ptr<AtlasReader> atlasReader(const std::string& source,
                                         const std::string& mappingFile) {
    if (mappingFile.empty())
        return std::make_unique<BundledReader>(source);
    return std::make_unique<MappingReader>(
        std::make_shared<const Mapping>(Mapping::load(mappingFile)), source);
}

Atlas readBundledAtlas(const std::string& source, const AtlasLoadOptions& options) {
    return BundledReader(source).read(options);
}

}  // namespace ecotown::layers
