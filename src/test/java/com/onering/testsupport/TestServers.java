package com.onering.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real test servers started by {@code scripts/test-servers.sh start}: connection details
 * from the {@code ONERING_TEST_*} environment variables (written to {@code
 * .work/test-servers/servers.env}), and kill/restart of a server mid-test.
 *
 * <p>Tests that use these are tagged {@code @Tag("integration")}. A missing server fails the
 * test (it is not skipped), so a run without servers cannot pass silently.
 *
 * <p>{@code pid} in the records is the PID when the environment was written; after {@link
 * #restart(String)} use {@link #currentPid(String)}. Ports, data and credentials survive a
 * restart.
 */
public final class TestServers {

  /** Server names as {@code scripts/test-servers.sh} knows them. */
  public static final List<String> NAMES = List.of("postgres", "ldap", "s3", "redis", "kafka");

  private static final long SCRIPT_TIMEOUT_SECONDS = 180;

  private TestServers() {}

  /** PostgreSQL 15, password (scram-sha-256) auth over TCP, {@code wal_level=logical}. */
  public record Postgres(
      String host, int port, String user, String password, Path hbaFile, long pid) {
    /** A JDBC URL for {@code database} (once a driver is on the classpath). */
    public String jdbcUrl(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }

  /** OpenLDAP slapd; base has {@code ou=people} and {@code ou=groups}. */
  public record Ldap(
      String url, String host, int port, String baseDn, String adminDn, String adminPassword,
      long pid) {}

  /** s3proxy (filesystem backend), AWS signature v2 or v4. */
  public record S3(URI endpoint, String accessKey, String secretKey, String region, long pid) {}

  /** Redis 7 with {@code requirepass}; no persistence. */
  public record Redis(String host, int port, String password, long pid) {}

  /** Single-node KRaft Kafka, PLAINTEXT, auto topic creation on. */
  public record Kafka(String bootstrapServers, long pid) {}

  /**
   * A Kubernetes API server (kube-apiserver over etcd, no kubelet: objects are stored and validated, no pod runs), HTTPS
   * with its own CA, a static bearer token, every request authorized.
   */
  public record Kube(URI url, String token, Path caFile) {}

  public static Kube kube() {
    Env e = new Env("Kubernetes API", "kube");
    return new Kube(URI.create(e.get("ONERING_TEST_KUBE_URL")), e.get("ONERING_TEST_KUBE_TOKEN"),
        Path.of(e.get("ONERING_TEST_KUBE_CA_FILE")));
  }

  public static Postgres postgres() {
    Env e = new Env("PostgreSQL", "postgres");
    return new Postgres(
        e.get("ONERING_TEST_PG_HOST"),
        e.integer("ONERING_TEST_PG_PORT"),
        e.get("ONERING_TEST_PG_USER"),
        e.get("ONERING_TEST_PG_PASSWORD"),
        Path.of(e.get("ONERING_TEST_PG_HBA_FILE")),
        e.integer("ONERING_TEST_PG_PID"));
  }

  public static Ldap ldap() {
    Env e = new Env("LDAP", "ldap");
    return new Ldap(
        e.get("ONERING_TEST_LDAP_URL"),
        e.get("ONERING_TEST_LDAP_HOST"),
        e.integer("ONERING_TEST_LDAP_PORT"),
        e.get("ONERING_TEST_LDAP_BASE_DN"),
        e.get("ONERING_TEST_LDAP_ADMIN_DN"),
        e.get("ONERING_TEST_LDAP_ADMIN_PASSWORD"),
        e.integer("ONERING_TEST_LDAP_PID"));
  }

  public static S3 s3() {
    Env e = new Env("S3", "s3");
    return new S3(
        URI.create(e.get("ONERING_TEST_S3_ENDPOINT")),
        e.get("ONERING_TEST_S3_ACCESS_KEY"),
        e.get("ONERING_TEST_S3_SECRET_KEY"),
        e.get("ONERING_TEST_S3_REGION"),
        e.integer("ONERING_TEST_S3_PID"));
  }

  public static Redis redis() {
    Env e = new Env("Redis", "redis");
    return new Redis(
        e.get("ONERING_TEST_REDIS_HOST"),
        e.integer("ONERING_TEST_REDIS_PORT"),
        e.get("ONERING_TEST_REDIS_PASSWORD"),
        e.integer("ONERING_TEST_REDIS_PID"));
  }

  /**
   * OpenSSH on loopback, key login only: the client key and a known_hosts pinning the server's host key are in
   * {@code dir}; sessions see no Docker engine.
   */
  public record Sshd(int port, String login, Path dir) {
    public Path clientKey() {
      return dir.resolve("client_key");
    }

    public Path knownHosts() {
      return dir.resolve("known_hosts");
    }
  }

  public static Sshd sshd() {
    Env e = new Env("OpenSSH", "sshd");
    return new Sshd(e.integer("ONERING_TEST_SSHD_PORT"), e.get("ONERING_TEST_SSHD_LOGIN"), Path.of(e.get("ONERING_TEST_SSHD_DIR")));
  }

  public static Kafka kafka() {
    Env e = new Env("Kafka", "kafka");
    return new Kafka(e.get("ONERING_TEST_KAFKA_BOOTSTRAP"), e.integer("ONERING_TEST_KAFKA_PID"));
  }

  /** SIGKILLs the server and its child processes (a crash); {@link #restart} brings it back. */
  public static void kill(String name) {
    runScript("kill", name);
  }

  /**
   * Stops the server if it runs, then starts it on the same port with the same data and
   * credentials, and returns once it answers again.
   */
  public static void restart(String name) {
    runScript("restart", name);
  }

  /** True when the server's process is up (not necessarily ready). */
  public static boolean isRunning(String name) {
    return runScript(List.of("status", checkName(name)), false).exitCode() == 0;
  }

  /** The server's PID now (it changes on restart), from its state dir. */
  public static long currentPid(String name) {
    Path pidFile = stateDir().resolve(checkName(name)).resolve("pid");
    try {
      return Long.parseLong(Files.readString(pidFile).trim());
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException(name + " has no PID (not running?): " + pidFile, e);
    }
  }

  /** The docker CLI against the engine {@code DOCKER_HOST} names: {@link #run} of {@code docker args...}. */
  public static CommandResult docker(long timeoutSeconds, String... args) {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return run(command, Map.of(), timeoutSeconds);
  }

  /** Between two polls of something a test waits for (a server's health, a file): one second. */
  public static void pauseBeforeNextPoll() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Result of a command: exit code and its stdout and stderr together. */
  public record CommandResult(int exitCode, String output) {}

  /**
   * Runs a command with extra environment variables (e.g. a client's password), waits at most
   * {@code timeoutSeconds}, returns its exit code and output. A helper for tests that drive the
   * servers' command-line clients.
   */
  public static CommandResult run(List<String> command, Map<String, String> env, long timeoutSeconds) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      byte[][] out = new byte[1][];
      Thread reader = new Thread(() -> out[0] = readAll(p.getInputStream()), "cmd-output");
      reader.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        reader.join(5_000);
        throw new IllegalStateException(
            "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
      }
      reader.join(5_000);
      String output = out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8);
      return new CommandResult(p.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static void runScript(String command, String name) {
    runScript(List.of(command, checkName(name)), true);
  }

  private static CommandResult runScript(List<String> args, boolean failOnError) {
    List<String> command = new ArrayList<>();
    command.add(script().toString());
    command.addAll(args);
    CommandResult r = run(command, Map.of(), SCRIPT_TIMEOUT_SECONDS);
    if (failOnError && r.exitCode() != 0) {
      fail("scripts/test-servers.sh " + String.join(" ", args) + " failed (exit "
          + r.exitCode() + "):\n" + r.output());
    }
    return r;
  }

  private static Path script() {
    String fromEnv = System.getenv("ONERING_TEST_SERVERS_SCRIPT");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Path.of(System.getProperty("user.dir"), "scripts", "test-servers.sh");
  }

  private static Path stateDir() {
    String fromEnv = System.getenv("ONERING_TEST_SERVERS_DIR");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Path.of(System.getProperty("user.dir"), ".work", "test-servers");
  }

  private static String checkName(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("unknown test server " + name + "; known: " + NAMES);
    }
    return name;
  }

  /** Reads one server's variables; fails the test when any is missing. */
  private static final class Env {
    private final String server;
    private final String name;

    Env(String server, String name) {
      this.server = server;
      this.name = name;
    }

    String get(String var) {
      String value = System.getenv(var);
      if (value == null || value.isBlank()) {
        fail(server + " test server is not running: start it with scripts/test-servers.sh start "
            + name + " and source .work/test-servers/servers.env, or run scripts/test.sh");
      }
      return value;
    }

    int integer(String var) {
      String value = get(var);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        fail(var + " is not a number: " + value);
        return -1; // unreachable
      }
    }
  }
}
