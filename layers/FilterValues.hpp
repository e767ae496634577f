#pragma once
// The filter as people type it: the text of the --province, --region, --phase, --stage, --cert,
// --year, --bbox and --as-of flags of ecotown-cli and of the map window's command line. One
// function turns it into a layers::Filter for both, so that they agree on every value.

#include <string>

#include "layers/Filter.hpp"

namespace ecotown::layers {

struct FilterValues {
    std::string provinces;  // "TH-21,TH-20", names (English or Thai) or numbers
    std::string regions;    // "east" or "east,north"
    std::string phases;     // "1", "1,2", "1-2"
    std::string stages;     // "3" or "3-5"
    std::string certs;      // "gi:3-5,eco-factory,csr-diw"
    std::string years;      // "2019-2022" (fiscal years C.E., or B.E.)
    std::string bbox;       // "minlon,minlat,maxlon,maxlat"
    std::string asOf;       // "2020" (one fiscal year, C.E. or B.E.)
};

// An empty value sets no criterion; a value that is given but malformed, or holds nothing but
// separators (--province ","), throws UsageError naming the flag ("--province").
Filter filterFromValues(const FilterValues& values);

}  // namespace ecotown::layers
