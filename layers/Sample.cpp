#include "layers/Sample.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <numbers>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>
#include <vector>

#include "geo/Crs.hpp"
#include "geo/Dataset.hpp"
#include "geo/Error.hpp"
#include "geo/Join.hpp"
#include "geo/Ops.hpp"
#include "geo/Writer.hpp"
#include "layers/Atlas.hpp"
#include "layers/Domain.hpp"

namespace ecotown::layers {
namespace fs = std::filesystem;
using geo::Feature;
using geo::FieldDef;
using geo::FieldType;
using geo::FieldValue;
using geo::Geometry;
using geo::GeometryType;

// ---------------------------------------------------------------------------------------------
// Random numbers and apportioning

namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

// One independent stream per part of the build, so that changing one part leaves the others.
SampleRandom streamFor(std::uint64_t seed, std::uint64_t part) {
    std::uint64_t s = seed ^ (part * 0xD1B54A32D192ED03ULL);
    return SampleRandom(splitmix64(s));
}

}  // namespace

SampleRandom::SampleRandom(std::uint64_t seed) {
    std::uint64_t s = seed;
    for (auto& word : m_state)
        word = splitmix64(s);
}

std::uint64_t SampleRandom::next() {
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SampleRandom::uniform() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double SampleRandom::uniform(double low, double high) {
    return low + (high - low) * uniform();
}

std::uint64_t SampleRandom::below(std::uint64_t n) {
    if (n <= 1)
        return 0;
    // Reject the lowest (2^64 mod n) values so that every residue is equally likely.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % n;
    }
}

std::int64_t SampleRandom::between(std::int64_t low, std::int64_t high) {
    if (high <= low)
        return low;
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
}

namespace {

// Floors plus the `total - sum(floors)` largest remainders (ties: lower index first).
std::vector<std::int64_t> largestRemainder(const std::vector<std::int64_t>& numerators,
                                           std::int64_t denominator, std::int64_t total) {
    std::vector<std::int64_t> out(numerators.size(), 0);
    if (denominator <= 0 || numerators.empty())
        return out;
    std::vector<std::pair<std::int64_t, std::size_t>> remainders;
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < numerators.size(); ++i) {
        out[i] = numerators[i] / denominator;
        assigned += out[i];
        remainders.emplace_back(numerators[i] % denominator, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < total && k < remainders.size(); ++k, ++assigned) {
        ++out[remainders[k].second];
    }
    return out;
}

}  // namespace

std::vector<std::int64_t> apportion(const std::vector<std::int64_t>& weights, std::int64_t total) {
    std::int64_t sum = 0;
    for (std::int64_t w : weights)
        sum += std::max<std::int64_t>(w, 0);
    if (sum == 0 || total <= 0)
        return std::vector<std::int64_t>(weights.size(), 0);
    std::vector<std::int64_t> numerators;
    numerators.reserve(weights.size());
    for (std::int64_t w : weights)
        numerators.push_back(std::max<std::int64_t>(w, 0) * total);
    return largestRemainder(numerators, sum, total);
}

std::vector<std::int64_t> scaleCounts(const std::vector<std::int64_t>& counts,
                                      std::int64_t numerator, std::int64_t denominator) {
    std::int64_t sum = 0;
    std::vector<std::int64_t> numerators;
    numerators.reserve(counts.size());
    for (std::int64_t c : counts) {
        sum += c;
        numerators.push_back(c * numerator);
    }
    const std::int64_t total = (2 * sum * numerator + denominator) / (2 * denominator);
    return largestRemainder(numerators, denominator, total);
}

// ---------------------------------------------------------------------------------------------
// Reading the tables

namespace {

std::string trimmed(std::string s) {
    const auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\r'; };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

std::optional<double> numberOf(const FieldValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* s = std::get_if<std::string>(&v)) {
        const std::string t = trimmed(*s);
        if (t.empty())
            return std::nullopt;
        double value = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (ec == std::errc() && end == t.data() + t.size())
            return value;
        return std::nullopt;
    }
    return std::nullopt;
}

bool isBlank(const FieldValue& v) {
    if (std::holds_alternative<std::monostate>(v))
        return true;
    if (const auto* s = std::get_if<std::string>(&v))
        return trimmed(*s).empty();
    return false;
}

// One of data/*.csv, read through GDAL's CSV driver (no CRS: plain tables).
class Table {
  public:
    Table(const fs::path& path, const std::vector<std::string>& requiredColumns)
        : m_path(path.string()) {
        geo::Dataset ds = geo::Dataset::open(m_path);
        geo::ReadOptions options;
        options.requireCrs = false;
        geo::FeatureReader reader = ds.read({}, options);
        m_schema = reader.schema();
        for (const std::string& column : requiredColumns)
            (void)column_(column);
        Feature f;
        while (reader.next(f))
            m_rows.push_back(f);
    }

    const std::string& path() const { return m_path; }
    std::size_t size() const { return m_rows.size(); }
    const Feature& row(std::size_t i) const { return m_rows[i]; }
    bool hasColumn(const std::string& name) const { return m_schema.fieldIndex(name) >= 0; }

    std::string text(std::size_t i, const std::string& column) const {
        return trimmed(fieldText(value(i, column)));
    }
    std::string requiredText(std::size_t i, const std::string& column) const {
        std::string t = text(i, column);
        if (t.empty())
            throw rowError(i, "the column " + column + " is empty");
        return t;
    }
    std::optional<double> number(std::size_t i, const std::string& column) const {
        const FieldValue& v = value(i, column);
        if (isBlank(v))
            return std::nullopt;
        const auto n = numberOf(v);
        if (!n || !std::isfinite(*n)) {
            throw rowError(i, "the column " + column + " is not a number: '" + fieldText(v) + "'");
        }
        return n;
    }
    double requiredNumber(std::size_t i, const std::string& column) const {
        const auto n = number(i, column);
        if (!n)
            throw rowError(i, "the column " + column + " is empty");
        return *n;
    }
    std::int64_t requiredInteger(std::size_t i, const std::string& column) const {
        const double n = requiredNumber(i, column);
        if (n != std::floor(n) || std::abs(n) > 1e15) {
            throw rowError(i, "the column " + column + " is not a whole number");
        }
        return static_cast<std::int64_t>(n);
    }
    std::optional<std::int64_t> integer(std::size_t i, const std::string& column) const {
        if (isBlank(value(i, column)))
            return std::nullopt;
        return requiredInteger(i, column);
    }

    // An InputError naming the table and the data row (1 = the line after the header).
    InputError rowError(std::size_t i, const std::string& reason) const {
        return InputError(m_path, "row " + std::to_string(i + 1) + ": " + reason);
    }

  private:
    int column_(const std::string& name) const {
        const int index = m_schema.fieldIndex(name);
        if (index < 0)
            throw InputError(m_path, "has no column named " + name);
        return index;
    }
    const FieldValue& value(std::size_t i, const std::string& column) const {
        static const FieldValue none;
        const auto index = static_cast<std::size_t>(column_(column));
        return index < m_rows[i].values.size() ? m_rows[i].values[index] : none;
    }

    std::string m_path;
    geo::Schema m_schema;
    std::vector<Feature> m_rows;
};

Geometry toMultiPolygon(Geometry g) {
    if (g.type == GeometryType::Polygon) {
        g.type = GeometryType::MultiPolygon;
        g.partEnds.assign(1, static_cast<std::uint32_t>(g.ringEnds.size()));
    }
    return g;
}

// Does the extent of one of the MultiPolygon's parts (its outer ring) intersect `box`?
bool anyPartIntersects(const Geometry& g, const geo::Extent& box) {
    std::uint32_t firstRing = 0;
    for (std::uint32_t partEnd : g.partEnds) {
        if (partEnd == firstRing)
            continue;  // an empty part
        const std::uint32_t begin = firstRing == 0 ? 0 : g.ringEnds[firstRing - 1];
        const std::uint32_t end = g.ringEnds[firstRing];
        geo::Extent e;
        for (std::uint32_t i = begin; i < end; ++i)
            e.include(g.coords[i].x, g.coords[i].y);
        if (e.intersects(box))
            return true;
        firstRing = partEnd;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// The dataset in memory

struct Province {
    std::string code;  // "TH-20"
    std::int64_t number = 0;
    std::string nameEn, nameTh, region, neName, fips;
    Geometry shape;  // MultiPolygon, WGS 84
};

struct Estate {
    std::string id;
    std::size_t province = 0;
    double areaRai = 0;
    std::optional<IeatEcoLevel> level;
    Geometry shape;
    geo::Extent extent;
    Feature feature;  // as written
};

struct Factory {
    double x = 0, y = 0;
    std::int32_t province = 0;
    std::int32_t estate = -1;
    std::int16_t giYear = 0;
    std::uint8_t giLevel = 0;
    bool eco = false;
    bool csr = false;
    std::uint8_t namePrefix = 0, nameIndustry = 0, nameSuffix = 0;
};

struct Certificate {
    std::uint32_t factory = 0;
    std::uint8_t type = 0;   // 0 gi, 1 eco-factory, 2 csr-diw
    std::uint8_t level = 0;  // gi only
    std::int16_t year = 0;
};

constexpr const char* kCertTypes[] = {"gi", "eco-factory", "csr-diw"};

// Where factories cluster: the industrial provinces' share in per mille; the others share the rest.
constexpr std::pair<const char*, std::int64_t> kIndustrialShare[] = {
    {"TH-11", 140},  // Samut Prakan
    {"TH-10", 120},  // Bangkok
    {"TH-74", 110},  // Samut Sakhon
    {"TH-20", 100},  // Chon Buri
    {"TH-21", 80},   // Rayong
    {"TH-14", 80},   // Phra Nakhon Si Ayutthaya
    {"TH-13", 70},   // Pathum Thani
};

// At the default size: about one factory per 25 rai of estate land (illustrative).
constexpr double kRaiPerEstateFactory = 25.0;
constexpr double kSquareMetresPerRai = 1600.0;
constexpr std::int64_t kEcoFactories = 172;  // IEAT, Dec 2020
constexpr std::int64_t kEcoEstates = 23;
constexpr int kEcoFirstYear = 2017, kEcoLastYear = 2022;
// CSR-DIW awards per fiscal year 2011-2022 at the default size (illustrative; 112 is the early
// programme figure DIW reported).
constexpr int kCsrFirstYear = 2011;
constexpr std::int64_t kCsrAwards[] = {112, 138, 164, 187, 205, 226, 241, 259, 276, 288, 301, 317};

constexpr const char* kNamePrefixes[] = {
    "สยาม", "ไทย",    "รุ่งเรือง", "เจริญ",  "ศรีสุข", "มหาชัย", "ทองคำ", "อุดม",   "พัฒนา",    "เอเชีย",
    "บูรพา", "ชัยพฤกษ์", "นำชัย",   "ไพศาล", "วัฒนา", "มั่นคง",  "เกียรติ", "สุวรรณ", "ประเสริฐ", "กรุงเทพ",
};
constexpr const char* kNameIndustries[] = {
    "อาหาร",  "พลาสติก",  "เหล็ก",    "ยานยนต์",  "สิ่งทอ",    "เคมีภัณฑ์",   "อิเล็กทรอนิกส์",
    "กระดาษ", "ปิโตรเคมี", "เครื่องดื่ม", "ยางพารา", "บรรจุภัณฑ์", "ชิ้นส่วน",    "เฟอร์นิเจอร์",
    "ซีเมนต์",  "แก้ว",     "โลหะ",    "เวชภัณฑ์",  "น้ำตาล",   "อาหารสัตว์",
};
constexpr const char* kNameSuffixes[] = {"", "", "อุตสาหกรรม", "การผลิต", "เทคโนโลยี", "อินดัสทรี"};

template <typename T, std::size_t N>
constexpr std::uint8_t countOf(const T (&)[N]) {
    return static_cast<std::uint8_t>(N);
}

// "F0000042": the prefix and at least 7 digits. Written into the value's own string, which keeps
// its capacity from row to row (a million rows are written).
void setId(FieldValue& value, char prefix, std::int64_t n) {
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    const auto length = static_cast<std::size_t>(end - digits);
    auto* text = std::get_if<std::string>(&value);
    if (text == nullptr)
        text = &value.emplace<std::string>();
    text->assign(1, prefix);
    if (length < 7)
        text->append(7 - length, '0');
    text->append(digits, length);
}

// Assigns text, reusing the value's string when it holds one.
void setText(FieldValue& value, std::string_view text) {
    if (auto* s = std::get_if<std::string>(&value)) {
        s->assign(text);
    } else {
        value.emplace<std::string>(text);
    }
}

// Circles of a given radius around WGS 84 points, built in UTM 47N (lon < 102) or 48N.
class CircleBuilder {
  public:
    CircleBuilder()
        : m_toUtm47(geo::Crs::wgs84(), geo::Crs::fromUserInput("EPSG:32647")),
          m_fromUtm47(geo::Crs::fromUserInput("EPSG:32647"), geo::Crs::wgs84()),
          m_toUtm48(geo::Crs::wgs84(), geo::Crs::fromUserInput("EPSG:32648")),
          m_fromUtm48(geo::Crs::fromUserInput("EPSG:32648"), geo::Crs::wgs84()) {}

    Geometry circle(double lon, double lat, double radiusMetres) const {
        const bool zone47 = lon < 102.0;
        const geo::XY centre = (zone47 ? m_toUtm47 : m_toUtm48).transform(geo::XY{lon, lat});
        Geometry g = geo::buffer(Geometry::point(centre.x, centre.y), radiusMetres, 16);
        (zone47 ? m_fromUtm47 : m_fromUtm48).transform(g);
        return g;
    }

  private:
    geo::CoordinateTransform m_toUtm47, m_fromUtm47, m_toUtm48, m_fromUtm48;
};

// Removes the temporary output (and SQLite's side files) unless released.
class TemporaryFile {
  public:
    explicit TemporaryFile(fs::path path) : m_path(std::move(path)) { removeAll(); }
    ~TemporaryFile() {
        if (!m_released)
            removeAll();
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const fs::path& path() const { return m_path; }
    void release() { m_released = true; }

  private:
    void removeAll() noexcept {
        std::error_code ec;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
            fs::remove(m_path.string() + suffix, ec);
        }
    }
    fs::path m_path;
    bool m_released = false;
};

class SampleBuilder {
  public:
    SampleBuilder(const SampleOptions& options, const geo::ProgressCallback& progress)
        : m_options(options), m_progress(progress), m_dataDir(options.dataDir) {}

    SampleSummary run() {
        checkOptions();
        report("reading tables", 0, 0);
        readProvinces();
        readCountries();
        readAreas();
        readEstates();
        readHistories();
        report("placing factories", 0, m_options.factories);
        placeFactories();
        report("certificates", 0, 0);
        grantGreenIndustry();
        grantEcoFactory();
        grantCsr();
        write();
        return m_summary;
    }

  private:
    // ----- options and output -------------------------------------------------------------

    void checkOptions() {
        if (m_options.output.empty())
            throw UsageError("", "no output given (--output PATH.gpkg)");
        if (m_options.factories < 1 || m_options.factories > kSampleMaxFactories) {
            throw UsageError(
                "", "--factories must be between 1 and " + std::to_string(kSampleMaxFactories));
        }
        const fs::path out(m_options.output);
        std::string ext = out.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (ext != ".gpkg") {
            throw UsageError(m_options.output,
                             "the sample dataset is a GeoPackage: the output must end in .gpkg");
        }
        std::error_code ec;
        const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
        if (!fs::is_directory(folder, ec)) {
            throw OutputError(m_options.output,
                              "the folder " + folder.string() + " does not exist");
        }
        if (fs::is_directory(out, ec)) {
            throw OutputError(m_options.output, "the output exists and is a folder");
        }
        if (fs::exists(fs::symlink_status(out, ec)) && !m_options.overwrite) {
            throw OutputError(m_options.output,
                              "the output exists (use --overwrite to replace it)");
        }
    }

    void report(const std::string& stage, std::int64_t done, std::int64_t total) const {
        if (m_progress && !m_progress(stage, done, total)) {
            throw geo::Cancelled(m_options.output, "cancelled");
        }
    }

    fs::path table(const char* name) const { return m_dataDir / name; }

    // ----- provinces ------------------------------------------------------------------------

    void readProvinces() {
        const Table csv(table("provinces.csv"),
                        {"iso_code", "ne_name", "name_en", "name_th", "region"});
        std::map<std::string, std::size_t> byNeName;
        for (std::size_t i = 0; i < csv.size(); ++i) {
            const std::string neName = csv.requiredText(i, "ne_name");
            if (!byNeName.emplace(neName, i).second) {
                throw csv.rowError(i, "ne_name '" + neName + "' appears twice");
            }
        }

        geo::Dataset world = geo::Dataset::open(m_options.worldMap);
        geo::ReadOptions options;
        options.where = "iso_a2 = 'TH'";
        geo::FeatureReader reader = world.read("states_provinces", options);
        const int nameIndex = reader.schema().fieldIndex("name");
        const int fipsIndex = reader.schema().fieldIndex("fips");
        if (nameIndex < 0) {
            throw InputError(m_options.worldMap, "has no field 'name'", "states_provinces");
        }
        std::vector<std::string> unmatched;
        std::set<std::size_t> used;
        Feature f;
        while (reader.next(f)) {
            const std::string neName =
                trimmed(fieldText(f.values[static_cast<std::size_t>(nameIndex)]));
            const auto it = byNeName.find(neName);
            if (it == byNeName.end()) {
                unmatched.push_back(neName);
                continue;
            }
            const std::size_t i = it->second;
            if (!used.insert(i).second) {
                throw InputError(m_options.worldMap,
                                 "two Thai provinces are named '" + neName + "'",
                                 "states_provinces");
            }
            if (f.geometry.type != GeometryType::Polygon &&
                f.geometry.type != GeometryType::MultiPolygon) {
                throw InputError(m_options.worldMap, "the province '" + neName + "' has no polygon",
                                 "states_provinces", f.fid);
            }
            Province p;
            p.code = csv.requiredText(i, "iso_code");
            p.number = provinceNumber(csv, i, p.code);
            p.nameEn = csv.requiredText(i, "name_en");
            p.nameTh = csv.requiredText(i, "name_th");
            const auto region = regionFromText(csv.requiredText(i, "region"));
            if (!region)
                throw csv.rowError(i, "unknown region '" + csv.text(i, "region") + "'");
            p.region = std::string(regionId(*region));
            p.neName = neName;
            p.fips = fipsIndex >= 0
                         ? trimmed(fieldText(f.values[static_cast<std::size_t>(fipsIndex)]))
                         : std::string();
            p.shape = toMultiPolygon(std::move(f.geometry));
            m_provinces.push_back(std::move(p));
        }
        if (!unmatched.empty()) {
            std::string names;
            for (const auto& n : unmatched)
                names += (names.empty() ? "'" : ", '") + n + "'";
            throw InputError(csv.path(), std::to_string(unmatched.size()) +
                                             " Natural Earth province(s) of Thailand have no row "
                                             "with that ne_name: " +
                                             names + " (states_provinces of " + m_options.worldMap +
                                             ")");
        }
        if (used.size() != csv.size()) {
            std::string names;
            for (std::size_t i = 0; i < csv.size(); ++i) {
                if (used.count(i) == 0) {
                    names += (names.empty() ? "'" : ", '") + csv.text(i, "ne_name") + "'";
                }
            }
            throw InputError(csv.path(),
                             "ne_name matches no Natural Earth province of Thailand: " + names +
                                 " (states_provinces of " + m_options.worldMap + ")");
        }
        if (m_provinces.size() != 77) {
            throw InputError(
                m_options.worldMap,
                "has " + std::to_string(m_provinces.size()) + " provinces of Thailand, not 77",
                "states_provinces");
        }
        std::sort(m_provinces.begin(), m_provinces.end(),
                  [](const Province& a, const Province& b) { return a.number < b.number; });
        std::vector<Geometry> shapes;
        for (std::size_t i = 0; i < m_provinces.size(); ++i) {
            if (!m_byCode.emplace(m_provinces[i].code, i).second) {
                throw InputError(csv.path(),
                                 "the province code " + m_provinces[i].code + " appears twice");
            }
            shapes.push_back(m_provinces[i].shape);
        }
        m_provinceIndex.emplace(std::move(shapes));
        m_summary.provinces = static_cast<std::int64_t>(m_provinces.size());
    }

    static std::int64_t provinceNumber(const Table& csv, std::size_t i, const std::string& code) {
        std::int64_t n = 0;
        const char* begin = code.data() + std::min<std::size_t>(3, code.size());
        const char* end = code.data() + code.size();
        const auto [ptr, ec] = std::from_chars(begin, end, n);
        if (code.rfind("TH-", 0) != 0 || ec != std::errc() || ptr != end || n <= 0) {
            throw csv.rowError(i, "iso_code '" + code + "' is not an ISO 3166-2:TH code");
        }
        return n;
    }

    std::size_t provinceOf(const Table& csv, std::size_t i, const std::string& column) const {
        const std::string code = csv.requiredText(i, column);
        const auto it = m_byCode.find(code);
        if (it == m_byCode.end())
            throw csv.rowError(i, "unknown province code '" + code + "'");
        return it->second;
    }

    // ----- countries ------------------------------------------------------------------------

    void readCountries() {
        geo::Dataset world = geo::Dataset::open(m_options.worldMap);
        geo::FeatureReader reader = world.read("countries");
        const int nameIndex = reader.schema().fieldIndex("name");
        const int isoIndex = reader.schema().fieldIndex("iso_a2");
        if (nameIndex < 0 || isoIndex < 0) {
            throw InputError(m_options.worldMap, "has no fields name and iso_a2", "countries");
        }
        geo::Extent around;  // Thailand and its neighbours
        around.include(88, -2);
        around.include(115, 30);
        Feature f;
        while (reader.next(f)) {
            if (f.geometry.isEmpty() || !f.geometry.extent().intersects(around))
                continue;
            if (f.geometry.type != GeometryType::Polygon &&
                f.geometry.type != GeometryType::MultiPolygon) {
                continue;
            }
            // By the extent of each part: the whole-feature extent of a country with islands
            // across the antimeridian (USA, Kiribati) spans the globe.
            Geometry shape = toMultiPolygon(std::move(f.geometry));
            if (!anyPartIntersects(shape, around))
                continue;
            std::string name = trimmed(fieldText(f.values[static_cast<std::size_t>(nameIndex)]));
            if (name.empty())
                continue;  // an unnamed disputed-islands feature: nothing to label
            Feature out;
            out.geometry = std::move(shape);
            out.values = {std::move(name),
                          trimmed(fieldText(f.values[static_cast<std::size_t>(isoIndex)]))};
            m_countries.push_back(std::move(out));
        }
        m_summary.countries = static_cast<std::int64_t>(m_countries.size());
    }

    // ----- areas and estates ----------------------------------------------------------------

    // The circle clipped to its province, as a MultiPolygon; throws when they do not overlap.
    Geometry clippedCircle(const Table& csv, std::size_t row, double lon, double lat,
                           double radiusMetres, std::size_t province) const {
        if (!(radiusMetres > 0))
            throw csv.rowError(row, "the radius must be positive");
        if (lon < 90 || lon > 112 || lat < 0 || lat > 25) {
            throw csv.rowError(row, "the point (" + numberText(lon) + ", " + numberText(lat) +
                                        ") is not in or near Thailand");
        }
        Geometry clipped = geo::intersection(m_circles.circle(lon, lat, radiusMetres),
                                             m_provinces[province].shape);
        if (clipped.isEmpty()) {
            throw csv.rowError(row, "the circle around (" + numberText(lon) + ", " +
                                        numberText(lat) + ") does not overlap its province " +
                                        m_provinces[province].code);
        }
        return toMultiPolygon(std::move(clipped));
    }

    void readAreas() {
        const Table csv(
            table("eco_town_areas.csv"),
            {"area_id", "name_en", "name_th", "province_iso", "phase", "year_designated", "scope",
             "ref_lon", "ref_lat", "radius_km", "stage", "status", "source"});
        for (std::size_t i = 0; i < csv.size(); ++i) {
            const std::size_t province = provinceOf(csv, i, "province_iso");
            const std::string scope = csv.requiredText(i, "scope");
            if (scope != "province" && scope != "district" && scope != "subdistrict" &&
                scope != "zone") {
                throw csv.rowError(i, "unknown scope '" + scope + "'");
            }
            const std::int64_t stage = csv.requiredInteger(i, "stage");
            if (!stageFromNumber(static_cast<int>(stage))) {
                throw csv.rowError(i, "the stage must be 1-5");
            }
            Feature f;
            std::int64_t approximate = 0;
            if (scope == "province") {
                f.geometry = m_provinces[province].shape;
            } else {
                f.geometry = clippedCircle(csv, i, csv.requiredNumber(i, "ref_lon"),
                                           csv.requiredNumber(i, "ref_lat"),
                                           csv.requiredNumber(i, "radius_km") * 1000.0, province);
                approximate = 1;
            }
            f.values = {csv.requiredText(i, "area_id"),
                        csv.text(i, "name_en"),
                        csv.text(i, "name_th"),
                        m_provinces[province].code,
                        csv.requiredInteger(i, "phase"),
                        csv.requiredInteger(i, "year_designated"),
                        scope,
                        stage,
                        csv.text(i, "status"),
                        csv.text(i, "source"),
                        approximate};
            m_areas.push_back(std::move(f));
        }
        m_summary.areas = static_cast<std::int64_t>(m_areas.size());
    }

    void readEstates() {
        const Table csv(table("estates.csv"),
                        {"estate_id", "name_en", "name_th", "province_iso", "area_rai",
                         "area_rai_status", "ieat_level", "ieat_level_year", "status", "source"});
        for (std::size_t i = 0; i < csv.size(); ++i) {
            Estate e;
            e.id = csv.requiredText(i, "estate_id");
            e.province = provinceOf(csv, i, "province_iso");
            // GDAL's CSV driver turns lon/lat columns into the point geometry.
            double lon = 0, lat = 0;
            if (csv.hasColumn("lon") && csv.hasColumn("lat")) {
                lon = csv.requiredNumber(i, "lon");
                lat = csv.requiredNumber(i, "lat");
            } else if (csv.row(i).geometry.type == GeometryType::Point &&
                       !csv.row(i).geometry.isEmpty()) {
                lon = csv.row(i).geometry.coords[0].x;
                lat = csv.row(i).geometry.coords[0].y;
            } else {
                throw csv.rowError(i, "the estate has no lon/lat");
            }
            e.areaRai = csv.requiredNumber(i, "area_rai");
            if (!(e.areaRai > 0))
                throw csv.rowError(i, "area_rai must be positive");
            const std::string levelText = csv.text(i, "ieat_level");
            FieldValue levelValue;
            if (!levelText.empty()) {
                e.level = ieatEcoLevelFromText(levelText);
                if (!e.level)
                    throw csv.rowError(i, "unknown ieat_level '" + levelText + "'");
                levelValue = std::string(ieatEcoLevelName(*e.level).en);
            }
            const double radius = std::sqrt(e.areaRai * kSquareMetresPerRai / std::numbers::pi);
            e.shape = clippedCircle(csv, i, lon, lat, radius, e.province);
            e.extent = e.shape.extent();
            const auto levelYear = csv.integer(i, "ieat_level_year");
            e.feature.geometry = e.shape;
            e.feature.values = {e.id,
                                csv.text(i, "name_en"),
                                csv.text(i, "name_th"),
                                m_provinces[e.province].code,
                                e.areaRai,
                                csv.text(i, "area_rai_status"),
                                levelValue,
                                levelYear ? FieldValue(*levelYear) : FieldValue(),
                                csv.text(i, "status"),
                                csv.text(i, "source"),
                                std::int64_t{1}};
            m_estates.push_back(std::move(e));
        }
        std::vector<Geometry> shapes;
        for (const Estate& e : m_estates)
            shapes.push_back(e.shape);
        m_estateIndex.emplace(std::move(shapes));
        m_summary.estates = static_cast<std::int64_t>(m_estates.size());
    }

    static std::string numberText(double v) { return fieldText(FieldValue(v)); }

    // ----- factories ------------------------------------------------------------------------

    // Is (x, y) inside estate e and no other estate?
    bool onlyInEstate(std::size_t e, double x, double y) const {
        for (std::size_t o = 0; o < m_estates.size(); ++o) {
            if (o == e || !m_estates[o].extent.contains(x, y))
                continue;
            if (geo::covers(m_estates[o].shape, {x, y}))
                return false;
        }
        return true;
    }

    // A uniform point inside estate e (and its province), by rejection in the estate's extent;
    // `exclusive`: also outside every other estate. nullopt after `attempts` misses.
    std::optional<geo::XY> pointInEstate(SampleRandom& rng, std::size_t e, bool exclusive,
                                         int attempts) const {
        const Estate& estate = m_estates[e];
        const geo::Extent& b = estate.extent;
        const auto self = static_cast<std::int32_t>(e);
        for (int k = 0; k < attempts; ++k) {
            const double x = rng.uniform(b.minX, b.maxX);
            const double y = rng.uniform(b.minY, b.maxY);
            // The index answers "the first estate containing the point": exact and fast unless
            // estates overlap there, where the estate's own polygon decides.
            const std::int32_t first = m_estateIndex->locate(x, y);
            if (first < 0)
                continue;
            if (first != self && (exclusive || !geo::covers(estate.shape, {x, y})))
                continue;
            if (m_provinceIndex->locate(x, y) != static_cast<std::int32_t>(estate.province))
                continue;
            if (exclusive && !onlyInEstate(e, x, y))
                continue;
            return geo::XY{x, y};
        }
        return std::nullopt;
    }

    geo::XY pointInProvince(SampleRandom& rng, std::size_t p) const {
        const geo::Extent b = m_provinces[p].shape.extent();
        for (int k = 0; k < 1'000'000; ++k) {
            const double x = rng.uniform(b.minX, b.maxX);
            const double y = rng.uniform(b.minY, b.maxY);
            if (m_provinceIndex->locate(x, y) == static_cast<std::int32_t>(p))
                return {x, y};
        }
        throw Error(m_options.worldMap,
                    "cannot place a point inside the province " + m_provinces[p].code);
    }

    // The estates that hold the Eco Factory factories: those with an IEAT eco level first
    // (highest level first, then in table order), then the others; an estate wholly covered by
    // other estates cannot be told apart and is skipped.
    std::vector<std::size_t> chooseEcoEstates(std::int64_t wanted) const {
        std::vector<std::size_t> order(m_estates.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        auto rank = [&](std::size_t i) {
            return m_estates[i].level ? static_cast<int>(*m_estates[i].level) : 0;
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return rank(a) > rank(b); });
        std::vector<std::size_t> chosen;
        SampleRandom probe = streamFor(m_options.seed, 11);
        for (std::size_t e : order) {
            if (static_cast<std::int64_t>(chosen.size()) >= wanted)
                break;
            if (pointInEstate(probe, e, true, 4000))
                chosen.push_back(e);
        }
        return chosen;
    }

    void placeFactories() {
        const std::int64_t n = m_options.factories;
        const std::size_t provinceCount = m_provinces.size();

        // Factories per province.
        std::int64_t industrialPerMille = 0;
        std::size_t industrialCount = 0;
        for (const auto& [code, share] : kIndustrialShare) {
            if (m_byCode.count(code) != 0) {
                industrialPerMille += share;
                ++industrialCount;
            }
        }
        const auto others = static_cast<std::int64_t>(provinceCount - industrialCount);
        std::vector<std::int64_t> weights(provinceCount, 1000 - industrialPerMille);
        for (const auto& [code, share] : kIndustrialShare) {
            const auto it = m_byCode.find(code);
            if (it != m_byCode.end())
                weights[it->second] = share * std::max<std::int64_t>(others, 1);
        }
        std::vector<std::int64_t> perProvince = apportion(weights, n);

        // Eco Factory factories: scaled count, spread over the chosen estates (one each, the
        // rest by estate area).
        const std::int64_t ecoTotal = scaleCounts({kEcoFactories}, n, kSampleDefaultFactories)[0];
        const std::vector<std::size_t> ecoEstates =
            chooseEcoEstates(std::min(kEcoEstates, ecoTotal));
        std::vector<std::int64_t> ecoQuota(m_estates.size(), 0);
        if (!ecoEstates.empty()) {
            const auto k = static_cast<std::int64_t>(ecoEstates.size());
            std::vector<std::int64_t> areaWeights;
            for (std::size_t e : ecoEstates) {
                areaWeights.push_back(std::llround(m_estates[e].areaRai * 100.0));
            }
            const std::vector<std::int64_t> extra = apportion(areaWeights, ecoTotal - k);
            for (std::size_t j = 0; j < ecoEstates.size(); ++j) {
                ecoQuota[ecoEstates[j]] = 1 + extra[j];
            }
        }

        // Factories per estate: about one per 25 rai at the default size, at least the Eco
        // Factory quota, at most 60 % of the province's factories.
        const double scale = static_cast<double>(n) / static_cast<double>(kSampleDefaultFactories);
        std::vector<std::int64_t> perEstate(m_estates.size(), 0);
        for (std::size_t e = 0; e < m_estates.size(); ++e) {
            perEstate[e] =
                std::max(ecoQuota[e], static_cast<std::int64_t>(std::llround(
                                          m_estates[e].areaRai / kRaiPerEstateFactory * scale)));
        }
        for (std::size_t p = 0; p < provinceCount; ++p) {
            std::int64_t sum = 0, quota = 0;
            for (std::size_t e = 0; e < m_estates.size(); ++e) {
                if (m_estates[e].province != p)
                    continue;
                sum += perEstate[e];
                quota += ecoQuota[e];
            }
            const std::int64_t cap = std::max(quota, perProvince[p] * 6 / 10);
            if (sum > cap) {
                for (std::size_t e = 0; e < m_estates.size(); ++e) {
                    if (m_estates[e].province != p)
                        continue;
                    perEstate[e] = ecoQuota[e] + (perEstate[e] - ecoQuota[e]) * (cap - quota) /
                                                     std::max<std::int64_t>(sum - quota, 1);
                }
            }
            if (quota > perProvince[p]) {  // tiny sizes only: borrow from the largest province
                const std::int64_t need = quota - perProvince[p];
                std::size_t largest = p == 0 ? 1 : 0;
                for (std::size_t q = 0; q < provinceCount; ++q) {
                    if (q != p && perProvince[q] > perProvince[largest])
                        largest = q;
                }
                perProvince[largest] -= need;
                perProvince[p] += need;
            }
        }

        // Place them: per province (in code order) its estates' factories, then the others.
        SampleRandom rng = streamFor(m_options.seed, 1);
        SampleRandom names = streamFor(m_options.seed, 2);
        m_factories.clear();
        m_factories.reserve(static_cast<std::size_t>(n));
        std::int64_t placed = 0;
        auto add = [&](std::size_t p, geo::XY at, bool eco) {
            Factory f;
            f.x = at.x;
            f.y = at.y;
            f.province = static_cast<std::int32_t>(p);
            f.eco = eco;
            f.namePrefix = static_cast<std::uint8_t>(names.below(countOf(kNamePrefixes)));
            f.nameIndustry = static_cast<std::uint8_t>(names.below(countOf(kNameIndustries)));
            f.nameSuffix = static_cast<std::uint8_t>(names.below(countOf(kNameSuffixes)));
            m_factories.push_back(f);
            if ((++placed & 0xFFFF) == 0)
                report("placing factories", placed, n);
        };
        for (std::size_t p = 0; p < provinceCount; ++p) {
            std::int64_t inEstates = 0;
            for (std::size_t e = 0; e < m_estates.size(); ++e) {
                if (m_estates[e].province != p)
                    continue;
                for (std::int64_t k = 0; k < perEstate[e]; ++k) {
                    const bool eco = k < ecoQuota[e];
                    const auto at = pointInEstate(rng, e, eco, 1'000'000);
                    if (!at) {
                        throw Error(table("estates.csv").string(),
                                    "cannot place a factory inside the estate " + m_estates[e].id);
                    }
                    add(p, *at, eco);
                }
                inEstates += perEstate[e];
            }
            for (std::int64_t k = inEstates; k < perProvince[p]; ++k)
                add(p, pointInProvince(rng, p), false);
        }
        report("placing factories", placed, n);

        // Every factory's estate by point in polygon (the first estate where they overlap; the
        // Eco Factory ones lie in one estate only).
        std::vector<double> xs, ys;
        xs.reserve(m_factories.size());
        ys.reserve(m_factories.size());
        for (const Factory& f : m_factories) {
            xs.push_back(f.x);
            ys.push_back(f.y);
        }
        const std::vector<std::int32_t> estateOf = m_estateIndex->locateAll(xs, ys);
        std::set<std::int32_t> ecoHolders;
        for (std::size_t i = 0; i < m_factories.size(); ++i) {
            m_factories[i].estate = estateOf[i];
            if (estateOf[i] >= 0)
                ++m_summary.factoriesInEstates;
            if (m_factories[i].eco) {
                ++m_summary.ecoFactories;
                ecoHolders.insert(estateOf[i]);
            }
        }
        m_summary.ecoFactoryEstates = static_cast<std::int64_t>(ecoHolders.size());
        m_summary.factories = static_cast<std::int64_t>(m_factories.size());
    }

    // ----- certificates ---------------------------------------------------------------------

    void grantGreenIndustry() {
        const Table csv(table("green_industry_certificates.csv"),
                        {"level", "fiscal_year_ce", "certificates"});
        std::vector<std::int64_t> counts;
        std::vector<std::pair<int, int>> cells;  // (year, level)
        for (std::size_t i = 0; i < csv.size(); ++i) {
            const std::int64_t level = csv.requiredInteger(i, "level");
            const std::int64_t year = csv.requiredInteger(i, "fiscal_year_ce");
            const std::int64_t count = csv.requiredInteger(i, "certificates");
            if (level < 1 || level > 5)
                throw csv.rowError(i, "the level must be 1-5");
            if (year < 1990 || year > 2100)
                throw csv.rowError(i, "implausible fiscal year");
            if (count < 0)
                throw csv.rowError(i, "negative count");
            cells.emplace_back(static_cast<int>(year), static_cast<int>(level));
            counts.push_back(count);
        }
        const std::vector<std::int64_t> scaled =
            scaleCounts(counts, m_options.factories, kSampleDefaultFactories);
        std::map<int, std::array<std::int64_t, 6>> byYear;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            auto& row = byYear[cells[i].first];
            row[static_cast<std::size_t>(cells[i].second)] += scaled[i];
        }

        const std::size_t n = m_factories.size();
        std::vector<std::int16_t> stamp(n, 0);  // the fiscal year of a factory's last certificate
        std::array<std::vector<std::uint32_t>, 6> pools;
        std::vector<std::uint32_t> candidates;
        SampleRandom rng = streamFor(m_options.seed, 3);
        for (const auto& [yearKey, perLevel] : byYear) {
            const auto year = yearKey;  // clang 14 (the fuzz build) cannot capture a binding
            std::int64_t yearTotal = 0;
            for (std::int64_t c : perLevel)
                yearTotal += c;
            if (yearTotal > static_cast<std::int64_t>(n)) {
                throw UsageError("", "--factories is too small for the Green Industry table: " +
                                         std::to_string(yearTotal) + " certificates in " +
                                         std::to_string(year));
            }
            for (auto& pool : pools)
                pool.clear();
            for (std::uint32_t i = 0; i < n; ++i)
                pools[m_factories[i].giLevel].push_back(i);
            std::vector<std::pair<std::uint32_t, std::uint8_t>> granted;
            // Highest levels first: they are few and take their climbers before level 1 does.
            for (int level = 5; level >= 1; --level) {
                std::int64_t remaining = perLevel[static_cast<std::size_t>(level)];
                auto take = [&](std::initializer_list<int> fromLevels, std::int64_t limit) {
                    if (remaining <= 0 || limit <= 0)
                        return;
                    candidates.clear();
                    for (int l : fromLevels) {
                        for (std::uint32_t i : pools[static_cast<std::size_t>(l)]) {
                            if (stamp[i] != year)
                                candidates.push_back(i);
                        }
                    }
                    const std::int64_t count = std::min<std::int64_t>(
                        {remaining, limit, static_cast<std::int64_t>(candidates.size())});
                    for (std::int64_t k = 0; k < count; ++k) {  // partial Fisher-Yates
                        const auto j = static_cast<std::size_t>(k) +
                                       static_cast<std::size_t>(rng.below(
                                           candidates.size() - static_cast<std::size_t>(k)));
                        std::swap(candidates[static_cast<std::size_t>(k)], candidates[j]);
                        const std::uint32_t f = candidates[static_cast<std::size_t>(k)];
                        stamp[f] = static_cast<std::int16_t>(year);
                        granted.emplace_back(f, static_cast<std::uint8_t>(level));
                    }
                    remaining -= count;
                };
                constexpr std::int64_t all = std::numeric_limits<std::int64_t>::max();
                if (level == 1) {
                    // Level 1 mostly to uncertified factories, about a tenth renewals.
                    take({0}, remaining - remaining / 10);
                    take({1}, all);
                } else {
                    take({level - 1, level}, all);  // climbing or renewal
                }
                // Fallback: from the nearest lower levels, then from above.
                for (int l = level - 2; l >= 0; --l)
                    take({l}, all);
                if (level == 1)
                    take({0}, all);
                for (int l = level + 1; l <= 5; ++l)
                    take({l}, all);
                if (remaining > 0) {
                    throw UsageError("", "--factories is too small for the Green Industry table");
                }
            }
            std::sort(granted.begin(), granted.end(), [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second < b.second : a.first < b.first;
            });
            for (const auto& [f, level] : granted) {
                Factory& factory = m_factories[f];
                if (level > factory.giLevel) {
                    factory.giLevel = level;
                    factory.giYear = static_cast<std::int16_t>(year);
                }
                m_certificates.push_back({f, 0, level, static_cast<std::int16_t>(year)});
            }
        }
        m_summary.giCertificates = static_cast<std::int64_t>(m_certificates.size());
    }

    void grantEcoFactory() {
        SampleRandom rng = streamFor(m_options.seed, 4);
        for (std::uint32_t i = 0; i < m_factories.size(); ++i) {
            if (!m_factories[i].eco)
                continue;
            const auto year = static_cast<std::int16_t>(rng.between(kEcoFirstYear, kEcoLastYear));
            m_certificates.push_back({i, 1, 0, year});
        }
    }

    void grantCsr() {
        SampleRandom rng = streamFor(m_options.seed, 5);
        const std::vector<std::int64_t> perYear =
            scaleCounts(std::vector<std::int64_t>(std::begin(kCsrAwards), std::end(kCsrAwards)),
                        m_options.factories, kSampleDefaultFactories);
        const std::size_t n = m_factories.size();
        std::vector<std::int16_t> stamp(n, 0);
        for (std::size_t y = 0; y < perYear.size(); ++y) {
            const auto year = static_cast<std::int16_t>(kCsrFirstYear + static_cast<int>(y));
            const std::int64_t count =
                std::min<std::int64_t>(perYear[y], static_cast<std::int64_t>(n));
            std::vector<std::uint32_t> awarded;
            while (static_cast<std::int64_t>(awarded.size()) < count) {
                const auto f = static_cast<std::uint32_t>(rng.below(n));
                if (stamp[f] == year)
                    continue;
                stamp[f] = year;
                awarded.push_back(f);
            }
            std::sort(awarded.begin(), awarded.end());
            for (std::uint32_t f : awarded) {
                m_factories[f].csr = true;
                m_certificates.push_back({f, 2, 0, year});
            }
            m_summary.csrAwards += count;
        }
    }

    // ----- stage and IEAT level histories (data/make_stage_history.py) ----------------------

    // One history table: rows naming a known id with a valid value (`value`: the cell as
    // written, null when invalid), the record in force for the latest year equal to the
    // snapshot's value (`current`: id -> value as text, "" = none).
    std::vector<Feature> readHistory(const char* name, const char* idColumn,
                                     const char* valueColumn,
                                     const std::map<std::string, std::string>& current,
                                     const std::function<FieldValue(const std::string&)>& value) {
        const Table csv(table(name), {idColumn, "fiscal_year", valueColumn, "note", "recorded_by",
                                      "recorded_at", "status", "source"});
        std::vector<Feature> rows;
        // id -> (fiscal year, recorded_at, value) of the latest record of its latest year
        std::map<std::string, std::tuple<std::int64_t, std::string, std::string>> latest;
        for (std::size_t i = 0; i < csv.size(); ++i) {
            const std::string id = csv.requiredText(i, idColumn);
            if (current.find(id) == current.end())
                throw csv.rowError(i, std::string(idColumn) + " '" + id + "' is unknown");
            const std::int64_t year = csv.requiredInteger(i, "fiscal_year");
            if (year < 1900 || year > 2400)
                throw csv.rowError(i, "fiscal_year must be a CE year");
            FieldValue cell = value(csv.requiredText(i, valueColumn));
            const std::string text = fieldText(cell);
            if (text.empty())
                throw csv.rowError(i, std::string("invalid ") + valueColumn);
            const std::string at = csv.requiredText(i, "recorded_at");
            auto [it, added] = latest.try_emplace(id, year, at, text);
            if (!added &&
                std::tie(year, at) > std::tie(std::get<0>(it->second), std::get<1>(it->second))) {
                it->second = {year, at, text};
            }
            Feature f;
            f.values = {id,
                        year,
                        std::move(cell),
                        csv.text(i, "note"),
                        csv.text(i, "recorded_by"),
                        at,
                        csv.text(i, "status"),
                        csv.text(i, "source")};
            rows.push_back(std::move(f));
        }
        for (const auto& [id, now] : current) {
            const auto it = latest.find(id);
            const std::string last = it == latest.end() ? std::string() : std::get<2>(it->second);
            if (last != now) {
                throw InputError(csv.path(), std::string(idColumn) + " " + id +
                                                 ": the latest record is '" + last +
                                                 "', the snapshot says '" + now + "'");
            }
        }
        return rows;
    }

    void readHistories() {
        std::map<std::string, std::string> stages;
        for (const Feature& area : m_areas)
            stages[fieldText(area.values[0])] = fieldText(area.values[7]);
        m_stageHistory =
            readHistory("stage_history.csv", "area_id", "stage", stages, [](const std::string& t) {
                const auto n = fieldInteger(FieldValue(t));
                return n && stageFromNumber(static_cast<int>(*n)) ? FieldValue(*n) : FieldValue();
            });
        std::map<std::string, std::string> levels;
        for (const Estate& e : m_estates)
            levels[e.id] = e.level ? std::string(ieatEcoLevelName(*e.level).en) : std::string();
        m_estateHistory = readHistory(
            "estate_history.csv", "estate_id", "ieat_level", levels, [](const std::string& t) {
                const auto level = ieatEcoLevelFromText(t);
                return level ? FieldValue(std::string(ieatEcoLevelName(*level).en)) : FieldValue();
            });
    }

    // ----- writing --------------------------------------------------------------------------

    static geo::Schema schemaOf(GeometryType type, std::vector<FieldDef> fields) {
        geo::Schema s;
        s.geometryType = type;
        s.fields = std::move(fields);
        return s;
    }

    void write() {
        const fs::path out(m_options.output);
        const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
        TemporaryFile temp(folder / ("." + out.stem().string() + ".sample-tmp-" +
                                     std::to_string(::getpid()) + ".gpkg"));
        try {
            writeLayers(temp.path().string());
        } catch (const geo::Cancelled&) {
            throw;
        } catch (const Error& e) {
            // about the temporary file: name the output the user asked for
            throw OutputError(m_options.output, e.reason(), e.layer(), e.featureId());
        }
        std::error_code ec;
        if (fs::exists(fs::symlink_status(out, ec)) && !m_options.overwrite) {
            throw OutputError(m_options.output,
                              "the output exists (use --overwrite to replace it)");
        }
        fs::rename(temp.path(), out, ec);
        if (ec) {
            throw OutputError(m_options.output,
                              "cannot rename the finished output into place: " + ec.message());
        }
        temp.release();
    }

    // All eight tables (six layers and the two histories) into the GeoPackage at `path`.
    void writeLayers(const std::string& path) {
        const geo::Crs wgs84 = geo::Crs::wgs84();
        bool first = true;
        auto writer = [&](const char* layer, const geo::Schema& schema, const geo::Crs& crs) {
            geo::WriteOptions options;
            options.format = geo::Format::GeoPackage;
            options.layerName = layer;
            options.appendToExisting = !first;
            first = false;
            return geo::FeatureWriter(path, schema, crs, options);
        };
        auto writeAll = [&](const char* layer, const geo::Schema& schema, const geo::Crs& crs,
                            const std::vector<Feature>& features) {
            report("writing " + std::string(layer), 0, 0);
            geo::FeatureWriter w = writer(layer, schema, crs);
            for (const Feature& f : features)
                w.write(f);
            w.commit();
        };

        const auto str = [](const char* name) { return FieldDef{name, FieldType::String}; };
        const auto integer = [](const char* name) { return FieldDef{name, FieldType::Integer}; };
        const auto real = [](const char* name) { return FieldDef{name, FieldType::Real}; };

        {
            std::vector<Feature> features;
            for (const Province& p : m_provinces) {
                Feature f;
                f.geometry = p.shape;
                f.values = {p.code, p.number, p.nameEn, p.nameTh, p.region, p.neName, p.fips};
                features.push_back(std::move(f));
            }
            writeAll("provinces",
                     schemaOf(GeometryType::MultiPolygon,
                              {str("province_code"), integer("province_num"), str("name_en"),
                               str("name_th"), str("region"), str("ne_name"), str("fips")}),
                     wgs84, features);
        }
        writeAll("countries", schemaOf(GeometryType::MultiPolygon, {str("name"), str("iso_a2")}),
                 wgs84, m_countries);
        writeAll("areas",
                 schemaOf(GeometryType::MultiPolygon,
                          {str("area_id"), str("name_en"), str("name_th"), str("province_code"),
                           integer("phase"), integer("year_designated"), str("scope"),
                           integer("stage"), str("status"), str("source"), integer("approximate")}),
                 wgs84, m_areas);
        {
            std::vector<Feature> features;
            for (const Estate& e : m_estates)
                features.push_back(e.feature);
            writeAll("estates",
                     schemaOf(GeometryType::MultiPolygon,
                              {str("estate_id"), str("name_en"), str("name_th"),
                               str("province_code"), real("area_rai"), str("area_rai_status"),
                               str("ieat_level"), integer("ieat_level_year"), str("status"),
                               str("source"), integer("approximate")}),
                     wgs84, features);
        }
        const auto total = static_cast<std::int64_t>(m_factories.size() + m_certificates.size());
        std::int64_t done = 0;
        {
            geo::FeatureWriter w =
                writer("factories",
                       schemaOf(GeometryType::Point,
                                {str("factory_id"), str("name_th"), str("province_code"),
                                 str("estate_id"), integer("gi_level"), integer("gi_year"),
                                 integer("eco_factory"), integer("csr_diw"), integer("synthetic")}),
                       wgs84);
            Feature f;
            f.geometry = Geometry::point(0, 0);
            f.values.resize(9);
            std::string name;
            for (std::size_t i = 0; i < m_factories.size(); ++i) {
                const Factory& factory = m_factories[i];
                f.fid = static_cast<std::int64_t>(i) + 1;
                f.geometry.coords[0] = {factory.x, factory.y};
                name = "บริษัท ";
                name += kNamePrefixes[factory.namePrefix];
                name += kNameIndustries[factory.nameIndustry];
                name += kNameSuffixes[factory.nameSuffix];
                name += " จำกัด";
                setId(f.values[0], 'F', f.fid);
                setText(f.values[1], name);
                setText(f.values[2], m_provinces[static_cast<std::size_t>(factory.province)].code);
                if (factory.estate >= 0) {
                    setText(f.values[3], m_estates[static_cast<std::size_t>(factory.estate)].id);
                } else {
                    f.values[3] = std::monostate();
                }
                f.values[4] = std::int64_t{factory.giLevel};
                f.values[5] =
                    factory.giLevel > 0 ? FieldValue(std::int64_t{factory.giYear}) : FieldValue();
                f.values[6] = std::int64_t{factory.eco ? 1 : 0};
                f.values[7] = std::int64_t{factory.csr ? 1 : 0};
                f.values[8] = std::int64_t{1};
                w.write(f);
                if ((++done & 0xFFFF) == 0)
                    report("writing factories", done, total);
            }
            report("indexing factories", done, total);
            w.commit();
        }
        {
            geo::FeatureWriter w = writer(
                "certificates",
                schemaOf(GeometryType::None,
                         {str("cert_id"), str("factory_id"), str("cert_type"), integer("level"),
                          integer("fiscal_year"), integer("fiscal_year_be"), integer("synthetic")}),
                geo::Crs());
            Feature f;
            f.values.resize(7);
            for (std::size_t i = 0; i < m_certificates.size(); ++i) {
                const Certificate& c = m_certificates[i];
                f.fid = static_cast<std::int64_t>(i) + 1;
                setId(f.values[0], 'C', f.fid);
                setId(f.values[1], 'F', static_cast<std::int64_t>(c.factory) + 1);
                setText(f.values[2], kCertTypes[c.type]);
                f.values[3] = c.type == 0 ? FieldValue(std::int64_t{c.level}) : FieldValue();
                f.values[4] = std::int64_t{c.year};
                f.values[5] = std::int64_t{buddhistEraYear(c.year)};
                f.values[6] = std::int64_t{1};
                w.write(f);
                if ((++done & 0xFFFF) == 0)
                    report("writing certificates", done, total);
            }
            w.commit();
        }
        const auto history = [&](const char* layer, const char* idColumn, FieldDef value,
                                 const std::vector<Feature>& rows) {
            writeAll(
                layer,
                schemaOf(GeometryType::None,
                         {str(idColumn), integer("fiscal_year"), std::move(value), str("note"),
                          str("recorded_by"), str("recorded_at"), str("status"), str("source")}),
                geo::Crs(), rows);
        };
        history("stage_assessments", "area_id", integer("stage"), m_stageHistory);
        history("estate_assessments", "estate_id", str("ieat_level"), m_estateHistory);
        m_summary.stageAssessments = static_cast<std::int64_t>(m_stageHistory.size());
        m_summary.estateAssessments = static_cast<std::int64_t>(m_estateHistory.size());
        writeKpiTables(writer);
        report("writing", total, total);
        m_summary.certificates = static_cast<std::int64_t>(m_certificates.size());
    }

    // The ministry's KPI targets and the recorded actuals (data/kpi_*.csv, layers/Kpi.hpp) as the
    // attribute tables kpi_targets and kpi_actuals, when the data folder has them.
    template <typename MakeWriter>
    void writeKpiTables(MakeWriter& writer) {
        struct Column {
            const char* name;
            FieldType type;
        };
        auto copy = [&](const char* file, const char* layer, const std::vector<Column>& columns) {
            std::error_code ec;
            if (!fs::exists(table(file), ec))
                return;
            std::vector<std::string> names;
            std::vector<FieldDef> defs;
            for (const Column& c : columns) {
                names.emplace_back(c.name);
                defs.push_back(FieldDef{c.name, c.type});
            }
            const Table csv(table(file), names);
            geo::FeatureWriter w = writer(layer, schemaOf(GeometryType::None, defs), geo::Crs());
            Feature f;
            for (std::size_t i = 0; i < csv.size(); ++i) {
                f.fid = static_cast<std::int64_t>(i) + 1;
                f.values.clear();
                for (const Column& c : columns) {
                    if (c.type == FieldType::Integer)
                        f.values.emplace_back(csv.requiredInteger(i, c.name));
                    else if (c.type == FieldType::Real)
                        f.values.emplace_back(csv.requiredNumber(i, c.name));
                    else
                        f.values.emplace_back(csv.text(i, c.name));
                }
                w.write(f);
            }
            w.commit();
        };
        const FieldType text = FieldType::String;
        copy("kpi_targets.csv", "kpi_targets",
             {{"indicator_id", text},
              {"name_en", text},
              {"name_th", text},
              {"unit", text},
              {"measure", text},
              {"actual_from", text},
              {"fiscal_year_ce", FieldType::Integer},
              {"target", FieldType::Real},
              {"status", text},
              {"source", text}});
        copy("kpi_actuals.csv", "kpi_actuals",
             {{"indicator_id", text},
              {"fiscal_year_ce", FieldType::Integer},
              {"value", FieldType::Real},
              {"status", text},
              {"source", text}});
    }

    const SampleOptions& m_options;
    const geo::ProgressCallback& m_progress;
    fs::path m_dataDir;
    CircleBuilder m_circles;
    SampleSummary m_summary;

    std::vector<Province> m_provinces;
    std::map<std::string, std::size_t> m_byCode;
    std::optional<geo::PolygonIndex> m_provinceIndex;
    std::vector<Feature> m_countries;
    std::vector<Feature> m_areas;
    std::vector<Estate> m_estates;
    std::optional<geo::PolygonIndex> m_estateIndex;
    std::vector<Factory> m_factories;
    std::vector<Certificate> m_certificates;
    std::vector<Feature> m_stageHistory;   // stage_assessments, as written
    std::vector<Feature> m_estateHistory;  // estate_assessments, as written
};

}  // namespace

SampleSummary buildSampleDataset(const SampleOptions& options,
                                 const geo::ProgressCallback& progress) {
    SampleBuilder builder(options, progress);
    return builder.run();
}

}  // namespace ecotown::layers
