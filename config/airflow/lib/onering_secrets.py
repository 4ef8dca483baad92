"""Airflow's connections and variables from Infisical: a secrets backend for every Airflow process of the platform.

Configured by the platform when it runs Infisical (``[secrets] backend``/``backend_kwargs``): a connection ``<id>``
is the secret ``<id>`` in the folder ``connections_path`` (Airflow's JSON or URI form), a variable ``<key>`` the
secret ``<key>`` in ``variables_path``, of the project and environment the credentials connection names.

The backend's own credentials are the Airflow connection ``credentials_conn_id`` (host: Infisical's URL; login and
password: the universal-auth client id and secret of Airflow's machine identity; extra: ``project`` slug and
``environment``), which the platform's ``airflow-secrets`` hook writes: Infisical issues the client secret at run
time, after Airflow is up, so it cannot be in Airflow's environment. This backend declines that one connection, so
the backends after it in the process's chain answer it (the metastore in the API server and scheduler, the Execution
API in task processes). Until it exists, every lookup falls through to those backends.
"""
from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from airflow.secrets import BaseSecretsBackend

log = logging.getLogger(__name__)


class InfisicalError(RuntimeError):
    """Infisical answered, but not with a secret or a clean 404."""


class InfisicalSecretsBackend(BaseSecretsBackend):
    def __init__(self, credentials_conn_id: str = "infisical_default", connections_path: str = "/connections",
                 variables_path: str = "/variables", timeout: float = 10.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.credentials_conn_id = credentials_conn_id
        self.connections_path = connections_path
        self.variables_path = variables_path
        self.timeout = timeout
        self._token: str | None = None
        self._token_expires = 0.0
        self._session: dict[str, str] | None = None

    def get_conn_value(self, conn_id: str, team_name: str | None = None) -> str | None:
        if conn_id == self.credentials_conn_id:
            return None
        return self._read(self.connections_path, conn_id)

    def get_variable(self, key: str, team_name: str | None = None) -> str | None:
        return self._read(self.variables_path, key)

    def _credentials(self) -> dict[str, str] | None:
        """The credentials connection, from the backends after this one; None while it does not exist."""
        from airflow.sdk import Connection

        try:
            conn = Connection.get(self.credentials_conn_id)
        except Exception:  # AirflowNotFoundException; its module differs between Airflow's server and task SDK
            return None
        extra = conn.extra_dejson
        return {"url": conn.host.rstrip("/"), "client_id": conn.login, "client_secret": conn.password,
                "project": extra["project"], "environment": extra["environment"]}

    def _request(self, method: str, url: str, body: dict | None = None, token: str | None = None) -> tuple[int, dict]:
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as e:
            return e.code, {"message": e.read().decode(errors="replace")[:300]}

    def _login(self, session: dict[str, str]) -> str:
        if self._token and time.monotonic() < self._token_expires:
            return self._token
        status, body = self._request("POST", session["url"] + "/api/v1/auth/universal-auth/login",
                                     {"clientId": session["client_id"], "clientSecret": session["client_secret"]})
        if status != 200:
            raise InfisicalError(f"Infisical refused the credentials of connection {self.credentials_conn_id} "
                                 f"({status}: {body.get('message')}); run the airflow-secrets hook again")
        self._token = body["accessToken"]
        # Renewed a minute before it expires: a long task keeps reading.
        self._token_expires = time.monotonic() + max(float(body.get("expiresIn", 0)) - 60, 0)
        return self._token

    def _read(self, path: str, name: str) -> str | None:
        if self._session is None:
            self._session = self._credentials()
            if self._session is None:
                return None
        session = self._session
        query = urllib.parse.urlencode({"workspaceSlug": session["project"], "environment": session["environment"],
                                        "secretPath": path})
        url = f"{session['url']}/api/v3/secrets/raw/{urllib.parse.quote(name, safe='')}?{query}"
        status, body = self._request("GET", url, token=self._login(session))
        if status == 404:
            return None
        if status != 200:
            raise InfisicalError(f"Infisical answered {status} for {path}/{name}: {body.get('message')}")
        return body["secret"]["secretValue"]
