package com.onering.secrets;

import com.onering.config.MasterSecret;
import com.onering.config.SealedSecret;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.pulumi.core.Output;
import com.pulumi.random.RandomBytes;
import com.pulumi.random.RandomBytesArgs;
import com.pulumi.random.RandomPassword;
import com.pulumi.random.RandomPasswordArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every secret of the platform as a secret {@link Output}: a value set with {@code pulumi config set --secret}, else
 * one derived from the stack's master secret ({@link SecretDerivation}), which config keeps across a destroy. A stack
 * created before master secrets has none: its secrets stay random-provider resources, whose values live in state only.
 */
public final class SecretStore {
    private final Map<String, Output<String>> values = new LinkedHashMap<>();
    private final Optional<Function<SecretSpec, String>> derivation;

    public SecretStore(Optional<MasterSecret> master) {
        this.derivation = master.map(m -> m.sealed() ? spec -> sealed(m, spec) : new SecretDerivation(m)::derive);
    }

    /** Creates the secrets one component declares, as children of that component. */
    public void declare(List<SecretSpec> specs, Resource owner, Map<String, String> provided) {
        for (SecretSpec spec : specs) {
            if (values.containsKey(spec.name())) {
                continue;
            }
            String value = provided.get(spec.name());
            if (value != null) {
                values.put(spec.name(), Output.ofSecret(value));
            } else if (spec.kind() == SecretSpec.Kind.PBKDF2) {
                values.put(spec.name(), Output.tuple(get(spec.derivedFrom().get(0)), get(spec.derivedFrom().get(1)))
                        .applyValue(t -> hash(spec, t.t1, t.t2)).asSecret());
            } else if (spec.kind() != SecretSpec.Kind.PROVIDED) {
                values.put(spec.name(), derivation.map(d -> Output.ofSecret(d.apply(spec))).orElseGet(() -> generate(spec, owner)));
            }
        }
    }

    public Output<String> get(String name) {
        Output<String> value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("secret " + name + " is used but no deployed component declares it");
        }
        return value;
    }

    /** Renders {@code {{secret:…}}} placeholders; the result is secret whenever the text referred to a secret. */
    public Output<String> render(String template) {
        Set<String> refs = Template.secretRefs(template);
        if (refs.isEmpty()) {
            return Output.of(template);
        }
        List<String> names = List.copyOf(refs);
        List<Output<String>> outputs = names.stream().map(this::get).toList();
        return Output.all(outputs).applyValue(resolved -> {
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byName.put(names.get(i), resolved.get(i));
            }
            return Template.render(template, byName);
        }).asSecret();
    }

    /** Renders each value as {@link #render} does, keeping the keys and their order; secret when any value is. */
    public Output<Map<String, String>> renderAll(Map<String, String> templates) {
        List<Output<Map.Entry<String, String>>> entries = templates.entrySet().stream()
                .map(e -> render(e.getValue()).applyValue(v -> Map.entry(e.getKey(), v)))
                .toList();
        return Output.all(entries).applyValue(list -> {
            Map<String, String> rendered = new LinkedHashMap<>();
            list.forEach(e -> rendered.put(e.getKey(), e.getValue()));
            return rendered;
        });
    }

    /** The hash of a password; of stand-ins (an offline plan), a stand-in: 100,000 rounds of nothing are not worth the time. */
    private static String hash(SecretSpec spec, String password, String salt) {
        return SealedSecret.in(password) || SealedSecret.in(salt)
                ? SealedSecret.of(spec.name(), "pbkdf2/" + password + "/" + salt).text() : Pbkdf2.hash(password, salt);
    }

    /**
     * In an offline plan the master secret is still encrypted: each derived value is a stand-in that changes when the
     * master secret is set anew or the secret's spec changes, as the derived value would.
     */
    private static String sealed(MasterSecret master, SecretSpec spec) {
        return SealedSecret.of(spec.name(), master.value() + "/" + spec.kind() + "/" + spec.size() + "/" + spec.prefix()).text();
    }

    /** Random-provider resources, for stacks without a master secret. */
    private static Output<String> generate(SecretSpec spec, Resource owner) {
        CustomResourceOptions options = CustomResourceOptions.builder().parent(owner).build();
        Output<String> raw = switch (spec.kind()) {
            // Alphanumeric only: these land in URLs, YAML and shell without escaping.
            case PASSWORD -> new RandomPassword(spec.name(), RandomPasswordArgs.builder()
                    .length(spec.size()).special(false).build(), options).result();
            case HEX -> bytes(spec, options).hex();
            case BASE64 -> bytes(spec, options).base64();
            case URLSAFE_BASE64 -> bytes(spec, options).base64().applyValue(b -> b.replace('+', '-').replace('/', '_'));
            case PROVIDED, PBKDF2 -> throw new IllegalStateException("secret " + spec.name() + " is supplied by the stack or derived, never generated");
        };
        // Marked secret here too, so secrecy never depends on how a provider flags its outputs.
        return (spec.prefix().isEmpty() ? raw : raw.applyValue(v -> spec.prefix() + v)).asSecret();
    }

    private static RandomBytes bytes(SecretSpec spec, CustomResourceOptions options) {
        return new RandomBytes(spec.name(), RandomBytesArgs.builder().length(spec.size()).build(), options);
    }
}
