package com.onering.jobs.cdc;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Key and value of each record as UTF-8 text (Debezium Server's json format), nulls kept: no record is dropped here. */
final class RawChangeDeserializer implements KafkaRecordDeserializationSchema<RawChange> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawChange> out) {
        out.collect(new RawChange(text(record.key()), text(record.value()), record.topic(), record.partition(), record.offset()));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public TypeInformation<RawChange> getProducedType() {
        return TypeInformation.of(RawChange.class);
    }
}
