#!/usr/bin/env python3
"""Writes the binary seed corpora of the fuzz targets (GeoPackage blobs and files, DBF files)
into OUT/<target>/, generated here rather than kept as binary files in git. The text targets'
seeds are the files in tests/fuzz/<target>/. Usage: make_seeds.py OUT"""

import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                                "hostile"))
import formats as f  # noqa: E402


def main(out):
    blobs = {
        "le-point": f.gpkg_blob(f.wkb_point(101.2, 12.7)),
        "be-point": f.gpkg_blob(f.wkb_point(101.2, 12.7, big_endian=True)),
        "envelope-xy": f.gpkg_blob(f.wkb_point(1, 2), envelope=(1, 1, 2, 2)),
        "envelope-xyzm": f.gpkg_blob(f.wkb_point(1, 2), envelope=(1, 1, 2, 2, 0, 0, 0, 0)),
        "iso-z": f.gpkg_blob(f.wkb_point(3, 4, type_code=1001, z=5)),
        "ewkb-z": f.gpkg_blob(f.wkb_point(3, 4, type_code=0x80000001, z=5)),
        "ewkb-srid": f.gpkg_blob(f.wkb_point(3, 4, type_code=0x20000001, srid=4326)),
        "empty": f.gpkg_blob(f.wkb_point(float("nan"), float("nan")), empty=True),
        "linestring": f.gpkg_blob(bytes([1]) + struct.pack("<II4d", 2, 2, 0, 0, 1, 1)),
        "truncated": f.gpkg_blob(f.wkb_point(1, 2))[:20],
    }
    write_all(os.path.join(out, "fuzz_gpkg_blob"), {k + ".bin": v for k, v in blobs.items()})

    gpkgs = os.path.join(out, "fuzz_gpkg_points")
    os.makedirs(gpkgs, exist_ok=True)
    p = lambda i: f.gpkg_blob(f.wkb_point(100 + i / 100, 13 + i / 100))  # noqa: E731
    small = dict(page_size=512, extra_columns=())
    f.write_gpkg(os.path.join(gpkgs, "dense.gpkg"), [(i, p(i)) for i in range(1, 9)], **small)
    f.write_gpkg(os.path.join(gpkgs, "sparse.gpkg"),
                 [(1, p(1)), (250000, p(2)), (2 ** 62, p(3))], ogr_count=3, **small)
    f.write_gpkg(os.path.join(gpkgs, "lying-count.gpkg"), [(i, p(i)) for i in range(1, 5)],
                 ogr_count=10 ** 12, **small)
    f.write_gpkg(os.path.join(gpkgs, "mixed-blobs.gpkg"),
                 [(1, blobs["be-point"]), (2, blobs["empty"]), (3, None),
                  (4, blobs["truncated"]), (5, b"not a blob")], **small)
    f.write_gpkg(os.path.join(gpkgs, "null-column.gpkg"), [(1, p(1))], geometry_column="NULL",
                 **small)

    # The rows reader: the same kinds of file with attribute columns, values of every storage
    # class in them, and an attribute table.
    rows = os.path.join(out, "fuzz_gpkg_rows")
    os.makedirs(rows, exist_ok=True)
    columns = dict(page_size=512, extra_columns=(("name", "TEXT"), ("level", "MEDIUMINT"),
                                                  ("area", "REAL")))
    f.write_gpkg(os.path.join(rows, "plain.gpkg"),
                 [(i, p(i), "โรงงาน %d" % i, i % 5 + 1, i * 0.5) for i in range(1, 9)], **columns)
    f.write_gpkg(os.path.join(rows, "odd-values.gpkg"),
                 [(1, p(1), 42, "abc", "x"), (2, blobs["be-point"], b"\xff\x00", 5000000000, None),
                  (3, blobs["linestring"], None, None, 1), (4, blobs["truncated"], "a", 1, 1.5),
                  (5, None, "b", 2, 2.5)], **columns)
    f.write_gpkg(os.path.join(rows, "attributes.gpkg"),
                 [(i, None, "F%d" % i, i, i / 3) for i in range(1, 6)], data_type="attributes",
                 **columns)

    dbfs = {}
    fields = [("NAME", "C", 20, 0), ("LEVEL", "N", 2, 0)]
    thai = "โรงงาน".encode("cp874")
    dbfs["cp874-undeclared"] = b"\x80" + f.dbf_bytes(fields, [(thai, 3), (b"abc", 1)])
    dbfs["utf8-cpg"] = bytes([5]) + b"UTF-8" + f.dbf_bytes(fields, [("โรงงาน", 3)])
    dbfs["cpg-874"] = bytes([3]) + b"874" + f.dbf_bytes(fields, [(thai, 2)])
    dbfs["cpg-control"] = bytes([6]) + b"\x1b[31m\xff" + f.dbf_bytes(fields, [(thai, 2)])
    dbfs["ldid-cp874"] = b"\x80" + f.dbf_bytes(fields, [(thai, 2)], ldid=0x57)
    dbfs["ldid-0x50"] = b"\x80" + f.dbf_bytes(fields, [(thai, 2)], ldid=0x50)
    dbfs["lying-count"] = b"\x80" + f.dbf_bytes(fields, [(b"a", 1)], record_count=1000000)
    dbfs["huge-record"] = b"\x80" + f.dbf_bytes(fields, [(b"a", 1)], record_length=65535)
    dbfs["neither"] = b"\x80" + f.dbf_bytes(fields, [(b"\xff\xfe\xfd", 1)])
    write_all(os.path.join(out, "fuzz_dbf_codepage"), {k + ".bin": v for k, v in dbfs.items()})


def write_all(folder, files):
    os.makedirs(folder, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main(sys.argv[1])
