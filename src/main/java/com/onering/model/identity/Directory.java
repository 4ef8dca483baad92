package com.onering.model.identity;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's LDAP directory as typed declarations: the managed organisational units, the people of seed 000, the
 * service bind accounts, and one {@code groupOfNames} per {@link PlatformRole}. The {@code ldap-directory} hook makes
 * the running slapd match exactly this, inside the managed units.
 */
public record Directory(String suffix, List<Person> people, List<ServiceAccount> serviceAccounts) {
    public static final String ADMIN_PASSWORD_SECRET = "ldap-admin-password";
    public static final String PEOPLE = "people";
    public static final String GROUPS = "groups";
    public static final String SERVICE = "service";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A person who logs in to the UIs (through Keycloak federation), PostgreSQL and ClickHouse with one password. */
    public record Person(String uid, String givenName, String surname, Set<PlatformRole> roles) {
        public Person {
            roles = Set.copyOf(roles);
        }

        public String passwordSecret() {
            return "ldap-" + uid + "-password";
        }
    }

    /** A bind account a service uses to search the directory or to log in to a store. */
    public record ServiceAccount(String cn, String description) {
        public String passwordSecret() {
            return "ldap-" + cn + "-password";
        }
    }

    public static final ServiceAccount KEYCLOAK = new ServiceAccount("keycloak", "Keycloak user federation (read-only)");
    public static final ServiceAccount CLICKHOUSE_READER = new ServiceAccount("clickhouse-reader", "ClickHouse read-only login for BI tools");
    public static final ServiceAccount POSTGRES_AUTH = new ServiceAccount("postgres-auth", "PostgreSQL LDAP search+bind authentication");

    public Directory {
        people = List.copyOf(people);
        serviceAccounts = List.copyOf(serviceAccounts);
    }

    /** The directory every stack declares, under its configured suffix. */
    public static Directory declared(String suffix) {
        return new Directory(suffix,
                List.of(new Person("platform-admin", "Platform", "Admin", EnumSet.of(PlatformRole.PLATFORM_ADMIN, PlatformRole.PLATFORM_SUPERUSER)),
                        new Person("data-analyst", "Data", "Analyst", EnumSet.of(PlatformRole.DATA_ANALYST)),
                        new Person("data-engineer", "Data", "Engineer", EnumSet.of(PlatformRole.DATA_ENGINEER))),
                List.of(KEYCLOAK, CLICKHOUSE_READER, POSTGRES_AUTH));
    }

    public String adminDn() {
        return "cn=admin," + suffix;
    }

    public String unitDn(String ou) {
        return "ou=" + ou + "," + suffix;
    }

    public String personDn(String uid) {
        return "uid=" + uid + "," + unitDn(PEOPLE);
    }

    public String serviceDn(ServiceAccount account) {
        return "cn=" + account.cn() + "," + unitDn(SERVICE);
    }

    public String groupDn(PlatformRole role) {
        return "cn=" + role.id() + "," + unitDn(GROUPS);
    }

    /** The units the hook owns: entries below them that the stack no longer declares are removed. */
    public List<String> managedUnits() {
        return List.of(unitDn(PEOPLE), unitDn(GROUPS), unitDn(SERVICE));
    }

    /** {@code oner.local} for {@code dc=oner,dc=local}: the mail domain of the people. */
    public String mailDomain() {
        return String.join(".", Arrays.stream(suffix.split(",")).map(dc -> dc.substring(dc.indexOf('=') + 1)).toList());
    }

    /** Every password of the directory, generated once and kept in stack state. */
    public List<SecretSpec> secrets() {
        List<SecretSpec> secrets = new ArrayList<>();
        secrets.add(SecretSpec.password(ADMIN_PASSWORD_SECRET));
        people.forEach(p -> secrets.add(SecretSpec.password(p.passwordSecret())));
        serviceAccounts.forEach(s -> secrets.add(SecretSpec.password(s.passwordSecret())));
        return secrets;
    }

    /** The declared entries, parents before children and members before their groups. */
    public List<DirectoryEntry> entries() {
        List<DirectoryEntry> entries = new ArrayList<>();
        for (String ou : List.of(PEOPLE, GROUPS, SERVICE)) {
            entries.add(new DirectoryEntry(unitDn(ou), List.of("top", "organizationalUnit"), Map.of("ou", List.of(ou)), Optional.empty()));
        }
        for (Person person : people) {
            entries.add(new DirectoryEntry(personDn(person.uid()), List.of("top", "person", "organizationalPerson", "inetOrgPerson"),
                    Map.of("uid", List.of(person.uid()),
                            "cn", List.of(person.givenName() + " " + person.surname()),
                            "givenName", List.of(person.givenName()),
                            "sn", List.of(person.surname()),
                            "mail", List.of(person.uid() + "@" + mailDomain())),
                    Optional.of(Template.secret(person.passwordSecret()))));
        }
        for (ServiceAccount account : serviceAccounts) {
            entries.add(new DirectoryEntry(serviceDn(account), List.of("top", "organizationalRole", "simpleSecurityObject"),
                    Map.of("cn", List.of(account.cn()), "description", List.of(account.description())),
                    Optional.of(Template.secret(account.passwordSecret()))));
        }
        for (PlatformRole role : PlatformRole.values()) {
            List<String> members = people.stream().filter(p -> p.roles().contains(role)).map(p -> personDn(p.uid())).toList();
            if (members.isEmpty()) {
                // groupOfNames requires a member; an empty role group is a declaration mistake, caught in tests.
                throw new IllegalStateException("directory group " + role.id() + " has no member");
            }
            entries.add(new DirectoryEntry(groupDn(role), List.of("top", "groupOfNames"),
                    Map.of("cn", List.of(role.id()), "description", List.of(role.description()), "member", members), Optional.empty()));
        }
        return entries;
    }

    /** The wire form the hook receives in one environment variable: a change to any entry re-runs the hook. */
    public static String toJson(List<DirectoryEntry> entries) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("dn", e.dn());
            json.put("objectClasses", e.objectClasses());
            json.put("attributes", e.attributes());
            e.password().ifPresent(p -> json.put("password", p));
            list.add(json);
        }
        return GSON.toJson(list);
    }

    public static List<DirectoryEntry> fromJson(String json) {
        record Wire(String dn, List<String> objectClasses, Map<String, List<String>> attributes, String password) {
        }
        try {
            List<Wire> wires = GSON.fromJson(json, new TypeToken<List<Wire>>() { }.getType());
            if (wires == null) {
                throw new IllegalArgumentException("no entries");
            }
            return wires.stream().map(w -> {
                if (w.dn() == null || w.objectClasses() == null || w.objectClasses().isEmpty()) {
                    throw new IllegalArgumentException("an entry needs dn and objectClasses: " + w);
                }
                return new DirectoryEntry(w.dn(), w.objectClasses(), w.attributes() == null ? Map.of() : w.attributes(),
                        Optional.ofNullable(w.password()));
            }).toList();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed directory entries: " + e.getMessage(), e);
        }
    }
}
