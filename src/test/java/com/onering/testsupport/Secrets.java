package com.onering.testsupport;

import com.onering.model.SecretSpec;
import com.onering.model.Template;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generated values for a component's secrets and rendering of templates with them: tests never carry literal secrets. */
public final class Secrets {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> values = new HashMap<>();

    public Secrets(List<SecretSpec> specs) {
        specs.forEach(s -> values.put(s.name(), generate()));
    }

    public String generate() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no generated secret " + name);
        }
        return value;
    }

    public void set(String name, String value) {
        values.put(name, value);
    }

    /** Renders secret and endpoint placeholders the way the provisioner does for a hook's environment. */
    public String render(String template, Map<String, String> endpoints) {
        return render(template, endpoints, values);
    }

    /**
     * Renders with the provisioner's own {@link Template}: endpoints ({@code workload/port} to {@code host:port}) and
     * secret values from the maps; a placeholder the maps do not cover is an error.
     */
    public static String render(String template, Map<String, String> endpoints, Map<String, String> secretValues) {
        return Template.render(Template.renderEndpoints(template, (w, p) -> {
            String endpoint = endpoints.get(w + "/" + p);
            if (endpoint == null) {
                throw new IllegalArgumentException("no test endpoint for " + w + "/" + p);
            }
            return endpoint;
        }), secretValues);
    }
}
