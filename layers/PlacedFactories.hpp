#pragma once
// An atlas on PostgreSQL with only the factories a filter can select by place: those publish
// placed in the filter's provinces and regions and within its box (the provinces through the
// in_province index, the box through the GiST index, every value a bound parameter), with their
// certificates. An export of one province of 10,000,000 factories reads that province's rows;
// the map reads the rows of its view.

#include <string>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

// `source`: a PG: connection (the schema as in readBundledAtlas). The other layers come whole;
// the certificate years are those of every certificate (the default "as of" year stays the
// database's). Throws as readBundledAtlas.
Atlas loadPlacedAtlas(const std::string& source, const Filter& filter,
                      const AtlasLoadOptions& options = {});

// The same over an atlas already read without its factories (`places`, copied): the window
// reads the factories of each view it shows without reading the polygons again.
Atlas placedAtlas(const Atlas& places, const std::string& source, const Filter& filter,
                  const AtlasLoadOptions& options = {});

}  // namespace ecotown::layers
