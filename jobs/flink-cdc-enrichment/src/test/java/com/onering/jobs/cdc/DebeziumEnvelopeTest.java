package com.onering.jobs.cdc;

import static com.onering.jobs.cdc.DebeziumEvents.key;
import static com.onering.jobs.cdc.DebeziumEvents.order;
import static com.onering.jobs.cdc.DebeziumEvents.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.onering.jobs.cdc.DebeziumEnvelope.Change;
import com.onering.jobs.cdc.DebeziumEnvelope.Skipped;
import com.onering.jobs.cdc.DebeziumEnvelope.Tombstone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DebeziumEnvelopeTest {
    private static final Instant COMMITTED = Instant.parse("2024-03-05T10:15:30.123Z");

    @ParameterizedTest(name = "schemas in the JSON: {0}")
    @ValueSource(booleans = {true, false})
    void readsAnInsertWithAndWithoutSchema(boolean withSchema) {
        var order = order("ORD-00001", "FR", "placed", 4, "48.00");
        Change change = assertInstanceOf(Change.class,
                DebeziumEnvelope.parse(key("ORD-00001", withSchema), value("c", null, order, COMMITTED, 24023128L, withSchema)));
        assertEquals("c", change.op());
        assertNull(change.before());
        assertEquals("ORD-00001", change.after().orderId());
        assertEquals(Instant.parse("2024-01-19T09:52:00Z"), change.after().orderTs());
        assertEquals(LocalDate.parse("2024-01-19"), change.after().orderDate());
        assertEquals(4, change.after().quantity());
        assertEquals(new BigDecimal("48.00"), change.after().unitPrice());
        assertEquals(new BigDecimal("192.00"), change.after().amount());
        assertEquals("FR", change.after().country());
        assertEquals(COMMITTED, change.committedAt());
        assertEquals(COMMITTED.plusMillis(150), change.capturedAt());
        assertEquals(24023128L, change.lsn());
        assertEquals("gold.orders_snapshot", change.sourceTable());
        assertFalse(change.snapshot());
    }

    @Test
    void aSnapshotReadIsMarked() {
        Change change = assertInstanceOf(Change.class,
                DebeziumEnvelope.parse(null, value("r", null, order("ORD-2", "US", "placed", 1, "9.99"), COMMITTED, 1L, true)));
        assertEquals("r", change.op());
        assertTrue(change.snapshot());
    }

    @Test
    void aDeleteCarriesTheKeyColumnsOfTheOldRow() {
        var order = order("ORD-00007", "DE", "placed", 1, "4.50");
        Change change = assertInstanceOf(Change.class,
                DebeziumEnvelope.parse(key("ORD-00007", true), value("d", order, null, COMMITTED, 5L, true)));
        assertEquals("d", change.op());
        assertEquals("ORD-00007", change.before().orderId());
        assertNull(change.before().amount());
        assertNull(change.after());
    }

    @Test
    void aDeleteWithoutBeforeImageTakesTheIdFromTheKey() {
        String value = value("d", null, null, COMMITTED, 5L, false);
        Change change = assertInstanceOf(Change.class, DebeziumEnvelope.parse(key("ORD-9", false), value));
        assertEquals("ORD-9", change.before().orderId());
        assertInstanceOf(Skipped.class, DebeziumEnvelope.parse(null, value), "no key and no before: nothing names the row");
    }

    @ParameterizedTest(name = "tombstone value [{0}]")
    @ValueSource(strings = {"", "null", "{\"schema\":null,\"payload\":null}"})
    void tombstonesAreRecognised(String value) {
        Tombstone tombstone = assertInstanceOf(Tombstone.class, DebeziumEnvelope.parse(key("ORD-3", true), value));
        assertEquals("ORD-3", tombstone.key());
        assertInstanceOf(Tombstone.class, DebeziumEnvelope.parse(key("ORD-3", false), null));
    }

    @Test
    void recordsThatAreNoChangesAreSkippedWithAReason() {
        assertTrue(((Skipped) DebeziumEnvelope.parse(null, "{not json")).reason().startsWith("not JSON"));
        assertTrue(((Skipped) DebeziumEnvelope.parse(null, "{\"ts_ms\": 1}")).reason().contains("no op"));
        assertTrue(((Skipped) DebeziumEnvelope.parse(null, "{\"op\": \"m\", \"ts_ms\": 1}")).reason().contains("'m'"));
        assertTrue(((Skipped) DebeziumEnvelope.parse(null, "{\"op\": \"c\", \"after\": null}")).reason().contains("without the row"));
        assertTrue(((Skipped) DebeziumEnvelope.parse(null, "{\"op\": \"c\", \"after\": {\"order_id\": \"x\", \"order_ts\": \"yesterday\"}}"))
                .reason().startsWith("unreadable column"));
    }

    @Test
    void decimalsInEveryEncodingDebeziumOffers() {
        // precise: two's complement, big-endian, scale from the schema (or the column's).
        assertEquals(new BigDecimal("-1.50"), DebeziumEnvelope.decimal(new TextNode(DebeziumEvents.base64("-1.50")), 2));
        assertEquals(new BigDecimal("1234567.89"), DebeziumEnvelope.decimal(new TextNode(DebeziumEvents.base64("1234567.89")), 2));
        // double: a JSON number.
        assertEquals(0, new BigDecimal("12.5").compareTo(DebeziumEnvelope.decimal(JsonNodeFactory.instance.numberNode(12.5), 2)));
        // string: the decimal text (recognised by the string type in the schema).
        assertEquals(new BigDecimal("12.50"), DebeziumEnvelope.decimal(new TextNode("12.50"), DebeziumEnvelope.AS_TEXT));
        // numeric without scale: io.debezium.data.VariableScaleDecimal.
        var variable = JsonNodeFactory.instance.objectNode().put("scale", 3).put("value", DebeziumEvents.base64("1.250"));
        assertEquals(new BigDecimal("1.250"), DebeziumEnvelope.decimal(variable, 2));
        assertNull(DebeziumEnvelope.decimal(null, 2));
    }

    @Test
    void theSchemaDecidesTheScale() {
        String event = value("c", null, order("ORD-5", "FR", "placed", 2, "3.00"), COMMITTED, 1L, true)
                .replace("\"scale\":\"2\"", "\"scale\":\"3\"");
        Change change = assertInstanceOf(Change.class, DebeziumEnvelope.parse(null, event));
        assertEquals(new BigDecimal("0.300"), change.after().unitPrice());
    }

    @Test
    void datesAndTimestampsInTheirDebeziumTypes() {
        assertEquals(LocalDate.parse("2024-01-19"), DebeziumEnvelope.date(new IntNode(19741)));
        assertEquals(LocalDate.parse("2024-01-19"), DebeziumEnvelope.date(new TextNode("2024-01-19")));
        assertEquals(Instant.parse("2024-01-19T08:52:00Z"), DebeziumEnvelope.timestamp(new TextNode("2024-01-19T09:52:00+01:00")));
        assertEquals(Instant.parse("2024-01-19T09:52:00.123456Z"), DebeziumEnvelope.timestamp(new TextNode("2024-01-19T09:52:00.123456Z")));
    }
}
