#!/usr/bin/env python3
"""Consistency checks for the Eco-Town Atlas fact tables in this directory.

Usage:  python3 data/check_tables.py [path/to/world_map.gpkg]

Needs only the Python 3 standard library plus the GDAL command-line tool
`ogr2ogr` (SQLite dialect with SpatiaLite functions). The Natural Earth
admin-1 layer is read from QGIS's bundled world_map.gpkg (Debian package
qgis-common) unless another path is given or ECOTOWN_WORLD_GPKG is set.
Exits 0 when every check passes, 1 otherwise.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GPKG = (sys.argv[1] if len(sys.argv) > 1 else
        os.environ.get("ECOTOWN_WORLD_GPKG", "/usr/share/qgis/resources/data/world_map.gpkg"))

failures = []


def check(cond, msg):
    print(("PASS  " if cond else "FAIL  ") + msg)
    if not cond:
        failures.append(msg)
    return cond


def load(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        check(False, f"{name}: not valid UTF-8")
        return []
    check(not raw.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 BOM")
    check(b"\r" not in raw, f"{name}: LF line ends only")
    check(raw.endswith(b"\n"), f"{name}: ends with a newline")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    check(rows and rows[0] == header, f"{name}: header is {','.join(header)}")
    bad = [i for i, r in enumerate(rows[1:], 2) if len(r) != len(header)]
    check(not bad, f"{name}: every row has {len(header)} fields" + (f" (bad lines {bad[:5]})" if bad else ""))
    return [dict(zip(header, r)) for r in rows[1:]]


def ogr_csv(sql):
    """Run a SQLite-dialect query on the gpkg; return rows as dicts."""
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False, encoding="utf-8") as f:
        f.write(sql)
    try:
        out = subprocess.run(["ogr2ogr", "-f", "CSV", "/vsistdout/", GPKG, "-dialect", "SQLite", "-sql", "@" + f.name],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    return list(csv.DictReader(io.StringIO(out)))


def ne_names_for_points(points):
    """points: [(id, lon, lat)] -> {id: [NE admin-1 names (Thailand) whose polygon intersects the point]}"""
    res = {}
    for i in range(0, len(points), 400):  # SQLite compound-select limit is 500
        chunk = points[i:i + 400]
        sel = " union all ".join(
            f"select '{pid}' as pid, MakePoint({float(lon)!r}, {float(lat)!r}, 4326) as g" for pid, lon, lat in chunk)
        rows = ogr_csv(f"select p.pid as pid, s.name as name from ({sel}) p "
                       f"left join states_provinces s on s.iso_a2 = 'TH' and ST_Intersects(s.geom, p.g)")
        for r in rows:
            res.setdefault(r["pid"], [])
            if r["name"]:
                res[r["pid"]].append(r["name"])
    return res


# ------------------------------------------------------------------ regions
print("== regions.csv")
regions = load("regions.csv", ["region_id", "name_en", "name_th", "status", "source"])
region_ids = {r["region_id"] for r in regions}
check(region_ids == {"central", "east", "northeast", "north", "west", "south"} and len(regions) == 6,
      "6 regions: central,east,northeast,north,west,south")

# ------------------------------------------------------------------ provinces
print("== provinces.csv")
prov = load("provinces.csv", ["iso_code", "ne_name", "name_en", "name_th", "region", "aliases"])
PROV = {p["iso_code"]: p for p in prov}
check(len(prov) == 77 and len(PROV) == 77, f"77 provinces with unique iso_code (got {len(prov)} rows, {len(PROV)} codes)")
check(all(re.fullmatch(r"TH-\d\d", k) for k in PROV), "iso_code form TH-NN")
check(all(p["region"] in region_ids for p in prov), "every region is in regions.csv")
rc = Counter(p["region"] for p in prov)
want_rc = {"central": 22, "east": 7, "northeast": 20, "north": 9, "west": 5, "south": 14}
check(dict(rc) == want_rc, f"region counts {dict(sorted(rc.items()))} == {want_rc}")
check(all(re.search(r"[\u0e00-\u0e7f]", p["name_th"]) for p in prov), "every name_th is Thai script")

ne = ogr_csv("select name, fips, gn_name from states_provinces where iso_a2 = 'TH'")
ne_by_name = {r["name"]: r for r in ne}
check(len(ne) == 77 and len(ne_by_name) == 77, f"Natural Earth has 77 distinct TH admin-1 names (got {len(ne)})")
ours = [p["ne_name"] for p in prov]
missing = sorted(set(ours) - set(ne_by_name))
unused = sorted(set(ne_by_name) - set(ours))
check(not missing and not unused and len(set(ours)) == 77,
      f"ne_name <-> Natural Earth name one-to-one (missing in NE: {missing}; NE not used: {unused})")
fips_bad = [p["iso_code"] for p in prov
            if p["ne_name"] in ne_by_name and ne_by_name[p["ne_name"]]["fips"] not in p["aliases"].split(";")]
check(not fips_bad, f"aliases contain the NE fips code of the row {fips_bad or ''}")
dup_alias = [a for a, n in Counter(a.lower() for p in prov for a in p["aliases"].split(";") if a).items() if n > 1]
check(not dup_alias, f"no alias shared by two provinces {dup_alias or ''}")
names = {}
for p in prov:
    for n in (p["name_en"], p["ne_name"], p["iso_code"]):
        names.setdefault(n.lower(), set()).add(p["iso_code"])
clash = [(p["iso_code"], a) for p in prov for a in p["aliases"].split(";")
         if names.get(a.lower(), {p["iso_code"]}) != {p["iso_code"]}]
check(not clash, f"no alias equals another province's name or ISO code {clash or ''}")
check(all(not re.fullmatch(r"\d+", a) for p in prov for a in p["aliases"].split(";")), "no bare numeric codes in aliases")

# ------------------------------------------------------------------ eco-town areas
print("== eco_town_areas.csv")
areas = load("eco_town_areas.csv", ["area_id", "name_en", "name_th", "province_iso", "phase", "year_designated",
                                     "scope", "ref_lon", "ref_lat", "radius_km", "stage", "status", "source"])
check(len(areas) == 54, f"54 areas (got {len(areas)})")
check([a["area_id"] for a in areas] == [f"ETA-{i:02d}" for i in range(1, 55)], "area_id ETA-01..ETA-54 in order")
check(all(a["province_iso"] in PROV for a in areas), "every province_iso is in provinces.csv")
provs = {a["province_iso"] for a in areas}
check(len(provs) == 39, f"39 distinct provinces (got {len(provs)})")
by_phase = {ph: [a for a in areas if a["phase"] == ph] for ph in ("1", "2", "3")}
check(sum(map(len, by_phase.values())) == 54, "phase is 1, 2 or 3")
pc = {ph: len(v) for ph, v in by_phase.items()}
pp = {ph: {a["province_iso"] for a in v} for ph, v in by_phase.items()}
check(pc == {"1": 18, "2": 15, "3": 21}, f"areas per phase {pc} == 18/15/21")
check({k: len(v) for k, v in pp.items()} == {"1": 15, "2": 4, "3": 20},
      f"provinces per phase {({k: len(v) for k, v in pp.items()})} == 15/4/20")
check(not (pp["1"] & pp["2"]) and not (pp["1"] & pp["3"]) and not (pp["2"] & pp["3"]), "phase province sets disjoint")
sc = Counter(a["stage"] for a in areas)
check(sc["4"] == 4 and sc["3"] == 14 and sc["1"] + sc["2"] == 36 and sc["5"] == 0 and sum(sc.values()) == 54,
      f"stage counts 4x4, 14x3, 36x(1-2), none at 5 (got {dict(sorted(sc.items()))})")
check(all(a["scope"] in ("province", "district", "subdistrict", "zone") for a in areas), "scope in province/district/subdistrict/zone")
check(all(a["status"] in ("confirmed", "partial", "illustrative") for a in areas), "status in confirmed/partial/illustrative")
check(all(a["source"].strip() for a in areas), "every area has a source text")
yr_ok = all((a["phase"] == "1" and 2015 <= int(a["year_designated"]) <= 2018) or
            (a["phase"] == "2" and 2019 <= int(a["year_designated"]) <= 2021) or
            (a["phase"] == "3" and int(a["year_designated"]) == 2023) for a in areas)
check(yr_ok, "years: phase 1 2015-2018, phase 2 2019-2021, phase 3 2023")
check(all(a["status"] != "confirmed" or a["phase"] == "1" for a in areas), "only phase-1 rows are fully confirmed")
check(sum(a["status"] != "illustrative" for a in by_phase["1"]) == 18, "all 18 phase-1 areas are from the source (not illustrative)")
check(sum(a["status"] != "illustrative" for a in by_phase["3"]) == 4, "4 phase-3 areas from sources, 17 illustrative")
check(all(a["status"] == "illustrative" for a in by_phase["2"]), "phase-2 areas all illustrative")
thai_prefix = {"province": "จังหวัด", "district": "อำเภอ", "subdistrict": "ตำบล", "zone": "เขต"}
check(all(a["name_th"].startswith(thai_prefix[a["scope"]]) for a in areas if a["scope"] in thai_prefix),
      "name_th starts with จังหวัด/อำเภอ/ตำบล/เขต matching scope")
check(all(a["name_th"] == "จังหวัด" + PROV[a["province_iso"]]["name_th"] for a in areas if a["scope"] == "province"),
      "whole-province areas are named จังหวัด<name_th>")
geom_ok = True
pts = []
for a in areas:
    if a["scope"] == "province":
        geom_ok &= a["ref_lon"] == a["ref_lat"] == a["radius_km"] == ""
    else:
        try:
            lon, lat, rad = float(a["ref_lon"]), float(a["ref_lat"]), float(a["radius_km"])
            geom_ok &= 97 < lon < 106 and 5 < lat < 21 and 0 < rad <= 25
            pts.append((a["area_id"], lon, lat))
        except ValueError:
            geom_ok = False
check(geom_ok, "province scope has blank point/radius; other scopes have lon/lat in Thailand and 0<radius<=25 km")
loc = ne_names_for_points(pts)
bad = [(pid, loc.get(pid)) for pid, _, _ in pts
       if loc.get(pid) != [PROV[next(a for a in areas if a["area_id"] == pid)["province_iso"]]["ne_name"]]]
check(not bad, f"all {len(pts)} area reference points lie inside their province polygon in world_map.gpkg {bad or ''}")

# ------------------------------------------------------------------ estates
print("== estates.csv")
LEVELS = ["Eco-Champion", "Eco-Excellence", "Eco-World Class"]
est = load("estates.csv", ["estate_id", "name_en", "name_th", "province_iso", "lon", "lat", "area_rai",
                           "area_rai_status", "ieat_level", "ieat_level_year", "status", "source"])
check(len(est) >= 23, f"at least 23 estates (got {len(est)})")
check([e["estate_id"] for e in est] == [f"EST-{i:02d}" for i in range(1, len(est) + 1)], "estate_id EST-01.. in order")
check(len({e["name_en"] for e in est}) == len(est), "estate names unique")
check(all(e["province_iso"] in PROV for e in est), "every province_iso is in provinces.csv")
check(len({(e["lon"], e["lat"]) for e in est}) == len(est), "no two estates share a point")
check(all(e["ieat_level"] in LEVELS + [""] for e in est), "ieat_level is blank or one of " + ", ".join(LEVELS))
check(all((e["ieat_level"] == "") == (e["ieat_level_year"] == "") for e in est), "ieat_level_year given iff ieat_level given")
check(all(2010 <= int(e["ieat_level_year"]) <= 2025 for e in est if e["ieat_level_year"]), "ieat_level_year is a CE year 2010-2025")
lc = Counter(e["ieat_level"] for e in est if e["ieat_level"])
check(all(lc[l] >= 3 for l in LEVELS), f"each IEAT level has several estates {dict(lc)}")
check(all(e["area_rai_status"] in ("confirmed", "illustrative") and float(e["area_rai"]) > 0 for e in est),
      "area_rai > 0 with status confirmed|illustrative")
check(all(e["status"] in ("confirmed", "partial", "illustrative") for e in est), "status in confirmed/partial/illustrative")
check(all(e["source"].strip() for e in est), "every estate has a source text")
loc = ne_names_for_points([(e["estate_id"], e["lon"], e["lat"]) for e in est])
bad = [(e["estate_id"], loc.get(e["estate_id"])) for e in est if loc.get(e["estate_id"]) != [PROV[e["province_iso"]]["ne_name"]]]
check(not bad, f"all {len(est)} estate points lie inside their province polygon in world_map.gpkg {bad or ''}")

# ------------------------------------------------------------------ Green Industry certificates
print("== green_industry_certificates.csv")
gi = load("green_industry_certificates.csv", ["level", "fiscal_year_be", "fiscal_year_ce", "certificates", "status", "source"])
check(len(gi) == 60 and len({(g["level"], g["fiscal_year_be"]) for g in gi}) == 60, "60 distinct level x year rows")
check({g["level"] for g in gi} == {"1", "2", "3", "4", "5"}, "levels 1-5")
check({g["fiscal_year_be"] for g in gi} == {str(y) for y in range(2554, 2566)}, "fiscal years B.E. 2554-2565")
check(all(int(g["fiscal_year_ce"]) == int(g["fiscal_year_be"]) - 543 for g in gi), "fiscal_year_ce = fiscal_year_be - 543")
tot = sum(int(g["certificates"]) for g in gi)
check(tot == 77925, f"grand total {tot:,} == 77,925")
per_level = {l: sum(int(g["certificates"]) for g in gi if g["level"] == l) for l in "12345"}
want_pl = {"1": 52940, "2": 13103, "3": 10875, "4": 865, "5": 142}
check(per_level == want_pl, f"per-level totals {per_level} == {want_pl}")
per_year = [sum(int(g["certificates"]) for g in gi if g["fiscal_year_be"] == str(y)) for y in range(2554, 2566)]
want_py = [1050, 2510, 7042, 7066, 6094, 5344, 2352, 3033, 2841, 3467, 3422, 33704]
check(per_year == want_py, f"per-year totals match the published Total row {per_year}")

# ------------------------------------------------------------------ level tables
print("== stages.csv / green_industry_levels.csv / ieat_levels.csv")
st = load("stages.csv", ["stage", "name_en", "name_th", "status", "source"])
check([s["stage"] for s in st] == ["1", "2", "3", "4", "5"], "stages 1-5")
check(st[-1]["status"] == "not_found" and "not published" in st[-1]["name_en"], "stage 5 name marked as not published")
gl = load("green_industry_levels.csv", ["level", "name_en", "name_th", "status", "source"])
check([g["level"] for g in gl] == ["1", "2", "3", "4", "5"], "Green Industry levels 1-5")
il = load("ieat_levels.csv", ["order", "name_en", "name_th", "status", "source"])
check([i["name_en"] for i in il] == LEVELS and [i["order"] for i in il] == ["1", "2", "3"], "IEAT levels in order")
STATUSES = {"confirmed", "partial", "own_knowledge", "not_found", "illustrative"}
check(all(r["status"] in STATUSES and r["source"].strip() for r in st + gl + il + regions),
      "level/region rows carry a known status and a source")

# ------------------------------------------------------------------ stage and level histories
print("== stage_history.csv / estate_history.csv")
HIST_TAIL = ["note", "recorded_by", "recorded_at", "status", "source"]


def in_force(rows, key, value):
    """{(id, year): value of the latest recorded_at}: the record in force for each year."""
    latest = {}
    for r in rows:
        k = (r[key], int(r["fiscal_year"]))
        if k not in latest or r["recorded_at"] > latest[k]["recorded_at"]:
            latest[k] = r
    return {k: r[value] for k, r in latest.items()}


sh = load("stage_history.csv", ["area_id", "fiscal_year", "stage"] + HIST_TAIL)
area_by_id = {a["area_id"]: a for a in areas}
check(all(r["area_id"] in area_by_id for r in sh), "every history row names an area of eco_town_areas.csv")
check(all(r["stage"] in ("1", "2", "3", "4", "5") for r in sh), "history stages are 1-5")
stamp_re = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
check(all(stamp_re.fullmatch(r["recorded_at"]) for r in sh), "recorded_at is ISO 8601 UTC (YYYY-MM-DDTHH:MM:SSZ)")
check(len({(r["area_id"], r["recorded_at"]) for r in sh}) == len(sh), "no two records of an area recorded at the same time")
check(all(r["status"] in ("confirmed", "partial", "illustrative") and r["source"].strip() and r["recorded_by"]
          for r in sh), "every history row has a status, a source and who recorded it")
force = in_force(sh, "area_id", "stage")
check({a for a, _ in force} == set(area_by_id), "every area has a history")
final = {a: force[(a, max(y for b, y in force if b == a))] for a in area_by_id}
check(all(final[a] == area_by_id[a]["stage"] and max(y for b, y in force if b == a) == 2023 for a in area_by_id),
      "the record in force for FY2023 is every area's stage in eco_town_areas.csv")
hc = Counter(final.values())
check(hc["4"] == 4 and hc["3"] == 14 and hc["1"] + hc["2"] == 36, f"as of FY2023: 4 / 14 / 36 ({dict(hc)})")
ok_start, ok_climb = True, True
for a in area_by_id:
    years = sorted(y for b, y in force if b == a)
    ok_start &= years[0] >= int(area_by_id[a]["year_designated"])
    ok_start &= years == list(range(years[0], 2024))
    recs = sorted((r for r in sh if r["area_id"] == a), key=lambda r: r["recorded_at"])
    ok_start &= recs[0]["stage"] == "1"
    ok_climb &= all(int(n["stage"]) <= int(p["stage"]) + 1 for p, n in zip(recs, recs[1:]))
    stages = [int(force[(a, y)]) for y in years]
    ok_climb &= all(0 <= n - p <= 1 for p, n in zip(stages, stages[1:]))
check(ok_start, "each area is first assessed at stage 1, in or after its year of designation, then every year to 2023")
check(ok_climb, "each record is at most one stage above the previous; the stage in force never falls")
eh = load("estate_history.csv", ["estate_id", "fiscal_year", "ieat_level"] + HIST_TAIL)
est_by_id = {e["estate_id"]: e for e in est}
check(all(r["estate_id"] in est_by_id and r["ieat_level"] in LEVELS for r in eh),
      "every level record names an estate of estates.csv and an IEAT level")
lforce = in_force(eh, "estate_id", "ieat_level")
latest = {}
for (e, y), lvl in lforce.items():
    if e not in latest or y > latest[e][0]:
        latest[e] = (y, lvl)
check(all((est_by_id[e]["ieat_level"] == "") == (e not in latest) and
          (e not in latest or (str(latest[e][0]), latest[e][1]) ==
           (est_by_id[e]["ieat_level_year"], est_by_id[e]["ieat_level"])) for e in est_by_id),
      "each estate's latest level record is its ieat_level and ieat_level_year in estates.csv")
# ------------------------------------------------------------------ KPI targets and recorded actuals
print("== kpi_targets.csv / kpi_actuals.csv")
kt = load("kpi_targets.csv", ["indicator_id", "name_en", "name_th", "unit", "measure", "actual_from",
                              "fiscal_year_be", "fiscal_year_ce", "target", "status", "source"])
KPI_WANT = {"eco_champion_estates": ["23", "25", "27", "29"], "eco_town_areas_developed": ["15"] * 4,
            "industrial_waste_managed": ["23", "24", "25", "26"], "monitoring_networks": ["200"] * 4,
            "new_green_industry_operators": ["2000"] * 4, "hazardous_waste_managed": ["1.24", "1.30", "1.37", "1.44"],
            "factories_inspected_pct": ["80"] * 4}
got = {}
for r in kt:
    got.setdefault(r["indicator_id"], []).append(r["target"])
check(got == KPI_WANT, "seven indicators with the ministry's targets for fiscal 2018-2021 in year order")
check(all(int(r["fiscal_year_ce"]) == int(r["fiscal_year_be"]) - 543 for r in kt), "kpi: fiscal_year_ce = fiscal_year_be - 543")
check(all(r["measure"] in ("per_year", "cumulative") and r["actual_from"] in ("atlas", "stage_history", "recorded")
          for r in kt), "kpi: measure and actual_from from their vocabularies")
check(all(r["name_th"] and r["status"] in STATUSES and r["source"].strip() for r in kt),
      "kpi targets carry a Thai name, a known status and a source")
ka = load("kpi_actuals.csv", ["indicator_id", "fiscal_year_be", "fiscal_year_ce", "value", "status", "source"])
recorded = {r["indicator_id"] for r in kt if r["actual_from"] == "recorded"}
check(all(r["indicator_id"] in recorded and r["status"] in STATUSES and r["source"].strip() for r in ka),
      "kpi actuals only for recorded indicators, each with a status and a source")
check(len({(r["indicator_id"], r["fiscal_year_ce"]) for r in ka}) == len(ka), "kpi actuals: one value per indicator and year")

print()
if failures:
    print(f"{len(failures)} check(s) FAILED")
    sys.exit(1)
print("ALL CHECKS PASSED")
