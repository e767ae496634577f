#!/usr/bin/env python3
"""Generates the hostile-input corpus into OUT: files written to be awkward (GeoPackage,
shapefile, GeoJSON, KML, CSV), mapping files and filter flag values, with OUT/cases.json
listing each case: {"name", "kind": "data"|"mapping"|"filter", "path" or "args", "about"}.
python3 standard library and sqlite3 only. Usage: make_hostile.py OUT"""

import json
import math
import os
import shutil
import sqlite3
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats as f  # noqa: E402

THAI = "โรงงานสีเขียว"
POLY = [[100.0, 13.0], [101.0, 13.0], [101.0, 14.0], [100.0, 14.0], [100.0, 13.0]]


class Corpus:
    def __init__(self, out):
        self.out = out
        self.cases = []

    def path(self, name):
        return os.path.join(self.out, name)

    def data(self, name, about, path=None):
        self.cases.append({"name": name, "kind": "data", "path": path or self.path(name),
                           "about": about})

    def text(self, name, about, content, encoding="utf-8"):
        raw = content if isinstance(content, bytes) else content.encode(encoding)
        with open(self.path(name), "wb") as out:
            out.write(raw)
        self.data(name, about)

    def mapping(self, name, about, content):
        raw = content if isinstance(content, bytes) else content.encode("utf-8")
        with open(self.path(name), "wb") as out:
            out.write(raw)
        self.cases.append({"name": name, "kind": "mapping", "path": self.path(name),
                           "about": about})

    def filter(self, name, about, args):
        self.cases.append({"name": name, "kind": "filter", "args": args, "about": about})


def point_blob(x, y, **kw):
    return f.gpkg_blob(f.wkb_point(x, y, **kw))


def gpkg_cases(c):
    good = [(i, point_blob(100.5 + i / 10, 13.5), "F%d" % i) for i in range(1, 6)]
    cols = (("FAC_ID", "TEXT"),)

    def gp(name, about, rows=None, **kw):
        kw.setdefault("extra_columns", cols)
        f.write_gpkg(c.path(name), good if rows is None else rows, **kw)
        c.data(name, about)

    gp("gpkg-null-geometry-column.gpkg", "gpkg_geometry_columns.column_name is NULL",
       geometry_column="NULL")
    gp("gpkg-null-contents-table.gpkg", "gpkg_contents.table_name is NULL",
       contents_table="NULL")
    gp("gpkg-contents-names-missing-table.gpkg", "gpkg_contents names a table that is not there",
       contents_table="nosuch")
    gp("gpkg-no-metadata.gpkg", "an SQLite file with a point table and no GeoPackage tables",
       metadata=False)
    gp("gpkg-count-lies-huge.gpkg", "gpkg_ogr_contents.feature_count = 10^15", ogr_count=10 ** 15)
    gp("gpkg-count-lies-negative.gpkg", "gpkg_ogr_contents.feature_count = -5", ogr_count=-5)
    gp("gpkg-count-lies-zero.gpkg", "gpkg_ogr_contents.feature_count = 0 for 5 rows", ogr_count=0)
    gp("gpkg-real-fid.gpkg", "a REAL primary key as fid",
       rows=[(i + 0.5, b, n) for i, b, n in good], fid_type="REAL PRIMARY KEY")
    gp("gpkg-text-fid.gpkg", "a TEXT primary key as fid",
       rows=[("id%d" % i, b, n) for i, b, n in good], fid_type="TEXT PRIMARY KEY")
    gp("gpkg-without-rowid.gpkg", "a WITHOUT ROWID feature table", without_rowid=True,
       fid_type="INTEGER NOT NULL")
    gp("gpkg-sparse-fids.gpkg", "fids 1, 2^40 and 2^62",
       rows=[(1, good[0][1], "a"), (2 ** 40, good[1][1], "b"), (2 ** 62, good[2][1], "c")])
    gp("gpkg-extreme-fids.gpkg", "fids -2^63 and 2^63-1",
       rows=[(-2 ** 63, good[0][1], "a"), (2 ** 63 - 1, good[1][1], "b")])
    gp("gpkg-ewkb-z.gpkg", "EWKB Z points (0x80000001)",
       rows=[(i, f.gpkg_blob(f.wkb_point(100 + i, 13, type_code=0x80000001, z=5)), "F")
             for i in range(1, 4)])
    gp("gpkg-ewkb-srid.gpkg", "EWKB points with an SRID (0x20000001)",
       rows=[(i, f.gpkg_blob(f.wkb_point(100 + i, 13, type_code=0x20000001, srid=4326)), "F")
             for i in range(1, 4)])
    gp("gpkg-iso-zm.gpkg", "ISO ZM points (3001) with envelopes",
       rows=[(i, f.gpkg_blob(f.wkb_point(100 + i, 13, type_code=3001, z=1) +
                             struct.pack("<d", 2), envelope=(100 + i, 100 + i, 13, 13)), "F")
             for i in range(1, 4)])
    gp("gpkg-truncated-blobs.gpkg", "blobs cut in the header, the WKB type and the coordinates",
       rows=[(1, point_blob(100, 13)[:5], "a"), (2, point_blob(100, 13)[:12], "b"),
             (3, point_blob(100, 13)[:20], "c"), (4, point_blob(101, 13), "d")])
    gp("gpkg-big-endian-cut-z.gpkg", "big-endian Z points cut after y",
       rows=[(1, f.gpkg_blob(f.wkb_point(100, 13, big_endian=True, type_code=1001)), "a")])
    gp("gpkg-empty-and-null-geometries.gpkg", "empty points, NULL geometries, text in the blob",
       rows=[(1, f.gpkg_blob(f.wkb_point(math.nan, math.nan), empty=True), "a"), (2, None, "b"),
             (3, "not a blob", "c"), (4, b"GPX", "d")])
    gp("gpkg-nan-inf-1e308.gpkg", "points at NaN, inf, 1e308, latitude 90, longitude 1e9",
       rows=[(1, point_blob(math.nan, 13), "a"), (2, point_blob(math.inf, -math.inf), "b"),
             (3, point_blob(1e308, 1e308), "c"), (4, point_blob(100, 90), "d"),
             (5, point_blob(1e9, 13), "e"), (6, point_blob(-180, -90), "f")])
    gp("gpkg-lines-declared-points.gpkg", "geometry_type_name POINT, blobs of lines",
       rows=[(1, f.gpkg_blob(bytes([1]) + struct.pack("<II4d", 2, 2, 100, 13, 101, 14)), "a")])
    gp("gpkg-unknown-srs.gpkg", "srs_id 99999 not in gpkg_spatial_ref_sys", srs_id=99999)
    gp("gpkg-hostile-names.gpkg", "table and column names with quotes, semicolons, Thai, controls",
       table='fac"; DROP TABLE gpkg_contents; --\x1b[31m', geom_col="g'eom\"", fid='f"id',
       extra_columns=(("FAC_ID", "TEXT"), ("ชื่อ\x07", "TEXT")))
    gp("gpkg-view-as-table.gpkg", "the feature 'table' is a view over another table",
       table="raw_points", extra_sql=[
           "CREATE VIEW factories AS SELECT fid, geom, FAC_ID FROM raw_points",
           "UPDATE gpkg_contents SET table_name='factories', identifier='factories'",
           "UPDATE gpkg_geometry_columns SET table_name='factories'",
           "UPDATE gpkg_ogr_contents SET table_name='factories'"])
    gp("gpkg-trigger-on-read-table.gpkg", "a trigger and a view calling functions in the schema",
       extra_sql=["CREATE TABLE log (x)",
                  "CREATE TRIGGER t AFTER INSERT ON factories BEGIN "
                  "INSERT INTO log VALUES (randomblob(1000000000)); END",
                  "CREATE VIEW boom AS SELECT zeroblob(2000000000)"])
    gp("gpkg-two-geometry-columns.gpkg", "two gpkg_geometry_columns rows for one table",
       extra_sql=["INSERT INTO gpkg_geometry_columns VALUES ('factories','FAC_ID','POINT',"
                  "4326,0,0)"])
    gp("gpkg-invalid-utf8-text.gpkg", "attribute text that is not UTF-8",
       rows=[(1, good[0][1], b"\xff\xfe\xe0\xb8".decode("latin-1"))], extra_sql=[
           "UPDATE factories SET FAC_ID = CAST(X'FFFE80C0' AS TEXT)"])
    # Whole-file damage.
    with open(c.path("gpkg-count-lies-huge.gpkg"), "rb") as good_file:
        whole = good_file.read()
    c.text("gpkg-truncated-file.gpkg", "a GeoPackage cut after 2 KiB", whole[:2048])
    c.text("gpkg-zero-bytes.gpkg", "an empty file named .gpkg", b"")
    c.text("gpkg-garbage.gpkg", "random bytes named .gpkg", bytes(range(256)) * 16)
    damaged = bytearray(whole)
    for i in range(4096, len(damaged), 97):
        damaged[i] ^= 0x5A
    c.text("gpkg-corrupt-pages.gpkg", "a GeoPackage whose pages after the first are damaged",
           bytes(damaged))


def shapefile(c, name, points, fields, records, *, dbf_kw=None, shp_kw=None, cpg=None,
              skip=(), about=""):
    base = c.path(name)
    shp, shx = f.shp_points(points, **(shp_kw or {}))
    files = {".shp": shp, ".shx": shx, ".dbf": f.dbf_bytes(fields, records, **(dbf_kw or {}))}
    if cpg is not None:
        files[".cpg"] = cpg
    for ext, data in files.items():
        if ext not in skip:
            with open(base + ext, "wb") as out:
                out.write(data)
    c.data(name + ".shp", about, base + ".shp")


def shapefile_cases(c):
    pts = [(100.5 + i / 10, 13.5) for i in range(5)]
    fields = [("FAC_ID", "C", 10, 0), ("NAME", "C", 40, 0), ("LEVEL", "N", 2, 0)]
    recs = [("F%d" % i, "factory %d" % i, 3) for i in range(5)]
    thai = [("F%d" % i, THAI.encode("cp874"), 3) for i in range(5)]
    thai_utf8 = [("F%d" % i, THAI, 3) for i in range(5)]
    shapefile(c, "shp-truncated", pts, fields, recs, shp_kw={"truncate": 150},
              about=".shp cut in the second record")
    shapefile(c, "shp-header-too-short", pts, fields, recs, shp_kw={"truncate": 60},
              about=".shp shorter than its 100-byte header")
    shapefile(c, "shp-no-shx", pts, fields, recs, skip={".shx"}, about="no .shx")
    shapefile(c, "shp-no-dbf", pts, fields, recs, skip={".dbf"}, about="no .dbf")
    shapefile(c, "shp-dbf-more-records", pts[:2], fields, recs,
              about=".dbf with 5 records, .shp with 2")
    shapefile(c, "shp-dbf-fewer-records", pts, fields, recs[:2],
              about=".dbf with 2 records, .shp with 5")
    shapefile(c, "shp-dbf-count-lies", pts, fields, recs, dbf_kw={"record_count": 10 ** 9},
              about=".dbf header claims 10^9 records")
    shapefile(c, "shp-dbf-huge-record-length", pts, fields, recs,
              dbf_kw={"record_length": 65535}, about=".dbf record length 65535")
    shapefile(c, "shp-dbf-header-length-lies", pts, fields, recs,
              dbf_kw={"header_length": 65535}, about=".dbf header length 65535")
    shapefile(c, "shp-dbf-truncated", pts, fields, recs, dbf_kw={"truncate": 150},
              about=".dbf cut inside the first record")
    shapefile(c, "shp-huge-record-length", pts, fields, recs,
              shp_kw={"record_length": 0x7FFFFFFF}, about=".shp records claim 4 GiB each")
    shapefile(c, "shp-wrong-shape-type", pts, fields, recs, shp_kw={"shape_type": 5},
              about="point records in a file whose header and records say polygon")
    shapefile(c, "shp-nan-coords", [(math.nan, 13), (math.inf, 1e308), (1e9, 90), (100, 13),
                                    (-180, -90)], fields, recs,
              about="NaN, inf, 1e308, lon 1e9, lat +-90")
    shapefile(c, "shp-cpg-utf8-text-cp874", pts, fields, thai, cpg=b"UTF-8",
              about=".cpg says UTF-8, the text is CP874")
    shapefile(c, "shp-cpg-874-text-utf8", pts, fields, thai_utf8, cpg=b"874",
              about=".cpg says 874, the text is UTF-8")
    shapefile(c, "shp-cpg-control-chars", pts, fields, thai, cpg=b"\x1b[2J\x1b[31m874\x07",
              about=".cpg holding terminal escapes")
    shapefile(c, "shp-cpg-invalid-bytes", pts, fields, thai, cpg=b"\xff\xfe\x00\x80",
              about=".cpg holding bytes that are not UTF-8")
    shapefile(c, "shp-cpg-huge", pts, fields, thai, cpg=b"8" * 100000,
              about="a 100 kB .cpg")
    shapefile(c, "shp-mixed-code-pages", pts, fields,
              [("F0", THAI.encode("cp874"), 1), ("F1", THAI, 2), ("F2", b"\xff\xfe", 3),
               ("F3", "abc", 4), ("F4", THAI.encode("cp874"), 5)],
              about="records in CP874, UTF-8 and neither, no declaration")
    shapefile(c, "shp-ldid-lies", pts, fields, thai_utf8, dbf_kw={"ldid": 0x50},
              about="DBF code page byte says CP874, the text is UTF-8")
    shapefile(c, "shp-bad-numbers", pts, fields,
              [("F%d" % i, "x", v) for i, v in enumerate(["**", "1e999", "-", "NaN", "7"])],
              about="LEVEL values **, 1e999, -, NaN, 7")
    for name in ("shp-zero-bytes.shp",):
        with open(c.path(name), "wb"):
            pass
        c.data(name, "an empty .shp")
    # A folder of two shapefiles declaring different code pages.
    folder = c.path("shp-folder-two-code-pages")
    os.makedirs(folder, exist_ok=True)
    sub = Corpus(folder)
    shapefile(sub, "a", pts, fields, thai, cpg=b"874")
    shapefile(sub, "b", pts, fields, thai_utf8, cpg=b"UTF-8")
    c.data("shp-folder-two-code-pages", "a folder: one CP874 shapefile, one UTF-8", folder)


def feature(geometry, props=None):
    return {"type": "Feature", "properties": props if props is not None else {"FAC_ID": "F1"},
            "geometry": geometry}


def fc(features):
    return {"type": "FeatureCollection", "features": features}


def geojson_cases(c):
    pt = lambda x, y: {"type": "Point", "coordinates": [x, y]}  # noqa: E731
    c.text("geojson-nan-inf.geojson", "NaN and Infinity literals as coordinates",
           '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
           '{"FAC_ID":"F1"},"geometry":{"type":"Point","coordinates":[NaN,13]}},'
           '{"type":"Feature","properties":{"FAC_ID":"F2"},"geometry":{"type":"Point",'
           '"coordinates":[Infinity,-Infinity]}}]}')
    c.text("geojson-1e308.geojson", "coordinates 1e308, 1e309 (overflow), -1e308",
           '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
           '{"FAC_ID":"F1"},"geometry":{"type":"Point","coordinates":[1e308,1e309]}},'
           '{"type":"Feature","properties":{"FAC_ID":"F2"},"geometry":{"type":"Polygon",'
           '"coordinates":[[[-1e308,0],[1e308,0],[0,1e308],[-1e308,0]]]}}]}')
    c.text("geojson-poles-and-1e9.geojson", "points at latitude +-90 and longitude 1e9",
           json.dumps(fc([feature(pt(100, 90)), feature(pt(100, -90)), feature(pt(1e9, 13)),
                          feature(pt(-1e9, -1e9))])))
    c.text("geojson-wrong-nesting.geojson", "a Point with ring nesting, a Polygon with none",
           json.dumps(fc([feature({"type": "Point", "coordinates": [[100, 13]]}),
                          feature({"type": "Polygon", "coordinates": [100, 13]}),
                          feature({"type": "LineString", "coordinates": [[[1, 2]]]})])))
    c.text("geojson-deep-nesting.geojson", "coordinates nested 100000 arrays deep",
           '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
           '"geometry":{"type":"Polygon","coordinates":' + "[" * 100000 + "]" * 100000 + "}}]}")
    ring = [[100 + 0.5 * math.cos(2 * math.pi * i / 200000),
             13 + 0.5 * math.sin(2 * math.pi * i / 200000)] for i in range(200000)]
    ring.append(ring[0])
    c.text("geojson-enormous-ring.geojson", "a polygon ring of 200,000 vertices",
           json.dumps(fc([feature({"type": "Polygon", "coordinates": [ring]})])))
    c.text("geojson-unclosed-bowtie.geojson", "an unclosed ring and a self-crossing one",
           json.dumps(fc([feature({"type": "Polygon", "coordinates": [POLY[:-1]]}),
                          feature({"type": "Polygon", "coordinates": [
                              [[100, 13], [101, 14], [101, 13], [100, 14], [100, 13]]]})])))
    c.text("geojson-geometrycollection.geojson", "GeometryCollections, one nested, one empty",
           json.dumps(fc([feature({"type": "GeometryCollection", "geometries": [
               pt(100, 13), {"type": "Polygon", "coordinates": [POLY]}]}),
               feature({"type": "GeometryCollection", "geometries": [
                   {"type": "GeometryCollection", "geometries": [pt(1, 2)]}]}),
               feature({"type": "GeometryCollection", "geometries": []})])))
    c.text("geojson-invalid-utf8.geojson", "property values and names that are not UTF-8",
           b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
           b'{"FAC_ID":"F\xff1","NA\xe0ME":"\xc0\x80\xed\xa0\x80"},"geometry":{"type":"Point",'
           b'"coordinates":[100,13]}}]}')
    c.text("geojson-control-chars.geojson", "escapes and controls in names and values",
           json.dumps(fc([feature(pt(100, 13), {"FAC_ID": "F1\x1b[31m\x00",
                                                "na\nme\x07": "\u202eevil\r"})])))
    c.text("geojson-truncated.geojson", "a FeatureCollection cut mid-way",
           json.dumps(fc([feature(pt(100, 13))] * 5))[:120])
    c.text("geojson-top-level-array.geojson", "a JSON array, not an object", "[1, 2, 3]")
    c.text("geojson-null-and-missing-geometry.geojson", "features with null or no geometry",
           '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
           '{"FAC_ID":"F1"},"geometry":null},{"type":"Feature","properties":{"FAC_ID":"F2"}},'
           '{"type":"Feature"}]}')
    c.text("geojson-duplicate-ids.geojson", "the same id on three features, mixed id types",
           json.dumps(fc([dict(feature(pt(100, 13)), id=7), dict(feature(pt(101, 13)), id=7),
                          dict(feature(pt(102, 13)), id="7")])))
    c.text("geojson-crs-garbage.geojson", "a crs member naming nothing that exists",
           json.dumps(dict(fc([feature(pt(100, 13))]), crs={
               "type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::999999"}})))


def kml_cases(c):
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
    place = "<Placemark><name>{}</name><Point><coordinates>{}</coordinates></Point></Placemark>"
    c.text("kml-nan-coords.kml", "NaN, inf and 1e308 coordinates",
           head + "<Document>" + place.format("a", "nan,13") + place.format("b", "inf,-inf") +
           place.format("c", "1e308,1e308") + place.format("d", "100,90") + "</Document></kml>")
    c.text("kml-wrong-nesting.kml", "a Point inside a Point, coordinates outside any geometry",
           head + "<Document><Placemark><Point><Point><coordinates>1,2</coordinates></Point>"
           "</Point></Placemark><Placemark><coordinates>1,2</coordinates></Placemark>"
           "</Document></kml>")
    c.text("kml-invalid-utf8.kml", "a name that is not UTF-8 in a file declaring UTF-8",
           head.encode() + b"<Document><Placemark><name>\xff\xfe\xe0</name><Point><coordinates>"
           b"100,13</coordinates></Point></Placemark></Document></kml>")
    c.text("kml-truncated.kml", "XML cut mid-element",
           head + "<Document>" + place.format("a", "100,13")[:40])
    c.text("kml-entities.kml", "nested entity expansion (a small 'billion laughs')",
           '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
           '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&c;</name>'
           "<Point><coordinates>100,13</coordinates></Point></Placemark></Document></kml>")
    c.text("kml-multigeometry.kml", "a MultiGeometry of a point, a line and an empty polygon",
           head + "<Document><Placemark><MultiGeometry><Point><coordinates>100,13</coordinates>"
           "</Point><LineString><coordinates>100,13 101,14</coordinates></LineString><Polygon>"
           "</Polygon></MultiGeometry></Placemark></Document></kml>")


def csv_cases(c):
    c.text("csv-nan-coords.csv", "lon/lat columns with NaN, inf, 1e308, text",
           "FAC_ID,lon,lat\nF1,nan,13\nF2,inf,-inf\nF3,1e308,1e308\nF4,abc,13\nF5,100,90\n")
    c.text("csv-ragged.csv", "rows with too few and too many columns",
           "FAC_ID,lon,lat\nF1,100\nF2,100,13,extra,more\n\nF3\n")
    c.text("csv-invalid-utf8.csv", "values and a header that are not UTF-8",
           b"FAC_ID,NA\xffME,lon,lat\nF\xfe1,\xe0\xb8,100,13\n")
    c.text("csv-bad-wkt.csv", "a WKT column with broken, empty and huge geometries",
           'FAC_ID,WKT\nF1,"POINT (100"\nF2,"POLYGON EMPTY"\nF3,"GEOMETRYCOLLECTION (POINT (1 2),'
           ' POLYGON ((0 0, 1 0, 1 1, 0 0)))"\nF4,"POINT (nan inf)"\n')
    c.text("csv-huge-field.csv", "a single 5 MB field",
           "FAC_ID,lon,lat\n" + "F" * 5000000 + ",100,13\n")


def mapping_cases(c):
    c.mapping("mapping-invalid-json.json", "not JSON", '{"factories": {"source": ')
    c.mapping("mapping-number-overflow.json", "a number too large for any type",
              '{"base": ' + "9" * 400 + "}")
    c.mapping("mapping-invalid-utf8.json", "bytes that are not UTF-8 in a key and a value",
              b'{"facto\xffries": {"source": "\xfe"}}')
    c.mapping("mapping-deep.json", "JSON nested 100000 levels", "[" * 100000 + "]" * 100000)
    c.mapping("mapping-unknown-key.json", "an unknown layer key with controls",
              json.dumps({"factories\x1b[31m": {}}))
    c.mapping("mapping-missing-source.json", "a source that does not exist",
              json.dumps({"factories": {"source": "nosuch.shp", "fields": {"id": "FAC_ID"}}}))
    c.mapping("mapping-field-not-in-source.json", "a field the source does not have",
              json.dumps({"factories": {"source": "geojson-poles-and-1e9.geojson",
                                        "fields": {"id": "NOPE\x07"}}}))
    c.mapping("mapping-bad-encoding.json", "an encoding that names nothing",
              json.dumps({"factories": {"source": "shp-mixed-code-pages.shp",
                                        "encoding": "\x1b[31mKLINGON",
                                        "fields": {"id": "FAC_ID"}}}))
    c.mapping("mapping-bad-crs.json", "an assume_crs that names nothing",
              json.dumps({"factories": {"source": "csv-nan-coords.csv",
                                        "assume_crs": "EPSG:999999",
                                        "fields": {"id": "FAC_ID"}}}))
    c.mapping("mapping-wrong-types.json", "numbers, arrays and nulls where strings belong",
              json.dumps({"base": [], "factories": {"source": None, "fields": {"id": 5}}}))
    c.mapping("mapping-base-is-hostile.json", "a base dataset with a NULL geometry column",
              json.dumps({"base": "gpkg-null-geometry-column.gpkg"}))
    c.mapping("mapping-areas-enormous-ring.json", "areas from a 200,000-vertex ring",
              json.dumps({"areas": {"source": "geojson-enormous-ring.geojson",
                                    "fields": {"id": "FAC_ID", "stage": "FAC_ID"}}}))


def mapped_data_cases(c):
    """Each data case that can hold factories, mapped as the factories of a mapping file."""
    for case in [x for x in c.cases if x["kind"] == "data"]:
        name = "mapping-factories-from-" + case["name"] + ".json"
        c.mapping(name, "factories from " + case["name"],
                  json.dumps({"factories": {"source": case["path"], "fields": {
                      "id": "FAC_ID", "level": "LEVEL", "province": "NAME"}}}))
        c.cases[-1]["mapped"] = True


def filter_cases(c):
    c.filter("filter-control-chars", "--province with terminal escapes",
             ["--province", "\x1b[2J\x07TH-21"])
    c.filter("filter-invalid-utf8", "--province that is not UTF-8",
             ["--province", b"\xff\xfe".decode("utf-8", "surrogateescape")])
    c.filter("filter-year-overflow", "--year 99999999999999999999-1",
             ["--year", "99999999999999999999-1"])
    c.filter("filter-bbox-nan", "--bbox nan,nan,inf,1e308", ["--bbox", "nan,nan,inf,1e308"])
    c.filter("filter-bbox-reversed", "--bbox 102,14,100,12", ["--bbox", "102,14,100,12"])
    c.filter("filter-stage-reversed", "--stage 5-3", ["--stage", "5-3"])
    c.filter("filter-cert-level-9", "--cert gi:9", ["--cert", "gi:9"])
    c.filter("filter-as-of-negative", "--as-of -1", ["--as-of=-1"])
    c.filter("filter-only-commas", "--region ,,,", ["--region", ",,,"])
    c.filter("filter-phase-huge", "--phase 1-4294967297", ["--phase", "1-4294967297"])


def main(out):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    c = Corpus(out)
    gpkg_cases(c)
    shapefile_cases(c)
    geojson_cases(c)
    kml_cases(c)
    csv_cases(c)
    mapped_data_cases(c)
    mapping_cases(c)
    filter_cases(c)
    with open(os.path.join(out, "cases.json"), "w") as manifest:
        json.dump(c.cases, manifest, indent=1, ensure_ascii=True)
    kinds = {}
    for case in c.cases:
        kinds[case["kind"]] = kinds.get(case["kind"], 0) + 1
    print("make_hostile: %d cases (%s) in %s" % (
        len(c.cases), ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items())), out))


if __name__ == "__main__":
    main(sys.argv[1])
