#!/usr/bin/env python3
"""Do ours and QGIS give the same spatial joins? usage: compare_joins.py OUT_DIR N

A fast join is worth nothing if it is wrong, so after the timed runs the outputs are compared:
  count   ours_count_N.gpkg (n_factories per province) against QGIS's qgis_count_N.gpkg, and
          both against the generator: `sample` places each factory inside the province its
          province_code names, so every province must count exactly its own factories;
  assign  ours_assign_N.gpkg (province_code_2: the polygon's code next to the factory's own)
          against QGIS's qgis_join_N.gpkg (prov_province_code), factory by factory.
A GeoPackage is an SQLite database, so the tables are read with Python's sqlite3. Files that a
run did not make (PEERS=0, ONLY=...) are left out. Exit 1 when something disagrees.
"""
import os
import sqlite3
import sys


def feature_table(path):
    """The first feature table of a GeoPackage, opened read-only."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    (table,) = db.execute(
        "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid").fetchone()
    return db, table


def counts(path, field):
    db, table = feature_table(path)
    return dict(db.execute('SELECT province_code, "%s" FROM "%s"' % (field, table)))


def assigned(path, field):
    db, table = feature_table(path)
    return dict(db.execute('SELECT factory_id, "%s" FROM "%s"' % (field, table)))


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    problems = []

    def report(what, mismatches, total):
        print("compare_joins %d %s: %s" % (n, what, "agree (%d)" % total if not mismatches else
                                           "%d of %d disagree, e.g. %s" % (len(mismatches), total,
                                                                           mismatches[:3])))
        if mismatches:
            problems.append(what)

    ours_count = os.path.join(out, "ours_count_%d.gpkg" % n)
    qgis_count = os.path.join(out, "qgis_count_%d.gpkg" % n)
    source = os.path.join(os.path.dirname(out), "data", "factories_%d.gpkg" % n)
    if os.path.exists(ours_count) and os.path.exists(source):
        db, table = feature_table(source)
        own = dict(db.execute('SELECT province_code, COUNT(*) FROM "%s" GROUP BY province_code' % table))
        ours = counts(ours_count, "n_factories")
        bad = sorted((p, ours.get(p), own.get(p, 0)) for p in set(ours) | set(own)
                     if ours.get(p, 0) != own.get(p, 0))
        report("count: ours against the generator's province_code", bad, len(ours))
        if os.path.exists(qgis_count):
            qgis = counts(qgis_count, "n_factories")
            bad = sorted((p, ours.get(p), qgis.get(p)) for p in set(ours) | set(qgis) if ours.get(p) != qgis.get(p))
            report("count: ours against QGIS", bad, len(ours))

    ours_assign = os.path.join(out, "ours_assign_%d.gpkg" % n)
    qgis_assign = os.path.join(out, "qgis_join_%d.gpkg" % n)
    if os.path.exists(ours_assign) and os.path.exists(qgis_assign):
        ours = assigned(ours_assign, "province_code_2")
        qgis = assigned(qgis_assign, "prov_province_code")
        bad = [(f, ours.get(f), qgis.get(f)) for f in sorted(set(ours) | set(qgis)) if ours.get(f) != qgis.get(f)]
        report("assign: ours against QGIS, factory by factory", bad, len(ours))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
