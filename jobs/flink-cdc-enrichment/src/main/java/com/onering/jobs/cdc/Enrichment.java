package com.onering.jobs.cdc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onering.jobs.cdc.DebeziumEnvelope.Change;
import com.onering.jobs.cdc.DebeziumEnvelope.OrderRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a change of gold.orders_snapshot into the row the lake keeps: what happened (operation, deleted, snapshot),
 * when (commit time, capture time, the day partition), the order's columns as of the change, and what the platform
 * knows beyond the row: the country's name and sales region and the currency it sells in (the country_regions seed),
 * whether the status loses revenue (as stg_orders_snapshot defines it) and whether the amount matches quantity times
 * unit price.
 */
public final class Enrichment {
    /** Statuses whose revenue is lost, as stg_orders_snapshot defines is_lost_revenue. */
    static final Set<String> LOST_REVENUE = Set.of("cancelled", "returned");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CountryRegions countries;

    public Enrichment(CountryRegions countries) {
        this.countries = countries;
    }

    public static String operation(String op) {
        return switch (op) {
            case "c" -> "insert";
            case "u" -> "update";
            case "d" -> "delete";
            case "r" -> "snapshot";
            case "t" -> "truncate";
            default -> throw new IllegalArgumentException("unknown Debezium operation " + op);
        };
    }

    /** The enriched row, or empty when the change carries no time at all to partition by. */
    public Optional<EnrichedChange> enrich(Change change) {
        boolean deleted = change.op().equals("d");
        OrderRow row = deleted ? change.before() : change.after();
        Instant when = change.committedAt();
        LocalDate day = when != null ? when.atOffset(ZoneOffset.UTC).toLocalDate() : row == null ? null : row.orderDate();
        if (day == null) {
            return Optional.empty();
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("order_id", row == null ? null : row.orderId());
        out.put("op", change.op());
        out.put("operation", operation(change.op()));
        out.put("deleted", deleted);
        out.put("snapshot", change.snapshot());
        out.put("committed_at", text(change.committedAt()));
        out.put("captured_at", text(change.capturedAt()));
        if (change.lsn() == null) {
            out.putNull("lsn");
        } else {
            out.put("lsn", change.lsn());
        }
        out.put("source_table", change.sourceTable());
        if (row != null) {
            columns(out, row, change);
        }
        out.put("dt", day.toString());
        return Optional.of(new EnrichedChange(day.toString(), row == null ? null : row.orderId(), out.toString()));
    }

    private void columns(ObjectNode out, OrderRow row, Change change) {
        out.put("customer_id", row.customerId());
        out.put("order_ts", text(row.orderTs()));
        out.put("order_date", row.orderDate() == null ? null : row.orderDate().toString());
        out.put("status", row.status());
        // Known for updates only when the table's replica identity is FULL (Debezium then sends the old row).
        OrderRow before = change.op().equals("u") ? change.before() : null;
        out.put("previous_status", before == null ? null : before.status());
        if (row.status() == null) {
            out.putNull("is_lost_revenue");
        } else {
            out.put("is_lost_revenue", LOST_REVENUE.contains(row.status().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        out.put("product_sku", row.productSku());
        out.put("quantity", row.quantity());
        out.put("unit_price", row.unitPrice());
        out.put("amount", row.amount());
        if (row.amount() == null || row.quantity() == null || row.unitPrice() == null) {
            out.putNull("amount_matches_lines");
        } else {
            out.put("amount_matches_lines", row.amount().compareTo(row.unitPrice().multiply(BigDecimal.valueOf(row.quantity()))) == 0);
        }
        out.put("currency", row.currency());
        Optional<CountryRegions.Country> country = countries.of(row.country());
        out.put("country", country.map(CountryRegions.Country::code).orElse(row.country()));
        out.put("country_name", country.map(CountryRegions.Country::name).orElse(null));
        out.put("region", country.map(CountryRegions.Country::region).orElse(null));
        if (country.isEmpty() || row.currency() == null) {
            out.putNull("currency_matches_country");
        } else {
            out.put("currency_matches_country", country.get().currency().equalsIgnoreCase(row.currency().trim()));
        }
        out.put("channel", row.channel());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
