"""`python -m onering_agent_api`: serves the API (the image's entrypoint).

Settings: AGENT_API_PORT (8080), AGENT_API_BIND (0.0.0.0), AGENT_API_SCHEMA (curated), AGENT_API_CONTRACT (the
OpenAPI document it serves at /openapi.yaml), AGENT_API_POOL_SIZE (4); the database as libpq's PGHOST, PGPORT,
PGDATABASE, PGUSER and PGAPPNAME say, the password in the file AGENT_API_PG_PASSWORD_FILE names. SIGTERM stops it
after the requests in flight.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from pathlib import Path

from .app import Api, server
from .catalog import Catalog, Pool, connect_from_environment

LOG = logging.getLogger("agent-api")
# Beside the package in the repository (config/contracts); the image sets AGENT_API_CONTRACT.
_REPO_CONTRACT = Path(__file__).resolve().parents[2] / "contracts" / "openapi.yaml"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        return int(raw) if raw else default
    except ValueError:
        raise SystemExit(f"agent-api: {name}={raw!r} is not a whole number") from None


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    contract = Path(os.environ.get("AGENT_API_CONTRACT", "").strip() or _REPO_CONTRACT)
    if not contract.is_file():
        print(f"agent-api: the contract {contract} is missing (AGENT_API_CONTRACT)", file=sys.stderr)
        return 2
    pool = Pool(connect_from_environment(), size=_int("AGENT_API_POOL_SIZE", 4))
    api = Api(Catalog(pool, os.environ.get("AGENT_API_SCHEMA", "").strip() or "curated"), contract)
    httpd = server(api, os.environ.get("AGENT_API_BIND", "").strip() or "0.0.0.0", _int("AGENT_API_PORT", 8080))
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=httpd.shutdown, daemon=True).start())
    LOG.info("serving schema %s on %s:%d", api.catalog.schema, *httpd.server_address[:2])
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        pool.close()
    LOG.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
