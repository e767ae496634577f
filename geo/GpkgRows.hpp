#pragma once
// Keyed rows of a GeoPackage attribute table (a table without geometry), changed in place in one
// SQLite transaction: either the whole change is in the file or none of it. Table and column
// names come from the program; values are bound as parameters, never pasted into SQL.

#include <cstddef>
#include <string>
#include <vector>

#include "geo/Feature.hpp"

namespace ecotown::geo {

enum class RowWrite { Inserted, Replaced };

// Writes one row into the attribute table `table` of the GeoPackage at `path`. The first
// `keyColumns` of `columns` identify a row: when a row with the same key exists it is replaced
// if `replace` is set, else nothing changes and OutputError says the row exists. A missing
// table is created (and registered in gpkg_contents) with `columns`. Throws InputError when the
// file is not a GeoPackage, OutputError naming the file when it cannot be written.
RowWrite writeGeoPackageRow(const std::string& path, const std::string& table,
                            const std::vector<FieldDef>& columns,
                            const std::vector<FieldValue>& values, std::size_t keyColumns,
                            bool replace);

}  // namespace ecotown::geo
