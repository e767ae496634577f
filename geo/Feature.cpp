#include "geo/Feature.hpp"

#include <strings.h>

namespace ecotown::geo {

const char* fieldTypeName(FieldType type) {
    switch (type) {
        case FieldType::Integer:
            return "Integer";
        case FieldType::Real:
            return "Real";
        case FieldType::String:
            return "String";
        case FieldType::Date:
            return "Date";
        case FieldType::DateTime:
            return "DateTime";
        case FieldType::Boolean:
            return "Boolean";
    }
    return "Unknown";
}

int Schema::fieldIndex(const std::string& name) const {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (strcasecmp(fields[i].name.c_str(), name.c_str()) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace ecotown::geo
