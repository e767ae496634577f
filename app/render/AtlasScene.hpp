#pragma once
// The map window's layers and styles (app/gui/qml/MapPane.qml, SidePanel.qml) as a MapScene for
// a filtered atlas: neighbouring countries, provinces (those outside the selection darker, as in
// the window), eco-town areas by development stage, industrial estates by IEAT eco level,
// certified factories by Green Industry level / Eco Factory / CSR-DIW, and labels; with the side
// panel's legend and counts, a title naming the filter, and the source line. Every colour and
// size comes from layers/Style.hpp.

#include "app/render/MapScene.hpp"
#include "app/render/SceneOptions.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::render {

// The part of the map a filter is about, with the window's margin: the bounding box when given,
// else the selected provinces when provinces or regions are named, else the selected areas when
// phases or stages are, else (and for an empty selection) Thailand.
geo::Extent selectionExtent(const layers::Atlas& atlas, const layers::Filter& filter,
                            const layers::Selection& selection);

MapScene atlasScene(const layers::Atlas& atlas, const layers::Filter& filter,
                    const layers::Selection& selection, const SceneOptions& options);

// The symbol of a factory as the window draws it, as of a year: index into factorySymbols()
// (higher indices are drawn on top), or -1 when it holds nothing the map shows. Eco Factory ranks
// above every Green Industry level, CSR-DIW below them (app/gui/FactoryPoints.cpp).
int factorySymbolIndex(const layers::FactoryStatus& status);
// CSR-DIW, GI 1..5, Eco Factory.
const std::vector<PointSymbol>& factorySymbols();

}  // namespace ecotown::render
