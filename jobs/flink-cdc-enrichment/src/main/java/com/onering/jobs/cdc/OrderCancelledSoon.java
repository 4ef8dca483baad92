package com.onering.jobs.cdc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onering.jobs.cdc.DebeziumEnvelope.Change;
import com.onering.jobs.cdc.DebeziumEnvelope.OrderRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.nfa.aftermatch.AfterMatchSkipStrategy;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * The job's complex-event-processing pattern (Flink CEP), per order: an order placed (snapshot read or insert) and
 * then cancelled (an update whose status becomes {@code cancelled}, or a delete) within 24 hours of event time
 * yields one {@code order_cancelled_soon} alert. Event time is the change's commit time in PostgreSQL (Debezium's
 * {@code source.ts_ms}); watermarks trail the largest commit time seen by {@link #OUT_OF_ORDERNESS}, and a source
 * subtask that sees nothing for {@link #IDLENESS} stops holding the watermark back (a quiet Kafka partition does not
 * stall the alerts). A bounded run ends with the final watermark, which completes every pending match.
 */
final class OrderCancelledSoon {
    static final String ALERT = "order_cancelled_soon";
    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration OUT_OF_ORDERNESS = Duration.ofMinutes(5);
    static final Duration IDLENESS = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderCancelledSoon() {
    }

    /** placed, then (not necessarily next) cancelled, within 24 hours; one alert per placed event. */
    static Pattern<OrderEvent, ?> pattern() {
        return Pattern.<OrderEvent>begin("placed", AfterMatchSkipStrategy.skipPastLastEvent())
                .where(SimpleCondition.of(e -> e.kind() == OrderEvent.Kind.PLACED))
                .followedBy("cancelled")
                .where(SimpleCondition.of(e -> e.kind() == OrderEvent.Kind.CANCELLED))
                .within(WINDOW);
    }

    static WatermarkStrategy<OrderEvent> watermarks() {
        return WatermarkStrategy.<OrderEvent>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((event, recordTimestamp) -> event.eventTime())
                .withIdleness(IDLENESS);
    }

    /** What a change means for the pattern, if anything (other updates, truncates and timeless changes: nothing). */
    static Optional<OrderEvent> classify(Change change, CountryRegions countries) {
        Instant when = change.committedAt();
        if (when == null) {
            return Optional.empty();
        }
        OrderRow after = change.after();
        OrderRow before = change.before();
        OrderEvent.Kind kind = switch (change.op()) {
            case "r", "c" -> after != null && !cancelled(after.status()) ? OrderEvent.Kind.PLACED : null;
            // Without REPLICA IDENTITY FULL an update has no before image: any update to status cancelled counts.
            case "u" -> after != null && cancelled(after.status()) && (before == null || !cancelled(before.status()))
                    ? OrderEvent.Kind.CANCELLED : null;
            case "d" -> before != null ? OrderEvent.Kind.CANCELLED : null;
            default -> null;
        };
        OrderRow row = change.op().equals("d") ? before : after;
        if (kind == null || row == null || row.orderId() == null) {
            return Optional.empty();
        }
        String country = row.country() == null ? null
                : countries.of(row.country()).map(CountryRegions.Country::code).orElse(row.country());
        return Optional.of(new OrderEvent(row.orderId(), kind, Enrichment.operation(change.op()), country, row.amount(),
                when.toEpochMilli()));
    }

    private static boolean cancelled(String status) {
        return status != null && status.trim().toLowerCase(Locale.ROOT).equals("cancelled");
    }

    /** The alert of one match; country and amount from the placed event (a delete carries only the key). */
    static OrderAlert alert(OrderEvent placed, OrderEvent cancelled) {
        Instant placedAt = Instant.ofEpochMilli(placed.eventTime());
        Instant cancelledAt = Instant.ofEpochMilli(cancelled.eventTime());
        String dt = cancelledAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        ObjectNode out = JSON.createObjectNode();
        out.put("alert", ALERT);
        out.put("order_id", placed.orderId());
        out.put("country", placed.country() != null ? placed.country() : cancelled.country());
        out.put("amount", placed.amount() != null ? placed.amount() : cancelled.amount());
        out.put("placed_at", placedAt.toString());
        out.put("placed_operation", placed.operation());
        out.put("cancelled_at", cancelledAt.toString());
        out.put("cancelled_operation", cancelled.operation());
        out.put("minutes_between", Duration.between(placedAt, cancelledAt).toMinutes());
        out.put("dt", dt);
        return new OrderAlert(dt, placed.orderId(), out.toString());
    }

    /** Parses each raw record (again: the enrichment branch keeps its own operator) into the pattern's events. */
    static final class ToOrderEvents extends RichFlatMapFunction<RawChange, OrderEvent> {
        private transient CountryRegions countries;

        @Override
        public void open(OpenContext context) {
            countries = CountryRegions.load();
        }

        @Override
        public void flatMap(RawChange record, Collector<OrderEvent> out) {
            if (DebeziumEnvelope.parse(record.key(), record.value()) instanceof Change change) {
                classify(change, countries).ifPresent(out::collect);
            }
        }
    }

    /** One alert per match, counted in the metric {@code alerts}. */
    static final class ToAlert extends PatternProcessFunction<OrderEvent, OrderAlert> {
        private transient Counter alerts;

        @Override
        public void open(OpenContext context) {
            alerts = getRuntimeContext().getMetricGroup().counter("alerts");
        }

        @Override
        public void processMatch(Map<String, List<OrderEvent>> match, Context context, Collector<OrderAlert> out) {
            alerts.inc();
            out.collect(alert(match.get("placed").get(0), match.get("cancelled").get(0)));
        }
    }
}
