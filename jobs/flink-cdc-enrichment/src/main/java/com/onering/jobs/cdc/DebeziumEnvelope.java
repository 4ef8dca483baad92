package com.onering.jobs.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the change events Debezium Server writes for {@code gold.orders_snapshot} with {@code debezium.format.value=json}
 * (config/debezium/application.properties). Both shapes of its JSON converter are read:
 * <ul>
 *   <li>with schemas ({@code {"schema": …, "payload": {before, after, op, ts_ms, source}}}), Debezium Server's default
 *       and what the platform runs: decimals are read with the scale their schema names;</li>
 *   <li>without schemas ({@code value.converter.schemas.enable=false}: the envelope itself): decimals (base64 of the
 *       unscaled value, Debezium's default {@code decimal.handling.mode=precise}) use the scale of the column
 *       ({@link #DEFAULT_SCALES}), and plain JSON numbers ({@code decimal.handling.mode=double}) are taken as they are.</li>
 * </ul>
 * Columns are as Debezium's PostgreSQL connector encodes them: {@code timestamptz} as an ISO-8601 string
 * ({@code io.debezium.time.ZonedTimestamp}), {@code date} as days since 1970-01-01 ({@code io.debezium.time.Date}).
 */
public final class DebeziumEnvelope {
    /** The numeric columns of gold.orders_snapshot (config/liquibase/postgres/changelog.xml): numeric(10,2), numeric(12,2). */
    static final Map<String, Integer> DEFAULT_SCALES = Map.of("unit_price", 2, "amount", 2);
    /** The scale of a decimal column that arrives as its decimal text ({@code decimal.handling.mode=string}). */
    static final int AS_TEXT = -1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DebeziumEnvelope() {
    }

    /** What one record of the topic is. */
    public sealed interface Parsed permits Change, Tombstone, Skipped {
    }

    /**
     * A change: {@code op} is Debezium's code (c, u, d, r, t). {@code before} is set for deletes (only the key columns
     * with PostgreSQL's default replica identity) and, with {@code REPLICA IDENTITY FULL}, for updates.
     */
    public record Change(String op, OrderRow before, OrderRow after, Instant committedAt, Instant capturedAt, Long lsn,
                         String sourceTable, boolean snapshot) implements Parsed {
    }

    /** The record Debezium sends after a delete so that log compaction can drop the key: no value, nothing to write. */
    public record Tombstone(String key) implements Parsed {
    }

    /** A record the job does not write, and why (a heartbeat, a logical decoding message, malformed JSON). */
    public record Skipped(String reason) implements Parsed {
    }

    /** One row of gold.orders_snapshot; columns absent from the event (a delete's before image) are null. */
    public record OrderRow(String orderId, String customerId, Instant orderTs, LocalDate orderDate, String status,
                           String productSku, Integer quantity, BigDecimal unitPrice, BigDecimal amount, String currency,
                           String country, String channel) implements java.io.Serializable {
    }

    public static Parsed parse(String key, String value) {
        if (value == null || value.isBlank()) {
            return new Tombstone(orderIdOfKey(key));
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return new Skipped("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isNull()) {
            return new Tombstone(orderIdOfKey(key));
        }
        boolean withSchema = root.has("payload") && root.has("schema");
        JsonNode payload = withSchema ? root.get("payload") : root;
        if (payload == null || payload.isNull()) {
            return new Tombstone(orderIdOfKey(key));
        }
        JsonNode op = payload.get("op");
        if (op == null || !op.isTextual()) {
            return new Skipped("no op field: not a Debezium change event");
        }
        String code = op.asText();
        if (!(code.equals("c") || code.equals("u") || code.equals("d") || code.equals("r") || code.equals("t"))) {
            return new Skipped("operation '" + code + "' carries no row");
        }
        Map<String, Integer> scales = withSchema ? scales(root.get("schema")) : DEFAULT_SCALES;
        JsonNode source = payload.path("source");
        try {
            OrderRow before = row(payload.get("before"), scales);
            OrderRow after = row(payload.get("after"), scales);
            if (code.equals("d") && before == null) {
                // Without before image (REPLICA IDENTITY NOTHING) the key still names the deleted row.
                String id = orderIdOfKey(key);
                before = id == null ? null : new OrderRow(id, null, null, null, null, null, null, null, null, null, null, null);
            }
            if ((code.equals("d") && before == null) || ((code.equals("c") || code.equals("u") || code.equals("r")) && after == null)) {
                return new Skipped("operation '" + code + "' without the row it changes");
            }
            Instant committedAt = millis(source.get("ts_ms"));
            Instant capturedAt = millis(payload.get("ts_ms"));
            JsonNode lsn = source.get("lsn");
            String table = source.hasNonNull("table") ? source.path("schema").asText("") + "." + source.get("table").asText() : null;
            JsonNode snapshot = source.get("snapshot");
            boolean isSnapshot = code.equals("r") || (snapshot != null && !snapshot.isNull()
                    && !snapshot.asText().equals("false") && !snapshot.asText().isEmpty());
            return new Change(code, before, after, committedAt != null ? committedAt : capturedAt, capturedAt,
                    lsn == null || lsn.isNull() ? null : lsn.asLong(), table, isSnapshot);
        } catch (RuntimeException e) {
            return new Skipped("unreadable column: " + e.getMessage());
        }
    }

    /** The order id in a record key: {@code {"order_id": …}}, with or without schema. */
    static String orderIdOfKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(key);
            JsonNode payload = node.has("payload") && node.has("schema") ? node.get("payload") : node;
            JsonNode id = payload == null ? null : payload.get("order_id");
            return id == null || id.isNull() ? null : id.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Scales of the Decimal fields of the before/after struct in the value schema, by column. */
    private static Map<String, Integer> scales(JsonNode schema) {
        Map<String, Integer> scales = new HashMap<>(DEFAULT_SCALES);
        for (JsonNode struct : schema.path("fields")) {
            String name = struct.path("field").asText();
            if (!name.equals("before") && !name.equals("after")) {
                continue;
            }
            for (JsonNode column : struct.path("fields")) {
                JsonNode scale = column.path("parameters").get("scale");
                String field = column.path("field").asText();
                if ("org.apache.kafka.connect.data.Decimal".equals(column.path("name").asText()) && scale != null) {
                    scales.put(field, Integer.parseInt(scale.asText()));
                } else if (DEFAULT_SCALES.containsKey(field) && "string".equals(column.path("type").asText())) {
                    scales.put(field, AS_TEXT); // decimal.handling.mode=string
                }
            }
        }
        return scales;
    }

    private static OrderRow row(JsonNode node, Map<String, Integer> scales) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new OrderRow(text(node, "order_id"), text(node, "customer_id"), timestamp(node.get("order_ts")),
                date(node.get("order_date")), text(node, "status"), text(node, "product_sku"),
                node.hasNonNull("quantity") ? node.get("quantity").asInt() : null,
                decimal(node.get("unit_price"), scales.getOrDefault("unit_price", 2)),
                decimal(node.get("amount"), scales.getOrDefault("amount", 2)),
                text(node, "currency"), text(node, "country"), text(node, "channel"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Instant timestamp(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        return OffsetDateTime.parse(value.asText()).toInstant();
    }

    static LocalDate date(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? LocalDate.ofEpochDay(value.asLong()) : LocalDate.parse(value.asText());
    }

    /**
     * A Kafka Connect decimal: base64 of the big-endian two's-complement unscaled value ({@code precise}); a
     * variable-scale struct {@code {scale, value}}; or a JSON number ({@code double}).
     */
    static BigDecimal decimal(JsonNode value, int scale) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isObject()) {
            return decimal(value.get("value"), value.path("scale").asInt());
        }
        if (scale == AS_TEXT) {
            return new BigDecimal(value.asText());
        }
        return new BigDecimal(new BigInteger(Base64.getDecoder().decode(value.asText())), scale);
    }

    private static Instant millis(JsonNode value) {
        return value == null || value.isNull() ? null : Instant.ofEpochMilli(value.asLong());
    }
}
