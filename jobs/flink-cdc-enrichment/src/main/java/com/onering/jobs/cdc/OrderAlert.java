package com.onering.jobs.cdc;

/** One line of the lake's {@code orders_alerts} data set: its day partition, the order and the JSON object written. */
public record OrderAlert(String dt, String orderId, String json) implements JsonLines.Line {
}
