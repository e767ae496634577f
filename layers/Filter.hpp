#pragma once
// What the user wants to see: provinces, regions, phases, stages, certifications, fiscal years
// and a bounding box, combined with AND. Applied in memory to an Atlas (never pasted into SQL or
// an OGR attribute filter), giving a Selection: the indices of what passes. An empty selection is
// a valid result.
//
// Semantics (the same in the CLI and the GUI):
// - provinces / regions limit provinces, areas (by the area's province), estates (by the estate's
//   province) and factories (by the province containing the point);
// - phases / stages limit areas; they limit factories (to those inside a matching area) only
//   when given;
// - certifications and years limit factories: a factory passes a rule when it holds a
//   certificate of that type (Green Industry: with a level in the rule's range) granted in a
//   fiscal year within `years`; several rules = any of them; `years` alone = any certificate
//   granted in those years;
// - bbox limits everything by intersection (polygons by their shape, factories by their point);
// - asOf views the atlas as of a fiscal year: certificates granted after it do not count (not
//   for the certification rules, nor in the selection's years, nor in the status shown); the
//   stages and IEAT levels of that year are the caller's part (Atlas::applyAsOf) before
//   selecting.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Geometry.hpp"
#include "layers/Atlas.hpp"
#include "layers/Domain.hpp"

namespace ecotown::layers {

// A closed range of integers.
struct IntRange {
    int min = 0;
    int max = 0;
    bool contains(int v) const { return v >= min && v <= max; }
    friend bool operator==(const IntRange&, const IntRange&) = default;
};

struct CertificationRule {
    CertificationType type = CertificationType::GreenIndustry;
    IntRange levels{1, 5};  // Green Industry levels; ignored for the other types
    friend bool operator==(const CertificationRule&, const CertificationRule&) = default;
};

struct Filter {
    std::vector<std::string>
        provinces;  // any spelling ProvinceMatcher accepts; unmatched = no match
    std::vector<Region> regions;
    std::vector<int> phases;                        // 1-3
    std::optional<IntRange> stages;                 // 1-5
    std::vector<CertificationRule> certifications;  // any of them
    std::optional<IntRange> years;                  // fiscal years CE
    std::optional<geo::Extent> bbox;                // longitude/latitude
    std::optional<int> asOf;                        // fiscal year CE
    // A certificate revoked by the as-of year is no longer held and passes no rule; with this
    // set (changesFilter), a certificate revoked within `years` passes them (a change to report).
    bool revocationsInYears = false;

    bool isEmpty() const;  // no criterion at all
    // The year GI levels and certificate flags are shown "as of": asOf (capped by years->max),
    // else years->max, else the atlas's last certificate year.
    int asOfYear(const Atlas& atlas) const;
    // The fiscal years whose certificates count: `years` ended at asOf; with asOf alone, the
    // atlas's first certificate year to asOf. nullopt: all years.
    std::optional<IntRange> countedYears(const Atlas& atlas) const;
};

// What passes a filter: ascending indices into the Atlas vectors.
struct Selection {
    std::vector<std::uint32_t> provinces;
    std::vector<std::uint32_t> areas;
    std::vector<std::uint32_t> estates;
    std::vector<std::uint32_t> factories;
    int asOfYear = 0;
    std::optional<IntRange> years;                // Filter::countedYears
    std::vector<std::string> unmatchedProvinces;  // filter values that name no province
};

// The place part of a filter: which provinces pass the province and region criteria, which
// areas the phase and stage criteria (1 = passes), and whether each limits anything. The one
// definition used in memory (select) and for a database's query.
struct PlaceCriteria {
    bool byProvince = false;
    std::vector<std::uint8_t> provinceOk;  // per province
    bool byArea = false;
    std::vector<std::uint8_t> areaStageOk;  // per area
    std::vector<std::string> unmatchedProvinces;
};
PlaceCriteria placeCriteria(const Atlas& atlas, const Filter& filter);

// Applies `filter` to `atlas`. Never throws for values that match nothing (they select nothing
// and are listed in Selection::unmatchedProvinces). One pass over the factory columns with no
// allocation per factory (a million factories: a few milliseconds); `threads` is reserved.
Selection select(const Atlas& atlas, const Filter& filter, unsigned threads = 0);

// Does factory `factory` pass the certification/year part of `filter`?
bool factoryPassesCertificates(const Atlas& atlas, std::size_t factory, const Filter& filter);

// --- parsing what users type (CLI flags, GUI text fields); each throws UsageError naming the
// flag on a malformed value -------------------------------------------------------------------

// "a,b, c" -> {"a", "b", "c"}; empty items dropped.
std::vector<std::string> splitList(std::string_view text);
// "3" or "3-5" within [lo, hi]; "5-3" is an error.
IntRange parseRange(std::string_view text, std::string_view flag, int lo, int hi);
// "1", "1,3", "1-2": a list of integers within [lo, hi].
std::vector<int> parseIntList(std::string_view text, std::string_view flag, int lo, int hi);
// "gi:3-5,eco-factory,csr-diw"; "gi" alone = any level.
std::vector<CertificationRule> parseCertificationRules(std::string_view text,
                                                       std::string_view flag);
// "minlon,minlat,maxlon,maxlat" in degrees.
geo::Extent parseBbox(std::string_view text, std::string_view flag);
// "east,north" or Thai/English region names.
std::vector<Region> parseRegions(std::string_view text, std::string_view flag);
// Fiscal years "2019-2022" or "2019"; B.E. years (>= 2400) are converted to C.E.
IntRange parseYears(std::string_view text, std::string_view flag);

// Does the polygon (or multipolygon) touch the box? Exact, without GEOS.
bool polygonIntersectsBox(const geo::Geometry& polygon, const geo::Extent& box);

}  // namespace ecotown::layers
