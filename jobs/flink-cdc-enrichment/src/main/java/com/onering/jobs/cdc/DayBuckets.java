package com.onering.jobs.cdc;

import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** Hive-style day partitions: {@code dt=YYYY-MM-DD}, the UTC day the change was committed in PostgreSQL. */
final class DayBuckets implements BucketAssigner<EnrichedChange, String> {

    @Override
    public String getBucketId(EnrichedChange element, Context context) {
        return "dt=" + element.dt();
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }
}
