#include "layers/Factsheet.hpp"

#include <set>

namespace ecotown::layers {

ProvinceFactsheet provinceFactsheet(const Atlas& atlas, std::size_t province, const KpiBook* book,
                                    IntRange kpiYears) {
    ProvinceFactsheet sheet;
    sheet.province = province;
    sheet.filter.provinces = {atlas.provinces()[province].code};
    sheet.selection = select(atlas, sheet.filter);
    sheet.statistics = computeStatistics(atlas, sheet.selection, GroupBy::Province);
    sheet.areas = sheet.selection.areas;
    sheet.estates = sheet.selection.estates;

    const FactoryTable& f = atlas.factories();
    const CertificateTable& c = atlas.certificates();
    std::set<int> years;
    for (std::uint32_t i : sheet.selection.factories) {
        for (std::uint32_t k = f.certBegin[i]; k < f.certBegin[i + 1]; ++k) {
            if (c.type[k] != CertificationType::GreenIndustry || c.level[k] < 1 || c.level[k] > 5)
                continue;
            ++sheet.giByLevelYear[c.level[k]][c.fiscalYear[k]];
            years.insert(c.fiscalYear[k]);
        }
    }
    sheet.years.assign(years.begin(), years.end());

    if (book) {
        // Only what the atlas computes applies to a province; recorded figures are national.
        KpiBook computed;
        computed.file = book->file;
        for (const KpiIndicator& k : book->indicators) {
            if (k.actualFrom != KpiActualFrom::Recorded)
                computed.indicators.push_back(k);
        }
        sheet.kpi = computeKpi(atlas, sheet.selection, computed, kpiYears, true);
        // The lines point into `computed`, which goes out of scope: point them into the book.
        for (KpiLine& line : sheet.kpi.lines)
            line.indicator = book->find(line.indicator->id);
    }
    return sheet;
}

}  // namespace ecotown::layers
