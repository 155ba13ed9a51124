"""Run the benchmark scenarios; print one JSON object per line.

{"name", "value", "unit", "baseline", "ratio", "note"}: the baseline is measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import tempfile
import traceback
from pathlib import Path

from . import scenarios as scenario_pkg
from .common import Context, Scenario


def discover() -> list[Scenario]:
    found: list[Scenario] = []
    for info in sorted(pkgutil.iter_modules(scenario_pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{scenario_pkg.__name__}.{info.name}")
        found += module.scenarios()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--quick", action="store_true", help="only the quick set (under three minutes)")
    parser.add_argument("--only", nargs="*", help="scenario names to run")
    parser.add_argument("--smoke", action="store_true",
                        help="every scenario at a small size: proves each still runs (figures mean nothing)")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    known = discover()
    unknown = sorted(set(args.only or ()) - {s.name for s in known})
    if unknown:
        print(f"unknown scenario: {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    chosen = [s for s in known if (not args.quick or s.quick) and (not args.only or s.name in args.only)]
    if args.list:
        for s in chosen:
            print(s.name)
        return 0
    failed = 0
    with tempfile.TemporaryDirectory(prefix="checkin-bench-") as tmp:
        ctx = Context(Path(tmp), smoke=args.smoke)
        for scenario in chosen:
            try:
                result = scenario.run(ctx)
            except Exception as exc:  # one broken scenario must not hide the others
                failed += 1
                traceback.print_exc(file=sys.stderr)
                print(json.dumps({"name": scenario.name, "error": f"{type(exc).__name__}: {exc}"}), flush=True)
                continue
            value, baseline = result["value"], result.get("baseline")
            ratio = round(value / baseline, 2) if baseline and value is not None else None
            print(json.dumps({
                "name": scenario.name, "value": None if value is None else round(value, 3), "unit": result["unit"],
                "baseline": None if baseline is None else round(baseline, 3), "ratio": ratio,
                "note": result.get("note", ""), **({"smoke": True} if args.smoke else {}),
            }, ensure_ascii=False), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
