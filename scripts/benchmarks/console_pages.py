"""The web console's pages (issue: "pages answer in under 50 ms on the large profile"), each one
page at a time as one operator sees them: wrk with one connection, so p50 and p99 are a page's
own time, not a queue's. The ratio is pages/s to the bare route's requests/s with one connection
too, measured in the same run.

The audit log is the large table: `audit_seed` fills it before the server starts, and the rows
below filter it by every field of the form. Values are picked to match the seeded rows: MG-026828
is one SKU (a few dozen calls, a selective filter), "products" matches more than half the log.
"""
import datetime
import time
import urllib.parse

from servers import Client, console_cookie, wrk

CEILING_MS = 50
SKU = "MG-026828"


def pages(ids: dict) -> list[tuple[str, str, str]]:
    """(key, label, path) for every console page; `ids` holds what setup made (bulk, webhook, ...)."""
    hour = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=10)
    window = f"from={hour:%Y-%m-%dT%H:00}&to={hour:%Y-%m-%dT%H:59}"
    return [
        ("dashboard", "dashboard `/admin/`", "/admin/"),
        ("integrations", "integrations", "/admin/integrations"),
        ("bulks", "bulk log, with status counts", "/admin/bulks"),
        ("bulk", f"a bulk's operations ({ids['bulk_size']:,} in the bulk)", f"/admin/bulks/{ids['bulk']}"),
        ("webhooks", "webhooks", "/admin/webhooks"),
        ("deliveries", "a webhook's deliveries", f"/admin/webhooks/{ids['webhook']}"),
        ("delivery", "one delivery", f"/admin/webhooks/{ids['webhook']}/deliveries/{ids['delivery']}"),
        ("audit", "audit log, newest 20 of the whole log", "/admin/audit"),
        ("audit_offset", "audit log, page 2,500 by `?page=` (offset 49,980)", "/admin/audit?page=2500"),
        ("audit_keyset", "audit log, page 2,501 by the Older link (`?before=`)",
         f"/admin/audit?page=2501&before={ids['keyset_before']}"),
        ("audit_time", "audit log, one hour (From/To)", f"/admin/audit?{window}"),
        ("audit_user", "audit log, caller (user id 2)", "/admin/audit?user=2"),
        ("audit_method", "audit log, method PUT", "/admin/audit?method=PUT"),
        ("audit_status", "audit log, status 500", "/admin/audit?status=500"),
        ("audit_path", "audit log, path contains `products`, method GET", "/admin/audit?method=GET&path=products"),
        ("audit_path_rare", f"audit log, path contains `{SKU}` (one SKU)", f"/admin/audit?path={SKU}"),
        ("audit_path_none", "audit log, path contains `nothing-matches`", "/admin/audit?path=nothing-matches"),
        ("audit_entity", f"audit log, entity `product:{SKU}`", f"/admin/audit?entity=product:{SKU}"),
        ("audit_csv_rare", f"audit CSV export, path contains `{SKU}`", f"/admin/audit.csv?path={SKU}"),
        ("audit_csv", "audit CSV export, whole log (the newest 100,000 rows)", "/admin/audit.csv"),
        ("events", "change feed", "/admin/events"),
        ("faults", "fault rules", "/admin/faults"),
        ("config", "configuration", "/admin/config"),
        ("explorer", "API explorer", "/admin/explorer"),
    ]


def setup(base: str, token: str, bulk_size: int, existing_bulk: str | None, audit_rows: int) -> dict:
    """An integration, a webhook with a few (failed) deliveries, and a bulk applied in full."""
    client = Client(base, token)
    client.call("POST", "/rest/V1/integrations", {"integration": {
        "name": f"bench-{int(time.time())}", "resources": ["Magento_Catalog::catalog"]}})
    webhook = client.call("POST", "/rest/V1/webhooks", {"webhook": {
        "name": "bench", "url": "http://127.0.0.1:9/hook", "topics": ["webhook.test"]}})["id"]
    for _ in range(5):
        client.call("POST", f"/rest/V1/webhooks/{webhook}/test")
    delivery = None
    for _ in range(50):
        items = client.call("GET", f"/rest/V1/webhooks/{webhook}/deliveries?searchCriteria[pageSize]=1")["items"]
        if items:
            delivery = items[0]["id"]
            break
        time.sleep(0.2)
    bulk = existing_bulk
    if bulk is None:
        stamp = int(time.time())
        body = [{"product": {"sku": f"CBULK-{stamp}-{i}", "name": f"Bulk {i}", "attribute_set_id": 4, "price": 10,
                             "type_id": "simple", "status": 1, "visibility": 4}} for i in range(bulk_size)]
        bulk = client.call("POST", "/rest/all/async/bulk/V1/products", body)["bulk_uuid"]
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline and client.call(
                "GET", f"/rest/V1/bulk/{bulk}/operation-status/1") < bulk_size:
            time.sleep(1)
    # The id 50,000 rows below the newest: where page 2,501 starts when paging by the Older link.
    newest = client.call("GET", "/rest/V1/audit/search?searchCriteria[pageSize]=1"
                         "&searchCriteria[sortOrders][0][field]=id&searchCriteria[sortOrders][0][direction]=DESC")
    keyset_before = max(newest["items"][0]["id"] - 50_000, 1) if newest["items"] else 1
    return {"bulk": bulk, "bulk_size": bulk_size, "webhook": webhook, "delivery": delivery,
            "keyset_before": keyset_before, "audit_rows": audit_rows}


def measure(base: str, duration: str, ids: dict) -> dict:
    """Every page with one connection; plus the bare route with one connection for the ratio."""
    cookie = console_cookie(base)
    result = {}
    for key, label, path in pages(ids):
        # A 100,000-row export takes seconds: wrk's 2 s timeout would count it as no answer at all.
        run = wrk(base + path, duration, 1, 1, headers=[f"Cookie: {cookie}"], timeout="30s")
        result[key] = {"label": label, "path": path, "p50_ms": run["p50_ms"], "p99_ms": run["p99_ms"],
                       "rps": run["rps"], "errors": run["errors"]}
    return result


def bare_one_connection(bare_base: str, duration: str) -> float:
    return wrk(bare_base + "/bare", duration, 1, 1)["rps"]


def table(results: dict) -> list[str]:
    """Markdown: each page's p50, p99 and ratio on both engines, and whether p99 is under 50 ms."""
    sqlite, postgres = results.get("sqlite", {}), results.get("postgres", {})
    audit = (sqlite or postgres).get("console_setup", {}).get("audit_rows", 0)
    lines = [
        "",
        f"Console pages (one connection, `/admin` signed in, audit log seeded with {audit:,} rows before the "
        "server's own): p50 / p99 in ms, and pages/s as a ratio to the bare route with one connection "
        f"(SQLite: {sqlite.get('bare_one_rps', 0):,.0f}/s, PostgreSQL: {postgres.get('bare_one_rps', 0):,.0f}/s). "
        f"The target is p99 < {CEILING_MS} ms.{load_note(sqlite, postgres)}",
        "",
        "| page | SQLite p50 | SQLite p99 | SQLite ratio | PostgreSQL p50 | PostgreSQL p99 | PostgreSQL ratio | "
        "p99 < 50 ms (SQLite / PostgreSQL) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key, entry in (sqlite or postgres).get("console", {}).items():
        cells = []
        met = []
        for engine in (sqlite, postgres):
            row = engine.get("console", {}).get(key)
            if not row:
                cells += ["–", "–", "–"]
                met.append("–")
                continue
            bare = engine.get("bare_one_rps") or 1
            flag = "" if not row["errors"] else f" ({row['errors']} not 2xx/3xx)"
            cells += [f"{row['p50_ms']:.1f}", f"{row['p99_ms']:.1f}{flag}", f"{row['rps'] / bare:.3f}"]
            met.append("yes" if row["p99_ms"] < CEILING_MS and not row["errors"] else "no")
        lines.append(f"| {entry['label']} | " + " | ".join(cells) + f" | {' / '.join(met)} |")
    return lines


def before_and_after(results: dict, before: dict) -> list[str]:
    """Each page's p50 / p99 in an earlier run (BENCH_BEFORE) and in this one, per engine."""
    lines = ["", f"Against an earlier run ({before.get('label') or 'BENCH_BEFORE'}), p50 / p99 in ms:", "",
             "| page | SQLite before | SQLite now | PostgreSQL before | PostgreSQL now |", "| --- | --- | --- | --- | --- |"]
    now = results.get("sqlite") or results.get("postgres") or {}
    for key, entry in now.get("console", {}).items():
        cells = []
        for engine in ("sqlite", "postgres"):
            for run in (before, results):
                row = run.get(engine, {}).get("console", {}).get(key)
                cells.append(f"{row['p50_ms']:.1f} / {row['p99_ms']:.1f}" if row else "–")
        lines.append(f"| {entry['label']} | " + " | ".join(cells) + " |")
    return lines


def load_note(*engines: dict) -> str:
    """The machine's 1-minute load average when each engine's pages began and ended (2 cores: above
    2, other work was queueing for the CPU with the pages)."""
    parts = [f"{name} {engine['load_average'][0]:.1f} → {engine['load_average'][1]:.1f}"
             for name, engine in zip(("SQLite", "PostgreSQL"), engines) if engine.get("load_average")]
    return f" Load average (1 min) over the pages: {', '.join(parts)}." if parts else ""
