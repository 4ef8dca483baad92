package com.onering.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bootstrap of the remote host an {@code ssh://} stack deploys to ({@code onering:host}, a map): the program logs
 * in as {@code adminUser} (root, or a user with password-less sudo, as a provider's image makes it) with
 * {@code privateKey} (set with {@code --secret}), verifies the host by {@code hostKey} (the line of
 * {@code ssh-keyscan}, compared with the fingerprint the provider's console shows; never skipped), and makes the host a
 * Docker host for the deploy user of {@code onering:dockerHost}.
 */
public record HostSettings(String adminUser, String hostKey, String privateKey) {
    static final Set<String> KEYS = Set.of("adminUser", "hostKey", "privateKey");
    private static final Pattern USER = Pattern.compile("^[a-z_][a-z0-9_-]{0,31}$");
    /** A public key line as ssh-keyscan prints it (without the host): type, base64 key, optional comment. */
    private static final Pattern PUBLIC_KEY = Pattern.compile("^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa) [A-Za-z0-9+/]+={0,3}( .*)?$");
    private static final Pattern PRIVATE_KEY = Pattern.compile("^-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----\\R.*-----END \\1 PRIVATE KEY-----\\s*$", Pattern.DOTALL);
    private static final String SET_KEY = "cat ~/.ssh/id_ed25519 | pulumi config set --secret --path onering:host.privateKey";

    public HostSettings {
        hostKey = hostKey.strip();
    }

    /** The public key alone, as the SSH libraries compare it: the type and key, no comment. */
    public String hostKeyWithoutComment() {
        String[] parts = hostKey.split(" ");
        return parts[0] + " " + parts[1];
    }

    /** Whether the admin logs in as root; any other admin user runs the bootstrap through {@code sudo -n}. */
    public boolean adminIsRoot() {
        return adminUser.equals("root");
    }

    /**
     * The settings of {@code raw} (the {@code onering:host} value), adding a problem per mistake; empty when there are
     * problems. {@code secretPaths} tells whether the private key was set with {@code --secret}.
     */
    static Optional<HostSettings> read(Object raw, Set<String> secretPaths, List<ConfigProblem> problems) {
        int before = problems.size();
        SettingsReader reader = SettingsReader.of("host", "bootstrap settings", raw, KEYS, problems);
        String adminUser = reader.matching("adminUser", USER, "a Linux user name (lower-case letters, digits, '_' and '-')").orElse("root");
        Optional<String> hostKey = reader.check("hostKey", reader.required("hostKey", "is needed: the host's public key, pinned so the "
                        + "bootstrap never talks to another machine; take the line of `ssh-keyscan -t ed25519 <host>` without the host name "
                        + "and compare its fingerprint (ssh-keygen -lf) with the one the provider's console shows"),
                PUBLIC_KEY, "an SSH public key line such as 'ssh-ed25519 AAAAC3Nza...' (the output of ssh-keyscan without the host name)");
        Optional<String> privateKey = reader.required("privateKey", "is needed: the admin user's SSH private key; " + SET_KEY);
        if (privateKey.isPresent()) {
            String key = privateKey.get();
            if (!secretPaths.contains("host.privateKey") && !secretPaths.contains("host")) {
                reader.problem("privateKey", "is in the stack file in clear text: remove it and set it encrypted, " + SET_KEY);
            } else if (readable(key) && !PRIVATE_KEY.matcher(key).matches()) {
                reader.problem("privateKey", "is not an SSH private key (-----BEGIN OPENSSH PRIVATE KEY----- ...): " + SET_KEY);
            } else if (readable(key) && hasPassphrase(key)) {
                reader.problem("privateKey", "has a passphrase, which an unattended pulumi up cannot type: use a key of its own "
                        + "for deployments (ssh-keygen -t ed25519 -N '') and " + SET_KEY);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new HostSettings(adminUser, hostKey.orElseThrow(), privateKey.orElseThrow() + "\n"));
    }

    /** An encrypted value stays sealed in the offline plan: only the engine's run can check it. */
    private static boolean readable(String value) {
        return !SealedSecret.in(value);
    }

    /**
     * Whether an OpenSSH-format key is encrypted: its body is "openssh-key-v1\0" and then the cipher's name, "none"
     * when it has no passphrase. The older PEM formats say so in a header ({@code Proc-Type: 4,ENCRYPTED}).
     */
    static boolean hasPassphrase(String pem) {
        if (pem.contains("ENCRYPTED")) {
            return true;
        }
        if (!pem.startsWith("-----BEGIN OPENSSH")) {
            return false;
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] magic = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < magic.length + 4 || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, magic.length, bytes.length - magic.length);
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            return false;
        }
        return !new String(bytes, buffer.position(), length, StandardCharsets.US_ASCII).equals("none");
    }

    @Override
    public String toString() {
        return "HostSettings[adminUser=" + adminUser + ", hostKey=" + hostKey + ", privateKey=(secret)]";
    }
}
