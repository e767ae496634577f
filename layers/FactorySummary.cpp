#include "layers/FactorySummary.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

namespace ecotown::layers {
namespace {

// The first fiscal year a factory held each kind of certificate, from certificates `c`.
std::string firstYears() {
    std::string sql;
    for (int l = 1; l <= 5; ++l) {
        sql += "min(c.fiscal_year) FILTER (WHERE c.cert_type = 'gi' AND c.level = " +
               std::to_string(l) + ") AS gi" + std::to_string(l) + ", ";
    }
    return sql +
           "min(c.fiscal_year) FILTER (WHERE c.cert_type = 'eco-factory') AS eco, "
           "min(c.fiscal_year) FILTER (WHERE c.cert_type = 'csr-diw') AS csr";
}

const char* const kProfileColumns = "gi1, gi2, gi3, gi4, gi5, eco, csr";

// Cells across the world at `zoom`: kDensityCellPixels of a 256-pixel tile each (as the window's
// FactoryPoints, whose cell at zoom z - 1 is exactly 2 x 2 of zoom z).

std::string param(std::vector<geo::SqlParam>& params, geo::SqlParam v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
}

}  // namespace

std::string sqlTextArray(const std::vector<std::string>& items) {
    std::string a = "{";
    for (const std::string& i : items) {
        a += a.size() > 1 ? "," : "";
        a += '"';
        for (char ch : i) {
            if (ch == '"' || ch == '\\')
                a += '\\';
            a += ch;
        }
        a += '"';
    }
    return a + "}";
}

std::string placeConditions(const Atlas& atlas, const Filter& filter, const std::string& alias,
                            std::vector<geo::SqlParam>& params) {
    const PlaceCriteria places = placeCriteria(atlas, filter);
    // The ids of what passes (flags[i] != 0), as one text[] parameter.
    auto passing = [&](const auto& items, const std::vector<std::uint8_t>& flags, auto id) {
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < flags.size(); ++i) {
            if (flags[i])
                ids.push_back(items[i].*id);
        }
        return param(params, sqlTextArray(ids)) + "::text[]";
    };
    std::string where = "TRUE";
    if (places.byProvince) {
        where += " AND " + alias + ".in_province = ANY(" +
                 passing(atlas.provinces(), places.provinceOk, &Province::code) + ")";
    }
    if (places.byArea) {
        where += " AND " + alias + ".in_area = ANY(" +
                 passing(atlas.areas(), places.areaStageOk, &EcoTownArea::id) + ")";
    }
    return where;
}

std::vector<FactoryCell> factoryCellsOfRows(const Atlas& atlas, const geo::SqlRows& rows) {
    std::unordered_map<std::string, std::int32_t> provinceIndex, areaIndex;
    for (std::size_t i = 0; i < atlas.provinces().size(); ++i)
        provinceIndex.emplace(atlas.provinces()[i].code, static_cast<std::int32_t>(i));
    for (std::size_t i = 0; i < atlas.areas().size(); ++i)
        areaIndex.emplace(atlas.areas()[i].id, static_cast<std::int32_t>(i));
    const bool withCertificates = rows.columnCount() >= 18;
    std::vector<FactoryCell> cells;
    cells.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        FactoryCell cell;
        if (const auto p = provinceIndex.find(rows.text(r, 0)); p != provinceIndex.end())
            cell.province = p->second;
        if (const auto a = areaIndex.find(rows.text(r, 1)); a != areaIndex.end())
            cell.area = a->second;
        auto n = [&](std::size_t col) { return rows.integer(r, col).value_or(0); };
        FactoryCounts& k = cell.counts;
        k.factories = n(2);
        for (std::size_t l = 0; l <= 5; ++l)
            k.giLevel[l] = n(3 + l);
        k.withGi = k.factories - k.giLevel[0];
        k.ecoFactory = n(9);
        k.csrDiw = n(10);
        if (withCertificates) {
            for (std::size_t l = 1; l <= 5; ++l)
                k.giCertificates[l] = n(10 + l);
            k.ecoFactoryCertificates = n(16);
            k.csrDiwCertificates = n(17);
        }
        cells.push_back(cell);
    }
    return cells;
}

void rebuildFactorySummary(geo::SqlConnection& db, const std::string& schema) {
    const std::string s = db.quoteIdentifier(schema);
    db.execute("TRUNCATE " + s + ".factory_profiles, " + s + ".certificate_counts, " + s +
               ".summary_state");
    // Certificates by factory first (a hash of the certified factories), then every factory.
    db.execute("INSERT INTO " + s + ".factory_profiles (in_province, in_area, " + kProfileColumns +
               ", factories) SELECT f.in_province, f.in_area, " + kProfileColumns +
               ", count(*) FROM " + s + ".factories f LEFT JOIN (SELECT " + "c.factory_id, " +
               firstYears() + " FROM " + s +
               ".certificates c GROUP BY c.factory_id) y ON y.factory_id = f.factory_id "
               "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9");
    db.execute("INSERT INTO " + s +
               ".certificate_counts (in_province, in_area, cert_type, level, fiscal_year, "
               "certificates) SELECT f.in_province, f.in_area, c.cert_type, c.level, "
               "c.fiscal_year, count(*) FROM " +
               s + ".certificates c JOIN " + s +
               ".factories f ON f.factory_id = c.factory_id GROUP BY 1, 2, 3, 4, 5");
    db.execute("INSERT INTO " + s + ".summary_state (built_through) SELECT coalesce(max(fid), 0) " +
               "FROM " + s + ".certificates");

    // Map cells: the last zoom from the points (Web Mercator, y down, latitude clamped as the
    // map does), each lower zoom from the one above (a cell is 2 x 2 cells of the next zoom).
    db.execute("TRUNCATE " + s + ".factory_cells");
    std::vector<geo::SqlParam> params = {geo::sqlParam(cellsPerWorld(kLastCellZoom))};
    db.execute("INSERT INTO " + s +
                   ".factory_cells (zoom, gx, gy, in_province, in_area, factories, sx, sy) "
                   "SELECT " +
                   std::to_string(kLastCellZoom) +
                   ", floor(wx * $1::float8)::bigint, floor(wy * $1::float8)::bigint, "
                   "in_province, in_area, count(*), sum(wx), sum(wy) FROM (SELECT (ST_X(geom) + "
                   "180) / 360 AS wx, (1 - ln(tan(radians(y)) + 1 / cos(radians(y))) / pi()) / 2 "
                   "AS wy, in_province, in_area FROM (SELECT geom, greatest(-85.0511, "
                   "least(85.0511, ST_Y(geom))) AS y, in_province, in_area FROM " +
                   s + ".factories WHERE geom IS NOT NULL) g) p GROUP BY 1, 2, 3, 4, 5",
               params);
    for (int z = kLastCellZoom - 1; z >= kFirstCellZoom; --z) {
        db.execute("INSERT INTO " + s +
                   ".factory_cells (zoom, gx, gy, in_province, in_area, factories, sx, sy) "
                   "SELECT " +
                   std::to_string(z) +
                   ", gx >> 1, gy >> 1, in_province, in_area, sum(factories), sum(sx), sum(sy) "
                   "FROM " +
                   s + ".factory_cells WHERE zoom = " + std::to_string(z + 1) +
                   " GROUP BY 1, 2, 3, 4, 5");
    }
}

double cellsPerWorld(int zoom) {
    return 256.0 * std::pow(2.0, zoom) / kDensityCellPixels;
}

// Web Mercator y of a latitude (0..1, y down), clamped as the map clamps it.
double worldY(double lat) {
    const double y = std::clamp(lat, -85.0511, 85.0511) * M_PI / 180.0;
    return (1.0 - std::log(std::tan(y) + 1.0 / std::cos(y)) / M_PI) / 2.0;
}

double factoriesWithin(const std::vector<DensityCell>& cells, int zoom, const geo::Extent& box) {
    // The box in cell units of the zoom.
    const double perWorld = cellsPerWorld(zoom);
    const auto wy = worldY;
    const double x0 = (box.minX + 180.0) / 360.0 * perWorld,
                 x1 = (box.maxX + 180.0) / 360.0 * perWorld;
    const double y0 = wy(box.maxY) * perWorld, y1 = wy(box.minY) * perWorld;
    double n = 0;
    for (const DensityCell& c : cells) {
        const double gx = static_cast<double>(c.gx), gy = static_cast<double>(c.gy);
        const double w = std::min(x1, gx + 1) - std::max(x0, gx);
        const double h = std::min(y1, gy + 1) - std::max(y0, gy);
        if (w > 0 && h > 0)
            n += static_cast<double>(c.factories) * w * h;
    }
    return n;
}

std::vector<DensityCell> densityCells(geo::SqlConnection& db, const std::string& schema,
                                      const Atlas& atlas, const Filter& filter, int zoom,
                                      const std::optional<geo::Extent>& view) {
    zoom = std::clamp(zoom, kFirstCellZoom, kLastCellZoom);
    const std::string s = db.quoteIdentifier(schema);
    if (db.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND "
                 "table_name = 'factory_cells'",
                 {schema})
            .empty()) {
        throw UsageError(db.source(), "the schema '" + schema +
                                          "' has no map cells: publish it again with this "
                                          "version of Eco-Town Atlas");
    }
    const double perWorld = cellsPerWorld(zoom);
    auto column = [&](double lon) {
        return static_cast<std::int64_t>(std::floor((lon + 180.0) / 360.0 * perWorld));
    };
    auto row = [&](double lat) {
        return static_cast<std::int64_t>(std::floor(worldY(lat) * perWorld));
    };
    std::vector<geo::SqlParam> params;
    std::string where = "zoom = " + param(params, geo::sqlParam(std::int64_t{zoom})) + "::int";
    if (view) {
        where += " AND gx BETWEEN " + param(params, geo::sqlParam(column(view->minX))) +
                 "::int AND " + param(params, geo::sqlParam(column(view->maxX))) +
                 "::int AND gy BETWEEN " + param(params, geo::sqlParam(row(view->maxY))) +
                 "::int AND " + param(params, geo::sqlParam(row(view->minY))) + "::int";
    }
    where += " AND " + placeConditions(atlas, filter, "c", params);
    const geo::SqlRows rows =
        db.query("SELECT gx, gy, sum(factories)::bigint, sum(sx), sum(sy) FROM " + s +
                     ".factory_cells c WHERE " + where + " GROUP BY 1, 2 ORDER BY 2, 1",
                 params);
    std::vector<DensityCell> cells(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        DensityCell& c = cells[r];
        c.gx = rows.integer(r, 0).value_or(0);
        c.gy = rows.integer(r, 1).value_or(0);
        c.factories = rows.integer(r, 2).value_or(0);
        const double n = static_cast<double>(std::max<std::int64_t>(c.factories, 1));
        c.wx = rows.real(r, 3).value_or(0) / n;
        c.wy = rows.real(r, 4).value_or(0) / n;
        c.lon = c.wx * 360.0 - 180.0;
        c.lat = std::atan(std::sinh(M_PI * (1.0 - 2.0 * c.wy))) * 180.0 / M_PI;
    }
    return cells;
}

std::optional<std::vector<FactoryCell>> summaryCells(geo::SqlConnection& db,
                                                     const std::string& schema, const Atlas& atlas,
                                                     const Filter& filter, const Selection& sel) {
    if (!filter.certifications.empty() || filter.years || filter.bbox)
        return std::nullopt;
    const std::string s = db.quoteIdentifier(schema);
    if (db.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND "
                 "table_name = 'summary_state'",
                 {schema})
            .empty()) {
        return std::nullopt;
    }
    // A revoked certificate stops counting from its year on: the counts made ahead do not know
    // that, the factories themselves do.
    if (!db.query("SELECT 1 FROM " + s + ".certificate_revocations LIMIT 1").empty())
        return std::nullopt;
    const geo::SqlRows state = db.query("SELECT max(built_through) FROM " + s + ".summary_state");
    if (!state.integer(0, 0))
        return std::nullopt;  // never counted
    const geo::SqlParam counted = geo::sqlParam(*state.integer(0, 0));

    // Factories: the counted profiles, less the old profile and plus the new one of each factory
    // that got a certificate since.
    std::vector<geo::SqlParam> params;
    const std::string asOf = param(params, geo::sqlParam(std::int64_t{sel.asOfYear})) + "::int";
    std::string builtThrough = param(params, counted) + "::bigint";
    auto recounted = [&](const char* sign, const std::string& certCondition) {
        return "SELECT f.in_province, f.in_area, " + std::string(kProfileColumns) + ", " + sign +
               "::bigint FROM " + s + ".factories f JOIN (SELECT DISTINCT factory_id FROM " + s +
               ".certificates WHERE fid > " + builtThrough +
               ") t ON t.factory_id = f.factory_id CROSS JOIN LATERAL (SELECT " + firstYears() +
               " FROM " + s + ".certificates c WHERE c.factory_id = f.factory_id" + certCondition +
               ") y";
    };
    std::string gi = "CASE";
    for (int l = 5; l >= 1; --l)
        gi += " WHEN gi" + std::to_string(l) + " <= " + asOf + " THEN " + std::to_string(l);
    gi += " ELSE 0 END";
    std::string sql = "SELECT f.in_province, f.in_area, sum(n)::bigint";
    for (int l = 0; l <= 5; ++l)
        sql += ", coalesce(sum(n) FILTER (WHERE gi = " + std::to_string(l) + "), 0)::bigint";
    sql += ", coalesce(sum(n) FILTER (WHERE eco <= " + asOf +
           "), 0)::bigint, coalesce(sum(n) FILTER (WHERE csr <= " + asOf +
           "), 0)::bigint FROM (SELECT *, " + gi + " AS gi FROM (SELECT in_province, in_area, " +
           kProfileColumns + ", factories AS n FROM " + s + ".factory_profiles UNION ALL " +
           recounted("-1", " AND c.fid <= " + builtThrough) + " UNION ALL " + recounted("1", "") +
           ") p) f WHERE " + placeConditions(atlas, filter, "f", params) +
           " GROUP BY 1, 2 HAVING sum(n) <> 0";
    const geo::SqlRows factories = db.query(sql, params);

    // Certificates in the counted years: the counted ones and those recorded since.
    params.clear();
    builtThrough = param(params, counted) + "::bigint";
    std::string inYears = "TRUE";
    if (sel.years) {
        inYears = "fiscal_year BETWEEN " +
                  param(params, geo::sqlParam(std::int64_t{sel.years->min})) + "::int AND " +
                  param(params, geo::sqlParam(std::int64_t{sel.years->max})) + "::int";
    }
    std::string certSql = "SELECT f.in_province, f.in_area";
    auto countOf = [&](const std::string& condition) {
        certSql +=
            ", coalesce(sum(n) FILTER (WHERE " + condition + " AND " + inYears + "), 0)::bigint";
    };
    for (int l = 1; l <= 5; ++l)
        countOf("cert_type = 'gi' AND level = " + std::to_string(l));
    countOf("cert_type = 'eco-factory'");
    countOf("cert_type = 'csr-diw'");
    certSql +=
        " FROM (SELECT in_province, in_area, cert_type, level, fiscal_year, certificates "
        "AS n FROM " +
        s +
        ".certificate_counts UNION ALL SELECT f.in_province, f.in_area, c.cert_type, "
        "c.level, c.fiscal_year, 1 FROM " +
        s + ".certificates c JOIN " + s +
        ".factories f ON f.factory_id = c.factory_id WHERE c.fid > " + builtThrough + ") f WHERE " +
        placeConditions(atlas, filter, "f", params) + " GROUP BY 1, 2";
    const geo::SqlRows certificates = db.query(certSql, params);

    std::vector<FactoryCell> cells = factoryCellsOfRows(atlas, factories);
    // A NULL place (outside every province or area) is its own key, apart from any id.
    auto key = [](const geo::SqlRows& rows, std::size_t r) {
        return std::make_pair(rows.at(r, 0), rows.at(r, 1));
    };
    std::map<std::pair<std::optional<std::string_view>, std::optional<std::string_view>>,
             std::size_t>
        at;
    for (std::size_t r = 0; r < factories.size(); ++r)
        at.emplace(key(factories, r), r);
    for (std::size_t r = 0; r < certificates.size(); ++r) {
        const auto cell = at.find(key(certificates, r));
        if (cell == at.end())
            continue;  // no factory left there (cannot happen: a certificate has its factory)
        auto n = [&](std::size_t col) { return certificates.integer(r, col).value_or(0); };
        FactoryCounts& k = cells[cell->second].counts;
        for (std::size_t l = 1; l <= 5; ++l)
            k.giCertificates[l] = n(1 + l);
        k.ecoFactoryCertificates = n(7);
        k.csrDiwCertificates = n(8);
    }
    return cells;
}

}  // namespace ecotown::layers
