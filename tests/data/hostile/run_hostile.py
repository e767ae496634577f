#!/usr/bin/env python3
"""Runs every case of the hostile-input corpus (make_hostile.py) through every subcommand that
reads it, and the map window's load for a subset, and checks what the issue asks of each run:
exit 0 (1 too for validate: problems found), or exit 2 with one error line naming the file and
the reason; never a signal, a sanitizer report, an internal error, a timeout; stdout valid UTF-8
(valid JSON for --json); no terminal control characters on stderr.

  run_hostile.py --cli ecotown-cli [--gui ecotown] [--data ecotown.gpkg] [--window-cases N]
                 [--no-mapped] [--only REGEX] [--jobs J] [--work DIR] [--verbose]
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BAD_STDERR = re.compile(r"AddressSanitizer|LeakSanitizer|ThreadSanitizer|runtime error:|"
                        r"unexpected error|terminate called|Segmentation fault")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
GOOD_POLYGONS = {"type": "FeatureCollection", "features": [{
    "type": "Feature", "properties": {"pid": "P1"}, "geometry": {
        "type": "Polygon",
        "coordinates": [[[100, 12], [103, 12], [103, 15], [100, 15], [100, 12]]]}}]}


def runs_for(case, cli, gui, out, polygons):
    """(label, argv, expects_json, allowed exit codes, names) for one case."""
    p = case.get("path")
    o = os.path.join(out, case["name"].replace("/", "_"))
    names = [os.path.basename(p)] if p else []
    if case["kind"] == "data":
        runs = [
            ("info", [cli, "info", p], False, {0, 2}),
            ("info --json", [cli, "info", p, "--json"], True, {0, 2}),
            ("validate --json", [cli, "validate", p, "--json"], True, {0, 1, 2}),
            ("convert", [cli, "convert", p, o + ".conv.gpkg", "--overwrite"], False, {0, 2}),
            ("join", [cli, "join", p, polygons, o + ".join.gpkg", "--count", "--overwrite"],
             False, {0, 2}),
            ("render", [cli, "render", "--points", p, "--polygons", polygons, "--output",
                        o + ".png", "--width", "300", "--height", "200"], False, {0, 2}),
        ]
        if p.endswith(".gpkg"):
            runs.append(("stats --data", [cli, "stats", "--data", p, "--json"], True, {0, 2}))
    elif case["kind"] == "mapping":
        with open(p, "rb") as f:
            text = f.read()
        try:  # a mapped source's error names the source rather than the mapping
            m = json.loads(text)
            for layer in m.values() if isinstance(m, dict) else []:
                if isinstance(layer, dict) and isinstance(layer.get("source"), str):
                    names.append(os.path.basename(layer["source"]))
            if isinstance(m, dict) and isinstance(m.get("base"), str):
                names.append(os.path.basename(m["base"]))
        except (ValueError, RecursionError):
            pass
        runs = [
            ("stats --mapping", [cli, "stats", "--mapping", p, "--json"], True, {0, 2}),
            ("export --mapping", [cli, "export", "--layer", "factories", "--mapping", p,
                                  "--output", o + ".export.gpkg", "--overwrite"], False, {0, 2}),
        ]
    else:
        names = [a for a in case["args"] if a.startswith("--")]
        names = [n.split("=")[0] for n in names]
        runs = [
            ("stats", [cli, "stats", "--json"] + case["args"], True, {0, 2}),
            ("export", [cli, "export", "--layer", "factories", "--output", o + ".export.gpkg",
                        "--overwrite"] + case["args"], False, {0, 2}),
        ]
    return [(label, argv, js, ok, names) for label, argv, js, ok in runs]


def check(label, argv, expects_json, allowed, names, timeout, env):
    """A list of problems with one run (empty when it behaved)."""
    try:
        r = subprocess.run([a.encode("utf-8", "surrogateescape") for a in argv],
                           capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return ["timed out after %d s" % timeout], None
    problems = []
    err = r.stderr.decode("utf-8", "replace")
    if r.returncode < 0:
        problems.append("killed by signal %d" % -r.returncode)
    elif r.returncode not in allowed:
        problems.append("exit %d" % r.returncode)
    if BAD_STDERR.search(err):
        problems.append("stderr: " + BAD_STDERR.search(err).group(0))
    try:
        out = r.stdout.decode("utf-8")
        if expects_json and r.returncode in (0, 1):
            json.loads(out)
    except UnicodeDecodeError:
        problems.append("stdout is not valid UTF-8")
    except ValueError as e:
        problems.append("stdout is not valid JSON: %s" % e)
    try:
        r.stderr.decode("utf-8")
    except UnicodeDecodeError:
        problems.append("stderr is not valid UTF-8")
    if CONTROL.search(err.replace("\n", "")):
        problems.append("stderr holds control characters")
    if label.startswith("window"):
        # The window shows a load error in its status bar (exit 2 after the screenshot).
        if r.returncode in (0, 2) and not os.path.exists(argv[argv.index("--screenshot") + 1]):
            problems.append("no screenshot")
    elif r.returncode == 2:
        errors = [line for line in err.splitlines()
                  if line.startswith(("ecotown-cli: ", "ecotown: "))
                  and ": note:" not in line and ": warning:" not in line]
        if len(errors) != 1:
            problems.append("%d error lines, not one" % len(errors))
        elif names and not any(n and n in errors[0] for n in names):
            problems.append("the error names none of %s" % names)
    return problems, (r.returncode, err.strip().splitlines()[-1:] if err.strip() else [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--gui")
    ap.add_argument("--window-cases", type=int, default=12)
    ap.add_argument("--window-only", action="store_true",
                    help="only the window's load (with --gui): the command line's runs are not made")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--work")
    ap.add_argument("--data", help="the bundled dataset (ECOTOWN_DATA for the runs)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", help="run the cases whose name matches this regular expression")
    ap.add_argument("--no-mapped", action="store_true",
                    help="skip the per-source mapping files (the quick run, e.g. under ASan)")
    args = ap.parse_args()
    temporary = None if args.work else tempfile.TemporaryDirectory(prefix="ecotown-hostile-")
    work = args.work or temporary.name
    corpus = os.path.join(work, "corpus")
    out = os.path.join(work, "out")
    subprocess.run([sys.executable, os.path.join(HERE, "make_hostile.py"), corpus], check=True)
    os.makedirs(out, exist_ok=True)
    polygons = os.path.join(work, "polygons.geojson")
    with open(polygons, "w") as f:
        json.dump(GOOD_POLYGONS, f)
    with open(os.path.join(corpus, "cases.json")) as f:
        cases = json.load(f)
    if args.only:
        cases = [c for c in cases if re.search(args.only, c["name"])]
    if args.no_mapped:
        cases = [c for c in cases if not c.get("mapped")]

    env = dict(os.environ)
    if args.data:
        env["ECOTOWN_DATA"] = args.data
    if args.gui and not (env.get("DISPLAY") or env.get("QT_QPA_PLATFORM")):
        print("hostile: no display: the window's load is not tried")
        args.gui = None
    if args.window_only and not args.gui:
        print("hostile: --window-only without a window (--gui and a display): nothing to try")
        return 1
    jobs = []
    for case in ([] if args.window_only else cases):
        for label, argv, js, ok, names in runs_for(case, args.cli, args.gui, out, polygons):
            jobs.append((case, label, argv, js, ok, names, env))
    if args.gui:  # the window's load: the mapping files that are not per-source, a few --data
        wenv = dict(env)
        if "ASAN_OPTIONS" in wenv:  # plugins unloaded at exit: leaks LSan cannot name
            wenv["ASAN_OPTIONS"] += ":detect_leaks=0"
        picked = [c for c in cases if c["kind"] == "mapping" and not c.get("mapped")]
        picked += [c for c in cases if c["kind"] == "data" and c["path"].endswith(".gpkg")]
        for case in picked[:args.window_cases]:
            flag = "--mapping" if case["kind"] == "mapping" else "--data"
            shot = os.path.join(out, case["name"] + ".window.png")
            jobs.append((case, "window " + flag, [args.gui, flag, case["path"], "--screenshot",
                                                  shot, "--width", "800", "--height", "600"],
                         False, {0, 2}, [os.path.basename(case["path"])], wenv))

    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(check, label, argv, js, ok, names, args.timeout, env): (
            case, label) for case, label, argv, js, ok, names, env in jobs}
        for fut in concurrent.futures.as_completed(futures):
            case, label = futures[fut]
            problems, result = fut.result()
            if args.verbose and result:
                print("%-50s %-18s exit %d %s" % (case["name"][:50], label, result[0],
                                                  result[1]))
            if problems:
                failures.append((case["name"], label, problems, result))
    for name, label, problems, result in sorted(failures):
        print("FAIL %s | %s | %s | %s" % (name, label, "; ".join(problems),
                                          result[1] if result else ""))
    print("hostile: %d cases, %d runs, %d failed" % (len(cases), len(jobs), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
