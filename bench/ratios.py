#!/usr/bin/env python3
"""Ratios of ours against the peers from bench/run.sh's results: usage ratios.py RESULTS_DIR

Wall time is the hyperfine median; peak RSS the largest GNU time figure over the runs; CPU the
mean user + system time hyperfine measured (what the machine's load inflates least: on a shared
machine the wall time can be several times the CPU time)."""
import glob
import json
import os
import re
import sys

# ours step -> (peer step, the goal from the issue as "peer/ours" at least)
PAIRS = {
    "export_geojson": ("export_geojson", 1.0),
    "export_geojson_utm47": ("export_geojson_utm47", 1.0),
    "export_shp": ("export_shp", 1.0),
    "export_fgb": ("export_fgb", 1.0),
    "export_gpkg": ("export_gpkg", 4.0),
    "filter_attr_gpkg": ("filter_attr_gpkg", 1.0),
    "join_count": ("qgis_countpointsinpolygon", 20.0),
    "join_assign": ("qgis_joinattributesbylocation", 8.0),
}


def load(res):
    out = {}
    for js in glob.glob(os.path.join(res, "*.json")):
        base = os.path.basename(js)[:-5]
        m = re.match(r"(.+)_(\d+)$", base)
        if not m or base.startswith("render_"):
            continue
        try:
            r = json.load(open(js))["results"][0]
        except (KeyError, IndexError, ValueError):
            continue
        rss = None
        try:
            vals = [int(x) for x in open(os.path.join(res, base + ".rss")).read().split() if x.isdigit()]
            rss = max(vals) / 1024.0 if vals else None
        except FileNotFoundError:
            pass
        out[(m.group(1), int(m.group(2)))] = (r["median"], rss, r["user"] + r["system"])
    return out


def main():
    data = load(sys.argv[1])
    print("| step | points | ours median s | ours peak RSS MiB | peer | peer median s | peer/ours | goal | met"
          " | ours CPU s | peer CPU s |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---|---:|---:|")
    for (step, n), (ours, rss, cpu) in sorted(((k, v) for k, v in data.items() if k[0].startswith("ours_")),
                                         key=lambda kv: (kv[0][1], kv[0][0])):
        name = step[len("ours_"):]
        peer, goal = PAIRS.get(name, (None, None))
        p = data.get((peer, n)) if peer else None
        if p is None:
            print("| %s | %d | %.3f | %s | %s | — | — | — | — | %.2f | — |" % (
                name, n, ours, "%.0f" % rss if rss else "—", peer or "—", cpu))
            continue
        ratio = p[0] / ours if ours > 0 else float("inf")
        print("| %s | %d | %.3f | %s | %s | %.3f | %.1f× | %.0f× | %s | %.2f | %.2f |" % (
            name, n, ours, "%.0f" % rss if rss else "—", peer, p[0], ratio, goal, "yes" if ratio >= goal else "NO",
            cpu, p[2]))


if __name__ == "__main__":
    main()
