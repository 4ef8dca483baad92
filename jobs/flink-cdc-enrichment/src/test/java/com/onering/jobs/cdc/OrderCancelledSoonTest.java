package com.onering.jobs.cdc;

import static com.onering.jobs.cdc.DebeziumEvents.key;
import static com.onering.jobs.cdc.DebeziumEvents.order;
import static com.onering.jobs.cdc.DebeziumEvents.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order_cancelled_soon pattern as a Flink job on a MiniCluster, fed from a fixed list of Debezium events whose
 * commit times ({@code source.ts_ms}) are the event times. The bounded input ends with the final watermark, so every
 * match is complete (and every pending 24-hour window expired) when the job finishes.
 */
class OrderCancelledSoonTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Instant T0 = Instant.parse("2024-03-05T10:00:00Z");
    private final List<RawChange> records = new ArrayList<>();

    @Test
    void alertsOnceForEachOrderCancelledWithin24HoursOfBeingPlaced(@TempDir Path output) throws Exception {
        var soon = order("ORD-1", "fr", "placed", 2, "10.00");        // snapshot, cancelled 3 h later: alert
        var late = order("ORD-2", "US", "placed", 1, "5.25");         // cancelled 25 h later: none
        var kept = order("ORD-3", "GB", "placed", 1, "7.00");         // shipped, never cancelled: none
        var slow = order("ORD-4", "CA", "placed", 4, "2.50");         // interleaved with ORD-5, deleted 30 h later: none
        var quick = order("ORD-5", "DE", "placed", 3, "1.10");        // interleaved with ORD-4, deleted 1 h later: alert
        var twice = order("ORD-6", "FR", "placed", 1, "3.00");        // cancelled, then deleted: one alert
        add(soon, value("r", null, soon, T0, 1, true));
        add(late, value("c", null, late, T0.plusSeconds(60), 2, true));
        add(kept, value("c", null, kept, T0.plusSeconds(120), 3, true));
        add(slow, value("c", null, slow, at(1, 0), 4, true));
        add(quick, value("c", null, quick, at(1, 30), 5, true));
        add(kept, value("u", null, kept.withStatus("shipped"), at(2, 0), 6, true));
        add(quick, value("d", quick, null, at(2, 30), 7, true));
        add(soon, value("u", null, soon.withStatus("cancelled"), at(3, 0), 8, true));
        add(twice, value("c", null, twice, at(4, 0), 9, true));
        add(twice, value("u", null, twice.withStatus("cancelled"), at(5, 0), 10, true));
        add(twice, value("d", twice, null, at(6, 0), 11, true));
        add(late, value("u", null, late.withStatus("cancelled"), at(25, 0), 12, true));
        add(slow, value("d", slow, null, at(31, 0), 13, true));
        records.add(new RawChange(key("ORD-5", true), null, "cdc.orders", 0, 99)); // tombstone: nothing

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.enableCheckpointing(500, CheckpointingMode.EXACTLY_ONCE);
        CdcEnrichmentJob.alertOnQuickCancellations(env.fromData(records, TypeInformation.of(RawChange.class)),
                output.toUri().toString());
        env.execute("order cancelled soon test");

        List<LakeFiles.Row> rows = LakeFiles.committedRows(output);
        Map<String, LakeFiles.Row> byOrder = new TreeMap<>();
        rows.forEach(r -> byOrder.put(r.json().get("order_id").asText(), r));
        assertEquals(3, rows.size(), "one alert per match: " + rows);
        assertEquals(List.of("ORD-1", "ORD-5", "ORD-6"), List.copyOf(byOrder.keySet()));

        LakeFiles.Row first = byOrder.get("ORD-1");
        assertEquals("dt=2024-03-05", first.partition());
        assertEquals("order_cancelled_soon", first.json().get("alert").asText());
        assertEquals("FR", first.json().get("country").asText());
        assertEquals(0, first.json().get("amount").decimalValue().compareTo(new BigDecimal("20.00")));
        assertEquals(T0.toString(), first.json().get("placed_at").asText());
        assertEquals(at(3, 0).toString(), first.json().get("cancelled_at").asText());
        assertEquals(180, first.json().get("minutes_between").asLong());
        assertEquals("snapshot", first.json().get("placed_operation").asText());
        assertEquals("update", first.json().get("cancelled_operation").asText());

        LakeFiles.Row deleted = byOrder.get("ORD-5");
        assertEquals("DE", deleted.json().get("country").asText(), "country of the placed row: a delete has the key only");
        assertEquals(0, deleted.json().get("amount").decimalValue().compareTo(new BigDecimal("3.30")));
        assertEquals(60, deleted.json().get("minutes_between").asLong());
        assertEquals("delete", deleted.json().get("cancelled_operation").asText());

        LakeFiles.Row once = byOrder.get("ORD-6");
        assertEquals("update", once.json().get("cancelled_operation").asText(), "the first cancellation matches");
        assertEquals(60, once.json().get("minutes_between").asLong());

        assertTrue(LakeFiles.files(output).stream().allMatch(f -> f.getFileName().toString().startsWith("alerts")
                && f.getFileName().toString().endsWith(".jsonl")), "every part file committed: " + LakeFiles.files(output));
    }

    @Test
    void noAlertWithoutACancellationInTheWindow(@TempDir Path output) throws Exception {
        var late = order("ORD-7", "US", "placed", 1, "5.25");
        var never = order("ORD-8", "FR", "placed", 1, "5.00");
        add(late, value("c", null, late, T0, 1, true));
        add(never, value("r", null, never, T0, 2, true));
        add(never, value("u", null, never.withStatus("shipped"), at(1, 0), 3, true));
        add(late, value("u", null, late.withStatus("cancelled"), at(24, 1), 4, true));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.enableCheckpointing(500, CheckpointingMode.EXACTLY_ONCE);
        CdcEnrichmentJob.alertOnQuickCancellations(env.fromData(records, TypeInformation.of(RawChange.class)),
                output.toUri().toString());
        env.execute("order cancelled soon: no alert");

        assertEquals(List.of(), LakeFiles.committedRows(output));
    }

    private void add(DebeziumEvents.Order order, String value) {
        records.add(new RawChange(key(order.id(), true), value, "cdc.orders", 0, records.size()));
    }

    private static Instant at(int hours, int minutes) {
        return T0.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }
}
