#include "app/render/FileScene.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <filesystem>
#include <optional>
#include <utility>

#include "geo/Crs.hpp"
#include "geo/Error.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Style.hpp"

namespace ecotown::render {
namespace {

std::string fileName(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

// The extent of points in longitude/latitude, ignoring what is not a coordinate.
geo::Extent pointExtent(const std::vector<double>& lon, const std::vector<double>& lat) {
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (std::size_t i = 0; i < lon.size(); ++i) {
        const double x = lon[i], y = lat[i];
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90))
            continue;
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    geo::Extent e;
    if (minX <= maxX) {
        e.include(minX, minY);
        e.include(maxX, maxY);
    }
    return e;
}

}  // namespace

FileSceneLoader::FileSceneLoader(const FileMapSources& sources, const SceneOptions& options)
    : m_pointsPath(sources.points) {
    const auto& st = layers::mapStyle();
    const bool thai = options.language == MapLanguage::Thai;
    MapScene& scene = m_scene;
    scene.background = st.sea;
    scene.labelColor = st.label;
    scene.haloColor = st.labelHalo;

    // --- points: read on a worker from now on (a GeoPackage straight through SQLite, anything
    // else through GDAL), handed to m_streamed as they come
    if (!sources.points.empty() && options.layers.factories) {
        m_points = std::async(
            std::launch::async, [this, path = sources.points, layer = sources.pointsLayer] {
                geo::PointReadOptions read;
                read.fids = false;
                read.onPoints = [this](const double* x, const double* y, std::size_t n) {
                    m_streamed.add(x, y, n);
                };
                if (auto direct = geo::readGeoPackagePoints(path, layer, read))
                    return std::move(*direct);
                return geo::Dataset::open(path).readPoints(layer, read);
            });
    }

    // --- polygons, meanwhile: one FeatureReader pass, only the class field read
    geo::Extent dataExtent;
    std::string polygonsName;
    std::array<long long, 6> perClass{};  // [0] unclassed, [1..5] stages
    const bool classed = !sources.classField.empty();
    if (!sources.polygons.empty() && options.layers.provinces) {
        const geo::Dataset ds = geo::Dataset::open(sources.polygons);
        geo::ReadOptions read;
        if (classed) {
            read.fields = {sources.classField};
        } else {
            read.geometryOnly = true;
        }
        PolygonLayer& layer = scene.polygonLayers.emplace_back();
        int classIndex = -1;
        polygonsName = layers::readFeaturesWgs84(
            ds, sources.polygonsLayer, read, [&](const geo::Schema& schema, geo::Feature& f) {
                if (f.geometry.type != geo::GeometryType::Polygon &&
                    f.geometry.type != geo::GeometryType::MultiPolygon)
                    return;
                layers::Rgba fill = st.province;
                std::size_t cls = 0;
                if (classed) {
                    if (classIndex < 0)
                        classIndex = schema.fieldIndex(sources.classField);
                    const auto value =
                        layers::fieldInteger(f.values[static_cast<std::size_t>(classIndex)]);
                    if (const auto stage = value ? layers::stageFromNumber(static_cast<int>(*value))
                                                 : std::nullopt) {
                        fill = layers::stageColor(*stage);
                        cls = static_cast<std::size_t>(*stage);
                    }
                }
                ++perClass[cls];
                dataExtent.include(f.geometry.extent());
                layer.polygons.push_back(
                    {std::move(f.geometry),
                     {fill, 1.0, st.provinceOutline, st.provinceOutlineWidth}});
            });
        layer.name = polygonsName;
    }

    // --- what the point layer declares (its name, count, extent, CRS), opened meanwhile
    std::string pointsName;
    long long pointCount = 0;
    if (m_points.valid()) {
        m_pointsInfo = geo::Dataset::open(sources.points).layerInfo(sources.pointsLayer);
        const geo::LayerInfo& info = m_pointsInfo;
        pointsName = info.name;
        scene.points.symbols = {{st.highlight, sources.pointSize}};
        pointCount = info.featureCount;
        // Stamped as they come only when they need no transformation.
        if (info.crs.isKnown() && !info.crs.isWgs84())
            m_streamed.disable();
        const geo::Extent declared = info.crs.isKnown() ? info.extentWgs84 : info.extent;
        if (declared.valid && pointCount >= 0) {
            dataExtent.include(declared);
        } else {
            // Nothing declared: the points themselves say where they are.
            m_streamed.disable();
            takePoints();
            pointCount = static_cast<long long>(scene.points.size());
            dataExtent.include(pointExtent(scene.points.lon, scene.points.lat));
        }
    }

    scene.extent = options.extent     ? *options.extent
                   : dataExtent.valid ? withMargin(dataExtent, 0.05)
                                      : thailandExtent();

    std::string title;
    for (const std::string& n : {pointsName, polygonsName})
        if (!n.empty())
            title += (title.empty() ? "" : " · ") + n;
    scene.title = options.title.empty() ? title : options.title == "-" ? "" : options.title;
    std::string subtitle;
    if (!pointsName.empty())
        subtitle = groupDigits(pointCount) + (thai ? " จุด" : " points");
    if (!polygonsName.empty()) {
        long long n = 0;
        for (long long c : perClass)
            n += c;
        subtitle +=
            (subtitle.empty() ? "" : " · ") + groupDigits(n) + (thai ? " รูปปิด" : " polygons");
        if (classed)
            subtitle += (thai ? " ตาม " : " by ") + sources.classField;
    }
    scene.subtitle = scene.title.empty() ? "" : subtitle;
    std::string source;
    if (!sources.points.empty())
        source += fileName(sources.points);
    if (!sources.polygons.empty())
        source += (source.empty() ? "" : ", ") + fileName(sources.polygons);
    scene.source = options.source.empty() ? (thai ? "ข้อมูล: " : "Data: ") + source : options.source;

    if (options.layers.legend) {
        if (!polygonsName.empty()) {
            LegendSection& s = scene.legend.emplace_back();
            s.heading = classed ? polygonsName + (thai ? " ตาม " : " by ") + sources.classField
                                : polygonsName;
            for (int n = 1; classed && n <= layers::kStageCount; ++n) {
                const auto stage = static_cast<layers::DevelopmentStage>(n);
                const layers::BilingualName& name = layers::stageName(stage);
                s.entries.push_back(
                    {LegendEntry::Symbol::Fill,
                     {layers::stageColor(stage), 1.0, st.provinceOutline, st.provinceOutlineWidth},
                     {},
                     std::to_string(n) + " · " + std::string(thai ? name.th : name.en),
                     groupDigits(perClass[static_cast<std::size_t>(n)])});
            }
            if (!classed || perClass[0] > 0) {
                s.entries.push_back(
                    {LegendEntry::Symbol::Fill,
                     {st.province, 1.0, st.provinceOutline, st.provinceOutlineWidth},
                     {},
                     classed ? (thai ? "ไม่มีระดับ" : "no class") : polygonsName,
                     groupDigits(perClass[0])});
            }
        }
        if (!pointsName.empty()) {
            LegendSection& s = scene.legend.emplace_back();
            s.heading = thai ? "จุด" : "Points";
            PointSymbol legendSymbol = scene.points.symbols.front();
            legendSymbol.diameter = std::max(
                legendSymbol.diameter, layers::certificateSymbolSize());  // visible in the legend
            s.entries.push_back({LegendEntry::Symbol::Point,
                                 {},
                                 legendSymbol,
                                 pointsName,
                                 groupDigits(pointCount)});
        }
    }
}

FileSceneLoader::~FileSceneLoader() {
    if (m_points.valid())
        m_points.wait();
}

void FileSceneLoader::takePoints() {
    if (!m_points.valid())
        return;
    geo::Dataset::PointColumns cols = m_points.get();
    const geo::LayerInfo& info = m_pointsInfo;
    const std::string& path = m_pointsPath;
    if (cols.skipped > 0) {
        m_notes.push_back(path + ": layer " + info.name + ": " + groupDigits(cols.skipped) +
                          " features without a point geometry were skipped");
    }
    if (!info.crs.isKnown()) {
        m_notes.push_back(path + ": layer " + info.name +
                          ": no CRS declared; coordinates taken as WGS 84 longitude/latitude");
    } else if (!info.crs.isWgs84()) {
        geo::CoordinateTransform transform(info.crs, geo::Crs::wgs84());
        if (!transform.isIdentity()) {
            std::vector<geo::XY> xy(cols.x.size());
            for (std::size_t i = 0; i < xy.size(); ++i)
                xy[i] = {cols.x[i], cols.y[i]};
            transform.transform(xy);  // failures become infinity and are not drawn
            for (std::size_t i = 0; i < xy.size(); ++i)
                cols.x[i] = xy[i].x, cols.y[i] = xy[i].y;
        }
    }
    m_scene.points.lon = std::move(cols.x);
    m_scene.points.lat = std::move(cols.y);
}

void FileSceneLoader::streamPointsInto(const MapPainter& painter) {
    if (m_points.valid() && !m_scene.points.symbols.empty())
        m_streamed.start(painter.view(), painter.canvas(), m_scene.points.symbols.front());
}

QImage FileSceneLoader::streamedPoints() {
    return m_streamed.finish();
}

std::vector<std::string> FileSceneLoader::finishPoints() {
    takePoints();
    return std::move(m_notes);
}

MapScene fileScene(const FileMapSources& sources, const SceneOptions& options,
                   std::vector<std::string>& notes) {
    FileSceneLoader loader(sources, options);
    const std::vector<std::string> more = loader.finishPoints();
    notes.insert(notes.end(), more.begin(), more.end());
    return std::move(loader.scene());
}

}  // namespace ecotown::render
