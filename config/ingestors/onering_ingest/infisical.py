"""A service's secrets from Infisical, with the credentials the platform keeps for it in the service's own database.

The service's secrets hook (ServiceSecretsHook) keeps them in the service's Infisical project and writes the
universal-auth client id and secret of the project's reader identity into `platform.infisical_credentials` (one row
per service: Infisical's address, client id and secret, project slug, environment). Infisical issues the client secret
at run time, after the service exists, so it cannot be in the service's deployment; the service reads the row as the
database role it already logs in with. Each call logs in afresh, so a re-issued secret is picked up by the next call.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import requests

CREDENTIALS_TABLE = "platform.infisical_credentials"


class InfisicalUnavailable(RuntimeError):
    """The credentials are not there yet, Infisical refused them, or it did not answer with a secret."""


@dataclass(frozen=True)
class Credentials:
    service: str
    url: str
    client_id: str
    client_secret: str
    project: str
    environment: str


def credentials(connection, service: str) -> Credentials:
    """The row of `service`, read through `connection` (psycopg)."""
    row = connection.execute(f"SELECT url, client_id, client_secret, project, environment FROM {CREDENTIALS_TABLE} "
                             "WHERE service = %s", (service,)).fetchone()
    if row is None:
        raise InfisicalUnavailable(f"no Infisical credentials for {service} in {CREDENTIALS_TABLE} yet: the {service}-secrets "
                                   "hook writes them (pulumi up runs it)")
    return Credentials(service, *row)


def read(creds: Credentials, names: list[str], timeout: float = 10.0) -> dict[str, str]:
    """The secrets `names` at the root of the service's project: one login, one read each."""
    with requests.Session() as http:
        login = http.post(f"{creds.url}/api/v1/auth/universal-auth/login",
                          json={"clientId": creds.client_id, "clientSecret": creds.client_secret}, timeout=timeout)
        if login.status_code != 200:
            raise InfisicalUnavailable(f"Infisical refused the credentials of {creds.service} ({login.status_code}: "
                                       f"{login.text[:200]}); delete its row in {CREDENTIALS_TABLE} and run the "
                                       f"{creds.service}-secrets hook again")
        http.headers["Authorization"] = f"Bearer {login.json()['accessToken']}"
        values = {}
        for name in names:
            answer = http.get(f"{creds.url}/api/v3/secrets/raw/{quote(name, safe='')}", timeout=timeout,
                              params={"workspaceSlug": creds.project, "environment": creds.environment, "secretPath": "/"})
            if answer.status_code != 200:
                raise InfisicalUnavailable(f"Infisical answered {answer.status_code} for secret {name} of project "
                                           f"{creds.project}: {answer.text[:200]}")
            values[name] = answer.json()["secret"]["secretValue"]
        return values
