#pragma once
// Checking a layer: geometry validity (GEOS, with reason and location), null and empty
// geometries, duplicate ids, coordinates outside the CRS's area of use; repair on request.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/Dataset.hpp"
#include "geo/Geometry.hpp"

namespace ecotown::geo {

enum class ProblemKind : std::uint8_t {
    InvalidGeometry,
    NullGeometry,
    EmptyGeometry,
    DuplicateId,
    OutsideAreaOfUse,
};

const char* problemKindName(ProblemKind kind);  // "invalid geometry", ...

struct Problem {
    ProblemKind kind = ProblemKind::InvalidGeometry;
    std::int64_t fid = -1;
    std::string reason;          // "Self-intersection", "duplicate id 'F01' (also feature 3)"
    std::optional<XY> location;  // in the layer's CRS
};

struct CheckOptions {
    std::string idField;  // empty: duplicate ids are not checked
    ProgressCallback progress;
};

struct CheckReport {
    std::string layer;
    std::int64_t features = 0;
    std::vector<Problem> problems;
};

CheckReport checkLayer(const Dataset& dataset, const std::string& layer,
                       const CheckOptions& options = {});

// GEOS validity of one geometry: nullopt when valid, else the problem (reason + location).
std::optional<Problem> checkGeometry(const Geometry& geometry);

// GEOS MakeValid (structure method, keeping collapsed parts out). `changed` says what happened,
// e.g. "Self-intersection repaired: Polygon -> MultiPolygon (2 parts)".
Geometry makeValid(const Geometry& geometry, std::string* changed = nullptr);

}  // namespace ecotown::geo
