package com.onering.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.asset.Archive;
import com.pulumi.asset.AssetOrArchive;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.EnumType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every hand-written binding against the official Pulumi schema of its provider
 * ({@code <plugin>-<version>.json}, version taken from the shipped plugin.json).
 *
 * <p>Rules, per resource/provider class:
 * <ul>
 *   <li>{@code @ResourceType} token exists in {@code resources} ({@code pulumi:providers:<name>} for providers,
 *       which must extend ProviderResource); class and package names are the ones pulumi-java-gen derives from the token.</li>
 *   <li>Every {@code @Import} of the Args class (and, recursively, of nested input classes against {@code #/types/...})
 *       names a schema input whose type maps to the field's Java type; {@code required=true} exactly for
 *       {@code requiredInputs}; every schema input is declared; provider config that is not a string carries
 *       {@code json=true}; getters return {@code Output<T>} for required and {@code Optional<Output<T>>} otherwise.</li>
 *   <li>Every {@code @Export} names a schema property of matching type (for providers: the string-typed properties,
 *       as pulumi's schema binder keeps only those), {@code refs}/{@code tree} describe the same type,
 *       the getter returns {@code Output<T>} for required properties and {@code Output<Optional<T>>} otherwise,
 *       every schema property is exported; nested output classes are checked through their {@code @CustomType.Setter}s.</li>
 *   <li>{@code additionalSecretOutputs} equals the set of secret schema properties and covers every secret input.</li>
 *   <li>Enums serialise exactly to the schema's enum values.</li>
 * </ul>
 * Type map: string→String, integer→Integer, boolean→Boolean, number→Double, array→List, map→Map&lt;String,_&gt;,
 * object $ref→our inputs.XArgs / outputs.X, enum $ref→our Java enum, Any→Object, Archive→Archive, Asset→AssetOrArchive.
 */
class ProviderSchemaConformanceTest {

    private static final String BASE_PACKAGE = "com.onering.providers";

    /** Every hand-written resource and provider class, listed explicitly. */
    private static final List<Class<? extends CustomResource>> BINDINGS = List.of(
            com.onering.providers.random.Provider.class,
            com.onering.providers.random.RandomPassword.class,
            com.onering.providers.random.RandomBytes.class,
            com.onering.providers.command.Provider.class,
            com.onering.providers.command.local.Command.class,
            com.onering.providers.keycloak.Provider.class,
            com.onering.providers.keycloak.Realm.class,
            com.onering.providers.keycloak.Role.class,
            com.onering.providers.keycloak.Group.class,
            com.onering.providers.keycloak.GroupRoles.class,
            com.onering.providers.keycloak.DefaultRoles.class,
            com.onering.providers.keycloak.openid.Client.class,
            com.onering.providers.keycloak.openid.AudienceProtocolMapper.class,
            com.onering.providers.keycloak.openid.GroupMembershipProtocolMapper.class,
            com.onering.providers.keycloak.openid.UserRealmRoleProtocolMapper.class,
            com.onering.providers.keycloak.ldap.UserFederation.class,
            com.onering.providers.keycloak.ldap.GroupMapper.class,
            com.onering.providers.keycloak.ldap.RoleMapper.class,
            com.onering.providers.postgresql.Provider.class,
            com.onering.providers.postgresql.Role.class,
            com.onering.providers.postgresql.Database.class,
            com.onering.providers.postgresql.Grant.class,
            com.onering.providers.postgresql.Schema.class,
            com.onering.providers.postgresql.Extension.class,
            com.onering.providers.postgresql.DefaultPrivileges.class,
            com.onering.providers.postgresql.GrantRole.class,
            com.onering.providers.postgresql.Publication.class
    );

    static final Path SHARED = Path.of("..", "shared", "provider-schemas");
    /** Copies vendored so a fresh clone (CI) checks conformance too; see the README beside them. */
    static final Path VENDORED = Path.of("src", "test", "resources", "provider-schemas");

    static Path schemaDir() {
        String env = System.getenv("ONERING_PROVIDER_SCHEMAS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Files.isDirectory(SHARED) ? SHARED : VENDORED;
    }

    @Test
    void vendoredSchemasAreTheOfficialOnes() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "shared schemas folder " + SHARED + " absent: nothing to compare the vendored copies with");
        try (Stream<Path> vendored = Files.list(VENDORED)) {
            for (Path copy : vendored.filter(p -> p.toString().endsWith(".json")).toList()) {
                org.junit.jupiter.api.Assertions.assertEquals(-1L, Files.mismatch(copy, SHARED.resolve(copy.getFileName())),
                        copy + " differs from the official schema");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBindingMatchesTheOfficialSchema() {
        Path dir = schemaDir();
        if (!Files.isDirectory(dir)) {
            // Reported as one skipped test (an aborted factory would show as zero tests).
            return Stream.of(DynamicTest.dynamicTest("official provider schemas", () -> Assumptions.assumeTrue(false,
                    "official provider schemas folder " + dir.toAbsolutePath().normalize()
                            + " not found (expected ../shared/provider-schemas beside the project, or set ONERING_PROVIDER_SCHEMAS);"
                            + " schema conformance not checked")));
        }
        Map<String, Schema> schemas = new HashMap<>();
        return BINDINGS.stream().map(cls -> DynamicTest.dynamicTest(cls.getName(), () -> {
            String plugin = pluginOf(cls);
            Schema schema = schemas.computeIfAbsent(plugin, p -> Schema.load(dir, p));
            new Checker(schema, cls.getName()).checkResource(cls);
        }));
    }

    static String pluginOf(Class<?> cls) {
        String rest = cls.getPackageName().substring(BASE_PACKAGE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    // ------------------------------------------------------------------ schema

    record Schema(String plugin, JsonObject root, Pattern moduleFormat) {
        static Schema load(Path dir, String plugin) {
            Path file = dir.resolve(plugin + "-" + PluginVersion.of(plugin) + ".json");
            assertTrue(Files.isRegularFile(file), "no official schema " + file.toAbsolutePath().normalize()
                    + " for the plugin version pinned in com/pulumi/" + plugin + "/plugin.json");
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
                assertEquals(plugin, root.get("name").getAsString(), "schema name in " + file);
                String format = Optional.ofNullable(root.getAsJsonObject("meta"))
                        .map(m -> m.get("moduleFormat")).map(JsonElement::getAsString).orElse("(.*)");
                return new Schema(plugin, root, Pattern.compile(format));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }

        JsonObject type(String token) {
            JsonObject t = root.getAsJsonObject("types").getAsJsonObject(token);
            assertTrue(t != null, "schema has no type " + token);
            return t;
        }

        /** Java package pulumi-java-gen derives from a token, with our base package. */
        String javaPackage(String token, String qualifier) {
            String module = token.split(":")[1];
            Matcher m = moduleFormat.matcher(module);
            if (m.matches()) {
                module = m.group(1);
            }
            String pkg = BASE_PACKAGE + "." + plugin + ("index".equals(module) || module.isEmpty() ? "" : "." + module);
            return qualifier.isEmpty() ? pkg : pkg + "." + qualifier;
        }
    }

    // ------------------------------------------------------------------ checks

    static final class Checker {
        private final Schema schema;
        private final String where;
        private final Set<String> checkedTypes = new LinkedHashSet<>();

        Checker(Schema schema, String where) {
            this.schema = schema;
            this.where = where;
        }

        void checkResource(Class<? extends CustomResource> cls) throws Exception {
            ResourceType rt = cls.getAnnotation(ResourceType.class);
            assertTrue(rt != null, where + ": missing @ResourceType");
            String token = rt.type();
            JsonObject node;
            if (token.startsWith("pulumi:providers:")) {
                assertEquals("pulumi:providers:" + schema.plugin(), token, where + ": provider token");
                assertTrue(ProviderResource.class.isAssignableFrom(cls), where + ": a provider must extend ProviderResource");
                assertEquals(BASE_PACKAGE + "." + schema.plugin() + ".Provider", cls.getName(), where + ": provider class name");
                node = schema.root().getAsJsonObject("provider");
            } else {
                node = schema.root().getAsJsonObject("resources").getAsJsonObject(token);
                assertTrue(node != null, where + ": token " + token + " is not a resource of the " + schema.plugin() + " schema");
                assertEquals(schema.javaPackage(token, "") + "." + token.split(":")[2], cls.getName(),
                        where + ": class name derived from " + token);
            }
            boolean provider = ProviderResource.class.isAssignableFrom(cls);

            Class<?> args = Class.forName(cls.getName() + "Args");
            assertTrue(ResourceArgs.class.isAssignableFrom(args), where + ": " + args.getName() + " must extend ResourceArgs");
            checkInputs(args, obj(node, "inputProperties"), strings(node, "requiredInputs"), provider, where + "Args");

            JsonObject outputs = provider ? stringProperties(obj(node, "properties")) : obj(node, "properties");
            checkExports(cls, outputs, strings(node, "required"));
            checkSecrets(cls, outputs, obj(node, "inputProperties"));
        }

        private void checkInputs(Class<?> args, JsonObject props, Set<String> required, boolean provider, String ctx)
                throws Exception {
            Set<String> declared = new TreeSet<>();
            for (Field f : args.getDeclaredFields()) {
                Import imp = f.getAnnotation(Import.class);
                if (imp == null) {
                    continue;
                }
                String name = imp.name();
                String at = ctx + "." + f.getName() + " (" + name + ")";
                assertTrue(declared.add(name), at + ": declared twice");
                JsonObject spec = props.getAsJsonObject(name);
                assertTrue(spec != null, at + ": not an input of the schema");
                assertEquals(required.contains(name), imp.required(), at + ": required flag");
                if (provider) {
                    boolean isString = "string".equals(str(spec, "type"));
                    assertEquals(!isString, imp.json(), at + ": provider config that is not a string needs json=true");
                }
                Type inner = unwrap(f.getGenericType(), Output.class, at);
                checkType(inner, spec, true, at);

                Method getter = args.getMethod(f.getName());
                Type expected = imp.required() ? parameterized(Output.class, inner)
                        : parameterized(Optional.class, parameterized(Output.class, inner));
                assertEquals(describe(expected), describe(getter.getGenericReturnType()), at + ": getter type");
            }
            for (String r : required) {
                assertTrue(declared.contains(r), ctx + ": schema-required input '" + r + "' is not declared");
            }
            assertEquals(new TreeSet<>(props.keySet()), declared, ctx + ": declared inputs differ from the schema's");
        }

        private void checkExports(Class<?> cls, JsonObject props, Set<String> required) throws Exception {
            Set<String> exported = new TreeSet<>();
            for (Field f : cls.getDeclaredFields()) {
                Export exp = f.getAnnotation(Export.class);
                if (exp == null) {
                    continue;
                }
                String name = exp.name();
                String at = where + "." + f.getName() + " (" + name + ")";
                assertTrue(exported.add(name), at + ": exported twice");
                JsonObject spec = props.getAsJsonObject(name);
                assertTrue(spec != null, at + ": not a property of the schema");
                Type inner = unwrap(f.getGenericType(), Output.class, at);
                checkType(inner, spec, false, at);
                assertEquals(describe(inner), fromTree(exp.refs(), exp.tree()), at + ": @Export refs/tree disagree with the field type");

                Method getter = cls.getMethod(f.getName());
                Type expected = required.contains(name) ? parameterized(Output.class, inner)
                        : parameterized(Output.class, parameterized(Optional.class, inner));
                assertEquals(describe(expected), describe(getter.getGenericReturnType()), at + ": getter type");
            }
            assertEquals(new TreeSet<>(props.keySet()), exported, where + ": exported outputs differ from the schema's");
        }

        private void checkSecrets(Class<?> cls, JsonObject outputs, JsonObject inputs) throws Exception {
            Set<String> secretProps = secretNames(outputs);
            Set<String> secretInputs = secretNames(inputs);
            Method m = cls.getDeclaredMethod("makeResourceOptions", CustomResourceOptions.class, Output.class);
            assertTrue(Modifier.isStatic(m.getModifiers()), where + ": makeResourceOptions must be static");
            m.setAccessible(true);
            var options = (CustomResourceOptions) m.invoke(null, null, null);
            assertEquals(secretProps, new TreeSet<>(options.getAdditionalSecretOutputs()),
                    where + ": additionalSecretOutputs must list exactly the schema's secret properties");
            assertTrue(secretProps.containsAll(secretInputs), where + ": secret inputs " + secretInputs
                    + " must come back as secret outputs");
            assertEquals(Optional.of(PluginVersion.of(schema.plugin())), options.getVersion(), where + ": plugin version");
        }

        /** Checks a Java type (inside Output/List/Map, or a plain nested field) against a schema type spec. */
        private void checkType(Type type, JsonObject spec, boolean input, String at) throws Exception {
            if (spec.has("$ref")) {
                String ref = spec.get("$ref").getAsString();
                switch (ref) {
                    case "pulumi.json#/Any" -> assertEquals(Object.class, type, at + ": Any");
                    case "pulumi.json#/Archive" -> assertEquals(Archive.class, type, at + ": Archive");
                    case "pulumi.json#/Asset" -> assertEquals(AssetOrArchive.class, type, at + ": Asset");
                    default -> {
                        assertTrue(ref.startsWith("#/types/"), at + ": unsupported $ref " + ref);
                        checkRef(type, ref.substring("#/types/".length()), input, at);
                    }
                }
                return;
            }
            String t = str(spec, "type");
            assertTrue(t != null, at + ": schema type has neither type nor $ref: " + spec);
            switch (t) {
                case "string" -> assertEquals(String.class, type, at + ": string");
                case "integer" -> assertEquals(Integer.class, type, at + ": integer");
                case "boolean" -> assertEquals(Boolean.class, type, at + ": boolean");
                case "number" -> assertEquals(Double.class, type, at + ": number");
                case "array" -> checkType(unwrap(type, List.class, at), spec.getAsJsonObject("items"), input, at + "[]");
                case "object" -> {
                    assertTrue(spec.has("additionalProperties"), at + ": inline object types are not mapped");
                    assertTrue(type instanceof ParameterizedType p && p.getRawType() == Map.class
                            && p.getActualTypeArguments()[0] == String.class, at + ": expected Map<String,_>, got " + type);
                    Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
                    checkType(value, spec.getAsJsonObject("additionalProperties"), input, at + "{}");
                }
                default -> fail(at + ": unmapped schema type " + t);
            }
        }

        private void checkRef(Type type, String token, boolean input, String at) throws Exception {
            JsonObject t = schema.type(token);
            String name = token.split(":")[2];
            assertTrue(type instanceof Class<?>, at + ": expected a class for " + token + ", got " + type);
            Class<?> cls = (Class<?>) type;
            if (t.has("enum")) {
                assertEquals(schema.javaPackage(token, "enums") + "." + name, cls.getName(), at + ": enum class for " + token);
                assertTrue(cls.isEnum() && cls.isAnnotationPresent(EnumType.class), at + ": " + cls + " must be an @EnumType enum");
                Set<String> expected = new TreeSet<>();
                for (JsonElement e : t.getAsJsonArray("enum")) {
                    expected.add(e.getAsJsonObject().get("value").getAsString());
                }
                Method converter = Stream.of(cls.getMethods())
                        .filter(m -> m.isAnnotationPresent(EnumType.Converter.class)).findFirst()
                        .orElseThrow(() -> new AssertionError(at + ": enum without @EnumType.Converter"));
                Set<String> actual = new TreeSet<>();
                for (Object constant : cls.getEnumConstants()) {
                    actual.add(String.valueOf(converter.invoke(constant)));
                }
                assertEquals(expected, actual, at + ": enum values of " + token);
                return;
            }
            Set<String> required = strings(t, "required");
            JsonObject props = obj(t, "properties");
            if (input) {
                assertEquals(schema.javaPackage(token, "inputs") + "." + name + "Args", cls.getName(), at + ": input class for " + token);
                assertTrue(ResourceArgs.class.isAssignableFrom(cls), at + ": " + cls + " must extend ResourceArgs");
                if (checkedTypes.add("in:" + token)) {
                    checkInputs(cls, props, required, false, cls.getSimpleName());
                }
            } else {
                assertEquals(schema.javaPackage(token, "outputs") + "." + name, cls.getName(), at + ": output class for " + token);
                assertTrue(cls.isAnnotationPresent(CustomType.class), at + ": " + cls + " must be a @CustomType");
                if (checkedTypes.add("out:" + token)) {
                    checkOutputType(cls, props, required);
                }
            }
        }

        private void checkOutputType(Class<?> cls, JsonObject props, Set<String> required) throws Exception {
            Class<?> builder = Stream.of(cls.getDeclaredClasses())
                    .filter(c -> c.isAnnotationPresent(CustomType.Builder.class)).findFirst()
                    .orElseThrow(() -> new AssertionError(cls + ": no @CustomType.Builder"));
            Set<String> seen = new TreeSet<>();
            for (Method setter : builder.getDeclaredMethods()) {
                CustomType.Setter s = setter.getAnnotation(CustomType.Setter.class);
                if (s == null) {
                    continue;
                }
                String name = s.value().isEmpty() ? setter.getName() : s.value();
                String at = cls.getSimpleName() + "." + setter.getName() + " (" + name + ")";
                assertTrue(seen.add(name), at + ": set twice");
                JsonObject spec = props.getAsJsonObject(name);
                assertTrue(spec != null, at + ": not a property of the schema type");
                checkType(setter.getGenericParameterTypes()[0], spec, false, at);
                boolean nullable = setter.getParameters()[0].isAnnotationPresent(Nullable.class);
                assertEquals(!required.contains(name), nullable, at + ": @Nullable exactly when not required");
            }
            assertEquals(new TreeSet<>(props.keySet()), seen, cls.getSimpleName() + ": setters differ from the schema type's properties");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject obj(JsonObject o, String key) {
        JsonObject v = o.getAsJsonObject(key);
        return v == null ? new JsonObject() : v;
    }

    private static Set<String> strings(JsonObject o, String key) {
        JsonArray a = o.getAsJsonArray(key);
        Set<String> out = new TreeSet<>();
        if (a != null) {
            a.forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    @Nullable
    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null ? null : e.getAsString();
    }

    /**
     * Provider outputs as pulumi's schema binder sees them: only string-typed properties (non-string provider
     * config is JSON-encoded on the wire), so generated Provider classes export only those.
     */
    private static JsonObject stringProperties(JsonObject props) {
        JsonObject out = new JsonObject();
        props.entrySet().stream()
                .filter(e -> "string".equals(str(e.getValue().getAsJsonObject(), "type")))
                .forEach(e -> out.add(e.getKey(), e.getValue()));
        return out;
    }

    private static Set<String> secretNames(JsonObject props) {
        return props.entrySet().stream()
                .filter(e -> e.getValue().getAsJsonObject().has("secret") && e.getValue().getAsJsonObject().get("secret").getAsBoolean())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Returns T of {@code raw<T>}, failing otherwise. */
    private static Type unwrap(Type type, Class<?> raw, String at) {
        assertTrue(type instanceof ParameterizedType p && p.getRawType() == raw,
                at + ": expected " + raw.getSimpleName() + "<T>, got " + type);
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static Type parameterized(Class<?> raw, Type arg) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[]{arg};
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }

    static String describe(Type t) {
        if (t instanceof Class<?> c) {
            return c.getName();
        }
        if (t instanceof ParameterizedType p) {
            List<String> args = new ArrayList<>();
            for (Type a : p.getActualTypeArguments()) {
                args.add(describe(a));
            }
            return describe(p.getRawType()) + "<" + String.join(",", args) + ">";
        }
        return t.getTypeName();
    }

    /** Rebuilds the type an {@code @Export(refs, tree)} pair denotes, in {@link #describe} form. */
    static String fromTree(Class<?>[] refs, String tree) {
        JsonElement root = JsonParser.parseString(tree.isEmpty() ? "[0]" : tree);
        return fromTree(refs, root);
    }

    private static String fromTree(Class<?>[] refs, JsonElement node) {
        if (node.isJsonPrimitive()) {
            return refs[node.getAsInt()].getName();
        }
        JsonArray a = node.getAsJsonArray();
        String head = refs[a.get(0).getAsInt()].getName();
        if (a.size() == 1) {
            return head;
        }
        List<String> args = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) {
            args.add(fromTree(refs, a.get(i)));
        }
        return head + "<" + String.join(",", args) + ">";
    }
}
