#include "layers/FilterValues.hpp"

#include "geo/Error.hpp"

namespace ecotown::layers {

Filter filterFromValues(const FilterValues& v) {
    Filter f;
    if (!v.provinces.empty()) {
        f.provinces = splitList(v.provinces);
        if (f.provinces.empty())
            throw UsageError("", "--province: '" + v.provinces + "' is empty");
    }
    if (!v.regions.empty())
        f.regions = parseRegions(v.regions, "--region");
    if (!v.phases.empty())
        f.phases = parseIntList(v.phases, "--phase", 1, 3);
    if (!v.stages.empty())
        f.stages = parseRange(v.stages, "--stage", 1, 5);
    if (!v.certs.empty())
        f.certifications = parseCertificationRules(v.certs, "--cert");
    if (!v.years.empty())
        f.years = parseYears(v.years, "--year");
    if (!v.bbox.empty())
        f.bbox = parseBbox(v.bbox, "--bbox");
    if (!v.asOf.empty()) {
        const IntRange year = parseYears(v.asOf, "--as-of");
        if (year.min != year.max)
            throw UsageError("", "--as-of: '" + v.asOf + "' is not one fiscal year");
        f.asOf = year.max;
        if (f.years && f.years->min > year.max) {
            throw UsageError("", "--year: " + v.years + " is after --as-of " + v.asOf +
                                     ": no certificate can count");
        }
    }
    return f;
}

}  // namespace ecotown::layers
