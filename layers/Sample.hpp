#pragma once
// The bundled sample dataset (docs/DATASET.md): Thailand's 77 provinces from Natural Earth joined
// to data/provinces.csv, the neighbouring countries, the eco-town areas and IEAT estates of
// data/*.csv as polygons, and synthetic factories with their Green Industry, Eco Factory and
// CSR-DIW certificates, and the stage and IEAT level histories of data/stage_history.csv and
// data/estate_history.csv. Deterministic: the same tables, size and seed give the same file.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "geo/Progress.hpp"

namespace ecotown::layers {

// The size the published figures are for: at this many factories the Green Industry
// certificates equal data/green_industry_certificates.csv cell by cell and 172 factories hold an
// Eco Factory certificate in 23 estates; other sizes scale every count by N / 78,000.
inline constexpr std::int64_t kSampleDefaultFactories = 78000;
inline constexpr std::int64_t kSampleMaxFactories = 20'000'000;
inline constexpr std::uint64_t kSampleDefaultSeed = 2566;  // B.E. 2566 (2023), the DIW headline
inline constexpr const char* kDefaultWorldMap = "/usr/share/qgis/resources/data/world_map.gpkg";

struct SampleOptions {
    std::string output;                       // the GeoPackage to write
    std::string worldMap = kDefaultWorldMap;  // Natural Earth (states_provinces, countries)
    std::string dataDir = "data";             // provinces.csv, eco_town_areas.csv, estates.csv, ...
    std::int64_t factories = kSampleDefaultFactories;
    std::uint64_t seed = kSampleDefaultSeed;
    bool overwrite = false;
};

// What was written, for the CLI's report and the tests.
struct SampleSummary {
    std::int64_t provinces = 0;
    std::int64_t countries = 0;
    std::int64_t areas = 0;
    std::int64_t estates = 0;
    std::int64_t factories = 0;
    std::int64_t certificates = 0;
    std::int64_t giCertificates = 0;
    std::int64_t ecoFactories = 0;
    std::int64_t ecoFactoryEstates = 0;  // distinct estates holding the Eco Factory factories
    std::int64_t factoriesInEstates = 0;
    std::int64_t csrAwards = 0;
    std::int64_t stageAssessments = 0;   // rows of stage_assessments
    std::int64_t estateAssessments = 0;  // rows of estate_assessments
};

// Builds the dataset and writes it atomically to options.output (a temporary GeoPackage in the
// same folder, renamed when every layer is complete). Throws UsageError for a bad option,
// InputError naming the table or world map that cannot be used (a province of Natural Earth
// without its row in provinces.csv, an unknown province code, ...), OutputError naming the
// output, geo::Cancelled when `progress` returns false.
SampleSummary buildSampleDataset(const SampleOptions& options,
                                 const geo::ProgressCallback& progress = {});

// A small deterministic generator (xoshiro256**, seeded through splitmix64) with its own
// uniform sampling, so that the dataset is the same with every standard library.
class SampleRandom {
  public:
    explicit SampleRandom(std::uint64_t seed);
    std::uint64_t next();
    double uniform();                                           // [0, 1)
    double uniform(double low, double high);                    // [low, high)
    std::uint64_t below(std::uint64_t n);                       // [0, n), unbiased; n > 0
    std::int64_t between(std::int64_t low, std::int64_t high);  // [low, high]

  private:
    std::array<std::uint64_t, 4> m_state{};
};

// Apportions `total` over `weights` in proportion (largest remainder; ties to the lower index).
std::vector<std::int64_t> apportion(const std::vector<std::int64_t>& weights, std::int64_t total);
// Scales every count by numerator/denominator with largest-remainder rounding: the result sums
// to the scaled total rounded half up, and equals `counts` when numerator == denominator.
std::vector<std::int64_t> scaleCounts(const std::vector<std::int64_t>& counts,
                                      std::int64_t numerator, std::int64_t denominator);

}  // namespace ecotown::layers
