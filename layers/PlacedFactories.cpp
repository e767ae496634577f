#include "layers/PlacedFactories.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "geo/Parallel.hpp"
#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/DataLocation.hpp"
#include "layers/FactoryRows.hpp"
#include "layers/FactorySummary.hpp"

namespace ecotown::layers {
namespace {

// Up to this many factories their certificates are looked up one factory at a time (measured on
// 10 M certificates: 43,000 factories 0.9 s against 4.8 s for the scan; 800,000 the other way).
constexpr std::size_t kLookupLimit = 200000;

// A query's rows as features: column 0 is the fid, then `fields` in order, then (when `point`)
// x and y.
LayerRows queryRows(std::shared_ptr<const geo::SqlRows> result, std::vector<std::string> fields,
                    bool point) {
    LayerRows rows;
    const std::size_t n = fields.size();
    rows.next = [result, n, point, row = std::size_t{0}](geo::Feature& f) mutable {
        if (row >= result->size())
            return false;
        const std::size_t r = row++;
        f.fid = result->integer(r, 0).value_or(-1);
        f.values.resize(n);
        for (std::size_t k = 0; k < n; ++k) {
            const std::optional<std::string_view> v = result->at(r, 1 + k);
            f.values[k] = v ? geo::FieldValue(std::string(*v)) : geo::FieldValue();
        }
        if (point) {
            const auto x = result->real(r, 1 + n), y = result->real(r, 2 + n);
            f.geometry = x && y ? geo::Geometry::point(*x, *y) : geo::Geometry();
        }
        return true;
    };
    rows.fieldIndex = [fields = std::move(fields)](const char* name) {
        const auto i = std::find(fields.begin(), fields.end(), name);
        return i == fields.end() ? -1 : static_cast<int>(i - fields.begin());
    };
    rows.count = static_cast<std::int64_t>(result->size());
    return rows;
}

// The factories publish placed in the filter's provinces and box, and their certificates, with
// bound parameters (the box through the GiST index, the provinces through in_province's).
void readPlacedFactories(Atlas& atlas, const std::string& source, const Filter& filter,
                         const std::string& file, const AtlasLoadOptions& options) {
    auto db = geo::SqlConnection::openPostgres(source);
    const std::string s = db->quoteIdentifier(schemaOfSource(source));
    std::vector<geo::SqlParam> params;
    std::string where = "TRUE";
    const PlaceCriteria places = placeCriteria(atlas, filter);
    if (places.byProvince) {
        std::vector<std::string> codes;
        for (std::size_t i = 0; i < places.provinceOk.size(); ++i) {
            if (places.provinceOk[i])
                codes.push_back(atlas.provinces()[i].code);
        }
        params.push_back(sqlTextArray(codes));
        where += " AND f.in_province = ANY($1::text[])";
    }
    if (filter.bbox) {
        std::string box;
        for (double v :
             {filter.bbox->minX, filter.bbox->minY, filter.bbox->maxX, filter.bbox->maxY}) {
            params.push_back(geo::sqlParam(v));
            box += (box.empty() ? "$" : ", $") + std::to_string(params.size()) + "::float8";
        }
        where += " AND f.geom && ST_MakeEnvelope(" + box + ", 4326)";
    }
    std::vector<std::string> fields = {"factory_id", "province_code"};
    if (options.factoryNames)
        fields.emplace_back("name_th");
    std::string columns = "f.fid";
    for (const std::string& c : fields)
        columns += ", f." + db->quoteIdentifier(c);
    const std::string factorySql = "SELECT " + columns + ", ST_X(f.geom), ST_Y(f.geom) FROM " + s +
                                   ".factories f WHERE " + where + " ORDER BY f.fid";
    // Revoked certificates: the first fiscal year each no longer counts (none before the table).
    std::unordered_map<std::string, int> revoked;
    if (!db->query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND "
                   "table_name = 'certificate_revocations'",
                   {schemaOfSource(source)})
             .empty()) {
        const geo::SqlRows r = db->query("SELECT cert_id, min(fiscal_year) FROM " + s +
                                         ".certificate_revocations GROUP BY cert_id");
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (const auto y = r.integer(i, 1))
                revoked.emplace(r.text(i, 0), static_cast<int>(*y));
        }
    }
    const std::string certColumns =
        std::string("c.fid, c.factory_id, c.cert_type, c.level, c.fiscal_year") +
        (revoked.empty() ? "" : ", c.cert_id");
    // A few factories: each one's certificates through the factory_id index (a nested loop;
    // the planner would hash-join a scan of every certificate). Many: that scan. How many, the
    // planner's estimate says (no scan).
    const geo::SqlRows plan = db->query("EXPLAIN (FORMAT JSON) " + factorySql, params);
    const std::string planText = plan.text(0, 0);
    const auto rowsAt = planText.find("\"Plan Rows\": ");
    const double estimate =
        rowsAt == std::string::npos ? 0.0 : std::strtod(planText.c_str() + rowsAt + 13, nullptr);
    const std::string certificateSql =
        estimate <= static_cast<double>(kLookupLimit)
            ? "SELECT " + certColumns + " FROM " + s +
                  ".factories f CROSS JOIN LATERAL (SELECT * FROM " + s +
                  ".certificates c WHERE c.factory_id = f.factory_id OFFSET 0) c WHERE " + where +
                  " ORDER BY c.fid"
            : "SELECT " + certColumns + " FROM " + s +
                  ".certificates c WHERE c.factory_id IN (SELECT f.factory_id FROM " + s +
                  ".factories f WHERE " + where + ") ORDER BY c.fid";
    // The two queries at once, the certificates on a second connection: the server answers
    // both while neither waits for the other.
    std::shared_ptr<const geo::SqlRows> factories, certs;
    geo::parallelFor(2, [&](std::size_t share) {
        if (share == 0) {
            factories = std::make_shared<const geo::SqlRows>(db->query(factorySql, params));
        } else {
            auto second = geo::SqlConnection::openPostgres(source);
            certs = std::make_shared<const geo::SqlRows>(second->query(certificateSql, params));
        }
    });
    readFactoryRows(
        atlas, queryRows(factories, fields, true),
        [&] {
            std::vector<std::string> names = {"factory_id", "cert_type", "level", "fiscal_year"};
            if (!revoked.empty())
                names.emplace_back("cert_id");
            return queryRows(certs, std::move(names), false);
        },
        CertificateReading::AfterFactories, revoked, file, options);
    // The years of all the certificates, not only of those read (the default "as of" year).
    const geo::SqlRows years = db->query(
        "SELECT coalesce(min(fiscal_year), 0), "
        "coalesce(max(fiscal_year), 0) FROM " +
        s + ".certificates");
    // ... and of the revocations, as Atlas::setFactories counts them.
    int last = static_cast<int>(years.integer(0, 1).value_or(0));
    for (const auto& r : revoked)
        last = std::max(last, r.second);
    atlas.setCertificateYears(static_cast<int>(years.integer(0, 0).value_or(0)), last);
}

}  // namespace

Atlas loadPlacedAtlas(const std::string& source, const Filter& filter,
                      const AtlasLoadOptions& options) {
    AtlasLoadOptions polygons = options;
    polygons.factories = false;
    Atlas atlas = readBundledAtlas(source, polygons);
    readPlacedFactories(atlas, source, filter, redactSecrets(source), options);
    atlas.joinFactories(options.threads, options.progress);
    return atlas;
}

Atlas placedAtlas(const Atlas& places, const std::string& source, const Filter& filter,
                  const AtlasLoadOptions& options) {
    Atlas atlas = places;
    readPlacedFactories(atlas, source, filter, redactSecrets(source), options);
    atlas.joinFactories(options.threads, options.progress);
    return atlas;
}

PlacedReader::PlacedReader(std::string source, Filter filter)
    : m_source(std::move(source)), m_filter(std::move(filter)) {}

Atlas PlacedReader::read(const AtlasLoadOptions& options) const {
    return loadPlacedAtlas(m_source, m_filter, options);
}

}  // namespace ecotown::layers
