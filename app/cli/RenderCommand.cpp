// `ecotown-cli render`: a map for reports (PNG, PDF or SVG by the output's extension) with the
// map window's layers and styles (layers/Style.hpp through app/render/AtlasScene), a legend, a
// scale bar, a north arrow and a source line. Either the bundled atlas with the filter flags
// every selecting command shares, or a plain point file over a plain polygon file (--points,
// --polygons), which is what the render benchmark draws. Runs without a display (Qt's offscreen
// platform) and writes atomically.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <QImage>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "app/render/AtlasScene.hpp"
#include "app/render/FileScene.hpp"
#include "app/render/MapOutput.hpp"
#include "app/render/MapPainter.hpp"
#include "app/render/OffscreenGui.hpp"
#include "layers/Filter.hpp"

namespace ecotown::cli {
namespace {

class RenderCommand final : public Command {
  public:
    const char* name() const override { return "render"; }
    const char* description() const override {
        return "Render a map (PNG, PDF or SVG) of the filtered atlas, or of a point and a polygon "
               "file, with legend, scale bar and north arrow";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--output", m_output, "The map: .png, .pdf or .svg")->required();
        sub.add_option("--width", m_canvas.width, "Width in pixels (default 1600)");
        sub.add_option("--height", m_canvas.height, "Height in pixels (default 1000)");
        sub.add_option("--dpi", m_canvas.dpi,
                       "Resolution (default 96); text and symbols grow with it, the pixel size "
                       "stays; sets the PDF/SVG page size");
        sub.add_option("--title", m_title,
                       "Title (default: the atlas's, or the layers' names; - for none)");
        sub.add_option("--source", m_source, "Source line (default: where the data comes from)");
        sub.add_option("--lang", m_language, "Language of names and legend: en (default) or th");
        sub.add_option("--extent", m_extent,
                       "The view, minlon,minlat,maxlon,maxlat (default: what the filter selects, "
                       "else Thailand)");
        sub.add_option(
            "--hide", m_hide,
            "Layers to leave out: countries, provinces, areas, estates, factories, labels, "
            "legend (comma-separated)");
        sub.add_flag("--overwrite", m_overwrite, "Replace an existing output");
        sub.add_option("--threads", m_threads,
                       "Threads for stamping the points and compressing the PNG (default 0: one "
                       "for the points, one per core for the PNG)");
        sub.add_flag("--timings", m_timings,
                     "Print where the time went (start-up, reading, drawing, encoding, writing) "
                     "on stderr");
        m_filter.add(sub);
        m_data.add(sub);
        sub.add_option("--points", m_files.points,
                       "Draw this point file (any GDAL source) instead of the atlas");
        sub.add_option("--points-layer", m_files.pointsLayer,
                       "Layer of --points (default: the first)");
        sub.add_option("--polygons", m_files.polygons,
                       "Draw this polygon file (any GDAL source) instead of the atlas");
        sub.add_option("--polygons-layer", m_files.polygonsLayer,
                       "Layer of --polygons (default: the first)");
        sub.add_option("--class-field", m_files.classField,
                       "Field of --polygons holding development stages 1-5 (e.g. eco_stage): "
                       "polygons get the stage colours");
        sub.add_option("--point-size", m_files.pointSize,
                       "Diameter of the --points symbols in pixels at 96 dpi (default 2)");
    }

    int run() override {
        if (m_canvas.width < 16 || m_canvas.width > 20000 || m_canvas.height < 16 ||
            m_canvas.height > 20000)
            throw UsageError("", "--width/--height: from 16 to 20000 pixels");
        if (!(m_canvas.dpi >= 24 && m_canvas.dpi <= 1200))
            throw UsageError("", "--dpi: from 24 to 1200");
        if (!(m_files.pointSize > 0 && m_files.pointSize <= 100))
            throw UsageError("", "--point-size: from 0 to 100 pixels");
        const bool fromFiles = !m_files.points.empty() || !m_files.polygons.empty();
        const layers::Filter filter = m_filter.toFilter();
        if (fromFiles && (!filter.isEmpty() || !m_data.data.empty() || !m_data.mapping.empty())) {
            throw UsageError(
                "",
                "the filter flags, --data and --mapping select from the atlas; they do "
                "not apply to --points/--polygons");
        }
        if (!m_files.classField.empty() && m_files.polygons.empty())
            throw UsageError("", "--class-field: needs --polygons");
        render::SceneOptions options;
        options.language = render::mapLanguageFromText(m_language, "--lang");
        options.layers = render::hideLayers(m_hide, "--hide");
        options.title = m_title;
        options.source = m_source;
        if (!m_extent.empty())
            options.extent = layers::parseBbox(m_extent, "--extent");
        // The output is checked before anything is read: a wrong path fails at once.
        const render::MapFormat format = render::checkMapOutput(m_output, m_overwrite);

        Outcome outcome =
            fromFiles ? renderFiles(options, format) : renderAtlas(filter, options, format);
        if (m_timings) {
            const Timings& t = outcome.timings;
            std::fprintf(stderr,
                         "ecotown-cli: timings: start-up %.3f s, reading (what was not overlapped) "
                         "%.3f s, drawing %.3f s, encoding %.3f s, writing %.3f s\n",
                         t.startup, t.read, t.map.draw, t.map.encode, t.map.write);
        }
        std::printf("%s: map written (%dx%d px, %g dpi, %zu points, %zu bytes)\n", m_output.c_str(),
                    m_canvas.width, m_canvas.height, m_canvas.dpi, outcome.points, outcome.bytes);
        return kExitOk;
    }

  private:
    using Clock = std::chrono::steady_clock;
    static double since(Clock::time_point t) {
        return std::chrono::duration<double>(Clock::now() - t).count();
    }
    struct Timings {
        double startup = 0;  // Qt
        double read = 0;     // the time spent reading or waiting for the data
        render::MapTimings map;
    };
    struct Outcome {
        std::size_t points = 0;
        std::size_t bytes = 0;
        Timings timings;
    };

    // A point file and a polygon file. The points are read on workers from the loader's start
    // on; for a PNG they are stamped as they come while everything else is drawn.
    Outcome renderFiles(const render::SceneOptions& options, render::MapFormat format) const {
        Outcome out;
        auto start = Clock::now();
        render::FileSceneLoader loader(m_files, options);
        out.timings.read = since(start);
        start = Clock::now();
        const render::OffscreenGui gui;
        out.timings.startup = since(start);
        const render::MapScene& scene = loader.scene();
        const render::MapPainter painter(scene, m_canvas, m_threads);
        if (format == render::MapFormat::Png)
            loader.streamPointsInto(painter);
        auto finishPoints = [&] {
            const auto waited = Clock::now();
            for (const std::string& note : loader.finishPoints())
                printNote(note);
            out.timings.read += since(waited);
        };
        if (format == render::MapFormat::Png) {
            start = Clock::now();
            render::MapPainter::Layers layers = painter.renderLayers();
            double draw = since(start);
            finishPoints();
            start = Clock::now();
            layers.points = loader.streamedPoints();
            const QImage image = painter.compose(std::move(layers));
            draw += since(start);
            out.bytes = render::writePng(image, m_canvas.dpi, m_output, m_overwrite,
                                         &out.timings.map, m_threads);
            out.timings.map.draw = draw;
        } else {
            finishPoints();
            out.bytes = render::writeMap(painter, format, m_output, m_overwrite,
                                         {scene.title, scene.source}, &out.timings.map);
        }
        out.points = scene.points.size();
        return out;
    }

    // The bundled atlas (or a mapping's), filtered.
    Outcome renderAtlas(const layers::Filter& filter, const render::SceneOptions& options,
                        render::MapFormat format) const {
        Outcome out;
        auto start = Clock::now();
        const render::OffscreenGui gui;
        out.timings.startup = since(start);
        start = Clock::now();
        layers::Atlas atlas = m_data.load(false);
        atlas.applyAsOf(filter.asOf);
        const layers::Selection selection = layers::select(atlas, filter);
        for (const auto& p : selection.unmatchedProvinces)
            printNote("--province '" + p + "' matches no province");
        const render::MapScene scene = render::atlasScene(atlas, filter, selection, options);
        out.timings.read = since(start);
        const render::MapPainter painter(scene, m_canvas, m_threads);
        out.bytes = render::writeMap(painter, format, m_output, m_overwrite,
                                     {scene.title, scene.source}, &out.timings.map);
        out.points = scene.points.size();
        return out;
    }

    std::string m_output;
    render::MapCanvas m_canvas;
    std::string m_title, m_source, m_language = "en", m_extent, m_hide;
    bool m_overwrite = false;
    bool m_timings = false;
    unsigned m_threads = 0;
    FilterOptions m_filter;
    DataOptions m_data;
    render::FileMapSources m_files;
};

}  // namespace

std::unique_ptr<Command> makeRenderCommand() {
    return std::make_unique<RenderCommand>();
}

}  // namespace ecotown::cli
