"""scripts/bench's driver: every scenario of issue 17 on SQLite and on PostgreSQL, two nodes on one
PostgreSQL, ratios to the bare route measured in the same run, then docs/benchmarks.md and its chart.

    python3 bench.py BINARY POSTGRES_URL [--quick | --console]

--console measures the console's pages alone (large profile, a million seeded audit rows) and
writes docs/benchmarks-console.md and .json instead of docs/benchmarks.md.
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audit_seed  # noqa: E402
import console_pages  # noqa: E402
from report import write_console_report, write_report  # noqa: E402
from scenarios import Scenarios  # noqa: E402
from servers import PostgresDatabases, Server, scratch, wrk  # noqa: E402

# simples: how many MG- simple products the profile has. Every fifth index is a configurable with four
# children (nine products per five indexes), so a profile of N products has about 4N/9 simples:
# 4,444 in medium, 44,444 in large. product-get.lua cycles through the first `simples` of them.
# audit_rows: the audit log is filled with this many rows (audit_seed.py) before the server starts,
# so the console's audit pages read a log of that size. console_bulk: the bulk whose operations page
# --console measures (the full run measures its own bulk of bulk_operations).
QUICK = {"duration": "3s", "profile": "medium", "simples": 4400, "order_carts": 600, "bulk_operations": 5000,
         "audit_rows": 100_000}
FULL = {"duration": "10s", "profile": "large", "simples": 40000, "order_carts": 6000, "bulk_operations": 100000,
        "audit_rows": 1_000_000}
CONSOLE = dict(FULL, duration="5s", console_bulk=10_000)


def settings(mode: str) -> dict:
    chosen = dict({"quick": QUICK, "full": FULL, "console": CONSOLE}[mode])
    chosen.update(mode=mode, connections=int(os.environ.get("CONNECTIONS", 32)),
                  threads=int(os.environ.get("THREADS", 2)), bulk_timeout=120 if mode == "quick" else 600)
    for key, name, kind in (("duration", "DURATION", str), ("profile", "PROFILE", str), ("audit_rows", "AUDIT_ROWS", int)):
        if name in os.environ:
            chosen[key] = kind(os.environ[name])
    return chosen


def log(message: str):
    print(message, file=sys.stderr, flush=True)


def bare_rps(bare: Server, s: dict) -> float:
    return wrk(bare.base + "/bare", s["duration"], s["connections"], s["threads"])["rps"]


def engine_run(engine: str, binary: str, new_database, s: dict, work: str, bare: Server) -> dict:
    """Cold start and idle RSS on a new database, then every scenario on a seeded catalog (the
    console's pages alone with --console)."""
    result = {} if s["mode"] == "console" else cold_start(engine, binary, new_database, s, work)

    database = new_database("catalog")
    log(f"[{engine}] seeding the {s['profile']} profile")
    started = time.monotonic()
    subprocess.run([binary, "seed", "--database", database, "--profile", s["profile"]], check=True,
                   capture_output=True)
    result["seed_seconds"] = time.monotonic() - started
    log(f"[{engine}] seeding {s['audit_rows']:,} audit rows")
    started = time.monotonic()
    audit_seed.seed(database, s["audit_rows"])
    result["audit_seed_seconds"] = time.monotonic() - started
    server = Server(binary, database, work, f"{engine}-serve", env={"MAGPIE_CATALOG": "none"})
    result["start_existing_ms"] = server.ready_ms
    try:
        return serve_run(engine, binary, database, server, s, work, bare, result)
    finally:
        server.stop()


def serve_run(engine: str, binary: str, database: str, server: Server, s: dict, work: str, bare: Server,
              result: dict) -> dict:
    scenarios = Scenarios(server.base, s)
    if s["mode"] == "console":
        result.update(console(engine, server, scenarios, s, bare))
        return result
    before = bare_rps(bare, s)
    for step in (scenarios.reads, scenarios.graphql, scenarios.cart_totals, scenarios.writes):
        log(f"[{engine}] {step.__name__}")
        result.update(step())
    log(f"[{engine}] place orders")
    result.update(scenarios.place_orders(work))
    log(f"[{engine}] bulk of {s['bulk_operations']}")
    result.update(scenarios.bulk())
    result.update(console(engine, server, scenarios, s, bare))
    result["loaded_rss_mb"] = {"value": server.rss_mb()}
    result["snapshots_catalog"] = scenarios.snapshots()
    after = bare_rps(bare, s)
    result["bare_rps"] = (before + after) / 2
    if engine == "postgres":
        result["two_nodes"] = two_nodes(binary, database, server, scenarios, s, work)
    return result


def cold_start(engine: str, binary: str, new_database, s: dict, work: str) -> dict:
    log(f"[{engine}] cold start on a new database with the demo data")
    cold = Server(binary, new_database("cold"), work, f"{engine}-cold")
    time.sleep(1)
    result = {"cold_start_ms": {"value": cold.ready_ms}, "idle_rss_mb": {"value": cold.rss_mb()}}
    result["snapshots_demo"] = Scenarios(cold.base, s).snapshots()
    cold.stop()
    return result


def console(engine: str, server: Server, scenarios: Scenarios, s: dict, bare: Server) -> dict:
    """Every console page, one connection, with the bare route at one connection before and after."""
    log(f"[{engine}] console pages")
    ids = console_pages.setup(server.base, scenarios.token, s.get("console_bulk", s["bulk_operations"]),
                              scenarios.bulk_uuid, s["audit_rows"])
    load = os.getloadavg()[0]
    before = console_pages.bare_one_connection(bare.base, s["duration"])
    pages = console_pages.measure(server.base, s["duration"], ids)
    after = console_pages.bare_one_connection(bare.base, s["duration"])
    return {"console": pages, "console_setup": ids, "bare_one_rps": (before + after) / 2,
            "load_average": [load, os.getloadavg()[0]]}


def two_nodes(binary: str, database: str, first: Server, scenarios: Scenarios, s: dict, work: str) -> dict:
    """The same product GET and save load split over two nodes on one PostgreSQL, against one node."""
    log("[postgres] two nodes")
    second = Server(binary, database, work, "postgres-second", env={"MAGPIE_CATALOG": "none"})
    half = dict(s, connections=max(1, s["connections"] // 2), threads=max(1, s["threads"] // 2))
    outcome = {}
    for key, script in (("product_get", "product-get.lua"), ("product_save", "product-save.lua")):
        one = wrk(first.base, s["duration"], s["connections"], s["threads"], scenarios.token, script,
                  [str(s["simples"])])["rps"]
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            runs = [pool.submit(wrk, node.base, half["duration"], half["connections"], half["threads"],
                                scenarios.token, script, [str(s["simples"])]) for node in (first, second)]
            both = sum(run.result()["rps"] for run in runs)
        outcome[key] = {"one": one, "two": both}
    second.stop()
    return outcome


def main():
    binary, postgres_url = sys.argv[1], sys.argv[2]
    s = settings("quick" if "--quick" in sys.argv else "console" if "--console" in sys.argv else "full")
    work = scratch()
    databases = PostgresDatabases(postgres_url)
    bare = Server(binary, None, work, "bare", bare=True)
    results = {"settings": s, "label": os.environ.get("BENCH_LABEL", "")}
    try:
        counter = iter(range(1000))
        engines = os.environ.get("ENGINES", "sqlite,postgres").split(",")
        if "sqlite" in engines:
            results["sqlite"] = engine_run(
                "sqlite", binary, lambda label: os.path.join(work, f"{label}-{next(counter)}.sqlite"), s, work, bare)
        if "postgres" in engines:
            results["postgres"] = engine_run(
                "postgres", binary, lambda label: databases.new(f"{label}{next(counter)}"), s, work, bare)
    finally:
        bare.stop()
        databases.drop_all()
        shutil.rmtree(work, ignore_errors=True)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    if s["mode"] == "console":
        with open(os.path.join(root, "docs", "benchmarks-console.json"), "w") as file:
            json.dump(results, file, indent=1)
        print(write_console_report(results, root))
        return
    with open(os.path.join(root, "docs", "benchmarks.json"), "w") as file:
        json.dump(results, file, indent=1)
    print(write_report(results, root))


if __name__ == "__main__":
    main()
