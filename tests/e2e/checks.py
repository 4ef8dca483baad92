"""Checks of the deployed e2e stack from outside the program, with independent clients: psql, curl (S3 SigV4, the
Keycloak admin API, the Airflow API, the gate), ldapsearch, docker logs. What to expect comes from the offline plan of the same
stack (roles, databases, schemas, grants, clients) and from config/ (seed objects); credentials from the stack's
outputs. Usage: python3 tests/e2e/checks.py deployed|write-markers|volumes-retained|markers-present|postgres-adopted

Environment: E2E_WORK (the run's work dir holding plan.json), DOCKER_HOST, the Pulumi backend and passphrase.
"""
import hashlib
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORK = pathlib.Path(os.environ.get("E2E_WORK", ROOT / ".work" / "e2e"))
MARKER = "onering-e2e-marker"
AIRFLOW_VARIABLE = "onering_e2e_marker"


class CheckFailed(Exception):
    pass


# A service that has just turned healthy may still close a connection mid-answer (curl error 18, seen right after a
# deploy on a loaded machine). Every call made with it is idempotent, so curl repeats a failed one.
CURL = ["curl", "-sS", "--fail-with-body", "--retry", "3", "--retry-all-errors", "--retry-delay", "2"]


def run(argv, env=None, stdin=None):
    result = subprocess.run(argv, capture_output=True, text=True, input=stdin, env={**os.environ, **(env or {})}, check=False)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(argv[:3])} ... exited {result.returncode}: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout


def outputs():
    return json.loads(run(["pulumi", "stack", "output", "--json", "--show-secrets", "--stack", "e2e"]))


def plan():
    return json.loads((WORK / "plan.json").read_text())["resources"]


def planned(resources, type_token):
    return [r["inputs"] for r in resources if r["type"] == type_token]


def psql(out, sql, database="postgres"):
    url = urllib.parse.urlsplit(out["postgresAdminUrl"])
    env = {"PGPASSWORD": urllib.parse.unquote(url.password)}
    return run(["psql", "-h", url.hostname, "-p", str(url.port), "-U", url.username, "-d", database, "-AtX", "-v", "ON_ERROR_STOP=1",
                "-c", sql], env=env).split("\n")


def s3(out, method, path, body=None):
    endpoint = out["s3Endpoint"]
    argv = [*CURL, "-X", method, "--aws-sigv4", "aws:amz:us-east-1:s3", "--user", f"{out['s3AccessKeyId']}:{out['s3SecretAccessKey']}",
            "-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", endpoint + path]
    if body is not None:
        # From a file, not standard input: curl can send a file again when it repeats the request.
        with tempfile.NamedTemporaryFile("w", suffix=".body") as file:
            file.write(body)
            file.flush()
            return run([*argv, "--data-binary", "@" + file.name])
    return run(argv)


def check_postgres(out, resources):
    roles = set(psql(out, "SELECT rolname FROM pg_roles"))
    expected = {r["name"] for r in planned(resources, "postgresql:index/role:Role")}
    require(expected <= roles, f"PostgreSQL roles {sorted(expected - roles)} are missing")
    databases = set(psql(out, "SELECT datname FROM pg_database"))
    expected = {d["name"] for d in planned(resources, "postgresql:index/database:Database")}
    require(expected <= databases, f"PostgreSQL databases {sorted(expected - databases)} are missing")
    for schema in planned(resources, "postgresql:index/schema:Schema"):
        found = psql(out, f"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema['name']}'", schema["database"])
        require(found[0] == "1", f"schema {schema['database']}.{schema['name']} is missing")
    for grant in planned(resources, "postgresql:index/grant:Grant"):
        if grant["objectType"] == "schema":
            for privilege in grant["privileges"]:
                ok = psql(out, f"SELECT has_schema_privilege('{grant['role']}', '{grant['schema']}', '{privilege}')", grant["database"])
                require(ok[0] == "t", f"{grant['role']} lacks {privilege} on schema {grant['database']}.{grant['schema']}")
        if grant["objectType"] == "database" and grant["role"] == "public":
            ok = psql(out, f"SELECT has_database_privilege('public', '{grant['database']}', 'CONNECT')")
            require(ok[0] == "f", f"PUBLIC can still connect to {grant['database']}")


def check_object_store(out):
    listing = s3(out, "GET", "/")
    for bucket in ("bronze", "silver", "gold", "featurestore"):
        require(f"<Name>{bucket}</Name>" in listing, f"bucket {bucket} is missing from the S3 listing")
    seeded = s3(out, "GET", "/bronze/demo/orders.csv")
    require(seeded == (ROOT / "config/seed-data/orders.csv").read_text(), "bronze/demo/orders.csv differs from config/seed-data/orders.csv")


def check_directory(out):
    url = out["ldapUrl"]
    base = run(["ldapsearch", "-x", "-LLL", "-H", url, "-s", "base", "-b", "", "namingContexts"])
    suffix = base.split("namingContexts: ", 1)[1].split()[0]
    people = run(["ldapsearch", "-x", "-LLL", "-H", url, "-D", f"cn=admin,{suffix}", "-w", out["ldapAdminPassword"],
                  "-b", f"ou=people,{suffix}", "(objectClass=inetOrgPerson)", "uid"])
    for key in out:
        if key.startswith("ldapPassword-"):
            uid = key[len("ldapPassword-"):]
            require(f"uid: {uid}" in people, f"directory entry {uid} is missing")
            run(["ldapwhoami", "-x", "-H", url, "-D", f"uid={uid},ou=people,{suffix}", "-w", out[key]])


def check_keycloak(out, resources):
    base = out["keycloakUrl"]
    token = json.loads(run([*CURL, base + "/realms/master/protocol/openid-connect/token",
                            "--data-urlencode", "grant_type=password", "--data-urlencode", "client_id=admin-cli",
                            "--data-urlencode", "username=admin", "--data-urlencode", f"password={out['keycloakAdminPassword']}"]))["access_token"]
    realm = planned(resources, "keycloak:index/realm:Realm")[0]["realm"]
    auth = ["-H", f"Authorization: Bearer {token}"]
    run([*CURL, *auth, f"{base}/admin/realms/{realm}"])
    clients = {c["clientId"] for c in json.loads(run([*CURL, *auth, f"{base}/admin/realms/{realm}/clients"]))}
    expected = {c["clientId"] for c in planned(resources, "keycloak:openid/client:Client")}
    require(expected <= clients, f"Keycloak clients {sorted(expected - clients)} are missing from realm {realm}")
    check_keycloak_audit(base, realm, auth, planned(resources, "keycloak:index/realmEvents:RealmEvents")[0])


def check_keycloak_audit(base, realm, auth, declared):
    """The realm keeps its events as declared, and a failed sign-in is in them."""
    config = json.loads(run([*CURL, *auth, f"{base}/admin/realms/{realm}/events/config"]))
    for key in ("eventsEnabled", "adminEventsEnabled", "adminEventsDetailsEnabled", "eventsExpiration"):
        require(config.get(key) == declared[key], f"Keycloak events config {key} is {config.get(key)}, declared {declared[key]}")
    probe = f"audit-probe-{os.getpid()}"
    subprocess.run(["curl", "-sS", base + f"/realms/{realm}/protocol/openid-connect/token", "--data-urlencode", "grant_type=password",
                    "--data-urlencode", "client_id=admin-cli", "--data-urlencode", f"username={probe}",
                    "--data-urlencode", "password=wrong"], capture_output=True, check=False)
    events = json.loads(run([*CURL, *auth, f"{base}/admin/realms/{realm}/events?type=LOGIN_ERROR&max=50"]))
    require(any(e.get("details", {}).get("username") == probe for e in events),
            f"the failed sign-in of {probe} is not among realm {realm}'s LOGIN_ERROR events")


def check_postgres_audit(out):
    """Connections and DDL are logged with who, where and from what."""
    for setting, value in (("log_connections", "on"), ("log_disconnections", "on"), ("log_statement", "ddl")):
        require(psql(out, f"SHOW {setting}")[0] == value, f"PostgreSQL {setting} is not {value}")
    logs = subprocess.run(["docker", "logs", "onering-e2e-postgres"], capture_output=True, text=True, check=False)
    require(re.search(r"user=postgres db=postgres app=\S* client=\S+ LOG:  connection authorized", logs.stdout + logs.stderr),
            "the PostgreSQL log has no connection line with its role, database and client")


def airflow(out, method, path, body=None):
    """The Airflow REST API through its gate, as the admin."""
    gate = out["urls"]["airflow-apiserver-gate"].rstrip("/")
    token = json.loads(run([*CURL, "-H", "Content-Type: application/json", gate + "/auth/token",
                            "--data", json.dumps({"username": "admin", "password": out["airflowAdminPassword"]})]))["access_token"]
    argv = [*CURL, "-X", method, "-H", f"Authorization: Bearer {token}", gate + path]
    if body is not None:
        argv[1:1] = ["-H", "Content-Type: application/json", "--data", json.dumps(body)]
    return json.loads(run(argv))


def check_airflow_and_gate(out):
    gate = out["urls"]["airflow-apiserver-gate"].rstrip("/")
    connections = airflow(out, "GET", "/api/v2/connections")
    ids = {c["connection_id"] for c in connections["connections"]}
    require({"oner_s3", "postgres_gold"} <= ids, f"Airflow connections are {sorted(ids)}")
    answer = run([*CURL, "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", gate + "/"])
    code, _, location = answer.partition(" ")
    require(code == "302" and "/protocol/openid-connect/auth" in location,
            f"the gate answered an anonymous request with {answer}, not a redirect to Keycloak's login")


def check_no_secret_in_environments(out):
    """docker inspect, as anyone with the Docker API would: no password of the stack's outputs is in a container's
    environment (the S3 key pair is not checked: docs/secrets.md lists where it stays in environments)."""
    secrets = {key: value for key, value in out.items() if isinstance(value, str)
               and ("Password" in key or key.startswith("ldapPassword-"))}
    for key in ("postgresAdminUrl", "redisUrl"):
        secrets[key] = urllib.parse.unquote(urllib.parse.urlsplit(out[key]).password)
    containers = run(["docker", "ps", "-q", "--filter", "label=com.onering.stack=e2e"]).split()
    require(containers, "no container of the e2e stack is running")
    for container in json.loads(run(["docker", "inspect", *containers])):
        name = container["Name"].lstrip("/")
        environment = "\n".join(container["Config"]["Env"] or [])
        for key, value in secrets.items():
            require(value not in environment, f"docker inspect shows {key} in the environment of {name}")


def write_markers(out):
    # In a database and schema the stack manages (curated.gold), not in the unmanaged postgres database: only there
    # does a destroy that dropped what it manages lose the row.
    psql(out, f"CREATE TABLE IF NOT EXISTS gold.e2e_marker (note text); INSERT INTO gold.e2e_marker VALUES ('{MARKER}')", "curated")
    s3(out, "PUT", "/bronze/e2e/marker.txt", MARKER)
    # Airflow stores variables encrypted with its Fernet key: reading it back after a recreate proves the same key.
    existing = {v["key"] for v in airflow(out, "GET", "/api/v2/variables")["variables"]}
    if AIRFLOW_VARIABLE in existing:
        airflow(out, "PATCH", f"/api/v2/variables/{AIRFLOW_VARIABLE}", {"key": AIRFLOW_VARIABLE, "value": MARKER})
    else:
        airflow(out, "POST", "/api/v2/variables", {"key": AIRFLOW_VARIABLE, "value": MARKER})
    (WORK / "outputs.sha256").write_text(outputs_digest(out))


def outputs_digest(out):
    """One hash of every stack output, secrets included: equal after a recreate means every credential was derived again."""
    return hashlib.sha256(json.dumps(out, sort_keys=True).encode()).hexdigest()


def markers_present(out):
    require(MARKER in psql(out, "SELECT note FROM gold.e2e_marker", "curated"), "the PostgreSQL marker row did not survive destroy and up")
    require(s3(out, "GET", "/bronze/e2e/marker.txt") == MARKER, "the S3 marker object did not survive destroy and up")
    value = airflow(out, "GET", f"/api/v2/variables/{AIRFLOW_VARIABLE}")["value"]
    require(value == MARKER, f"Airflow's variable {AIRFLOW_VARIABLE} reads {value!r}: its Fernet key changed")
    require(outputs_digest(out) == (WORK / "outputs.sha256").read_text(), "the stack's outputs (URLs and credentials) changed on recreate")


def postgres_adopted():
    """After a recreate the postgres-objects hook found every role and database in the kept volume and created none."""
    state = json.loads(run(["pulumi", "stack", "export", "--show-secrets", "--stack", "e2e"]))
    hook = [r for r in state["deployment"]["resources"] if r["urn"].endswith("::hook-postgres-objects")]
    require(len(hook) == 1, "the stack has no postgres-objects hook")
    report = hook[0].get("outputs", {}).get("stdout", "")
    require("unchanged role" in report and "unchanged database" in report, f"the hook reported no kept objects: {report!r}")
    require(": created " not in report, f"the hook created objects a kept volume should hold: {report!r}")
    imported = [r["urn"].rsplit("::", 1)[1] for r in state["deployment"]["resources"]
                if r["type"] in ("postgresql:index/role:Role", "postgresql:index/database:Database") and r.get("importID")]
    require(imported, "no role or database was imported")


def volumes_retained():
    volumes = run(["docker", "volume", "ls", "-q", "--filter", "label=com.onering.stack=e2e"]).split()
    containers = run(["docker", "ps", "-aq", "--filter", "label=com.onering.stack=e2e"]).split()
    require(not containers, f"containers remain after destroy: {containers}")
    data = [r["inputs"]["name"] for r in plan() if r["type"] == "docker:index/volume:Volume"]
    missing = sorted(set(data) - set(volumes))
    require(not missing, f"data volumes were deleted by destroy: {missing}")


def require(condition, message):
    if not condition:
        raise CheckFailed(message)


def main(mode):
    if mode == "volumes-retained":
        volumes_retained()
    elif mode == "postgres-adopted":
        postgres_adopted()
    else:
        out = outputs()
        if mode == "deployed":
            resources = plan()
            check_postgres(out, resources)
            check_postgres_audit(out)
            check_object_store(out)
            check_directory(out)
            check_keycloak(out, resources)
            check_airflow_and_gate(out)
            check_no_secret_in_environments(out)
        elif mode == "write-markers":
            write_markers(out)
        elif mode == "markers-present":
            markers_present(out)
        else:
            raise SystemExit(__doc__)
    print(f"checks: {mode}: passed")


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else "")
    except CheckFailed as failure:
        print(f"checks: FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
