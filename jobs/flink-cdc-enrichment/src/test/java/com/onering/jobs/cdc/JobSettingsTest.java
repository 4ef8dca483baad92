package com.onering.jobs.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

    @Test
    void defaultsAreThePlatformsNames() {
        JobSettings settings = JobSettings.parse();
        assertEquals("kafka:19092", settings.bootstrapServers());
        assertEquals("cdc.orders", settings.topic());
        assertEquals("s3://bronze/cdc/orders_enriched", settings.output());
        assertEquals("s3://bronze/cdc/orders_alerts", settings.alertsOutput());
        assertEquals(Duration.ofSeconds(60), settings.checkpointInterval());
        assertFalse(settings.bounded());
    }

    @Test
    void argumentsOverrideDefaults() {
        JobSettings settings = JobSettings.parse("--bootstrap-servers", "redpanda:9092", "--output", "file:///tmp/out/",
                "--job-name", "x [jar 1234]", "--bounded", "true", "--checkpoint-interval-seconds", "5",
                "--alerts-output", "file:///tmp/alerts/");
        assertEquals("redpanda:9092", settings.bootstrapServers());
        assertEquals("file:///tmp/out", settings.output());
        assertEquals("file:///tmp/alerts", settings.alertsOutput());
        assertEquals("x [jar 1234]", settings.jobName());
        assertEquals(Duration.ofSeconds(5), settings.checkpointInterval());
        assertTrue(settings.bounded());
    }

    @Test
    void mistakesAreNamedWithTheKnownArguments() {
        var e = assertThrows(IllegalArgumentException.class, () -> JobSettings.parse("--topics", "a", "--output"));
        assertTrue(e.getMessage().contains("unknown argument '--topics'"), e.getMessage());
        assertTrue(e.getMessage().contains("--output needs a value"), e.getMessage());
        assertTrue(e.getMessage().contains("--bootstrap-servers kafka:19092"), e.getMessage());
    }
}
