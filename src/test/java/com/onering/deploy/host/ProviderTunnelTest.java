package com.onering.deploy.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.onering.testsupport.Platforms;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which ports the providers' tunnel carries, as whom: only servers bound to the host's loopback, through the user
 * the bootstrap logs in as when the stack has one.
 */
class ProviderTunnelTest {
    private static final String HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8HyuBZq4f0ScYtw/fD57vwN3R1GXlVjJOJIssFnPgF";

    @Test
    void aBootstrappedHostIsTunnelledAsItsAdminToPostgresAndKeycloak() {
        ProviderTunnel tunnel = ProviderTunnel.of(Platforms.assemble("""
                  onering:dockerHost: ssh://deploy@vps.example.com:2222
                  onering:profiles: [core, security]
                  onering:host:
                    adminUser: debian
                    hostKey: %s
                    privateKey:
                      secure: v1:AAAABBBB
                """.formatted(HOST_KEY)));
        assertEquals(List.of("-N", "-o", "ExitOnForwardFailure=yes", "-p", "2222", "-L", "127.0.0.1:5432:127.0.0.1:5432",
                "-L", "127.0.0.1:8180:127.0.0.1:8180", "debian@vps.example.com"), tunnel.sshArguments());
    }

    @Test
    void withoutSecurityOnlyPostgresAndAsTheDeployUser() {
        ProviderTunnel tunnel = ProviderTunnel.of(Platforms.assemble("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:profiles: [core]
                """));
        assertEquals(new ProviderTunnel("deploy@vps.example.com", 22, List.of(5432)), tunnel);
    }

    @Test
    void keycloakOnAPrivateAddressIsReachedThereWithoutTheTunnel() {
        ProviderTunnel tunnel = ProviderTunnel.of(Platforms.assemble("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:publishAddress: 10.0.0.5
                  onering:profiles: [core, security]
                """));
        assertEquals(List.of(5432), tunnel.ports(), "the data store stays on the host's loopback; Keycloak binds 10.0.0.5");
    }
}
