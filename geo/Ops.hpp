#pragma once
// Geometry operations through GEOS, on our own types: what building the dataset and the domain
// layer need (buffers in metric CRSs, clipping to a province, areas, label points).

#include <vector>

#include "geo/Geometry.hpp"

namespace ecotown::geo {

// Polygonal result of buffering by `distance` (in the geometry's units), `segments` per quadrant.
Geometry buffer(const Geometry& geometry, double distance, int segments = 16);
// Polygonal intersection (lines/points of a collection result are dropped); may be empty.
Geometry intersection(const Geometry& a, const Geometry& b);
Geometry unionOf(const Geometry& a, const Geometry& b);
// Planar area in the geometry's units squared (use a metric CRS for square metres).
double area(const Geometry& geometry);
// A point guaranteed to lie on the surface (for labels and identify).
XY pointOnSurface(const Geometry& geometry);
// Covers test for one point (boundary counts as inside).
bool covers(const Geometry& polygon, XY point);
// Douglas-Peucker simplification that keeps topology valid.
Geometry simplify(const Geometry& geometry, double tolerance);
// Triangles that exactly cover a polygonal geometry, holes left out (GEOS's constrained Delaunay
// triangulation): three corners each, for drawing a fill with a GPU. Empty for a geometry
// without area.
std::vector<XY> triangulate(const Geometry& polygonal);

}  // namespace ecotown::geo
