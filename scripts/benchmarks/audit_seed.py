"""Fills `magpie_audit` with a large log by one SQL INSERT ... SELECT, before the server starts.

Driving real requests would take hours for a million rows (the audited load of a full run makes
tens of thousands); one statement makes them in seconds on SQLite and about a minute on
PostgreSQL, through the same triggers and indexes as the server's own writes.

The rows imitate the bench's own traffic over the last 30 days, oldest first (ids grow with time):
of every 20 calls, 8 product GETs, 1 product list, 1 product save and 1 stock update (both with
`entity_ids`), 1 countries, 1 store views, 4 guest-cart calls (the order one with an `order:`
entity), 1 events search, 1 admin token and 1 order GET. Admin calls (user type 2) carry user
ids 1 to 3; about 1 call in 53 is a 400, 1 in 97 a 404 and 1 in 211 a 500.
"""
import subprocess
import sqlite3

# One row per n; `sku`, `cart` and `created_at` are spelt per engine, everything else is shared SQL.
COLUMNS = "created_at, request_id, user_type, user_id, method, path, status, duration_us, entity_ids"
ADMIN = "(9, 10, 12, 17, 19)"
VALUES = f"""
  CASE WHEN kind IN {ADMIN} THEN 2 ELSE 4 END,
  CASE WHEN kind IN {ADMIN} THEN 1 + n % 3 END,
  CASE WHEN kind IN (9, 10) THEN 'PUT' WHEN kind IN (13, 14, 16, 18) THEN 'POST' ELSE 'GET' END,
  CASE WHEN kind < 8 OR kind = 9 THEN '/rest/V1/products/' || sku
       WHEN kind = 8 THEN '/rest/default/V1/products'
       WHEN kind = 10 THEN '/rest/V1/products/' || sku || '/stockItems/1'
       WHEN kind = 11 THEN '/rest/V1/directory/countries/DE'
       WHEN kind = 12 THEN '/rest/V1/store/storeViews'
       WHEN kind = 13 THEN '/rest/V1/guest-carts'
       WHEN kind = 14 THEN '/rest/V1/guest-carts/' || cart || '/items'
       WHEN kind = 15 THEN '/rest/V1/guest-carts/' || cart || '/totals'
       WHEN kind = 16 THEN '/rest/V1/guest-carts/' || cart || '/payment-information'
       WHEN kind = 17 THEN '/rest/V1/events/search'
       WHEN kind = 18 THEN '/rest/V1/integration/admin/token'
       ELSE '/rest/V1/orders/' || (n / 20) END,
  CASE WHEN n % 211 = 0 THEN 500 WHEN n % 97 = 0 THEN 404 WHEN n % 53 = 0 THEN 400 ELSE 200 END,
  (n * 7919) % 50000,
  CASE WHEN kind IN (9, 10) THEN 'product:' || sku WHEN kind = 16 THEN 'order:' || (n / 20) END
"""
SECONDS = 30 * 24 * 3600


def sqlite_statement(rows: int) -> str:
    step = SECONDS / rows
    return f"""
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < {rows}),
k AS (SELECT n, n % 20 AS kind, printf('MG-%06d', (n * 7919) % 44444 + 1) AS sku,
             printf('%032x', n * 2654435761) AS cart FROM c)
INSERT INTO magpie_audit ({COLUMNS})
SELECT strftime('%Y-%m-%d %H:%M:%S', 'now', '-30 days', '+' || (n * {step}) || ' seconds'),
  printf('seed-%08x', n), {VALUES}
FROM k"""


def postgres_statement(rows: int) -> str:
    step = SECONDS / rows
    return f"""
INSERT INTO magpie_audit ({COLUMNS})
SELECT to_char((now() AT TIME ZONE 'UTC') - interval '30 days' + n * interval '{step} seconds', 'YYYY-MM-DD HH24:MI:SS'),
  'seed-' || lpad(to_hex(n), 8, '0'), {VALUES}
FROM (SELECT n, n % 20 AS kind, 'MG-' || lpad(((n * 7919) % 44444 + 1)::text, 6, '0') AS sku,
             lpad(to_hex(n * 2654435761), 32, '0') AS cart FROM generate_series(1::bigint, {rows}::bigint) AS n) k"""


def seed(database: str, rows: int):
    """`database`: a SQLite file or a postgres:// URL (the schema is already there: `magpie seed`
    made it). PostgreSQL is then vacuumed and analysed, as autovacuum would do within a minute of
    inserts this large (the catalog's and the log's): planner statistics, and the visibility map
    that lets a count read an index alone."""
    if database.startswith("postgres"):
        for sql in (postgres_statement(rows), "VACUUM ANALYZE"):
            subprocess.run(["psql", database, "-qtA", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                           capture_output=True)
        return
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(sqlite_statement(rows))
    connection.close()
