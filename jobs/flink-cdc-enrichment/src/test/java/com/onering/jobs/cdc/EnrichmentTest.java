package com.onering.jobs.cdc;

import static com.onering.jobs.cdc.DebeziumEvents.key;
import static com.onering.jobs.cdc.DebeziumEvents.order;
import static com.onering.jobs.cdc.DebeziumEvents.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.onering.jobs.cdc.DebeziumEnvelope.Change;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnrichmentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant COMMITTED = Instant.parse("2024-03-05T23:59:59.900Z");
    private final Enrichment enrichment = new Enrichment(CountryRegions.load());

    private JsonNode enrich(String key, String value) throws Exception {
        EnrichedChange row = enrichment.enrich((Change) DebeziumEnvelope.parse(key, value)).orElseThrow();
        assertTrue(!row.json().contains("\"amount\":") || row.json().contains("\"amount\":null") || row.json().matches(".*\"amount\":[0-9]+\\.[0-9]{2}[,}].*"),
                "decimals keep the column's scale: " + row.json());
        JsonNode json = JSON.readTree(row.json());
        assertEquals(row.dt(), json.get("dt").asText());
        return json;
    }

    @Test
    void anInsertGetsItsRegionDayAndChecks() throws Exception {
        JsonNode row = enrich(key("ORD-1", true), value("c", null, order("ORD-1", "fr", "placed", 4, "48.00"), COMMITTED, 7L, true));
        assertEquals("ORD-1", row.get("order_id").asText());
        assertEquals("insert", row.get("operation").asText());
        assertFalse(row.get("deleted").asBoolean());
        // The UTC day of the commit, not of the order: a change lands in the partition of when it happened.
        assertEquals("2024-03-05", row.get("dt").asText());
        assertEquals("2024-01-19", row.get("order_date").asText());
        assertEquals("2024-03-05T23:59:59.900Z", row.get("committed_at").asText());
        assertEquals("FR", row.get("country").asText());
        assertEquals("France", row.get("country_name").asText());
        assertEquals("europe", row.get("region").asText());
        assertTrue(row.get("currency_matches_country").asBoolean());
        // Decimals keep their column's scale in the file.
        assertTrue(row.toString().contains("\"amount\":192.00") || row.get("amount").decimalValue().compareTo(new java.math.BigDecimal("192.00")) == 0);
        assertTrue(row.get("amount_matches_lines").asBoolean());
        assertFalse(row.get("is_lost_revenue").asBoolean());
        assertTrue(row.get("previous_status").isNull());
        assertEquals(7L, row.get("lsn").asLong());
    }

    @Test
    void anUpdateToCancelledLosesRevenueAndKnowsTheOldStatusWhenDebeziumSendsIt() throws Exception {
        var placed = order("ORD-2", "US", "placed", 1, "9.99");
        JsonNode row = enrich(null, value("u", placed, placed.withStatus("cancelled"), COMMITTED, 8L, false));
        assertEquals("update", row.get("operation").asText());
        assertEquals("cancelled", row.get("status").asText());
        assertEquals("placed", row.get("previous_status").asText());
        assertTrue(row.get("is_lost_revenue").asBoolean());
        assertEquals("north_america", row.get("region").asText());
    }

    @Test
    void aDeleteIsARowOfItsOwn() throws Exception {
        JsonNode row = enrich(key("ORD-3", true), value("d", order("ORD-3", "DE", "placed", 1, "4.50"), null, COMMITTED, 9L, true));
        assertEquals("ORD-3", row.get("order_id").asText());
        assertEquals("delete", row.get("operation").asText());
        assertTrue(row.get("deleted").asBoolean());
        assertTrue(row.get("amount").isNull());
        assertTrue(row.get("region").isNull());
        assertTrue(row.get("is_lost_revenue").isNull());
        assertEquals("2024-03-05", row.get("dt").asText());
    }

    @Test
    void anUnknownCountryKeepsItsCodeWithoutRegion() throws Exception {
        var order = order("ORD-4", "JP", "placed", 2, "1.00");
        JsonNode row = enrich(null, value("c", null, order, COMMITTED, 10L, true));
        assertEquals("JP", row.get("country").asText());
        assertTrue(row.get("region").isNull());
        assertTrue(row.get("currency_matches_country").isNull());
    }

    @Test
    void theReferenceDataIsTheDbtSeed() {
        CountryRegions countries = CountryRegions.load();
        for (String code : new String[] {"CA", "DE", "FR", "GB", "NL", "US"}) {
            assertTrue(countries.of(code).isPresent(), code);
        }
        assertEquals("europe", countries.of(" gb ").orElseThrow().region());
    }
}
