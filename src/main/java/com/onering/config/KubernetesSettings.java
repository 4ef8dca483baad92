package com.onering.config;

import com.onering.model.MemorySize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The cluster a {@code kubernetes} stack deploys to ({@code onering:kubernetes}, a map). {@code kubeconfig} is the
 * path of the kubeconfig file (empty: {@code KUBECONFIG} or {@code ~/.kube/config}, as kubectl reads them) and
 * {@code context} one of its contexts (empty: its current context); every object goes into {@code namespace}; data volumes are claims of
 * {@code volumeSize} in {@code storageClass} (empty: the cluster's default class); images the project builds are pushed
 * to {@code registry}, since a cluster cannot build them; with {@code ingressClass} set, each UI gets an Ingress at
 * {@code <workload>.<domain>}, with TLS from the cert-manager cluster issuer {@code tlsIssuer} when named.
 */
public record KubernetesSettings(
        Optional<String> kubeconfig,
        Optional<String> context,
        String namespace,
        Optional<String> storageClass,
        MemorySize volumeSize,
        Optional<String> registry,
        Optional<String> ingressClass,
        Optional<String> domain,
        Optional<String> tlsIssuer) {

    public static final MemorySize DEFAULT_VOLUME_SIZE = MemorySize.mebibytes(10 * 1024);
    static final Set<String> KEYS = Set.of("kubeconfig", "context", "namespace", "storageClass", "volumeSize", "registry", "ingressClass", "domain", "tlsIssuer");
    /** A Kubernetes name of one label (namespaces): RFC 1123, at most 63 characters. */
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");
    /** Dotted names (storage and ingress classes, cluster issuers, the domain): RFC 1123 subdomains. */
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    /** {@code host[:port][/path]}, as an image reference starts: {@code registry.example.com:5000/onering}. */
    private static final Pattern REGISTRY = Pattern.compile("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:\\d{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)*$");

    /** Where a UI is served with an ingress class: {@code <workload>.<domain>}. */
    public String publicHost(String workload) {
        return workload + "." + domain.orElseThrow(() -> new IllegalStateException("no kubernetes.domain"));
    }

    public static String defaultNamespace(String stack) {
        return "onering-" + stack;
    }

    /** The settings of {@code raw} (the {@code onering:kubernetes} value, or null), adding a problem per mistake. */
    static KubernetesSettings read(Object raw, String stack, List<ConfigProblem> problems) {
        SettingsReader reader = SettingsReader.of("kubernetes", "cluster settings", raw, KEYS, problems);
        Optional<String> kubeconfig = reader.string("kubeconfig");
        Optional<String> context = reader.string("context");
        kubeconfig.ifPresent(path -> checkKubeconfig(path, context, problems));
        String namespace = reader.matching("namespace", DNS_LABEL, "a namespace name: lower-case letters, digits and '-', at most 63")
                .orElse(defaultNamespace(stack));
        Optional<String> storageClass = reader.matching("storageClass", DNS_SUBDOMAIN, "a storage class name, e.g. standard");
        MemorySize volumeSize = reader.string("volumeSize").flatMap(text -> volumeSize(reader, text)).orElse(DEFAULT_VOLUME_SIZE);
        Optional<String> registry = reader.matching("registry", REGISTRY, "a registry and optional path, e.g. registry.example.com:5000");
        Optional<String> ingressClass = reader.matching("ingressClass", DNS_SUBDOMAIN, "an ingress class name, e.g. traefik");
        Optional<String> domain = reader.matching("domain", DNS_SUBDOMAIN, "a DNS domain, e.g. data.example.com");
        Optional<String> tlsIssuer = reader.matching("tlsIssuer", DNS_SUBDOMAIN, "a cert-manager ClusterIssuer name, e.g. letsencrypt");
        // A rejected combination is dropped, so the checks of later stages still run on a consistent config.
        boolean ingressNamed = ingressClass.isPresent();
        if (ingressNamed && domain.isEmpty()) {
            problems.add(ConfigProblem.of("kubernetes.domain", "is needed with kubernetes.ingressClass: each UI is served at <workload>.<domain>"));
            ingressClass = Optional.empty();
        }
        if (tlsIssuer.isPresent() && !ingressNamed) {
            problems.add(ConfigProblem.of("kubernetes.tlsIssuer", "has no effect without kubernetes.ingressClass (certificates are for the UIs' Ingresses)"));
            tlsIssuer = Optional.empty();
        }
        return new KubernetesSettings(kubeconfig, context, namespace, storageClass, volumeSize, registry, ingressClass, domain, tlsIssuer);
    }

    /**
     * The kubeconfig the stack names exists and, when the stack names a context, has it: a wrong context would otherwise
     * surface only as the provider's connection error, mid-update.
     */
    private static void checkKubeconfig(String path, Optional<String> context, List<ConfigProblem> problems) {
        Path file = Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
        if (!Files.isReadable(file)) {
            problems.add(ConfigProblem.of("kubernetes.kubeconfig", "no readable file at " + file + "; give the path of the cluster's kubeconfig"));
            return;
        }
        List<String> contexts;
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            contexts = document instanceof Map<?, ?> kubeconfig && kubeconfig.get("contexts") instanceof List<?> list
                    ? list.stream().filter(Map.class::isInstance).map(c -> String.valueOf(((Map<?, ?>) c).get("name"))).toList() : List.of();
        } catch (IOException | RuntimeException e) {
            contexts = List.of();
        }
        if (contexts.isEmpty()) {
            problems.add(ConfigProblem.of("kubernetes.kubeconfig", file + " is not a kubeconfig with contexts (kubectl config view shows one)"));
        } else if (context.isPresent() && !contexts.contains(context.get())) {
            problems.add(ConfigProblem.of("kubernetes.context", "'" + context.get() + "' is not a context of " + file
                    + NearMiss.suggestion(context.get(), contexts) + "; its contexts are " + String.join(", ", contexts)));
        }
    }

    private static Optional<MemorySize> volumeSize(SettingsReader reader, String text) {
        Optional<MemorySize> size = text.matches("\\d+(Mi|Gi|Ti)") ? MemorySize.parse(text) : Optional.empty();
        if (size.isEmpty()) {
            reader.problem("volumeSize", "'" + text + "' is not a volume size; write e.g. 20Gi");
        }
        return size;
    }

    /** The Docker-only settings a kubernetes stack must not set (they would be silently ignored). */
    static List<String> dockerOnlyKeys(Set<?> keys) {
        List<String> found = new ArrayList<>();
        for (String key : List.of("dockerHost", "host", "publicEntry", "publishAddress", "portOffset")) {
            if (keys.contains(key)) {
                found.add(key);
            }
        }
        return found;
    }
}
