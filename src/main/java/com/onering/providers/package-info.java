/**
 * Typed Pulumi resource classes for providers whose Java SDKs are not published on Maven Central
 * (random, command, keycloak, postgresql).
 * <p>
 * Every class follows the layout that {@code pulumi-java-gen} produces (compare the sources of
 * {@code com.pulumi:docker}): a resource {@code X extends CustomResource} annotated with
 * {@code @ResourceType}, {@code @Export} output fields, an {@code XArgs extends ResourceArgs} with
 * {@code @Import} fields and a builder, nested input types in {@code inputs}, nested output types in
 * {@code outputs}, enums in {@code enums}, and a {@code Provider} per package. Secret schema properties are
 * listed in {@code additionalSecretOutputs}; schema defaults ({@code default}, {@code defaultInfo.environment})
 * are applied in {@code build()} as generated code does. {@code get(...)}/{@code XState} lookups of existing
 * resources are not provided.
 * <p>
 * The official schemas in {@code ../shared/provider-schemas/} are the source of truth; the test
 * {@code ProviderSchemaConformanceTest} checks every name, type, required flag and secret against them.
 * Plugin versions live only in {@code src/main/resources/com/pulumi/<name>/plugin.json}, read by
 * {@link com.onering.providers.PluginVersion}.
 */
package com.onering.providers;
