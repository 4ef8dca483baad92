package com.onering.hooks.identity;

import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.HookSettingsFailure;
import com.onering.model.identity.Directory;
import com.onering.model.identity.DirectoryEntry;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Makes the directory match the stack's declared entries ({@code LDAP_ENTRIES}, see {@link Directory}): adds what is
 * missing, modifies what differs (passwords are checked by binding with the declared one and stored as salted SHA-1
 * hashes), and removes entries the stack no longer declares, only below the managed units ({@code LDAP_MANAGED_UNITS}).
 * Each entry is reconciled from a fresh read, so a run cut short by a server restart completes when retried.
 */
public final class LdapDirectoryHook implements Hook {
    private static final String USER_PASSWORD = "userPassword";
    private static final Set<ResultCode> TRANSIENT = Set.of(ResultCode.CONNECT_ERROR, ResultCode.SERVER_DOWN, ResultCode.TIMEOUT,
            ResultCode.UNAVAILABLE, ResultCode.BUSY);

    @Override
    public String name() {
        return "ldap-directory";
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings("LDAP_URL", "LDAP_BIND_DN", "LDAP_BIND_PASSWORD", "LDAP_MANAGED_UNITS", "LDAP_ENTRIES");
        LDAPURL url = parseUrl(context.require("LDAP_URL"));
        List<DN> units = new ArrayList<>();
        for (String unit : context.require("LDAP_MANAGED_UNITS").split(";")) {
            units.add(dn(unit.trim()));
        }
        List<DirectoryEntry> desired;
        try {
            desired = Directory.fromJson(context.require("LDAP_ENTRIES"));
        } catch (IllegalArgumentException e) {
            throw new HookSettingsFailure("hook " + name() + ": LDAP_ENTRIES: " + e.getMessage());
        }
        Map<DN, DirectoryEntry> byDn = new LinkedHashMap<>();
        for (DirectoryEntry entry : desired) {
            DN dn = dn(entry.dn());
            if (units.stream().noneMatch(u -> u.equals(dn) || dn.isDescendantOf(u, false))) {
                throw new HookFailure("hook " + name() + ": " + entry.dn() + " is outside the managed units " + units);
            }
            byDn.put(dn, entry);
        }

        try (Session session = new Session(context, url, context.require("LDAP_BIND_DN"), context.require("LDAP_BIND_PASSWORD"))) {
            for (Map.Entry<DN, DirectoryEntry> entry : byDn.entrySet()) {
                Action action = session.call(connection -> reconcile(connection, url, entry.getKey(), entry.getValue()));
                context.report().record(action, "entry", entry.getValue().dn());
            }
            for (DN stale : undeclared(session, units, byDn.keySet())) {
                session.call(connection -> {
                    try {
                        connection.delete(stale.toString());
                    } catch (LDAPException e) {
                        if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                            throw e;
                        }
                    }
                    return null;
                });
                context.report().record(Action.DELETED, "entry", stale.toString());
            }
        }
    }

    /** Entries below the managed units that the stack does not declare, deepest first so children go before parents. */
    private static List<DN> undeclared(Session session, List<DN> units, Set<DN> declared) throws LDAPException {
        List<DN> stale = new ArrayList<>();
        for (DN unit : units) {
            List<SearchResultEntry> found = session.call(connection -> {
                try {
                    return connection.search(unit.toString(), SearchScope.SUB, "(objectClass=*)", "1.1").getSearchEntries();
                } catch (LDAPException e) {
                    if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                        return List.of();
                    }
                    throw e;
                }
            });
            for (SearchResultEntry entry : found) {
                DN dn = entry.getParsedDN();
                if (!declared.contains(dn) && !units.contains(dn)) {
                    stale.add(dn);
                }
            }
        }
        stale.sort(Comparator.comparingInt((DN dn) -> dn.getRDNs().length).reversed().thenComparing((DN dn) -> dn.toNormalizedString()));
        return stale;
    }

    private static Action reconcile(LDAPConnection connection, LDAPURL url, DN dn, DirectoryEntry desired) throws LDAPException {
        SearchResultEntry current = connection.getEntry(dn.toString(), "*");
        if (current == null) {
            connection.add(toEntry(desired));
            return Action.CREATED;
        }
        List<Modification> changes = new ArrayList<>();
        if (!sameObjectClasses(current.getObjectClassValues(), desired.objectClasses())) {
            changes.add(new Modification(ModificationType.REPLACE, "objectClass", desired.objectClasses().toArray(String[]::new)));
        }
        for (Map.Entry<String, List<String>> attribute : desired.attributes().entrySet()) {
            String[] actual = Optional.ofNullable(current.getAttribute(attribute.getKey())).map(Attribute::getValues).orElse(new String[0]);
            if (!sameAttribute(attribute.getKey(), actual, attribute.getValue())) {
                changes.add(new Modification(ModificationType.REPLACE, attribute.getKey(), attribute.getValue().toArray(String[]::new)));
            }
        }
        for (Attribute attribute : current.getAttributes()) {
            String name = attribute.getBaseName();
            boolean declared = desired.attributes().keySet().stream().anyMatch(a -> a.equalsIgnoreCase(name));
            if (!declared && !name.equalsIgnoreCase("objectClass") && !name.equalsIgnoreCase(USER_PASSWORD)) {
                changes.add(new Modification(ModificationType.DELETE, attribute.getName()));
            }
        }
        if (desired.password().isPresent()) {
            if (!current.hasAttribute(USER_PASSWORD) || !bindsWith(url, dn, desired.password().get())) {
                changes.add(new Modification(ModificationType.REPLACE, USER_PASSWORD, saltedSha1(desired.password().get())));
            }
        } else if (current.hasAttribute(USER_PASSWORD)) {
            changes.add(new Modification(ModificationType.DELETE, USER_PASSWORD));
        }
        if (changes.isEmpty()) {
            return Action.UNCHANGED;
        }
        try {
            connection.modify(dn.toString(), changes);
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.OBJECT_CLASS_MODS_PROHIBITED) {
                throw e;
            }
            // A new structural class cannot be set in place: the (leaf) entry is declared anew.
            connection.delete(dn.toString());
            connection.add(toEntry(desired));
        }
        return Action.UPDATED;
    }

    private static Entry toEntry(DirectoryEntry desired) {
        Entry entry = new Entry(desired.dn());
        entry.addAttribute("objectClass", desired.objectClasses().toArray(String[]::new));
        desired.attributes().forEach((name, values) -> entry.addAttribute(name, values.toArray(String[]::new)));
        desired.password().ifPresent(p -> entry.addAttribute(USER_PASSWORD, saltedSha1(p)));
        return entry;
    }

    /** Compares values as the directory does for the attributes declared here: DNs by their normal form, the rest exactly. */
    private static boolean sameAttribute(String name, String[] actual, List<String> desired) throws LDAPException {
        if (name.equalsIgnoreCase("member")) {
            Set<DN> a = new HashSet<>();
            for (String v : actual) {
                a.add(new DN(v));
            }
            Set<DN> d = new HashSet<>();
            for (String v : desired) {
                d.add(new DN(v));
            }
            return a.equals(d);
        }
        return new TreeSet<>(Arrays.asList(actual)).equals(new TreeSet<>(desired));
    }

    /** Object class names compare case-insensitively, and {@code top} is implied by every class. */
    private static boolean sameObjectClasses(String[] actual, List<String> desired) {
        Set<String> a = Arrays.stream(actual == null ? new String[0] : actual).map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> d = desired.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        a.remove("top");
        d.remove("top");
        return a.equals(d);
    }

    /** True when a simple bind with the declared password succeeds; other failures (server down) propagate. */
    private static boolean bindsWith(LDAPURL url, DN dn, String password) throws LDAPException {
        try (LDAPConnection probe = new LDAPConnection(Session.options(), url.getHost(), url.getPort())) {
            probe.bind(dn.toString(), password);
            return true;
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                return false;
            }
            throw e;
        }
    }

    /** {@code {SSHA}} as slappasswd writes it: base64(SHA-1(password + salt) + salt) with an 8-byte random salt. */
    static String saltedSha1(String password) {
        byte[] salt = new byte[8];
        new SecureRandom().nextBytes(salt);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            sha1.update(salt);
            byte[] digest = sha1.digest();
            byte[] hashAndSalt = Arrays.copyOf(digest, digest.length + salt.length);
            System.arraycopy(salt, 0, hashAndSalt, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(hashAndSalt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the Java platform", e);
        }
    }

    private LDAPURL parseUrl(String text) {
        try {
            LDAPURL url = new LDAPURL(text);
            if (!url.getScheme().equals("ldap")) {
                throw new HookSettingsFailure("hook " + name() + ": LDAP_URL " + text + " must be an ldap:// URL");
            }
            return url;
        } catch (LDAPException e) {
            throw new HookSettingsFailure("hook " + name() + ": LDAP_URL '" + text + "' is not an LDAP URL: " + e.getMessage());
        }
    }

    private DN dn(String text) {
        try {
            return new DN(text);
        } catch (LDAPException e) {
            throw new HookFailure("hook " + name() + ": '" + text + "' is not a distinguished name", e);
        }
    }

    /** An operation on the bound admin connection. */
    @FunctionalInterface
    private interface Operation<T> {
        T apply(LDAPConnection connection) throws LDAPException;
    }

    /** The admin connection, re-opened and re-bound after the server went away; operations retry while it is down. */
    private static final class Session implements AutoCloseable {
        private final HookContext context;
        private final LDAPURL url;
        private final String bindDn;
        private final String bindPassword;
        private LDAPConnection connection;

        Session(HookContext context, LDAPURL url, String bindDn, String bindPassword) {
            this.context = context;
            this.url = url;
            this.bindDn = bindDn;
            this.bindPassword = bindPassword;
        }

        static LDAPConnectionOptions options() {
            LDAPConnectionOptions options = new LDAPConnectionOptions();
            options.setConnectTimeoutMillis(5_000);
            options.setResponseTimeoutMillis(15_000);
            return options;
        }

        <T> T call(Operation<T> operation) {
            return context.retrying("LDAP directory", url.toString(), Session::isTransient, () -> {
                try {
                    return operation.apply(connection());
                } catch (LDAPException e) {
                    // A connection the error left unusable is dropped; only transient errors are tried again.
                    if (isTransient(e) || !ResultCode.isConnectionUsable(e.getResultCode())) {
                        close();
                    }
                    throw e;
                }
            });
        }

        private LDAPConnection connection() throws LDAPException {
            if (connection == null || !connection.isConnected()) {
                LDAPConnection opened = new LDAPConnection(options(), url.getHost(), url.getPort());
                try {
                    opened.bind(bindDn, bindPassword);
                } catch (LDAPException e) {
                    opened.close();
                    if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                        throw new HookFailure("hook ldap-directory: the directory at " + url + " refused the bind as " + bindDn
                                + " (invalid credentials); LDAP_BIND_PASSWORD must be the slapd root password", e);
                    }
                    throw e;
                }
                connection = opened;
            }
            return connection;
        }

        private static boolean isTransient(Exception e) {
            return e instanceof LDAPException l && TRANSIENT.contains(l.getResultCode());
        }

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }
}
