#pragma once
// The programme over the years: each eco-town area's development stage and each IEAT estate's
// eco level as a series of assessments by fiscal year (docs/DATASET.md, tables
// stage_assessments and estate_assessments). Append-only: a correction is a newer record for the
// same area and year. The record in force for (area, year) is the one recorded last; the stage
// of an area as of year Y is the record in force of the greatest fiscal year <= Y, and none
// before its first record (not assessed by then).

#include <cstdint>
#include <string>

#include "layers/Domain.hpp"

namespace ecotown::layers {

struct StageAssessment {
    std::int32_t area = -1;  // index into Atlas::areas()
    int fiscalYear = 0;      // CE (Thai fiscal year, October to September)
    DevelopmentStage stage = DevelopmentStage::Engagement;
    std::string note;
    std::string recordedBy;
    std::string recordedAt;  // ISO 8601 UTC, "2023-09-30T00:00:00Z": compared as text
    std::string status;      // confirmed, partial, illustrative
    std::string source;
};

struct EstateAssessment {
    std::int32_t estate = -1;  // index into Atlas::estates()
    int fiscalYear = 0;
    IeatEcoLevel level = IeatEcoLevel::EcoChampion;
    std::string note;
    std::string recordedBy;
    std::string recordedAt;
    std::string status;
    std::string source;
};

}  // namespace ecotown::layers
