"""Writers of small GeoPackage, shapefile and DBF files, byte by byte, so that a test can make
them wrong on purpose (python3 standard library and sqlite3 only). Used by make_hostile.py and by
the fuzz seed generator (tests/fuzz/make_seeds.py)."""

import os
import sqlite3
import struct


def wkb_point(x, y, *, big_endian=False, type_code=1, z=None, srid=None):
    """A WKB point; `type_code` may carry ISO (1001) or EWKB (0x80000001, 0x20000001) flags."""
    e = ">" if big_endian else "<"
    out = bytes([0 if big_endian else 1]) + struct.pack(e + "I", type_code)
    if srid is not None:
        out += struct.pack(e + "I", srid)
    out += struct.pack(e + "dd", x, y)
    if z is not None:
        out += struct.pack(e + "d", z)
    return out


def gpkg_blob(wkb, *, srs_id=4326, envelope=None, empty=False, magic=b"GP", version=0):
    """A GeoPackage geometry blob: header (optional envelope minx,maxx,miny,maxy), then WKB."""
    indicator = 0 if envelope is None else {4: 1, 6: 2, 8: 4}[len(envelope)]
    flags = 0x01 | (indicator << 1) | (0x10 if empty else 0)
    out = magic + bytes([version, flags]) + struct.pack("<i", srs_id)
    if envelope is not None:
        out += struct.pack("<%dd" % len(envelope), *envelope)
    return out + wkb


def write_gpkg(path, rows, *, table="factories", fid="fid", fid_type="INTEGER PRIMARY KEY",
               geom_col="geom", geom_type="POINT", ogr_count=None, without_rowid=False,
               extra_columns=(("name", "TEXT"),), contents_table=None, geometry_column=None,
               data_type="features", srs_id=4326, page_size=4096, metadata=True,
               extra_sql=()):
    """A GeoPackage with one feature table. `rows` are (fid, blob, *extra values).
    `contents_table` / `geometry_column` override what gpkg_contents / gpkg_geometry_columns say
    (None there writes the real name; use sqlite NULL via the string "NULL")."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=%d" % page_size)
    db.execute("PRAGMA application_id=1196444487")  # 'GPKG'
    db.execute("PRAGMA user_version=10300")
    if metadata:
        db.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER "
                   "PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER "
                   "NOT NULL, definition TEXT NOT NULL, description TEXT)")
        db.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)", [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", None),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", None),
            ("WGS 84 geodetic", 4326, "EPSG", 4326,
             'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
             'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]',
             None)])
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type "
                   "TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', "
                   "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                   "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)")
        db.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name "
                   "TEXT, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT "
                   "NOT NULL, m TINYINT NOT NULL)")
        db.execute("CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, "
                   "feature_count INTEGER DEFAULT NULL)")
    columns = ["%s %s" % (quote(fid), fid_type), "%s BLOB" % quote(geom_col)]
    columns += ["%s %s" % (quote(n), t) for n, t in extra_columns]
    if without_rowid and "PRIMARY KEY" not in fid_type:
        columns.append("PRIMARY KEY (%s)" % quote(fid))
    db.execute("CREATE TABLE %s (%s)%s" % (quote(table), ", ".join(columns),
                                           " WITHOUT ROWID" if without_rowid else ""))
    width = 2 + len(extra_columns)
    for row in rows:
        row = tuple(row) + (None,) * (width - len(row))
        db.execute("INSERT INTO %s VALUES (%s)" % (quote(table), ",".join("?" * width)), row)
    if metadata:
        ct = table if contents_table is None else contents_table
        gc = geom_col if geometry_column is None else geometry_column
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
                   "VALUES (?,?,?,?)", (None if ct == "NULL" else ct, data_type,
                                        None if ct == "NULL" else ct, srs_id))
        db.execute("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)",
                   (table, None if gc == "NULL" else gc, geom_type, srs_id))
        db.execute("INSERT INTO gpkg_ogr_contents VALUES (?,?)",
                   (table, len(rows) if ogr_count is None else ogr_count))
    for sql in extra_sql:
        db.execute(sql)
    db.commit()
    db.close()


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def dbf_bytes(fields, records, *, ldid=0, record_count=None, header_length=None,
              record_length=None, truncate=None):
    """A dBASE III file: `fields` are (name, type, length, decimals); `records` are byte
    strings or str values (encoded as given: bytes are written as they are)."""
    rec_len = 1 + sum(f[2] for f in fields)
    hdr_len = 32 + 32 * len(fields) + 1
    out = bytearray(struct.pack("<BBBBIHH", 3, 124, 1, 1,
                                len(records) if record_count is None else record_count,
                                hdr_len if header_length is None else header_length,
                                rec_len if record_length is None else record_length))
    out += bytes(17) + bytes([ldid]) + bytes(2)
    for name, kind, length, decimals in fields:
        raw = name.encode("latin-1")[:10]
        out += raw + bytes(11 - len(raw)) + kind.encode() + bytes(4)
        out += bytes([length, decimals]) + bytes(14)
    out += b"\r"
    for rec in records:
        out += b" "
        for (name, kind, length, _), value in zip(fields, rec):
            raw = value if isinstance(value, bytes) else str(value).encode("utf-8")
            raw = raw[:length]
            out += raw + b" " * (length - len(raw))
    out += b"\x1a"
    return bytes(out if truncate is None else out[:truncate])


def shp_points(points, *, declared_length=None, record_length=None, shape_type=1,
               truncate=None):
    """.shp and .shx bytes for points (x, y); the header's lengths can be made to lie."""
    records = b""
    offsets = []
    for i, (x, y) in enumerate(points):
        content = struct.pack("<idd", shape_type, x, y)
        offsets.append((100 + len(records)) // 2)
        rl = len(content) // 2 if record_length is None else record_length
        records += struct.pack(">ii", i + 1, rl) + content
    xs = [p[0] for p in points] or [0]
    ys = [p[1] for p in points] or [0]

    def header(total_bytes):
        return (struct.pack(">i", 9994) + bytes(20) + struct.pack(">i", total_bytes // 2) +
                struct.pack("<ii", 1000, shape_type) +
                struct.pack("<dddd", min(xs), min(ys), max(xs), max(ys)) + bytes(32))

    shp = header(100 + len(records) if declared_length is None else declared_length) + records
    shx = header(100 + 8 * len(points)) + b"".join(
        struct.pack(">ii", o, 10) for o in offsets)
    if truncate is not None:
        shp = shp[:truncate]
    return shp, shx
