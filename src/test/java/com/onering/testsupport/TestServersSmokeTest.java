package com.onering.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.testsupport.TestServers.CommandResult;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each test server answers through a client path of its own: the command-line clients
 * (psql, ldapsearch, redis-cli), raw HTTP for S3 and TCP for Kafka.
 */
@Tag("integration")
class TestServersSmokeTest {

  @Test
  void postgresAcceptsItsPasswordOnlyAndHasLogicalWal() {
    TestServers.Postgres pg = TestServers.postgres();
    List<String> psql = List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()),
        "-U", pg.user(), "-d", "postgres", "-w", "-XAtqc", "show wal_level");

    CommandResult ok = TestServers.run(psql, Map.of("PGPASSWORD", pg.password()), 30);
    assertEquals(0, ok.exitCode(), ok.output());
    assertEquals("logical", ok.output().trim());

    CommandResult wrong = TestServers.run(psql, Map.of("PGPASSWORD", "wrong"), 30);
    assertNotEquals(0, wrong.exitCode(), "a wrong password must be refused: " + wrong.output());
    assertTrue(wrong.output().contains("password authentication failed"), wrong.output());
  }

  @Test
  void ldapAnswersABoundSearchOfTheBase() {
    TestServers.Ldap ldap = TestServers.ldap();
    CommandResult r = TestServers.run(List.of("ldapsearch", "-x", "-H", ldap.url(),
        "-D", ldap.adminDn(), "-w", ldap.adminPassword(), "-b", ldap.baseDn(), "-s", "one",
        "-LLL", "dn"), Map.of(), 30);
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("dn: ou=people," + ldap.baseDn()), r.output());
  }

  @Test
  void s3RefusesAnonymousRequests() throws Exception {
    TestServers.S3 s3 = TestServers.s3();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(s3.endpoint().resolve("/")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode(), response.body());
    assertTrue(response.body().contains("AccessDenied"), response.body());
  }

  @Test
  void redisAnswersPingWithItsPasswordAndComesBackAfterAKill() {
    TestServers.Redis redis = TestServers.redis();
    assertEquals("PONG", redisPing(redis));

    TestServers.kill("redis");
    assertTrue(!TestServers.isRunning("redis"), "redis should be down after kill");
    TestServers.restart("redis");
    assertEquals("PONG", redisPing(redis));
    assertNotEquals(redis.pid(), TestServers.currentPid("redis"));
  }

  @Test
  void kafkaAcceptsTcpConnections() throws Exception {
    TestServers.Kafka kafka = TestServers.kafka();
    String[] hostPort = kafka.bootstrapServers().split(":");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 5_000);
      assertTrue(socket.isConnected());
    }
  }

  private static String redisPing(TestServers.Redis redis) {
    CommandResult r = TestServers.run(List.of("redis-cli", "-h", redis.host(),
        "-p", String.valueOf(redis.port()), "ping"), Map.of("REDISCLI_AUTH", redis.password()), 30);
    assertEquals(0, r.exitCode(), r.output());
    return r.output().trim();
  }
}
