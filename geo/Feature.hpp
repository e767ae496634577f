#pragma once
// Attribute schema and feature values as geo/ reads and writes them. Text is always UTF-8.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "geo/Geometry.hpp"

namespace ecotown::geo {

enum class FieldType : std::uint8_t { Integer, Real, String, Date, DateTime, Boolean };

const char* fieldTypeName(FieldType type);

struct FieldDef {
    std::string name;
    FieldType type = FieldType::String;
    int width = 0;      // 0 = unknown / unlimited
    int precision = 0;  // decimals of a Real
    friend bool operator==(const FieldDef&, const FieldDef&) = default;
};

// null, integer (also Boolean 0/1), real, or text (also Date "YYYY-MM-DD" and DateTime ISO 8601)
using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Schema {
    std::vector<FieldDef> fields;
    GeometryType geometryType = GeometryType::None;
    bool hasZ = false;
    int fieldIndex(const std::string& name) const;  // -1 when absent (case-insensitive)
};

struct Feature {
    std::int64_t fid = -1;
    Geometry geometry;
    std::vector<FieldValue> values;  // one per Schema::fields
};

}  // namespace ecotown::geo
