package com.onering.jobs.cdc;

import java.math.BigDecimal;

/**
 * A change of gold.orders_snapshot as the order_cancelled_soon pattern ({@link OrderCancelledSoon}) sees it: which
 * order, whether it was placed or cancelled, and when (the change's commit time in PostgreSQL, Debezium's
 * {@code source.ts_ms}, in epoch milliseconds: the event time). Country and amount are those of the row as of the
 * change (null for a delete, whose before image carries only the key).
 */
public record OrderEvent(String orderId, Kind kind, String operation, String country, BigDecimal amount, long eventTime) {

    /** What the change means for the pattern. */
    public enum Kind {
        /** A snapshot read or an insert of an order that is not cancelled. */
        PLACED,
        /** An update whose status becomes cancelled, or a delete. */
        CANCELLED
    }
}
