package com.onering.jobs.cdc;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.cep.CEP;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The CDC enrichment demo (seed 000: PostgreSQL CDC -> broker -> Flink -> lake). Reads Debezium's change events of
 * gold.orders_snapshot from the Kafka topic {@code cdc.orders}, enriches them ({@link Enrichment}) and writes JSON
 * lines to {@code s3://bronze/cdc/orders_enriched/dt=YYYY-MM-DD/}, exactly once: Kafka offsets are part of the
 * checkpoint (and committed to the consumer group after it), and the file sink makes a part file visible only when the
 * checkpoint that covers it completes, so a restart from a checkpoint or savepoint neither loses nor repeats a row.
 * A second branch of the same records runs a Flink CEP pattern per order ({@link OrderCancelledSoon}: placed, then
 * cancelled within 24 hours of commit time) and writes its {@code order_cancelled_soon} alerts, just as exactly once,
 * to {@code s3://bronze/cdc/orders_alerts/dt=YYYY-MM-DD/} ({@code --alerts-output}).
 */
public final class CdcEnrichmentJob {
    /** Operator ids: stable, so a savepoint of one version of the job restores into the next. */
    static final String SOURCE_UID = "cdc-orders-source";
    static final String ENRICH_UID = "cdc-orders-enrich";
    static final String SINK_UID = "orders-enriched-lake";
    // Added with the order_cancelled_soon alerts: a savepoint of the job without them restores (they start empty).
    static final String EVENTS_UID = "cdc-orders-cep-events";
    static final String EVENT_TIME_UID = "cdc-orders-event-time";
    static final String CEP_UID = "orders-cancelled-soon-cep";
    static final String ALERTS_SINK_UID = "orders-alerts-lake";

    private CdcEnrichmentJob() {
    }

    public static void main(String[] args) throws Exception {
        JobSettings settings = JobSettings.parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, settings);
        env.execute(settings.jobName());
    }

    /** The whole job on {@code env}: Kafka source, enrichment, file sink; the CEP alerts and their file sink. */
    public static void build(StreamExecutionEnvironment env, JobSettings settings) {
        env.enableCheckpointing(settings.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        KafkaSourceBuilder<RawChange> source = KafkaSource.<RawChange>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(settings.topic())
                .setGroupId(settings.groupId())
                // A new consumer group starts at the beginning of the topic: the snapshot Debezium took first is
                // part of the data set. A restarted job resumes from its checkpoint, or else the group's offsets.
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawChangeDeserializer())
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("partition.discovery.interval.ms", "60000");
        if (settings.bounded()) {
            source.setBounded(OffsetsInitializer.latest());
        }
        DataStream<RawChange> changes = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "Debezium topic " + settings.topic())
                .uid(SOURCE_UID);
        enrichAndWrite(changes, settings.output());
        alertOnQuickCancellations(changes, settings.alertsOutput());
    }

    /**
     * The order_cancelled_soon alerts ({@link OrderCancelledSoon}) for any stream of raw records: the pattern's events
     * with their commit time as event time, keyed by order id, matched by Flink CEP and written to the alerts sink.
     */
    static void alertOnQuickCancellations(DataStream<RawChange> changes, String alertsOutput) {
        DataStream<OrderEvent> events = changes.flatMap(new OrderCancelledSoon.ToOrderEvents()).uid(EVENTS_UID)
                .name("order placed / cancelled events")
                .assignTimestampsAndWatermarks(OrderCancelledSoon.watermarks()).uid(EVENT_TIME_UID)
                .name("commit time watermarks");
        CEP.pattern(events.keyBy(OrderEvent::orderId), OrderCancelledSoon.pattern())
                .inEventTime()
                .process(new OrderCancelledSoon.ToAlert(), TypeInformation.of(OrderAlert.class))
                .uid(CEP_UID).name(OrderCancelledSoon.ALERT)
                .sinkTo(JsonLines.<OrderAlert>sink(alertsOutput, "alerts")).uid(ALERTS_SINK_UID).name("alerts " + alertsOutput);
    }

    /** Enrichment and the lake sink, for any stream of raw records (the tests feed it without Kafka too). */
    static void enrichAndWrite(DataStream<RawChange> changes, String output) {
        changes.flatMap(new EnrichChanges()).uid(ENRICH_UID).name("parse and enrich")
                .sinkTo(JsonLines.<EnrichedChange>sink(output, "orders")).uid(SINK_UID).name("lake " + output);
    }
}
