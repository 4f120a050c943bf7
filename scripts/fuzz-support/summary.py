"""Summarises a schemathesis HAR file: requests, 5xx, and the share of writes that reached a 2xx.
Exits 1 when any response was a 5xx."""
import collections
import json
import sys

entries = json.load(open(sys.argv[1]))["log"]["entries"]
statuses = collections.Counter()
writes = writes_ok = 0
server_errors = []
for entry in entries:
    method = entry["request"]["method"]
    status = entry["response"]["status"]
    statuses[status // 100] += 1
    if method in ("POST", "PUT", "DELETE", "PATCH"):
        writes += 1
        writes_ok += 200 <= status < 300
    if status >= 500:
        server_errors.append(f"{status} {method} {entry['request']['url']}")
share = 100 * writes_ok / writes if writes else 0
print(f"requests: {len(entries)}; by class: " + ", ".join(f"{k}xx {v}" for k, v in sorted(statuses.items())))
print(f"writes: {writes}, reaching 2xx: {writes_ok} ({share:.1f}%)")
for line in server_errors[:20]:
    print("5xx:", line)
sys.exit(1 if server_errors else 0)
