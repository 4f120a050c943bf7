"""docs/benchmarks.md and docs/benchmarks.png from one run's results."""
import datetime
import json
import os
import platform
import subprocess

from console_pages import before_and_after as console_before_and_after
from console_pages import table as console_table
from scenarios import TARGETS


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    with open("/proc/meminfo") as info:
        memory = int(info.readline().split()[1]) // 1024 // 1024
    return f"{os.cpu_count()} cores ({model}), {memory} GB, {platform.system()} {platform.release()}"


def figure(engine: dict, key: str) -> float | None:
    entry = engine.get(key)
    if entry is None:
        return None
    return entry["value"] if "value" in entry else entry["rps"]


def attainment(kind: str, target, value, bare: float) -> float | None:
    """How far a figure is towards its target: 1.0 meets it, whatever the kind."""
    if target is None or value is None:
        return None
    if kind == "ratio":
        return value / bare / target
    if kind == "rate":
        return value / target
    return target / value if value else None


def cell(kind: str, value, bare: float) -> str:
    if value is None:
        return "–"
    if kind == "max":
        return f"{value:,.0f}"
    return f"{value:,.0f}/s ({value / bare:.3f}×)"


def target_text(kind: str, target) -> str:
    if target is None:
        return "–"
    return {"ratio": f"≥ {target}×", "rate": f"≥ {target:,}/s", "max": f"< {target}"}[kind]


def written(root: str) -> str:
    """When, at which commit and on what machine."""
    commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    return (f"on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC at commit `{commit}`, "
            f"on {machine()}")


def write_report(results: dict, root: str) -> str:
    sqlite, postgres, s = results["sqlite"], results["postgres"], results["settings"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `scripts/bench{' --quick' if s['mode'] == 'quick' else ''}` {written(root)}.",
        f"Release build, wrk -t{s['threads']} -c{s['connections']} -d{s['duration']} on loopback, rate limits off, "
        f"audit log {os.environ.get('AUDIT', 'on')}, `{s['profile']}` catalog profile. Ratios are to the bare "
        f"Hummingbird route served by the same binary, measured before and after each engine's rows "
        f"(SQLite: {sqlite['bare_rps']:,.0f}/s, PostgreSQL: {postgres['bare_rps']:,.0f}/s). The machine is shared, "
        "so read the ratios, not the req/s.",
        "",
        "| scenario | target | SQLite | PostgreSQL | PostgreSQL / SQLite | met (SQLite / PostgreSQL) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    notes = []
    for key, label, kind, target in TARGETS:
        values = [figure(sqlite, key), figure(postgres, key)]
        reached = [attainment(kind, target, v, e["bare_rps"]) for v, e in zip(values, (sqlite, postgres))]
        met = " / ".join("–" if r is None else ("yes" if r >= 1 else "no") for r in reached)
        relative = "–" if None in values or not values[0] else f"{values[1] / values[0]:.2f}"
        lines.append(f"| {label} | {target_text(kind, target)} | {cell(kind, values[0], sqlite['bare_rps'])} | "
                     f"{cell(kind, values[1], postgres['bare_rps'])} | {relative} | {met} |")
        for engine, name in ((sqlite, "SQLite"), (postgres, "PostgreSQL")):
            if engine.get(key, {}).get("note"):
                notes.append(f"- {label}, {name}: {engine[key]['note']}")
            if engine.get(key, {}).get("errors"):
                notes.append(f"- {label}, {name}: {engine[key]['errors']} answers were not 2xx/3xx")
    lines += ["", "Two `magpie serve` nodes on one PostgreSQL, the same load split between them:", "",
              "| scenario | one node | two nodes | two / one |", "| --- | --- | --- | --- |"]
    for key, entry in postgres["two_nodes"].items():
        lines.append(f"| {key} | {entry['one']:,.0f}/s | {entry['two']:,.0f}/s | {entry['two'] / entry['one']:.2f} |")
    lines += ["", f"Seeding the catalog took {sqlite['seed_seconds']:.1f} s on SQLite and "
              f"{postgres['seed_seconds']:.1f} s on PostgreSQL; start on the seeded database: "
              f"{sqlite['start_existing_ms']:.0f} ms / {postgres['start_existing_ms']:.0f} ms.", ""]
    for key, label in (("snapshots_demo", "the demo database"), ("snapshots_catalog", f"the {results['settings']['profile']} catalog")):
        if key in sqlite and key in postgres:
            first = sqlite[key]["sandbox_first_request_ms"]
            lines.append(f"Restoring a snapshot of {label}: {sqlite[key]['restore_ms']:.0f} ms on SQLite, "
                         f"{postgres[key]['restore_ms']:.0f} ms on PostgreSQL; first request in a new sandbox "
                         f"(SQLite): {first:.0f} ms." if first is not None else "")
    lines.append("")
    lines += console_table(results) + [""]
    lines += notes + before_and_after(results) + ["", "![each scenario against its target](benchmarks.png)", ""]
    text = "\n".join(lines)
    with open(os.path.join(root, "docs", "benchmarks.md"), "w") as file:
        file.write(text)
    draw_chart(results, os.path.join(root, "docs", "benchmarks.png"))
    return text


def before_and_after(results: dict) -> list[str]:
    """With `BENCH_BEFORE=results.json` (an earlier run's docs/benchmarks.json, e.g. the commit
    before a change): each figure then and now, as ratios to each run's own bare route."""
    path = os.environ.get("BENCH_BEFORE")
    if not path:
        return []
    with open(path) as file:
        before = json.load(file)
    lines = ["", f"Against an earlier run ({before.get('label', path)}), each run's figure and its ratio to its own "
             "bare route:", "", "| scenario | SQLite before | SQLite now | PostgreSQL before | PostgreSQL now |",
             "| --- | --- | --- | --- | --- |"]
    for key, label, kind, _ in TARGETS:
        cells = []
        for engine in ("sqlite", "postgres"):
            for run in (before, results):
                cells.append(cell(kind, figure(run[engine], key), run[engine]["bare_rps"]))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def draw_chart(results: dict, path: str):
    """Horizontal bars: each scenario's figure as a fraction of its target (1.0 = met), per engine."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is missing: no chart drawn")
        return
    rows = [(label, kind, target) for _, label, kind, target in TARGETS if target is not None]
    keys = [key for key, _, _, target in TARGETS if target is not None]
    figure_, axes = plt.subplots(figsize=(10, 0.55 * len(rows) + 1.5))
    height = 0.38
    for offset, (engine, name, colour) in enumerate(
            ((results["sqlite"], "SQLite", "#4477aa"), (results["postgres"], "PostgreSQL", "#ee6677"))):
        values = [attainment(kind, target, figure(engine, key), engine["bare_rps"]) or 0.001
                  for key, (_, kind, target) in zip(keys, rows)]
        positions = [index + offset * height for index in range(len(rows))]
        axes.barh(positions, values, height=height, label=name, color=colour)
    axes.axvline(1.0, color="black", linestyle="--", linewidth=1, label="target")
    axes.set_yticks([index + height / 2 for index in range(len(rows))])
    axes.set_yticklabels([f"{label} [{target_text(kind, target)}]" for label, kind, target in rows], fontsize=8)
    axes.invert_yaxis()
    axes.set_xscale("log")
    axes.set_xlabel("figure / target (log scale; 1 = target met)")
    axes.legend(loc="best", fontsize=8)
    axes.set_title("Magpie: each scenario against its target (issue 17)")
    figure_.tight_layout()
    figure_.savefig(path, dpi=110)


def write_console_report(results: dict, root: str) -> str:
    """docs/benchmarks-console.md: the console's pages alone (`scripts/bench --console`)."""
    s = results["settings"]
    label = f" ({results['label']})" if results.get("label") else ""
    lines = [
        "# Console benchmarks",
        "",
        f"Written by `scripts/bench --console` {written(root)}{label}. "
        f"Release build, wrk -t1 -c1 -d{s['duration']} per page on loopback, rate limits off, audit log "
        f"{os.environ.get('AUDIT', 'on')}, `{s['profile']}` catalog profile. The machine is shared, so read "
        "the ratios as well as the milliseconds.",
    ] + console_table(results)
    if os.environ.get("BENCH_BEFORE"):
        with open(os.environ["BENCH_BEFORE"]) as file:
            lines += console_before_and_after(results, json.load(file))
    text = "\n".join(lines + [""])
    with open(os.path.join(root, "docs", "benchmarks-console.md"), "w") as file:
        file.write(text)
    return text
