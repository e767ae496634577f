#!/usr/bin/env python3
"""Writes data/stage_history.csv and data/estate_history.csv (see data/README.md).

The published record gives each eco-town area's stage only as of the DIW headline of May 2023
(fiscal year 2023) and each estate's latest IEAT award. The atlas shows the programme over the
years, so this script authors a history that ends exactly in that snapshot. It is deterministic:
the same eco_town_areas.csv and estates.csv always give the same files. Run it again after
changing either table:  python3 data/make_stage_history.py

Rules for the areas (checked by data/check_tables.py):
- Assessments are yearly, from the later of the year of designation and FY2017 (the DIW's
  five-level criteria are of B.E. 2560 = 2017) up to FY2023. The first one is at stage 1.
- Each record is at most one stage above the area's previous record; the stage in force climbs
  at most one stage a fiscal year and never falls.
- The record in force for FY2023 is the area's `stage` in eco_town_areas.csv.
- Where an area designated in FY2023 is at stage 2 (ETA-34, ETA-35), its stage-1 entry
  assessment is followed by a re-assessment at stage 2 later in the same fiscal year: the later
  record is the one in force (the history is append-only; see docs/DATASET.md).
- One correction shows how a mistake is put right: a record entered one stage too high is
  followed a few weeks later by a record for the same area and year with the right stage.
"""

import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LAST_YEAR = 2023  # FY2023 (B.E. 2566): the DIW headline the snapshot reproduces
CRITERIA_YEAR = 2017  # the five-level criteria, B.E. 2560
RECORDED_BY = "data/make_stage_history.py"
FIELDS_AREA = ["area_id", "fiscal_year", "stage", "note", "recorded_by", "recorded_at", "status",
               "source"]
FIELDS_ESTATE = ["estate_id", "fiscal_year", "ieat_level", "note", "recorded_by", "recorded_at",
                 "status", "source"]
SOURCE_ILLUSTRATIVE = ("illustrative: authored by data/make_stage_history.py to end in the stage "
                       "of eco_town_areas.csv as of FY2023")
CORRECTED_AREA = "ETA-22"  # the area whose history carries the example correction
LEVELS = ["Eco-Champion", "Eco-Excellence", "Eco-World Class"]


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(name, fields, rows):
    path = os.path.join(HERE, name)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)
    print(f"{path}: {len(rows)} rows")


def stamp(year, month, day):
    return f"{year:04d}-{month:02d}-{day:02d}T00:00:00Z"


def area_rows(area):
    area_id = area["area_id"]
    number = int(area_id.split("-")[1])
    final = int(area["stage"])
    first = max(int(area["year_designated"]), CRITERIA_YEAR)
    years = list(range(first, LAST_YEAR + 1))
    climbs_needed = final - 1
    # Climbs happen in years after the first; an area without enough of them (designated in
    # FY2023 above stage 1) climbs within its first year instead.
    rng = random.Random(f"eco-town stage history {area_id}")
    later = years[1:]
    climb_years = set(rng.sample(later, min(climbs_needed, len(later))))
    in_year_climb = climbs_needed > len(later)
    if climbs_needed > len(later) + 1:
        raise SystemExit(f"{area_id}: stage {final} cannot be reached from {first}")
    day = 1 + (number * 7) % 27  # a day in September, the last month of the fiscal year
    confirmed = area["status"] == "confirmed"

    rows = []

    def add(year, stage, note, month=9, day_=day):
        status, source = "illustrative", SOURCE_ILLUSTRATIVE
        if confirmed and year == LAST_YEAR and stage == final:
            status = "partial"
            source = ("stage as of the DIW headline of May 2023 [confirmed] (eco_town_areas.csv); "
                      "the date of the assessment is illustrative")
        rows.append({"area_id": area_id, "fiscal_year": year, "stage": stage, "note": note,
                     "recorded_by": RECORDED_BY, "recorded_at": stamp(year, month, day_),
                     "status": status, "source": source})

    stage = 1
    for year in years:
        if year == first:
            if in_year_climb:
                add(year, 1, "entry assessment", month=3, day_=15)
                stage = 2
                add(year, 2, "re-assessed in the same fiscal year: stage 2")
            else:
                add(year, 1, "first assessment")
            continue
        if year in climb_years:
            stage += 1
            add(year, stage, f"climbed to stage {stage}")
        else:
            add(year, stage, f"stage {stage} held")
    if area_id == CORRECTED_AREA:
        # The first year the stage was held (not climbed) after the first: entered one too high,
        # corrected in October (same fiscal year's record, later recorded_at).
        held = next(r for r in rows[1:] if r["note"].endswith("held"))
        wrong = dict(held, stage=held["stage"] + 1,
                     note=f"stage {held['stage'] + 1} entered by mistake (corrected in October)")
        held["note"] = f"correction: stage {held['stage']} held, not {wrong['stage']}"
        held["recorded_at"] = stamp(held["fiscal_year"], 10, 20)
        rows.insert(rows.index(held), wrong)
    if rows[-1]["stage"] != final:
        raise SystemExit(f"{area_id}: history ends at {rows[-1]['stage']}, not {final}")
    return rows


def level_part(source):
    for part in source.split(";"):
        if part.strip().startswith("level:"):
            return part.strip()[len("level:"):].strip()
    return ""


def estate_rows(estate):
    level = estate["ieat_level"]
    if not level:
        return []
    estate_id = estate["estate_id"]
    year = int(estate["ieat_level_year"])
    cited = level_part(estate["source"])
    if "illustrative" in cited:
        status = "illustrative"
    elif "[partial" in cited or estate_id == "EST-23":  # EST-23: which Pinthong is general knowledge
        status = "partial"
    else:
        status = "confirmed"
    source = f"estates.csv level: {cited}" if status != "illustrative" else SOURCE_ILLUSTRATIVE.replace(
        "stage of eco_town_areas.csv as of FY2023", "IEAT level of estates.csv")
    rows = []

    def add(y, lvl, note, st, src):
        rows.append({"estate_id": estate_id, "fiscal_year": y, "ieat_level": lvl, "note": note,
                     "recorded_by": RECORDED_BY, "recorded_at": stamp(y, 9, 30), "status": st,
                     "source": src})

    rank = LEVELS.index(level)
    if status == "illustrative":
        # Invented awards climb: each lower level two fiscal years before the next.
        for r in range(rank):
            add(year - 2 * (rank - r), LEVELS[r], f"awarded {LEVELS[r]}", status, source)
    elif estate_id == "EST-23":
        add(2021, level, "awarded Eco-Excellence (FY2021)", status, source)
    notes = {"EST-23": f"{level} kept at the surveillance audit",
             "EST-24": f"{level} at the surveillance audit (the first award's year is not published)"}
    add(year, level, notes.get(estate_id, f"awarded {level}"), status, source)
    return rows


def main():
    areas = read("eco_town_areas.csv")
    estates = read("estates.csv")
    history = [row for area in areas for row in area_rows(area)]
    write("stage_history.csv", FIELDS_AREA, history)
    levels = [row for estate in estates for row in estate_rows(estate)]
    write("estate_history.csv", FIELDS_ESTATE, levels)


if __name__ == "__main__":
    main()
