"""Pulsar test server readiness: python3 pulsar_ready.py http://127.0.0.1:WEB_PORT

Ready when the admin API lists the cluster and public/default, and the broker's health check (a produce and
consume through the bookie) passes. Exit 0 when ready, 1 otherwise.
"""
import json
import sys
import urllib.request

base = sys.argv[1]


def get(path: str, timeout: float = 5) -> str:
    with urllib.request.urlopen(base + path, timeout=timeout) as answer:
        return answer.read().decode()


try:
    ready = ("standalone" in json.loads(get("/admin/v2/clusters"))
             and "public/default" in json.loads(get("/admin/v2/namespaces/public"))
             and get("/admin/v2/brokers/health", timeout=15).strip() == "ok")
except Exception:  # noqa: BLE001 - anything but a full answer means not ready yet
    ready = False
sys.exit(0 if ready else 1)
