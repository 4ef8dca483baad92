package com.onering.jobs.cdc;

/**
 * One Kafka record of the CDC topic as it arrived: key and value as text (either may be null: a tombstone has no
 * value), and where it came from, for log lines about a record the job cannot read.
 */
public record RawChange(String key, String value, String topic, int partition, long offset) {
}
