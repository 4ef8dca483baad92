package com.onering.model;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text with {@code {{secret:name}}} placeholders: how the model refers to secrets without holding their values. */
public final class Template {
    private static final Pattern SECRET = Pattern.compile("\\{\\{secret:([a-z0-9-]+)}}");
    private static final Pattern ENDPOINT = Pattern.compile("\\{\\{endpoint:([a-z0-9-]+)/([a-z0-9-]+)}}");

    private Template() {
    }

    public static String secret(String name) {
        return "{{secret:" + name + "}}";
    }

    /** The address a client outside the platform uses for a published port: {@code host:port}. */
    public static String endpoint(String workload, String portName) {
        return "{{endpoint:" + workload + "/" + portName + "}}";
    }

    /** A {@code {{endpoint:workload/port}}} reference. */
    public record EndpointRef(String workload, String port) {
    }

    public static Set<EndpointRef> endpointRefs(String text) {
        Set<EndpointRef> refs = new LinkedHashSet<>();
        Matcher m = ENDPOINT.matcher(text);
        while (m.find()) {
            refs.add(new EndpointRef(m.group(1), m.group(2)));
        }
        return refs;
    }

    public static Set<String> secretRefs(String text) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = SECRET.matcher(text);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    /** Replaces endpoint placeholders; {@code resolver} maps workload and port name to {@code host:port}. */
    public static String renderEndpoints(String text, java.util.function.BiFunction<String, String, String> resolver) {
        Matcher m = ENDPOINT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolver.apply(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String render(String text, Map<String, String> secretValues) {
        Matcher m = SECRET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = secretValues.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for secret " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
