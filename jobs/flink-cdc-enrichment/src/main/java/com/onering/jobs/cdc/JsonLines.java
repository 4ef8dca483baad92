package com.onering.jobs.cdc;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/** The job's lake data sets: JSON lines in Hive-style day partitions ({@code dt=YYYY-MM-DD}), committed on checkpoints. */
final class JsonLines {
    /** One line of a data set: the day partition it goes to and the JSON object written. */
    interface Line {
        String dt();

        String json();
    }

    private JsonLines() {
    }

    /**
     * One part file per checkpoint and day, named {@code <partPrefix>-….jsonl}: it becomes visible (loses its
     * in-progress name) exactly when the checkpoint completes.
     */
    static <T extends Line> FileSink<T> sink(String output, String partPrefix) {
        Encoder<T> jsonLines = (line, stream) -> {
            stream.write(line.json().getBytes(StandardCharsets.UTF_8));
            stream.write('\n');
        };
        return FileSink.forRowFormat(new Path(output), jsonLines)
                .withBucketAssigner(new DayBuckets<T>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(partPrefix).withPartSuffix(".jsonl").build())
                .build();
    }

    private static final class DayBuckets<T extends Line> implements BucketAssigner<T, String> {
        @Override
        public String getBucketId(T line, Context context) {
            return "dt=" + line.dt();
        }

        @Override
        public SimpleVersionedSerializer<String> getSerializer() {
            return SimpleVersionedStringSerializer.INSTANCE;
        }
    }
}
