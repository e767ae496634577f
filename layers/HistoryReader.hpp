#pragma once
// Reads the history tables of a dataset (layers/History.hpp; docs/DATASET.md):
// stage_assessments and estate_assessments, attribute tables without geometry. Both are
// optional: a dataset without them loads as before (the areas keep their `stage` column).

#include <string>

#include "geo/Dataset.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::layers {

// Reads the tables `dataset` has into `atlas`, whose areas and estates must be set. A record
// naming an unknown area or estate, or with an invalid year, stage or level, is skipped and
// reported as a LoadIssue. Throws InputError naming `file` when a table lacks a required field
// (area_id/estate_id, fiscal_year, stage/ieat_level).
void readHistory(const geo::Dataset& dataset, Atlas& atlas, const std::string& file);

}  // namespace ecotown::layers
