#pragma once
// A province factsheet as a PDF of A4 pages (`ecotown-cli report`), drawn with Qt's painter: the
// province's map (the same scene as `render`), its counts, Green Industry certificates by level
// and fiscal year (chart and table), its eco-town areas and estates, the KPI lines that apply
// and the data sources with what is illustrative. Text is real text (searchable, Thai shaped by
// Qt), not pictures of it.

#include <string>

#include "app/render/SceneOptions.hpp"
#include "layers/Atlas.hpp"
#include "layers/Factsheet.hpp"

namespace ecotown::render {

struct ReportOptions {
    MapLanguage language = MapLanguage::English;
    bool overwrite = false;
};

// Writes the factsheet to `path` (.pdf) atomically: a temporary file in the target folder renamed
// into place; an existing file only with `overwrite`. Needs a Q(Gui)Application (OffscreenGui).
// Throws UsageError / OutputError naming the path. Returns the number of pages.
int writeProvinceReport(const layers::Atlas& atlas, const layers::ProvinceFactsheet& sheet,
                        const std::string& path, const ReportOptions& options);

}  // namespace ecotown::render
