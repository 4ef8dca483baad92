package com.onering.config;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stack's backups ({@code onering:backup}, a map): every day at {@code time} (UTC) a dump of each PostgreSQL
 * database and a ClickHouse BACKUP go to the object store's {@value #BUCKET} bucket, dumps older than
 * {@code retentionDays} are deleted, and every bucket is copied to the off-host S3 {@code target}
 * ({@code s3://bucket/prefix} at {@code endpoint}, in {@code region}), with the key the stack provides as the secrets
 * {@value #ACCESS_KEY_ID} and {@value #SECRET_ACCESS_KEY} ({@code pulumi config set --secret}).
 */
public record BackupSettings(String targetBucket, String targetPrefix, String endpoint, String region, LocalTime time, int retentionDays) {
    public static final String BUCKET = "backups";
    public static final String ACCESS_KEY_ID = "backup-access-key-id";
    public static final String SECRET_ACCESS_KEY = "backup-secret-access-key";
    static final Set<String> KEYS = Set.of("target", "endpoint", "region", "time", "retentionDays");
    private static final Pattern TARGET = Pattern.compile("^s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(/[A-Za-z0-9._/-]*)?$");
    private static final Pattern REGION = Pattern.compile("^[a-z0-9-]{2,32}$");
    private static final int MAX_RETENTION_DAYS = 3650;

    /** The settings of {@code raw} (the {@code onering:backup} value), adding a problem per mistake. */
    static Optional<BackupSettings> read(Object raw, Map<String, String> providedSecrets, List<ConfigProblem> problems) {
        int before = problems.size();
        SettingsReader reader = SettingsReader.of("backup", "backup settings", raw, KEYS, problems);
        Optional<String> target = reader.check("target", reader.required("target", "is needed: the off-host copy, s3://bucket/prefix "
                + "in another provider's or region's object storage"), TARGET, "s3://bucket or s3://bucket/prefix");
        Optional<String> endpoint = reader.required("endpoint", "is needed: the off-host S3 service's URL, e.g. https://s3.eu-central-1.amazonaws.com");
        if (endpoint.isPresent() && !isHttpsUrl(endpoint.get())) {
            reader.problem("endpoint", "'" + endpoint.get() + "' is not an https:// URL: the copy leaves the host");
        }
        String region = reader.matching("region", REGION, "a region name such as eu-central-1").orElse("us-east-1");
        LocalTime time = reader.string("time").flatMap(text -> parseTime(reader, text)).orElse(LocalTime.of(2, 30));
        int retentionDays = reader.string("retentionDays").flatMap(text -> days(reader, text)).orElse(14);
        for (String secret : List.of(ACCESS_KEY_ID, SECRET_ACCESS_KEY)) {
            if (!providedSecrets.containsKey(secret)) {
                problems.add(ConfigProblem.of("secrets." + secret, "is needed with onering:backup: the off-host key, set with "
                        + "pulumi config set --secret --path onering:secrets." + secret));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String path = target.orElseThrow().substring("s3://".length());
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String prefix = slash < 0 ? "" : path.substring(slash + 1).replaceAll("/+$", "");
        return Optional.of(new BackupSettings(bucket, prefix, endpoint.orElseThrow(), region, time, retentionDays));
    }

    /** Where the platform's buckets are copied to off-host, each below it: {@code bucket[/prefix]}. */
    public String offsitePath() {
        return targetPrefix.isEmpty() ? targetBucket : targetBucket + "/" + targetPrefix;
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<LocalTime> parseTime(SettingsReader reader, String text) {
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            reader.problem("time", "'" + text + "' is not a time of day HH:MM (UTC), e.g. 02:30");
            return Optional.empty();
        }
    }

    private static Optional<Integer> days(SettingsReader reader, String text) {
        if (text.matches("\\d{1,4}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= MAX_RETENTION_DAYS) {
            return Optional.of(Integer.parseInt(text));
        }
        reader.problem("retentionDays", "'" + text + "' is not a number of days from 1 to " + MAX_RETENTION_DAYS);
        return Optional.empty();
    }
}
