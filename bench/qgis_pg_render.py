#!/usr/bin/python3
"""QGIS beside ecotown on the same PostGIS table: opens the factories layer with the postgres
provider and renders it with PyQGIS (the sequential renderer, one image), timing the opening and
each render. Prints one line per step: `qgis_<step>: <seconds> s`.

usage: qgis_pg_render.py --conninfo "host=... dbname=... user=..." [--schema ecotown]
                         [--province TH-21] [--width 1366 --height 768] [--out DIR]
The whole-country render is of Thailand's extent; the province one filters the layer on the
province the publish placed each factory in (a subset string, as a QGIS user would) and zooms to
that province.
"""
import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsDataSourceUri, QgsMapRendererSequentialJob,  # noqa: E402
                       QgsMapSettings, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def layer_of(conninfo, schema, table, key):
    uri = QgsDataSourceUri(conninfo)
    uri.setDataSource(schema, table, "geom", "", key)
    return QgsVectorLayer(uri.uri(False), table, "postgres")


def render(layers, extent, size, path):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setExtent(extent)
    settings.setOutputSize(size)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    start = time.perf_counter()
    job.start()
    job.waitForFinished()
    seconds = time.perf_counter() - start
    job.renderedImage().save(path)
    return seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--conninfo", required=True)
    parser.add_argument("--schema", default="ecotown")
    parser.add_argument("--province", default="TH-21")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=768)
    parser.add_argument("--out", default="/tmp")
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    size = QSize(args.width, args.height)

    start = time.perf_counter()
    factories = layer_of(args.conninfo, args.schema, "factories", "fid")
    provinces = layer_of(args.conninfo, args.schema, "provinces", "fid")
    if not factories.isValid() or not provinces.isValid():
        raise SystemExit("qgis: the PostGIS layers did not open: " + factories.source())
    count = factories.featureCount()
    print(f"qgis_open: {time.perf_counter() - start:.3f} s ({count} factories)", flush=True)

    thailand = QgsRectangle(97.3, 5.6, 105.7, 20.5)
    seconds = render([factories, provinces], thailand, size, os.path.join(args.out, "qgis_all.png"))
    print(f"qgis_render_all: {seconds:.3f} s", flush=True)

    provinces.setSubsetString(f"province_code = '{args.province}'")
    extent = provinces.extent()
    extent.scale(1.1)
    start = time.perf_counter()
    factories.setSubsetString(f"in_province = '{args.province}'")
    seconds = render([factories, provinces], extent, size,
                     os.path.join(args.out, "qgis_province.png"))
    print(f"qgis_render_province: {time.perf_counter() - start:.3f} s "
          f"(render {seconds:.3f} s)", flush=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
