#!/usr/bin/python3
"""The QGIS side of bench/render_bench.sh: the same map as `ecotown-cli render --points P
--polygons Q --class-field F`, drawn by QGIS's own map renderer through PyQGIS.

The map matches ours as closely as QGIS's symbols allow (layers/Style.cpp): provinces filled by
the development stage in F (1-5, the YlGnBu ramp of the map window; other values the unshaded
province colour), a 0.8 px grey outline; every point a red circle 2 px across, no outline; white
background, antialiasing on, 96 dpi, WGS 84, the provinces' extent with a 5 % margin.

What is timed: QGIS's start (QgsApplication.initQgis), the opening of both layers, and then the
render alone -- job.start() to job.waitForFinished(), the image kept in memory -- with the
sequential and the parallel job in turn, REPEATS times each. QGIS reads the features from the
files during every render (it keeps no cache between jobs). The first image of each job is saved
after its timing (PNG_seq.png, PNG_par.png). The figures go to stdout and --json as one object.

Run it with Debian's /usr/bin/python3 (python3-qgis is built for it), without a display.
"""
import argparse
import json
import os
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-%d" % os.getuid())
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer,  # noqa: E402
                       QgsCoordinateReferenceSystem, QgsFillSymbol, QgsMapRendererParallelJob,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsMarkerSymbol,
                       QgsRendererCategory, QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

# The colours of layers/Style.cpp: development stages 1-5, the unshaded province, its outline,
# the points of a plain file.
STAGES = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
PROVINCE = "#fbfaf6"
OUTLINE = "#636363"
POINT = "#e31a1c"


def province_renderer(field):
    """Categories 1-5 by `field`, and one for everything else (empty or out of range)."""
    def fill(color):
        symbol = QgsFillSymbol.createSimple({"color": color, "outline_color": OUTLINE,
                                             "outline_width": "0.8", "outline_width_unit": "Pixel"})
        return symbol

    categories = [QgsRendererCategory(stage, fill(color), "stage %d" % stage)
                  for stage, color in enumerate(STAGES, start=1)]
    categories.append(QgsRendererCategory(None, fill(PROVINCE), "no stage"))  # the catch-all
    return QgsCategorizedSymbolRenderer(field, categories)


def point_renderer():
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": POINT, "outline_style": "no"})
    symbol.setSize(2)
    symbol.setSizeUnit(QgsUnitTypes.RenderPixels)
    return QgsSingleSymbolRenderer(symbol)


def open_layer(path, layer, name):
    vl = QgsVectorLayer("%s|layername=%s" % (path, layer), name, "ogr")
    if not vl.isValid():
        sys.exit("render_qgis: %s: cannot open the layer '%s'" % (path, layer))
    return vl


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--provinces", required=True, help="polygon GeoPackage")
    ap.add_argument("--provinces-layer", default="provinces")
    ap.add_argument("--points", required=True, help="point GeoPackage")
    ap.add_argument("--points-layer", default="factories")
    ap.add_argument("--class-field", default="eco_stage")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--png", required=True, help="PNG path; _seq / _par is put before .png")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()

    clock = time.perf_counter
    t0 = clock()
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    t1 = clock()
    provinces = open_layer(args.provinces, args.provinces_layer, "provinces")
    points = open_layer(args.points, args.points_layer, "factories")
    n_points = points.featureCount()
    t2 = clock()

    provinces.setRenderer(province_renderer(args.class_field))
    points.setRenderer(point_renderer())
    settings = QgsMapSettings()
    settings.setLayers([points, provinces])  # the first is drawn on top
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    extent = provinces.extent()
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(args.width, args.height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    settings.setFlag(Qgis.MapSettingsFlag.Antialiasing, True)

    jobs = {"sequential": QgsMapRendererSequentialJob, "parallel": QgsMapRendererParallelJob}
    seconds = {kind: [] for kind in jobs}
    errors = []
    stem = args.png[:-4] if args.png.endswith(".png") else args.png
    for repeat in range(args.repeats):
        for kind, job_class in jobs.items():
            job = job_class(settings)
            start = clock()
            job.start()
            job.waitForFinished()
            seconds[kind].append(clock() - start)
            errors += ["%s: %s" % (kind, e.message) for e in job.errors()]
            if repeat == 0:
                job.renderedImage().save("%s_%s.png" % (stem, kind[:3]), "PNG")

    result = {
        "qgis_version": Qgis.QGIS_VERSION,
        "points": args.points,
        "n_points": n_points,
        "size_px": [args.width, args.height],
        "app_init_s": t1 - t0,
        "layer_load_s": t2 - t1,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "errors": errors,
    }
    for kind, ts in seconds.items():
        result[kind] = {"median_s": statistics.median(ts), "min_s": min(ts), "max_s": max(ts), "runs_s": ts}
    text = json.dumps(result, indent=1)
    print(text, flush=True)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text + "\n")
    # QGIS 3.22 can crash while tearing down Qt with layers still alive (exitQgis at interpreter
    # exit); everything is written by now, so leave at once.
    os._exit(1 if errors else 0)


if __name__ == "__main__":
    main()
