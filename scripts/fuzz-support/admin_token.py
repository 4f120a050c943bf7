"""Prints an admin token for the fuzz run (FUZZ_BASE, MAGPIE_ADMIN_PASSWORD)."""
import json
import os
import urllib.request

request = urllib.request.Request(
    os.environ["FUZZ_BASE"] + "/V1/integration/admin/token",
    data=json.dumps({"username": "admin", "password": os.environ["MAGPIE_ADMIN_PASSWORD"]}).encode(),
    headers={"Content-Type": "application/json"},
)
print(json.load(urllib.request.urlopen(request)))
