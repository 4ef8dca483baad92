package com.onering.config;

import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.pipelines.PipelineName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns raw stack config into a {@link PlatformConfig}, collecting every problem before failing. Checks that need
 * the component catalog (unknown workloads in overrides, port clashes, memory budget) run in the platform assembler;
 * {@code assembly/StackValidation} reports both stages together.
 */
public final class ConfigLoader {
    private static final Set<String> KNOWN_KEYS = Set.of(
            "target", "dockerHost", "publishAddress", "portOffset", "profiles", "objectStore",
            "overrides", "hostMemory", "secrets", "masterSecret", "dataVolumes", "broker", "allowedGroups", "customServices", "ldapSuffix", "exclude",
            "pipelines", "kubernetes", "host", "publicEntry", "backup");
    private static final Set<String> OVERRIDE_KEYS = Set.of("memory", "ports");
    private static final Set<String> CUSTOM_SERVICE_KEYS = Set.of(
            "image", "profile", "ports", "env", "secrets", "dependsOn", "memory", "healthCommand");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");
    private static final Pattern SECRET_NAME = Pattern.compile("^[a-z0-9-]+$");
    private static final Pattern PORT_NAME = Pattern.compile("^[a-z0-9-]+$");
    /** Environment names that carry credentials; their values must be {@code {{secret:…}}} references. */
    private static final Pattern SECRET_ENV_NAME = Pattern.compile(
            "(?i).*(PASS|_PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL).*");
    /**
     * Values that are credentials whatever their name: well-known token shapes and URLs with a password (the user may
     * be empty, as in {@code redis://:password@host}).
     */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "^(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-\\S+|sk-[A-Za-z0-9_-]{20,}|-----BEGIN [A-Z ]+-----.*)$"
                    + "|.*://[^/\\s:@]*:[^/\\s@]+@.*", Pattern.DOTALL);
    /** Credentials in a probe's words: a URL with a password, {@code NAME=value} of a secret-like name, {@code --password}. */
    private static final Pattern SECRET_IN_COMMAND = Pattern.compile(
            "(?i).*(://[^/\\s:@]*:[^/\\s@$]+@|(PASS|PWD|SECRET|TOKEN|API_?KEY)[A-Z_]*=[^\\s$]|--password[= ]+[^\\s$]).*", Pattern.DOTALL);
    /** A Docker host: scheme, then an authority with a host (ssh://user@host[:port], tcp://host:port) or a socket path. */
    private static final Pattern DOCKER_HOST = Pattern.compile("^(unix)://(/\\S+)$|^(ssh)://(?:[^@/\\s]+@)?([^@:/\\s]+)(?::\\d+)?/?$"
            + "|^(tcp)://([^@:/\\s]+):\\d+/?$");
    /**
     * Below this a memory limit is a mistake, not a choice: Docker refuses less than 6Mi, and no service the platform
     * or a custom service runs starts in less than this.
     */
    static final MemorySize MEMORY_FLOOR = MemorySize.mebibytes(16);

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final ConfigSource source;

    /**
     * The config as far as it could be read, and every problem found. Bad values are replaced by their defaults and
     * rejected custom services left out, so the assembler's checks can still run on the rest.
     */
    public record Loaded(PlatformConfig config, List<ConfigProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private ConfigLoader(ConfigSource source) {
        this.source = source;
        problems.addAll(source.problems());
    }

    /** The config, or {@link InvalidConfigException} with every problem this stage finds. */
    public static PlatformConfig load(ConfigSource source, String stack) {
        Loaded loaded = read(source, stack);
        if (!loaded.problems().isEmpty()) {
            throw new InvalidConfigException(loaded.problems());
        }
        return loaded.config();
    }

    public static Loaded read(ConfigSource source, String stack) {
        return new ConfigLoader(source).read(stack);
    }

    private Loaded read(String stack) {
        source.values().keySet().stream().filter(k -> !KNOWN_KEYS.contains(k)).sorted().forEach(k ->
                problems.add(ConfigProblem.of(k, "unknown setting" + NearMiss.suggestion(k, KNOWN_KEYS) + "; known settings are " + sorted(KNOWN_KEYS))));

        TargetConfig target = target(stack);
        Set<Profile> profiles = profiles();
        ObjectStoreEngine objectStore = enumValue("objectStore", ObjectStoreEngine.GARAGE,
                ObjectStoreEngine::fromConfigName, Arrays.stream(ObjectStoreEngine.values()).map(ObjectStoreEngine::configName).toList());
        Map<String, WorkloadOverride> overrides = overrides();
        Optional<MemorySize> hostMemory = string("hostMemory").flatMap(text -> memory("hostMemory", text));
        Map<String, String> secrets = secrets();
        Optional<MasterSecret> master = masterSecret();
        boolean retain = enumValue("dataVolumes", Boolean.TRUE,
                v -> switch (v) { case "retain" -> Optional.of(true); case "delete" -> Optional.of(false); default -> Optional.empty(); },
                List.of("retain", "delete"));

        StreamingBroker broker = enumValue("broker", StreamingBroker.PULSAR, StreamingBroker::fromConfigName,
                Arrays.stream(StreamingBroker.values()).map(StreamingBroker::configName).toList());
        Map<String, List<String>> allowedGroups = allowedGroups();
        List<CustomService> customServices = customServices();
        String ldapSuffix = ldapSuffix();
        // Component names need the catalog: the assembler checks them.
        Set<String> excluded = Set.copyOf(stringList("exclude", source.values().get("exclude")));
        if (target.publicEntry().isPresent() && !profiles.contains(Profile.SECURITY)) {
            problems.add(ConfigProblem.of("publicEntry", "serves the UIs through their Keycloak login gates, which the security profile "
                    + "brings; add security to onering:profiles (or remove publicEntry)"));
        }
        if (!allowedGroups.isEmpty() && !profiles.contains(Profile.SECURITY)) {
            problems.add(ConfigProblem.of("allowedGroups", "has no effect without the security profile, so every UI would stay open to "
                    + "anyone who reaches it; add security to onering:profiles (or remove allowedGroups)"));
        }

        List<String> pipelines = pipelines(profiles, objectStore);
        Optional<BackupSettings> backup = Optional.ofNullable(source.values().get("backup"))
                .flatMap(raw -> BackupSettings.read(raw, secrets, problems));
        return new Loaded(new PlatformConfig(stack, target, profiles, objectStore, overrides, hostMemory, secrets, master, retain,
                broker, allowedGroups, customServices, ldapSuffix, excluded, pipelines, backup), problems);
    }

    /** Loopback or an RFC 1918 private address; 0.0.0.0 (every interface) is neither. */
    private static boolean isLoopbackOrPrivate(String ipv4) {
        int[] octets = Arrays.stream(ipv4.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return octets[0] == 127 || octets[0] == 10
                || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31)
                || (octets[0] == 192 && octets[1] == 168);
    }

    private TargetConfig target(String stack) {
        TargetConfig.Kind kind = enumValue("target", TargetConfig.Kind.DOCKER,
                v -> switch (v) { case "docker" -> Optional.of(TargetConfig.Kind.DOCKER); case "kubernetes" -> Optional.of(TargetConfig.Kind.KUBERNETES); default -> Optional.empty(); },
                List.of("docker", "kubernetes"));
        if (kind == TargetConfig.Kind.KUBERNETES) {
            KubernetesSettings.dockerOnlyKeys(source.values().keySet()).forEach(key -> problems.add(ConfigProblem.of(key,
                    "is a Docker setting; a kubernetes stack reaches its UIs through onering:kubernetes.ingressClass and .domain (remove " + key + ")")));
            return new TargetConfig(kind, Optional.empty(), Optional.empty(), Optional.empty(), TargetConfig.DATA_STORE_ADDRESS, 0,
                    Optional.of(KubernetesSettings.read(source.values().get("kubernetes"), stack, problems)));
        }
        if (source.values().containsKey("kubernetes")) {
            problems.add(ConfigProblem.of("kubernetes", "has no effect on a docker stack; set onering:target to kubernetes (or remove onering:kubernetes)"));
        }
        Optional<String> dockerHost = string("dockerHost").filter(h -> !h.isBlank());
        dockerHost.ifPresent(this::checkDockerHost);
        boolean local = dockerHost.map(h -> h.startsWith("unix://")).orElse(true);
        String publishAddress = string("publishAddress").orElse("127.0.0.1");
        if (!isIpv4(publishAddress)) {
            problems.add(ConfigProblem.of("publishAddress", "'" + publishAddress + "' is not an IPv4 address (four numbers 0-255, e.g. 10.0.0.5)"));
        } else if (local && !publishAddress.startsWith("127.")) {
            problems.add(ConfigProblem.of("publishAddress", "the local stack publishes ports on loopback only; remove the setting or use 127.0.0.1"));
        } else if (!isLoopbackOrPrivate(publishAddress)) {
            // Every UI, its gate and Keycloak's login speak plain HTTP: on a public address (or every interface)
            // passwords and session cookies would cross the internet in clear text.
            problems.add(ConfigProblem.of("publishAddress", "'" + publishAddress + "' would serve every UI and Keycloak's login over plain "
                    + "HTTP to the internet; keep 127.0.0.1 and set onering:publicEntry, which serves them over HTTPS on ports 80 and "
                    + "443 (or use a private address: 10.x, 172.16-31.x, 192.168.x)"));
        }
        Optional<HostSettings> host = Optional.ofNullable(source.values().get("host"))
                .flatMap(raw -> HostSettings.read(raw, source.secretPaths(), problems));
        boolean overSsh = dockerHost.filter(h -> h.startsWith("ssh://")).isPresent();
        if (source.values().containsKey("host") && !overSsh) {
            problems.add(ConfigProblem.of("host", "bootstraps the remote host of an ssh:// onering:dockerHost; set dockerHost to "
                    + "ssh://deploy@your-host (or remove host)"));
            host = Optional.empty();
        } else if (host.isPresent() && !dockerHost.orElseThrow().matches("ssh://(?!root@)[a-z_][a-z0-9_-]*@.*")) {
            // The bootstrap makes this user and gives it Docker; root would run the platform with the admin's rights.
            problems.add(ConfigProblem.of("dockerHost", "'" + dockerHost.get() + "' names no deploy user for the bootstrap to create; "
                    + "write ssh://deploy@your-host (a user other than root)"));
        }
        Optional<PublicEntrySettings> publicEntry = Optional.ofNullable(source.values().get("publicEntry"))
                .flatMap(raw -> PublicEntrySettings.read(raw, problems));
        int portOffset = portOffset();
        if (source.values().containsKey("publicEntry") && !overSsh) {
            problems.add(ConfigProblem.of("publicEntry", "serves a remote host's UIs on its ports 80 and 443; set onering:dockerHost to "
                    + "ssh://deploy@your-host (or remove publicEntry)"));
            publicEntry = Optional.empty();
        } else if (publicEntry.isPresent() && !publishAddress.startsWith("127.")) {
            // The entry is the one way in from outside: every other published port stays on the host's loopback.
            problems.add(ConfigProblem.of("publishAddress", "is " + publishAddress + ", but with publicEntry every UI is reached through "
                    + "it and nothing else is published beyond the host's loopback; remove publishAddress or set 127.0.0.1"));
        } else if (publicEntry.isPresent() && portOffset != 0) {
            problems.add(ConfigProblem.of("publicEntry", "takes the host's ports 80 and 443, which a portOffset cannot move: one stack per "
                    + "host has the public entry (remove portOffset or publicEntry)"));
        }
        return new TargetConfig(kind, dockerHost, host, publicEntry, publishAddress, portOffset, Optional.empty());
    }

    private int portOffset() {
        Object value = source.values().get("portOffset");
        if (value == null) {
            return 0;
        }
        String text = String.valueOf(value);
        if (text.matches("\\d{1,5}") && Integer.parseInt(text) <= TargetConfig.MAX_PORT_OFFSET) {
            return Integer.parseInt(text);
        }
        problems.add(ConfigProblem.of("portOffset", "'" + text + "' is not a whole number from 0 to " + TargetConfig.MAX_PORT_OFFSET
                + "; it is added to every published host port, e.g. 20000 moves 5432 to 25432"));
        return 0;
    }

    private void checkDockerHost(String host) {
        Matcher m = DOCKER_HOST.matcher(host);
        if (host.startsWith("ssh://") && !m.matches()) {
            problems.add(ConfigProblem.of("dockerHost", "'" + host + "' names no host; write ssh://user@host (or ssh://user@host:port)"));
        } else if (host.startsWith("tcp://") && !m.matches()) {
            problems.add(ConfigProblem.of("dockerHost", "'" + host + "' is not tcp://host:port; write e.g. tcp://docker.example.com:2376"));
        } else if (!m.matches()) {
            problems.add(ConfigProblem.of("dockerHost", "'" + host + "' is not a Docker host; use unix:///var/run/docker.sock, ssh://user@host or tcp://host:2376"));
        } else if (m.group(5) != null && (m.group(6).equals("0.0.0.0") || m.group(6).equals("*"))) {
            // A tcp:// engine has no authentication of its own: listening on every interface hands the host to the network.
            problems.add(ConfigProblem.of("dockerHost", "'" + host + "' is a Docker engine listening unauthenticated on every interface; "
                    + "use ssh://user@host, or tcp://host:2376 with TLS"));
        }
    }

    private static boolean isIpv4(String address) {
        if (!address.matches("^\\d{1,3}(\\.\\d{1,3}){3}$")) {
            return false;
        }
        return Arrays.stream(address.split("\\.")).mapToInt(Integer::parseInt).allMatch(octet -> octet <= 255);
    }

    private static String unknownProfile(String name) {
        List<String> known = Arrays.stream(Profile.values()).map(Profile::configName).toList();
        return "unknown profile '" + name + "'" + NearMiss.suggestion(name, known) + "; known profiles are " + String.join(", ", known);
    }

    private Set<Profile> profiles() {
        Object raw = source.values().get("profiles");
        if (raw == null) {
            return EnumSet.of(Profile.CORE);
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(ConfigProblem.of("profiles", "must be a list, e.g. [core, ml]"));
            return EnumSet.of(Profile.CORE);
        }
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        for (Object item : list) {
            Optional<Profile> profile = Profile.fromConfigName(String.valueOf(item));
            if (profile.isPresent()) {
                profiles.add(profile.get());
            } else {
                problems.add(ConfigProblem.of("profiles", unknownProfile(String.valueOf(item))));
            }
        }
        if (list.isEmpty()) {
            problems.add(ConfigProblem.of("profiles", "select at least one profile, e.g. [core]"));
        }
        return profiles;
    }

    private Map<String, WorkloadOverride> overrides() {
        Map<String, WorkloadOverride> overrides = new LinkedHashMap<>();
        Object raw = source.values().get("overrides");
        if (raw == null) {
            return overrides;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(ConfigProblem.of("overrides", "must be a map of component name to settings"));
            return overrides;
        }
        map.forEach((name, value) -> {
            String key = "overrides." + name;
            if (!(value instanceof Map<?, ?> settings)) {
                problems.add(ConfigProblem.of(key, "must be a map with 'memory' and/or 'ports'"));
                return;
            }
            settings.keySet().stream().map(String::valueOf).filter(k -> !OVERRIDE_KEYS.contains(k)).forEach(k ->
                    problems.add(ConfigProblem.of(key + "." + k, "unknown setting" + NearMiss.suggestion(k, OVERRIDE_KEYS) + "; use " + sorted(OVERRIDE_KEYS))));
            Optional<MemorySize> memory = Optional.ofNullable(settings.get("memory"))
                    .flatMap(m -> memory(key + ".memory", String.valueOf(m)));
            Map<String, Integer> ports = new LinkedHashMap<>();
            Object rawPorts = settings.get("ports");
            if (rawPorts instanceof Map<?, ?> portMap) {
                portMap.forEach((portName, port) -> port(key + ".ports." + portName, port).ifPresent(p -> ports.put(portName.toString(), p)));
            } else if (rawPorts != null) {
                problems.add(ConfigProblem.of(key + ".ports", "must be a map of port name to host port"));
            }
            overrides.put(name.toString(), new WorkloadOverride(memory, ports));
        });
        return overrides;
    }

    private Map<String, List<String>> allowedGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Object raw = source.values().get("allowedGroups");
        if (raw == null) {
            return groups;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(ConfigProblem.of("allowedGroups", "must be a map of UI component to a list of groups, e.g. grafana: [platform-admin]"));
            return groups;
        }
        map.forEach((ui, value) -> {
            if (value instanceof List<?> list && !list.isEmpty()) {
                groups.put(ui.toString(), list.stream().map(String::valueOf).toList());
            } else {
                problems.add(ConfigProblem.of("allowedGroups." + ui, "must be a non-empty list of group names"));
            }
        });
        return groups;
    }

    /** {@code onering:customServices}: name to settings; references to the catalog are checked by the assembler. */
    private List<CustomService> customServices() {
        List<CustomService> services = new ArrayList<>();
        Object raw = source.values().get("customServices");
        if (raw == null) {
            return services;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(ConfigProblem.of("customServices", "must be a map of service name to settings ("
                    + sorted(CUSTOM_SERVICE_KEYS) + ")"));
            return services;
        }
        map.forEach((rawName, value) -> customService(String.valueOf(rawName), value).ifPresent(services::add));
        return services;
    }

    private Optional<CustomService> customService(String name, Object value) {
        String key = "customServices." + name;
        int before = problems.size();
        if (!DNS_LABEL.matcher(name).matches()) {
            problems.add(ConfigProblem.of(key, "'" + name + "' is not a valid service name; use lower-case letters, digits and '-' (it becomes a DNS name)"));
        }
        if (!(value instanceof Map<?, ?> settings)) {
            problems.add(ConfigProblem.of(key, "must be a map with " + sorted(CUSTOM_SERVICE_KEYS)));
            return Optional.empty();
        }
        settings.keySet().stream().map(String::valueOf).filter(k -> !CUSTOM_SERVICE_KEYS.contains(k)).sorted().forEach(k ->
                problems.add(ConfigProblem.of(key + "." + k, "unknown setting" + NearMiss.suggestion(k, CUSTOM_SERVICE_KEYS) + "; use " + sorted(CUSTOM_SERVICE_KEYS))));

        String image = required(settings, key, "image", "set image to a pinned reference, e.g. docker.io/library/nginx:1.29.1");
        if (image != null && ImageSource.Pulled.parse(image).isEmpty()) {
            String tag = ImageSource.Pulled.tagOf(image).orElse("");
            problems.add(ConfigProblem.of(key + ".image", ImageSource.Pulled.isFloating(tag)
                    ? "'" + tag + "' is a floating tag: the image behind it changes without the config changing; write an explicit "
                            + "version tag (name:1.2.3), optionally with its digest (name:1.2.3@sha256:...)"
                    : "'" + image + "' is not pinned; write name:tag with an explicit version tag, optionally with its digest "
                            + "(name:1.2.3@sha256:...)"));
        }
        Profile profile = null;
        String profileName = required(settings, key, "profile", "set profile to the profile that brings the service, e.g. poc");
        if (profileName != null) {
            profile = Profile.fromConfigName(profileName).orElse(null);
            if (profile == null) {
                problems.add(ConfigProblem.of(key + ".profile", unknownProfile(profileName)));
            }
        }
        Map<String, String> ports = customPorts(key, settings.get("ports"));
        List<String> secrets = stringList(key + ".secrets", settings.get("secrets"));
        secrets.stream().filter(s -> !SECRET_NAME.matcher(s).matches()).forEach(s ->
                problems.add(ConfigProblem.of(key + ".secrets", "'" + s + "' is not a secret name; use lower-case letters, digits and '-'")));
        Map<String, String> env = customEnv(key, settings.get("env"), secrets);
        List<String> dependsOn = stringList(key + ".dependsOn", settings.get("dependsOn"));
        String memoryText = required(settings, key, "memory", "set a memory limit the image's documentation supports, e.g. 256Mi");
        MemorySize memory = memoryText == null ? null : memory(key + ".memory", memoryText).orElse(null);
        List<String> health = healthCommand(key, settings.get("healthCommand"));

        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CustomService(name, image, profile, ports, env, secrets, dependsOn, memory, health));
    }

    private String required(Map<?, ?> settings, String key, String setting, String hint) {
        Object value = settings.get(setting);
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(ConfigProblem.of(key + "." + setting, "is missing; " + hint));
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problems.add(ConfigProblem.of(key + "." + setting, "must be a single value"));
            return null;
        }
        return String.valueOf(value);
    }

    private Map<String, String> customPorts(String key, Object raw) {
        Map<String, String> ports = new LinkedHashMap<>();
        if (raw == null) {
            return ports;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(ConfigProblem.of(key + ".ports", "must be a map of port name to \"containerPort\" or \"containerPort:hostPort\""));
            return ports;
        }
        map.forEach((portName, spec) -> {
            String portKey = key + ".ports." + portName;
            String text = String.valueOf(spec);
            Matcher m = CustomService.PORT_SYNTAX.matcher(text);
            if (!PORT_NAME.matcher(String.valueOf(portName)).matches()) {
                problems.add(ConfigProblem.of(portKey, "'" + portName + "' is not a port name; use lower-case letters, digits and '-'"));
            } else if (!m.matches() || !isPort(m.group(1)) || (m.group(2) != null && !isPort(m.group(2)))) {
                problems.add(ConfigProblem.of(portKey, "'" + text + "' is not \"containerPort\" or \"containerPort:hostPort\" with ports 1-65535 (quote it in YAML)"));
            } else {
                ports.put(String.valueOf(portName), text);
            }
        });
        return ports;
    }

    private static boolean isPort(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65535;
    }

    /** Plain settings pass; credentials must be {@code {{secret:name}}} references to secrets the service lists. */
    private Map<String, String> customEnv(String key, Object raw, List<String> secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        if (raw == null) {
            return env;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(ConfigProblem.of(key + ".env", "must be a map of variable name to value"));
            return env;
        }
        map.forEach((rawName, rawValue) -> {
            String name = String.valueOf(rawName);
            String value = rawValue == null ? "" : String.valueOf(rawValue);
            String envKey = key + ".env." + name;
            Set<String> refs = Template.secretRefs(value);
            boolean namedLikeSecret = SECRET_ENV_NAME.matcher(name).matches() && !name.endsWith("_FILE");
            if ((namedLikeSecret && !value.isEmpty() && refs.isEmpty()) || (refs.isEmpty() && SECRET_VALUE.matcher(value).matches())) {
                problems.add(ConfigProblem.of(envKey, "looks like a secret written in plain text; list a secret name under "
                        + key + ".secrets and set the variable to {{secret:<name>}}"));
            } else if (!secrets.containsAll(refs)) {
                problems.add(ConfigProblem.of(envKey, "refers to " + refs.stream().filter(r -> !secrets.contains(r)).sorted()
                        .collect(Collectors.joining(", ")) + ", which " + key + ".secrets does not list"));
            } else {
                env.put(name, value);
            }
        });
        return env;
    }

    /** A list ({@code [CMD, argv...]}, {@code [CMD-SHELL, script]} or a bare argv) or a shell string. */
    private List<String> healthCommand(String key, Object raw) {
        String healthKey = key + ".healthCommand";
        if (raw == null) {
            problems.add(ConfigProblem.of(healthKey, "is missing; set a probe that runs inside the image, e.g. [CMD, wget, -qO-, http://127.0.0.1:8080/health]"));
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            return withoutCredentials(healthKey, List.of("CMD-SHELL", String.valueOf(raw)));
        }
        List<String> argv = list.stream().map(String::valueOf).toList();
        if (argv.isEmpty() || (argv.get(0).equals("CMD") && argv.size() < 2)
                || (argv.get(0).equals("CMD-SHELL") && argv.size() != 2)) {
            problems.add(ConfigProblem.of(healthKey, "must name a command: [CMD, program, args...] or [CMD-SHELL, script]"));
            return List.of();
        }
        List<String> command = new ArrayList<>(argv);
        if (!argv.get(0).equals("CMD") && !argv.get(0).equals("CMD-SHELL")) {
            command.add(0, "CMD");
        }
        return withoutCredentials(healthKey, command);
    }

    /** A probe is stored in the container's config and shown by docker inspect: it may name a secret, never hold one. */
    private List<String> withoutCredentials(String healthKey, List<String> command) {
        if (command.stream().anyMatch(word -> SECRET_IN_COMMAND.matcher(word).matches() || SECRET_VALUE.matcher(word).matches())) {
            problems.add(ConfigProblem.of(healthKey, "holds a credential in plain text; read the credential from an environment variable "
                    + "set to {{secret:<name>}}, e.g. [CMD-SHELL, 'curl -fsS -u \"admin:$ADMIN_PASSWORD\" http://127.0.0.1/health']"));
            return List.of();
        }
        return command;
    }

    /**
     * The pipelines the stack deploys: valid, distinct names. Whether each folder exists and declares itself needs the
     * project's files: the assembler checks that. A pipeline is a Dagster code location with its own bucket key, so it
     * needs the devtools profile and an object store that scopes keys to buckets (Garage).
     */
    private List<String> pipelines(Set<Profile> profiles, ObjectStoreEngine objectStore) {
        List<String> names = stringList("pipelines", source.values().get("pipelines"));
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            PipelineName.syntaxProblem(name).ifPresent(p -> problems.add(ConfigProblem.of("pipelines", "'" + name + "' " + p)));
            if (!seen.add(name)) {
                problems.add(ConfigProblem.of("pipelines", "'" + name + "' is listed twice"));
            }
        }
        if (!names.isEmpty() && !profiles.contains(Profile.DEVTOOLS)) {
            problems.add(ConfigProblem.of("pipelines", "pipelines run as Dagster code locations: add devtools to onering:profiles "
                    + "(or remove onering:pipelines)"));
        }
        if (!names.isEmpty() && objectStore != ObjectStoreEngine.GARAGE) {
            problems.add(ConfigProblem.of("pipelines", "each pipeline gets a key scoped to its own bucket, which only the garage "
                    + "object store can scope; set onering:objectStore to garage (or remove onering:pipelines)"));
        }
        return names;
    }

    private List<String> stringList(String key, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(ConfigProblem.of(key, "must be a list"));
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** A base DN of domain components only ({@code dc=oner,dc=local}): it also names the mail domain of directory users. */
    private String ldapSuffix() {
        String suffix = string("ldapSuffix").map(String::trim).orElse(PlatformConfig.DEFAULT_LDAP_SUFFIX);
        if (!suffix.matches("^dc=[a-z0-9]([a-z0-9-]*[a-z0-9])?(,dc=[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")) {
            problems.add(ConfigProblem.of("ldapSuffix", "'" + suffix + "' is not a directory suffix of lower-case domain components, e.g. "
                    + PlatformConfig.DEFAULT_LDAP_SUFFIX));
            return PlatformConfig.DEFAULT_LDAP_SUFFIX;
        }
        return suffix;
    }

    private Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        Object raw = source.values().get("secrets");
        if (raw == null) {
            return secrets;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(ConfigProblem.of("secrets", "must be a map of secret name to value, set with pulumi config set --secret --path 'onering:secrets.<name>'"));
            return secrets;
        }
        map.forEach((name, value) -> {
            String path = "secrets." + name;
            if (!source.secretPaths().contains(path)) {
                problems.add(ConfigProblem.of(path, "is stored in plain text; set it with pulumi config set --secret --path 'onering:" + path + "'"));
            } else if (value == null || String.valueOf(value).isEmpty()) {
                problems.add(ConfigProblem.of(path, "is empty"));
            } else if (String.valueOf(value).matches("(?s).*[\"\\\\\\p{Cntrl}].*")) {
                // Secrets are placed verbatim into URLs, config files and JSON settings of hooks.
                problems.add(ConfigProblem.of(path, "contains a quote, backslash or control character; choose a value without them"));
            } else {
                secrets.put(name.toString(), String.valueOf(value));
            }
        });
        return secrets;
    }

    /** Set only with {@code --secret}; an offline plan sees the encrypted value as a {@link SealedSecret}. */
    private Optional<MasterSecret> masterSecret() {
        Optional<String> value = string("masterSecret");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String fix = "; set it with: " + MasterSecret.SET_COMMAND;
        if (!source.secretPaths().contains("masterSecret")) {
            problems.add(ConfigProblem.of("masterSecret", "is stored in plain text" + fix));
        } else if (!SealedSecret.in(value.get()) && value.get().strip().length() < MasterSecret.MIN_LENGTH) {
            problems.add(ConfigProblem.of("masterSecret", "is shorter than " + MasterSecret.MIN_LENGTH + " characters" + fix));
        } else {
            return Optional.of(new MasterSecret(value.get().strip()));
        }
        return Optional.empty();
    }

    /**
     * A size with a unit, at least {@link #MEMORY_FLOOR}. Without a unit Docker reads bytes, so {@code 512} or {@code 0}
     * would silently become no limit at all.
     */
    private Optional<MemorySize> memory(String key, String text) {
        Optional<MemorySize> size = MemorySize.parse(text);
        if (size.isEmpty()) {
            problems.add(ConfigProblem.of(key, "'" + text + "' is not a memory size; write e.g. 512Mi or 2Gi"));
        } else if (text.trim().matches("\\d+")) {
            problems.add(ConfigProblem.of(key, "'" + text + "' has no unit; write e.g. 512Mi or 2Gi"));
            return Optional.empty();
        } else if (size.get().compareTo(MEMORY_FLOOR) < 0) {
            problems.add(ConfigProblem.of(key, "'" + text + "' is below the " + MEMORY_FLOOR + " floor; write the limit the service needs, e.g. 256Mi"));
            return Optional.empty();
        }
        return size;
    }

    private Optional<Integer> port(String key, Object value) {
        try {
            int port = Integer.parseInt(String.valueOf(value));
            if (port >= 1 && port <= 65535) {
                return Optional.of(port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ConfigProblem.of(key, "'" + value + "' is not a TCP port (1-65535)"));
        return Optional.empty();
    }

    private Optional<String> string(String key) {
        Object value = source.values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            problems.add(ConfigProblem.of(key, "must be a single value"));
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value));
    }

    private <T> T enumValue(String key, T fallback, java.util.function.Function<String, Optional<T>> parse, List<String> allowed) {
        return string(key).map(v -> parse.apply(v).orElseGet(() -> {
            problems.add(ConfigProblem.of(key, "'" + v + "' is not one of " + String.join(", ", allowed) + NearMiss.suggestion(v, allowed)));
            return fallback;
        })).orElse(fallback);
    }

    private static String sorted(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
    }
}
