// `ecotown-cli join`: each point gets the id of the polygon that contains it; with --count each
// polygon gets its number of points instead. Points in another CRS are transformed first.

#include <limits>

#include <fmt/format.h>

#include "app/cli/Command.hpp"
#include "app/cli/OutputOptions.hpp"
#include "geo/FeatureBatches.hpp"
#include "geo/Join.hpp"
#include "geo/Writer.hpp"

namespace ecotown::cli {
namespace {

class JoinCommand final : public Command {
  public:
    const char* name() const override { return "join"; }
    const char* description() const override {
        return "Give each point the id of the polygon containing it (or count points per polygon)";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("POINTS", m_points.source, "Point source")->required();
        sub.add_option("POLYGONS", m_polygons.source, "Polygon source")->required();
        m_out.add(sub, {true, nullptr, false});
        sub.add_option("--points-layer", m_points.layer, "Layer of the points");
        sub.add_option("--polygons-layer", m_polygons.layer, "Layer of the polygons");
        sub.add_option("--id-field", m_idField,
                       "Polygon field copied to each point (default: the polygon's feature id)");
        sub.add_flag("--count", m_count, "Write the polygons with their number of points instead");
        sub.add_option("--count-field", m_countField, "Name of the count field (default n_points)");
        sub.add_option("--encoding", m_points.encoding, "Text encoding of the inputs");
        sub.add_option("--assume-crs", m_points.assumeCrs, "CRS of inputs that declare none");
    }

    int run() override {
        m_polygons.encoding = m_points.encoding;
        m_polygons.assumeCrs = m_points.assumeCrs;
        geo::WriteOptions options = m_out.writeOptions();
        ProgressBar bar;

        // The polygons, with their attributes, in memory (provinces, areas, estates: small).
        geo::Dataset polyDs = m_polygons.open();
        geo::FeatureReader polyReader = polyDs.read(m_polygons.layer);
        const geo::Schema polySchema = polyReader.schema();
        const geo::Crs polyCrs = polyReader.crs();
        int idIndex = -1;
        if (!m_idField.empty()) {
            idIndex = polySchema.fieldIndex(m_idField);
            if (idIndex < 0) {
                throw UsageError(polyDs.source(), "no field named '" + m_idField + "'",
                                 polyReader.info().name);
            }
        }
        std::vector<geo::Feature> polygons;
        std::vector<geo::Geometry> shapes;
        geo::Feature f;
        while (polyReader.next(f)) {
            if (f.geometry.type != geo::GeometryType::Polygon &&
                f.geometry.type != geo::GeometryType::MultiPolygon) {
                throw InputError(
                    polyDs.source(),
                    std::string("not a polygon but a ") + geo::geometryTypeName(f.geometry.type),
                    polyReader.info().name, f.fid);
            }
            shapes.push_back(f.geometry);
            polygons.push_back(f);
        }
        if (polygons.empty()) {
            throw InputError(polyDs.source(), "the polygon layer has no features to join to",
                             polyReader.info().name);
        }
        const geo::PolygonIndex index(std::move(shapes));

        geo::Dataset pointDs = m_points.open();
        const std::string pointLayer = pointDs.resolveLayerName(m_points.layer);
        const geo::LayerInfo pointInfo = pointDs.layerInfo(pointLayer);
        if (!pointInfo.crs.isKnown()) {
            throw InputError(pointDs.source(),
                             "the layer has no coordinate reference system (give --assume-crs)",
                             pointLayer);
        }
        const geo::CoordinateTransform toPolygonCrs(pointInfo.crs, polyCrs);

        if (m_count)
            return writeCounts(pointDs, pointLayer, toPolygonCrs, index, polygons, polySchema,
                               polyCrs, options, bar);
        return writeAssigned(pointDs, pointLayer, toPolygonCrs, index, polygons, polySchema,
                             idIndex, options, bar);
    }

  private:
    int writeCounts(const geo::Dataset& pointDs, const std::string& pointLayer,
                    const geo::CoordinateTransform& toPolygonCrs, const geo::PolygonIndex& index,
                    std::vector<geo::Feature>& polygons, const geo::Schema& polySchema,
                    const geo::Crs& polyCrs, geo::WriteOptions& options, ProgressBar& bar) {
        geo::Dataset::PointColumns pts = pointDs.readPoints(pointLayer, bar.callback());
        if (!toPolygonCrs.isIdentity()) {
            std::vector<geo::XY> xy(pts.x.size());
            for (std::size_t i = 0; i < xy.size(); ++i)
                xy[i] = {pts.x[i], pts.y[i]};
            toPolygonCrs.transform(std::span<geo::XY>(xy));
            for (std::size_t i = 0; i < xy.size(); ++i)
                pts.x[i] = xy[i].x, pts.y[i] = xy[i].y;
        }
        const std::vector<std::int64_t> counts = index.countAll(pts.x, pts.y);
        geo::Schema schema = polySchema;
        const std::string countField = uniqueName(schema, m_countField);
        schema.fields.push_back({countField, geo::FieldType::Integer, 0, 0});
        if (options.format == geo::Format::GeoPackage)
            options.layerName = "polygon_counts";
        geo::FeatureWriter writer(m_out.path, schema, polyCrs, options);
        std::int64_t inside = 0;
        for (std::size_t i = 0; i < polygons.size(); ++i) {
            polygons[i].values.emplace_back(counts[i]);
            inside += counts[i];
            writer.write(polygons[i]);
        }
        writer.commit(bar.callback());
        bar.finish();
        for (const auto& note : writer.notes())
            printNote(note);
        printNote(fmt::format("{} points, {} inside a polygon, {} outside all, {} not points",
                              pts.x.size(), inside,
                              static_cast<std::int64_t>(pts.x.size()) - inside, pts.skipped));
        return kExitOk;
    }

    int writeAssigned(const geo::Dataset& pointDs, const std::string& pointLayer,
                      const geo::CoordinateTransform& toPolygonCrs, const geo::PolygonIndex& index,
                      const std::vector<geo::Feature>& polygons, const geo::Schema& polySchema,
                      int idIndex, geo::WriteOptions& options, ProgressBar& bar) {
        geo::FeatureReader reader = pointDs.read(pointLayer);
        geo::Schema schema = reader.schema();
        const std::string idName = idIndex >= 0
                                       ? polySchema.fields[static_cast<std::size_t>(idIndex)].name
                                       : std::string("polygon_id");
        geo::FieldDef idDef = idIndex >= 0 ? polySchema.fields[static_cast<std::size_t>(idIndex)]
                                           : geo::FieldDef{idName, geo::FieldType::Integer, 0, 0};
        idDef.name = uniqueName(schema, idName);
        schema.fields.push_back(idDef);
        if (options.format == geo::Format::GeoPackage)
            options.layerName = pointLayer;
        geo::FeatureWriter writer(m_out.path, schema, reader.crs(), options);

        // Points are read in batches on a background thread, located over all cores, then
        // written in their order while the next batch is read.
        const std::int64_t total = reader.count();
        std::int64_t done = 0, inside = 0;
        geo::FeatureBatches batches(reader, 32768);
        std::vector<geo::Feature> batch;
        std::vector<double> xs, ys;
        constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
        while (batches.next(batch)) {
            xs.assign(batch.size(), kNaN);
            ys.assign(batch.size(), kNaN);
            for (std::size_t i = 0; i < batch.size(); ++i) {
                const geo::Geometry& g = batch[i].geometry;
                if (g.type != geo::GeometryType::Point || g.coords.empty())
                    continue;
                geo::XY xy = g.coords.front();
                if (!toPolygonCrs.isIdentity()) {
                    try {
                        xy = toPolygonCrs.transform(xy);
                    } catch (const Error&) {
                        continue;
                    }
                }
                xs[i] = xy.x;
                ys[i] = xy.y;
            }
            const std::vector<std::int32_t> ids = index.locateAll(xs, ys);
            for (std::size_t i = 0; i < batch.size(); ++i) {
                geo::Feature& p = batch[i];
                if (ids[i] < 0) {
                    p.values.emplace_back(std::monostate{});
                } else {
                    ++inside;
                    const geo::Feature& poly = polygons[static_cast<std::size_t>(ids[i])];
                    p.values.push_back(idIndex >= 0 ? poly.values[static_cast<std::size_t>(idIndex)]
                                                    : geo::FieldValue(poly.fid));
                }
                writer.write(p);
            }
            done += static_cast<std::int64_t>(batch.size());
            bar.update("joining", done, total);
        }
        writer.commit(bar.callback());
        bar.finish();
        for (const auto& note : writer.notes())
            printNote(note);
        printNote(fmt::format("{} points, {} inside a polygon, {} outside all", done, inside,
                              done - inside));
        return kExitOk;
    }

    static std::string uniqueName(const geo::Schema& schema, const std::string& wanted) {
        std::string name = wanted;
        for (int i = 2; schema.fieldIndex(name) >= 0; ++i)
            name = wanted + "_" + std::to_string(i);
        return name;
    }

    InputOptions m_points, m_polygons;
    OutputOptions m_out;
    std::string m_idField;
    std::string m_countField = "n_points";
    bool m_count = false;
};

}  // namespace

std::unique_ptr<Command> makeJoinCommand() {
    return std::make_unique<JoinCommand>();
}

}  // namespace ecotown::cli
