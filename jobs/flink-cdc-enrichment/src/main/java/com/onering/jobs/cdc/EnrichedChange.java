package com.onering.jobs.cdc;

/**
 * One line of the lake's {@code orders_enriched} data set: the day partition it goes to ({@code dt=YYYY-MM-DD}),
 * the order it is about (null for a truncate) and the JSON object written.
 */
public record EnrichedChange(String dt, String orderId, String json) implements JsonLines.Line {
}
