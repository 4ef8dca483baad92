package com.onering.hooks.storage;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.model.Digests;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Creates buckets, scopes keys to their buckets (Garage's admin API), and uploads seed datasets: the platform's own
 * ({@link #platform()}), the pipelines' ({@link #pipelines()}) and the ingestors' ({@link #ingestion()}). A second
 * run changes nothing: existing buckets are left alone and an object whose stored content hash (or single-part ETag,
 * the MD5) matches the file is not uploaded again.
 */
public final class ObjectStoreHook implements Hook {
    public static final String NAME = "object-store";
    public static final String PIPELINES_NAME = "pipeline-storage";
    public static final String INGESTION_NAME = "ingest-storage";
    public static final String ENDPOINT = "S3_ENDPOINT";
    public static final String REGION = "S3_REGION";
    public static final String ACCESS_KEY = "S3_ACCESS_KEY";
    public static final String SECRET_KEY = "S3_SECRET_KEY";
    /** Comma-separated bucket names, created when missing. */
    public static final String BUCKETS = "S3_BUCKETS";
    /** JSON array of seeds ({@link #encode(List)}): files under config/ and where they land. */
    public static final String SEEDS = "S3_SEEDS";
    static final String CREDENTIALS = ACCESS_KEY + " and " + SECRET_KEY + " (the platform key)";
    /** Where the uploader records the SHA-256 of what it uploaded, so unchanged content is recognised on any engine. */
    static final String HASH_METADATA = "onering-sha256";

    /** A file under {@code config/} and where it lands. */
    public record Seed(String bucket, String key, String file) {
    }

    private static final Gson GSON = new Gson();
    private final String name;

    private ObjectStoreHook(String name) {
        this.name = name;
    }

    /** The platform's buckets, the stage key and the seed datasets. */
    public static ObjectStoreHook platform() {
        return new ObjectStoreHook(NAME);
    }

    /** Each deployed pipeline's bucket and the key scoped to it. */
    public static ObjectStoreHook pipelines() {
        return new ObjectStoreHook(PIPELINES_NAME);
    }

    /** The ingestors' key scoped to the bucket they land in, and the files the demo lands for them. */
    public static ObjectStoreHook ingestion() {
        return new ObjectStoreHook(INGESTION_NAME);
    }

    /** The value of {@link #SEEDS} for these seeds. */
    public static String encode(List<Seed> seeds) {
        return GSON.toJson(seeds);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(ENDPOINT, REGION, ACCESS_KEY, SECRET_KEY, BUCKETS, SEEDS);
        List<String> buckets = context.list(BUCKETS);
        List<Seed> seeds = seeds(context);
        Map<Seed, Path> files = new LinkedHashMap<>();
        for (Seed seed : seeds) {
            files.put(seed, context.configFile(seed.file(), "the seed datasets ship with the project under config/seed-data "
                    + "(regenerate them with config/seed-data/generate.py)"));
        }
        String endpoint = context.require(ENDPOINT);
        try (S3Client s3 = client(context, endpoint)) {
            S3Calls calls = new S3Calls(context, endpoint);
            for (String bucket : buckets) {
                ensureBucket(context, calls, s3, bucket);
            }
            if (context.optional(GarageScopedKeys.ADMIN_ENDPOINT).isPresent()) {
                new GarageScopedKeys(context).ensureAll();
            }
            for (Map.Entry<Seed, Path> seed : files.entrySet()) {
                upload(context, calls, s3, seed.getKey(), seed.getValue());
            }
        }
    }

    private static List<Seed> seeds(HookContext context) {
        try {
            Seed[] seeds = GSON.fromJson(context.require(SEEDS), Seed[].class);
            return seeds == null ? List.of() : List.of(seeds);
        } catch (JsonParseException e) {
            throw new HookFailure(SEEDS + " is not a JSON array of {bucket, key, file}: " + e.getMessage(), e);
        }
    }

    private static S3Client client(HookContext context, String endpoint) {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(context.require(REGION)))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(context.require(ACCESS_KEY), context.require(SECRET_KEY))))
                // Self-hosted engines serve buckets under the path, not as virtual hosts.
                .forcePathStyle(true)
                // Flexible checksums (trailing CRC headers, aws-chunked bodies) are not implemented by every engine.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // Retries belong to the hook's own bounded loop, which names the endpoint when it gives up.
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static void ensureBucket(HookContext context, S3Calls calls, S3Client s3, String bucket) {
        boolean exists = calls.call("check bucket " + bucket, () -> {
            try {
                s3.headBucket(b -> b.bucket(bucket));
                return true;
            } catch (NoSuchBucketException e) {
                return false;
            }
        });
        if (exists) {
            context.report().record(Action.UNCHANGED, "bucket", bucket);
            return;
        }
        calls.call("create bucket " + bucket, () -> s3.createBucket(b -> b.bucket(bucket)));
        context.report().record(Action.CREATED, "bucket", bucket);
    }

    private static void upload(HookContext context, S3Calls calls, S3Client s3, Seed seed, Path file) throws IOException {
        String md5 = Digests.hexOfFile(file, "MD5");
        String sha256 = Digests.hexOfFile(file, "SHA-256");
        HeadObjectResponse existing = calls.call("check object s3://" + seed.bucket() + "/" + seed.key(), () -> {
            try {
                return s3.headObject(b -> b.bucket(seed.bucket()).key(seed.key()));
            } catch (NoSuchKeyException e) {
                return null;
            }
        });
        String object = "s3://" + seed.bucket() + "/" + seed.key();
        if (existing != null && (sha256.equals(existing.metadata().get(HASH_METADATA))
                || ("\"" + md5 + "\"").equals(existing.eTag()))) {
            context.report().record(Action.UNCHANGED, "object", object);
            return;
        }
        calls.call("upload " + object, () -> s3.putObject(b -> b.bucket(seed.bucket()).key(seed.key())
                .contentType(seed.key().endsWith(".csv") ? "text/csv" : "application/octet-stream")
                .metadata(Map.of(HASH_METADATA, sha256)), RequestBody.fromFile(file)));
        context.report().record(existing == null ? Action.CREATED : Action.UPDATED, "object", object);
    }

    /** S3 calls under the hook's retry loop, with failures turned into messages that say what to fix. */
    private record S3Calls(HookContext context, String endpoint) {
        private static final Set<Integer> TRANSIENT = Set.of(500, 502, 503, 504);

        <T> T call(String what, HookContext.Attempt<T> attempt) {
            try {
                return context.retrying("object store", endpoint, S3Calls::isTransient, attempt);
            } catch (HookFailure failure) {
                if (failure.getCause() instanceof S3Exception s3) {
                    throw explain(what, s3);
                }
                // The SDK checks bucket names itself (S3's rules) before asking the engine.
                if (failure.getCause() instanceof IllegalArgumentException invalid && String.valueOf(invalid.getMessage()).startsWith("Bucket name")) {
                    throw rejectedName(what, invalid.getMessage(), invalid);
                }
                throw failure;
            }
        }

        private static boolean isTransient(Exception e) {
            return (e instanceof SdkClientException) || (e instanceof S3Exception s3 && TRANSIENT.contains(s3.statusCode()));
        }

        private HookFailure rejectedName(String what, String reason, Exception cause) {
            return new HookFailure("hook " + context.hook() + ": the object store at " + endpoint + " rejected the bucket name in '"
                    + what + "' (" + reason + "); bucket names are 3-63 lowercase letters, digits, dots and hyphens: fix " + BUCKETS + " (the object-store component's bucket list)", cause);
        }

        private HookFailure explain(String what, S3Exception e) {
            String code = e.awsErrorDetails() == null ? String.valueOf(e.statusCode()) : e.awsErrorDetails().errorCode();
            String prefix = "hook " + context.hook() + ": the object store at " + endpoint + " ";
            if (e.statusCode() == 403 || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
                return new HookFailure(prefix + "refused the credentials (" + code + ") on " + what + "; check " + CREDENTIALS, e);
            }
            if ("InvalidBucketName".equals(code)) {
                return rejectedName(what, code, e);
            }
            return new HookFailure(prefix + "failed to " + what + " (HTTP " + e.statusCode() + " " + code + ")", e);
        }
    }
}
