package com.onering.jobs.cdc;

import com.onering.jobs.cdc.DebeziumEnvelope.Change;
import com.onering.jobs.cdc.DebeziumEnvelope.Parsed;
import com.onering.jobs.cdc.DebeziumEnvelope.Skipped;
import com.onering.jobs.cdc.DebeziumEnvelope.Tombstone;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's one transformation: parse each record, enrich each change. Nothing is dropped silently: tombstones
 * (Debezium's compaction marker after a delete, whose delete event was already written) and unreadable records are
 * counted in the metrics {@code tombstones} and {@code skipped}, and a skipped record is logged with its offset.
 */
final class EnrichChanges extends RichFlatMapFunction<RawChange, EnrichedChange> {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichChanges.class);

    private transient Enrichment enrichment;
    private transient Counter written;
    private transient Counter tombstones;
    private transient Counter skipped;

    @Override
    public void open(OpenContext context) {
        enrichment = new Enrichment(CountryRegions.load());
        written = getRuntimeContext().getMetricGroup().counter("changes");
        tombstones = getRuntimeContext().getMetricGroup().counter("tombstones");
        skipped = getRuntimeContext().getMetricGroup().counter("skipped");
    }

    @Override
    public void flatMap(RawChange record, Collector<EnrichedChange> out) {
        Parsed parsed = DebeziumEnvelope.parse(record.key(), record.value());
        if (parsed instanceof Tombstone) {
            tombstones.inc();
        } else if (parsed instanceof Skipped skip) {
            skip(record, skip.reason());
        } else if (parsed instanceof Change change) {
            Optional<EnrichedChange> row = enrichment.enrich(change);
            if (row.isPresent()) {
                written.inc();
                out.collect(row.get());
            } else {
                skip(record, "no commit time and no order date to choose its day partition");
            }
        }
    }

    private void skip(RawChange record, String reason) {
        skipped.inc();
        LOG.warn("skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
    }
}
