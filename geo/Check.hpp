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
    std::string id;              // the feature's value of CheckReport::idField; empty when none
};

struct CheckOptions {
    // The field that names features and whose values must be unique; empty: the layer's own id
    // field when it has one (idFieldOf), so that duplicate ids are always found.
    std::string idField;
    ProgressCallback progress;
};

struct CheckReport {
    std::string layer;
    std::string idField;  // the field that named the features; empty when the layer has none
    std::int64_t features = 0;
    std::vector<Problem> problems;
};

// A layer's id field: the first named "id", "gid", "uid", "objectid", "code" or ending in "_id"
// (any case); empty when there is none.
std::string idFieldOf(const std::vector<FieldDef>& fields);

CheckReport checkLayer(const Dataset& dataset, const std::string& layer,
                       const CheckOptions& options = {});

// GEOS validity of one geometry: nullopt when valid, else the problem (reason + location).
std::optional<Problem> checkGeometry(const Geometry& geometry);

// GEOS MakeValid (structure method, keeping collapsed parts out). `changed` says what happened,
// e.g. "Self-intersection repaired: Polygon -> MultiPolygon (2 parts)".
Geometry makeValid(const Geometry& geometry, std::string* changed = nullptr);

}  // namespace ecotown::geo
