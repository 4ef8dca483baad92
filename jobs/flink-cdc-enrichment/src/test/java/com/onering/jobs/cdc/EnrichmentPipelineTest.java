package com.onering.jobs.cdc;

import static com.onering.jobs.cdc.DebeziumEvents.key;
import static com.onering.jobs.cdc.DebeziumEvents.order;
import static com.onering.jobs.cdc.DebeziumEvents.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Enrichment and the lake sink as one Flink job on a MiniCluster, fed from a fixed list (no broker needed). */
class EnrichmentPipelineTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void writesEnrichedChangesIntoDayPartitionsAndDropsOnlyTombstonesAndJunk(@TempDir Path output) throws Exception {
        Instant day1 = Instant.parse("2024-03-05T10:00:00Z");
        Instant day2 = Instant.parse("2024-03-06T08:00:00Z");
        var first = order("ORD-1", "FR", "placed", 2, "10.00");
        var second = order("ORD-2", "US", "placed", 1, "5.25");
        List<RawChange> records = List.of(
                new RawChange(key("ORD-1", true), value("r", null, first, day1, 1L, true), "cdc.orders", 0, 0),
                new RawChange(key("ORD-2", true), value("c", null, second, day1, 2L, true), "cdc.orders", 0, 1),
                new RawChange(key("ORD-1", true), value("u", null, first.withStatus("returned"), day2, 3L, true), "cdc.orders", 0, 2),
                new RawChange(key("ORD-2", true), value("d", second, null, day2, 4L, true), "cdc.orders", 0, 3),
                new RawChange(key("ORD-2", true), null, "cdc.orders", 0, 4),
                new RawChange(null, "{\"op\":\"m\"}", "cdc.orders", 0, 5),
                new RawChange(null, "{oops", "cdc.orders", 0, 6));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.enableCheckpointing(500, CheckpointingMode.EXACTLY_ONCE);
        CdcEnrichmentJob.enrichAndWrite(env.fromData(records, TypeInformation.of(RawChange.class)), output.toUri().toString());
        env.execute("enrichment pipeline test");

        List<LakeFiles.Row> rows = LakeFiles.committedRows(output);
        Map<String, List<String>> byPartition = rows.stream().collect(Collectors.groupingBy(LakeFiles.Row::partition,
                Collectors.mapping(r -> r.json().get("order_id").asText() + ":" + r.json().get("operation").asText(), Collectors.toList())));
        assertEquals(Map.of("dt=2024-03-05", List.of("ORD-1:snapshot", "ORD-2:insert"),
                "dt=2024-03-06", List.of("ORD-1:update", "ORD-2:delete")), byPartition);
        assertTrue(LakeFiles.files(output).stream().allMatch(f -> f.getFileName().toString().startsWith("orders")
                && f.getFileName().toString().endsWith(".jsonl")), "every part file committed: " + LakeFiles.files(output));
        LakeFiles.Row returned = rows.stream().filter(r -> r.json().get("operation").asText().equals("update")).findFirst().orElseThrow();
        assertTrue(returned.json().get("is_lost_revenue").asBoolean());
        assertEquals("europe", returned.json().get("region").asText());
    }
}
