"""`waterbot bench routing-files`: Solomon-style VRPTW instances of any size, from fixed seeds.

Classes as Solomon's type-1 sets: C (customers in clusters, long service, wide windows),
R (uniformly scattered) and RC (half each); the area grows with the square root of the number
of customers so that density stays Solomon's; every window is reachable from the depot alone.
"""

from __future__ import annotations

import argparse
import math
import random
from pathlib import Path

from bot.devtools.bench_support import positive

KINDS = ("c1", "r1", "rc1")


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `routing-files` to the `bench` subcommands."""
    parser = kinds.add_parser(
        "routing-files",
        help="write Solomon-style C1/R1/RC1 instances of any size from fixed seeds",
        description="Write one Solomon-format file per class and seed into --out.",
    )
    parser.add_argument("--customers", type=positive, default=200, metavar="N")
    parser.add_argument("--seeds", type=positive, nargs="+", default=[1], metavar="SEED")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the files and print their paths."""
    args.out.mkdir(parents=True, exist_ok=True)
    for seed in args.seeds:
        for kind in KINDS:
            path = args.out / f"{kind}_{args.customers}_{seed}.txt"
            path.write_text(generate(kind, args.customers, seed), encoding="utf-8")
            print(path)
    return 0


def generate(kind: str, customers: int, seed: int) -> str:
    """The text of one instance: kind `c1`, `r1` or `rc1`."""
    if kind not in KINDS:
        raise ValueError(f"unknown class {kind!r}")
    rnd = random.Random(f"{kind}-{customers}-{seed}")
    side = 100.0 * math.sqrt(customers / 100)
    depot = (round(side / 2), round(side / 2))
    points = _points(kind, customers, side, rnd)
    clustered = kind == "c1"
    horizon = round((1236 if clustered else 230) * side / 100)
    service = 90 if clustered else 10
    rows: list[tuple[int, ...]] = [(0, *depot, 0, 0, horizon, 0)]
    for number, (x, y) in enumerate(points, start=1):
        reach = math.ceil(math.hypot(x - depot[0], y - depot[1]))
        ready, due = _window(rnd, reach, horizon - reach - service, clustered)
        rows.append((number, x, y, rnd.randint(1, 40), ready, due, service))
    fleet = max(customers // 4, min(customers, 10))  # a quarter, as Solomon; small sets need more
    return _text(f"{kind.upper()}_{customers}_{seed}", fleet, 200, rows)


def _points(kind: str, customers: int, side: float, rnd: random.Random) -> list[tuple[int, int]]:
    scattered = {"c1": 0, "r1": customers, "rc1": customers // 2}[kind]
    centres = [
        (rnd.uniform(0.1, 0.9) * side, rnd.uniform(0.1, 0.9) * side)
        for _ in range(max(1, customers // 10))
    ]
    points = []
    for i in range(customers):
        if i < scattered:
            x, y = rnd.uniform(0, side), rnd.uniform(0, side)
        else:
            cx, cy = rnd.choice(centres)
            x, y = rnd.gauss(cx, side / 40), rnd.gauss(cy, side / 40)
        points.append((round(min(side, max(0.0, x))), round(min(side, max(0.0, y)))))
    rnd.shuffle(points)
    return points


def _window(rnd: random.Random, earliest: int, latest: int, clustered: bool) -> tuple[int, int]:
    """A window inside [earliest, latest]: the customer is reachable and the courier gets back."""
    if rnd.random() < 0.25:  # a quarter of customers without a tight window, as in R1/RC1
        return earliest, latest
    width = rnd.uniform(60, 180) if clustered else rnd.uniform(10, 60)
    centre = rnd.uniform(earliest, latest)
    ready = max(earliest, round(centre - width / 2))
    return ready, max(ready, min(latest, round(centre + width / 2)))


def _text(name: str, vehicles: int, capacity: int, rows: list[tuple[int, ...]]) -> str:
    lines = [
        name,
        "",
        "VEHICLE",
        "NUMBER     CAPACITY",
        f"{vehicles:>5}{capacity:>12}",
        "",
        "CUSTOMER",
        "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME",
        "",
    ]
    lines += ["".join(f"{v:>10}" for v in row) for row in rows]
    return "\n".join(lines) + "\n"
