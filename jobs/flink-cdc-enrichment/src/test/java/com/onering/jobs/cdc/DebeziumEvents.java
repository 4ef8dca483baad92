package com.onering.jobs.cdc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Change events of gold.orders_snapshot shaped as Debezium Server 3.x (PostgreSQL connector, pgoutput,
 * debezium.format.value=json) writes them: the envelope of Debezium's documentation ("Data change events",
 * PostgreSQL connector) with its JSON converter's schema+payload wrapper, or the bare envelope when schemas are off.
 * Decimals are base64 of the unscaled value ({@code decimal.handling.mode=precise}), timestamptz an ISO string
 * (ZonedTimestamp), date an int of epoch days (io.debezium.time.Date).
 */
final class DebeziumEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Order(String id, String customer, String orderTs, String status, String sku, int quantity, String unitPrice,
                 String amount, String currency, String country, String channel) {
        ObjectNode columns() {
            ObjectNode row = JSON.createObjectNode();
            row.put("order_id", id);
            row.put("customer_id", customer);
            row.put("order_ts", orderTs);
            row.put("order_date", (int) LocalDate.parse(orderTs.substring(0, 10)).toEpochDay());
            row.put("status", status);
            row.put("product_sku", sku);
            row.put("quantity", quantity);
            row.put("unit_price", base64(unitPrice));
            row.put("amount", base64(amount));
            row.put("currency", currency);
            row.put("country", country);
            row.put("channel", channel);
            row.put("batch_id", "batch-1");
            row.put("published_at", orderTs);
            return row;
        }

        Order withStatus(String newStatus) {
            return new Order(id, customer, orderTs, newStatus, sku, quantity, unitPrice, amount, currency, country, channel);
        }
    }

    static Order order(String id, String country, String status, int quantity, String unitPrice) {
        String amount = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity)).toPlainString();
        String currency = country.equals("US") || country.equals("CA") ? "USD" : "EUR";
        return new Order(id, "C0030", "2024-01-19T09:52:00Z", status, "SKU-106", quantity, unitPrice, amount, currency, country, "web");
    }

    static String base64(String decimal) {
        return Base64.getEncoder().encodeToString(new BigDecimal(decimal).unscaledValue().toByteArray());
    }

    static String key(String orderId, boolean withSchema) {
        ObjectNode payload = JSON.createObjectNode().put("order_id", orderId);
        if (!withSchema) {
            return payload.toString();
        }
        ObjectNode schema = JSON.createObjectNode().put("type", "struct").put("optional", false).put("name", "oner.gold.orders_snapshot.Key");
        schema.putArray("fields").add(field("string", false, "order_id"));
        ObjectNode root = JSON.createObjectNode();
        root.set("schema", schema);
        root.set("payload", payload);
        return root.toString();
    }

    /** A change event: op c, u, r or d; {@code before} only for d (key columns only, PostgreSQL's default replica identity). */
    static String value(String op, Order before, Order after, Instant committed, long lsn, boolean withSchema) {
        ObjectNode payload = JSON.createObjectNode();
        if (before == null) {
            payload.putNull("before");
        } else if (op.equals("d")) {
            ObjectNode keyOnly = JSON.createObjectNode();
            before.columns().fieldNames().forEachRemaining(name -> keyOnly.putNull(name));
            keyOnly.put("order_id", before.id());
            payload.set("before", keyOnly);
        } else {
            payload.set("before", before.columns());
        }
        if (after == null) {
            payload.putNull("after");
        } else {
            payload.set("after", after.columns());
        }
        ObjectNode source = payload.putObject("source");
        source.put("version", "3.6.0.Final");
        source.put("connector", "postgresql");
        source.put("name", "oner");
        source.put("ts_ms", committed.toEpochMilli());
        source.put("snapshot", op.equals("r") ? "true" : "false");
        source.put("db", "curated");
        source.put("sequence", "[null,\"" + lsn + "\"]");
        source.put("ts_us", committed.toEpochMilli() * 1000);
        source.put("ts_ns", committed.toEpochMilli() * 1000_000);
        source.put("schema", "gold");
        source.put("table", "orders_snapshot");
        source.put("txId", 770);
        source.put("lsn", lsn);
        source.putNull("xmin");
        payload.putNull("transaction");
        payload.put("op", op);
        payload.put("ts_ms", committed.toEpochMilli() + 150);
        payload.put("ts_us", (committed.toEpochMilli() + 150) * 1000);
        payload.put("ts_ns", (committed.toEpochMilli() + 150) * 1000_000);
        if (!withSchema) {
            return payload.toString();
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("schema", envelopeSchema());
        root.set("payload", payload);
        return root.toString();
    }

    private static ObjectNode envelopeSchema() {
        ObjectNode schema = JSON.createObjectNode().put("type", "struct").put("optional", false)
                .put("name", "oner.gold.orders_snapshot.Envelope").put("version", 2);
        ArrayNode fields = schema.putArray("fields");
        fields.add(rowSchema("before"));
        fields.add(rowSchema("after"));
        ObjectNode source = JSON.createObjectNode().put("type", "struct").put("optional", false)
                .put("name", "io.debezium.connector.postgresql.Source").put("field", "source");
        ArrayNode sourceFields = source.putArray("fields");
        for (String name : new String[] {"version", "connector", "name", "db", "schema", "table", "sequence"}) {
            sourceFields.add(field("string", name.equals("sequence"), name));
        }
        sourceFields.add(field("int64", false, "ts_ms"));
        sourceFields.add(field("int64", true, "txId"));
        sourceFields.add(field("int64", true, "lsn"));
        sourceFields.add(field("int64", true, "xmin"));
        sourceFields.add(field("string", true, "snapshot").put("name", "io.debezium.data.Enum").put("version", 1));
        fields.add(source);
        fields.add(field("string", false, "op"));
        fields.add(field("int64", true, "ts_ms"));
        fields.add(field("int64", true, "ts_us"));
        fields.add(field("int64", true, "ts_ns"));
        return schema;
    }

    private static ObjectNode rowSchema(String name) {
        ObjectNode row = JSON.createObjectNode().put("type", "struct").put("optional", true)
                .put("name", "oner.gold.orders_snapshot.Value").put("field", name);
        ArrayNode fields = row.putArray("fields");
        fields.add(field("string", false, "order_id"));
        fields.add(field("string", false, "customer_id"));
        fields.add(field("string", false, "order_ts").put("name", "io.debezium.time.ZonedTimestamp").put("version", 1));
        fields.add(field("int32", false, "order_date").put("name", "io.debezium.time.Date").put("version", 1));
        fields.add(field("string", false, "status"));
        fields.add(field("string", false, "product_sku"));
        fields.add(field("int32", false, "quantity"));
        fields.add(decimal("unit_price", 10));
        fields.add(decimal("amount", 12));
        for (String column : new String[] {"currency", "country", "channel", "batch_id"}) {
            fields.add(field("string", false, column));
        }
        fields.add(field("string", false, "published_at").put("name", "io.debezium.time.ZonedTimestamp").put("version", 1));
        return row;
    }

    private static ObjectNode decimal(String name, int precision) {
        ObjectNode field = field("bytes", false, name).put("name", "org.apache.kafka.connect.data.Decimal").put("version", 1);
        field.putObject("parameters").put("scale", "2").put("connect.decimal.precision", String.valueOf(precision));
        return field;
    }

    private static ObjectNode field(String type, boolean optional, String name) {
        return JSON.createObjectNode().put("type", type).put("optional", optional).put("field", name);
    }
}
