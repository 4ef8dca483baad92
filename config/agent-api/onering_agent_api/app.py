"""The HTTP API of config/contracts/openapi.yaml (the contract is the truth; tests validate every answer against it).

  GET /health                      200 when the database answers, 503 when it does not
  GET /v1/datasets                 the curated datasets: description, row count, key, columns
  GET /v1/datasets/{name}          one of them (404 when there is no such dataset)
  GET /v1/search?q=&limit=&dataset=  rows whose text columns hold every term of q
  GET /openapi.yaml                the contract itself, for agents discovering the API
  GET /metrics                     Prometheus metrics

JSON everywhere (errors too: {"error": {"status": ..., "message": ...}}); only GET and HEAD.
"""
from __future__ import annotations

import json
import logging
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

from .catalog import MAX_TERMS, Catalog, Unavailable, terms_of

LOG = logging.getLogger("agent-api")
REQUESTS = Counter("agent_api_requests", "Requests answered, by route and status", ["route", "status"])
LATENCY = Histogram("agent_api_request_duration_seconds", "Time to answer, by route", ["route"])
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_QUERY_LENGTH = 200


class ApiError(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if values is None:
        return None
    if len(values) > 1:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"give {name} once, not {len(values)} times")
    return values[0]


def search_arguments(params: dict[str, list[str]]) -> tuple[str, list[str], int, str | None]:
    query = _one(params, "q")
    if query is None:
        raise ApiError(HTTPStatus.BAD_REQUEST, "q is required: the words to search for")
    query = query.strip()
    if not query:
        raise ApiError(HTTPStatus.BAD_REQUEST, "q is empty: give at least one word to search for")
    if len(query) > MAX_QUERY_LENGTH:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"q is {len(query)} characters long; at most {MAX_QUERY_LENGTH}")
    terms = terms_of(query)
    if len(terms) > MAX_TERMS:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"q has {len(terms)} words; at most {MAX_TERMS}")
    raw_limit = _one(params, "limit")
    limit = DEFAULT_LIMIT
    if raw_limit is not None:
        try:
            limit = int(raw_limit)
        except ValueError:
            raise ApiError(HTTPStatus.BAD_REQUEST, f"limit {raw_limit!r} is not a whole number") from None
        if not 1 <= limit <= MAX_LIMIT:
            raise ApiError(HTTPStatus.BAD_REQUEST, f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    return query, terms, limit, _one(params, "dataset")


class Api:
    """The routes, independent of the HTTP server: each returns (status, JSON body)."""

    def __init__(self, catalog: Catalog, contract: Path):
        self.catalog = catalog
        self.contract = contract

    def health(self, _params) -> tuple[HTTPStatus, dict]:
        try:
            self.catalog.ping()
        except Unavailable as error:
            return HTTPStatus.SERVICE_UNAVAILABLE, {"status": "unavailable", "database": str(error)}
        return HTTPStatus.OK, {"status": "ok", "database": "ok"}

    def datasets(self, _params) -> tuple[HTTPStatus, dict]:
        return HTTPStatus.OK, {"datasets": [self.catalog.describe(d) for d in self.catalog.datasets()]}

    def dataset(self, name: str) -> tuple[HTTPStatus, dict]:
        found = self.catalog.dataset(name)
        if found is None:
            raise ApiError(HTTPStatus.NOT_FOUND, f"no dataset named {name!r}; GET /v1/datasets lists them")
        return HTTPStatus.OK, self.catalog.describe(found)

    def search(self, params) -> tuple[HTTPStatus, dict]:
        query, terms, limit, name = search_arguments(params)
        if name is None:
            datasets = self.catalog.datasets()
        else:
            found = self.catalog.dataset(name)
            if found is None:
                raise ApiError(HTTPStatus.NOT_FOUND, f"no dataset named {name!r}; GET /v1/datasets lists them")
            datasets = [found]
        results, more = self.catalog.search(terms, limit, datasets)
        return HTTPStatus.OK, {"query": query, "terms": terms, "limit": limit, "count": len(results), "more": more,
                               "results": results}


class Handler(BaseHTTPRequestHandler):
    server_version = "onering-agent-api/1"
    protocol_version = "HTTP/1.1"
    api: Api  # set on the subclass the server is built with

    def do_GET(self) -> None:  # noqa: N802 - the standard library's naming
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _refuse(self) -> None:
        # The request's body is not read: the connection closes after the answer instead of reading it as a request.
        self.close_connection = True
        REQUESTS.labels("(method not allowed)", str(int(HTTPStatus.METHOD_NOT_ALLOWED))).inc()
        body = _error(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not allowed; the API is read-only (GET)")
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, json.dumps(body).encode("utf-8"), "application/json", head=False,
                   extra={"Allow": "GET, HEAD", "Connection": "close"})

    do_POST = do_PUT = do_PATCH = do_DELETE = _refuse

    def _answer(self, head: bool) -> None:
        started = time.monotonic()
        url = urlsplit(self.path)
        route, status = url.path, HTTPStatus.INTERNAL_SERVER_ERROR
        try:
            params = parse_qs(url.query, keep_blank_values=True)
            if url.path == "/metrics":
                status = HTTPStatus.OK
                self._send(status, generate_latest(), CONTENT_TYPE_LATEST, head)
                return
            if url.path == "/openapi.yaml":
                status = HTTPStatus.OK
                self._send(status, self.api.contract.read_bytes(), "application/yaml", head)
                return
            routes = {"/health": self.api.health, "/v1/datasets": self.api.datasets, "/v1/search": self.api.search}
            if url.path in routes:
                status, body = routes[url.path](params)
            elif url.path.startswith("/v1/datasets/") and url.path.count("/") == 3:
                route = "/v1/datasets/{name}"
                status, body = self.api.dataset(unquote(url.path.rsplit("/", 1)[1]))
            else:
                route = "(unknown)"
                raise ApiError(HTTPStatus.NOT_FOUND, f"no route {url.path}; see /openapi.yaml")
        except ApiError as error:
            status, body = error.status, _error(error.status, str(error))
        except Unavailable as error:
            LOG.warning("%s: %s", url.path, error)
            status, body = HTTPStatus.SERVICE_UNAVAILABLE, _error(HTTPStatus.SERVICE_UNAVAILABLE, str(error))
        except Exception:  # noqa: BLE001 - any bug is a 500 with a JSON body, and logged with its trace
            LOG.exception("%s failed", self.path)
            status, body = HTTPStatus.INTERNAL_SERVER_ERROR, _error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error; see the service's log")
        finally:
            REQUESTS.labels(route, str(int(status))).inc()
            LATENCY.labels(route).observe(time.monotonic() - started)
        self._send(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json", head)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, head: bool, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type if content_type != "application/json" else "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the standard library's signature
        LOG.info("%s %s", self.address_string(), format % args)


def _error(status: HTTPStatus, message: str) -> dict:
    return {"error": {"status": int(status), "message": message}}


def server(api: Api, host: str, port: int) -> ThreadingHTTPServer:
    handler = type("ApiHandler", (Handler,), {"api": api})
    httpd = ThreadingHTTPServer((host, port), handler)
    httpd.daemon_threads = True
    return httpd
