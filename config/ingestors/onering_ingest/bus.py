"""The event bus the platform chose (onering:broker): Kafka or Redpanda through the Kafka protocol, or Pulsar.

Publishing is synchronous at `flush()`: an ingestor moves on (commits an offset, moves a landed file) only after the
broker acknowledged every event, so a crash in between re-delivers instead of losing an event.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol

KINDS = ("kafka", "pulsar")


class DeliveryError(Exception):
    """The broker did not acknowledge an event."""


@dataclass(frozen=True)
class Received:
    topic: str
    partition: int
    offset: str
    key: str | None
    value: bytes
    timestamp_ms: int


class EventBus(Protocol):
    def publish(self, topic: str, key: str | None, value: bytes) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


class Reader(Protocol):
    def poll(self, timeout_s: float) -> Received | None: ...

    def close(self) -> None: ...


class Subscription(Reader, Protocol):
    def commit(self, received: Received) -> None: ...


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"broker kind {kind!r} is not one of {', '.join(KINDS)}")


def connect(kind: str, url: str, client_id: str, timeout_s: float = 30.0) -> EventBus:
    _check_kind(kind)
    return KafkaBus(url, client_id, timeout_s) if kind == "kafka" else PulsarBus(url, timeout_s)


def subscribe(kind: str, url: str, topic: str, group: str) -> Subscription:
    _check_kind(kind)
    return KafkaSubscription(url, topic, group) if kind == "kafka" else PulsarSubscription(url, topic, group)


def read_from_start(kind: str, url: str, topic: str) -> Reader:
    """Every message of `topic` from its first, for a reader that commits nothing: a consumer group of its own on
    Kafka, a non-durable reader on Pulsar (no subscription is left behind)."""
    _check_kind(kind)
    if kind == "kafka":
        return KafkaSubscription(url, topic, f"reader-{uuid.uuid4().hex}")
    return PulsarReader(url, topic)


class KafkaBus:
    def __init__(self, bootstrap_servers: str, client_id: str, timeout_s: float):
        from confluent_kafka import Producer

        self._timeout_s = timeout_s
        self._failures: list[str] = []
        self._producer = Producer({
            "bootstrap.servers": bootstrap_servers,
            "client.id": client_id,
            "enable.idempotence": True,
            "acks": "all",
            "message.timeout.ms": int(timeout_s * 1000),
        })

    def _delivered(self, error, message) -> None:
        if error is not None:
            self._failures.append(f"{message.topic()}: {error}")

    def publish(self, topic: str, key: str | None, value: bytes) -> None:
        self._producer.produce(topic, value=value, key=key, on_delivery=self._delivered)
        self._producer.poll(0)

    def flush(self) -> None:
        pending = self._producer.flush(self._timeout_s)
        failures, self._failures = self._failures, []
        if pending:
            failures.append(f"{pending} event(s) not acknowledged within {self._timeout_s:.0f} s")
        if failures:
            raise DeliveryError("; ".join(failures))

    def close(self) -> None:
        self._producer.flush(self._timeout_s)


class KafkaSubscription:
    def __init__(self, bootstrap_servers: str, topic: str, group: str):
        from confluent_kafka import Consumer

        self._consumer = Consumer({
            "bootstrap.servers": bootstrap_servers,
            "group.id": group,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
        })
        self._consumer.subscribe([topic])

    def poll(self, timeout_s: float) -> Received | None:
        message = self._consumer.poll(timeout_s)
        if message is None:
            return None
        if message.error():
            from confluent_kafka import KafkaError

            # Reaching the end of a partition is information, not a failure.
            if message.error().code() == KafkaError._PARTITION_EOF:
                return None
            raise DeliveryError(str(message.error()))
        key = message.key()
        return Received(message.topic(), message.partition(), str(message.offset()),
                        key.decode("utf-8") if key is not None else None, message.value(), message.timestamp()[1])

    def commit(self, received: Received) -> None:
        from confluent_kafka import TopicPartition

        # The committed offset is the next one to read.
        self._consumer.commit(offsets=[TopicPartition(received.topic, received.partition, int(received.offset) + 1)],
                              asynchronous=False)

    def close(self) -> None:
        self._consumer.close()


class PulsarBus:
    def __init__(self, service_url: str, timeout_s: float):
        self._client = _pulsar_client(service_url, operation_timeout_seconds=int(timeout_s))
        self._timeout_ms = int(timeout_s * 1000)
        self._producers: dict = {}
        self._pending: list = []

    def publish(self, topic: str, key: str | None, value: bytes) -> None:
        import pulsar

        producer = self._producers.get(topic)
        if producer is None:
            producer = self._client.create_producer(topic, send_timeout_millis=self._timeout_ms)
            self._producers[topic] = producer
        failures = self._pending

        def delivered(result, _message_id):
            if result != pulsar.Result.Ok:
                failures.append(f"{topic}: {result}")

        kwargs = {"partition_key": key} if key is not None else {}
        producer.send_async(value, delivered, **kwargs)

    def flush(self) -> None:
        for producer in self._producers.values():
            producer.flush()
        failures, self._pending = list(self._pending), []
        if failures:
            raise DeliveryError("; ".join(failures))

    def close(self) -> None:
        self.flush()
        self._client.close()


class PulsarSubscription:
    def __init__(self, service_url: str, topic: str, subscription: str):
        import pulsar

        self._client = _pulsar_client(service_url)
        self._consumer = self._client.subscribe(topic, subscription, consumer_type=pulsar.ConsumerType.Failover,
                                                initial_position=pulsar.InitialPosition.Earliest)
        self._unacked: dict = {}

    def poll(self, timeout_s: float) -> Received | None:
        import pulsar

        try:
            message = self._consumer.receive(timeout_millis=int(timeout_s * 1000))
        except pulsar.Timeout:
            return None
        received = _pulsar_received(message)
        self._unacked[(received.topic, received.partition, received.offset)] = message
        return received

    def commit(self, received: Received) -> None:
        self._consumer.acknowledge(self._unacked.pop((received.topic, received.partition, received.offset)))

    def close(self) -> None:
        self._consumer.close()
        self._client.close()


class PulsarReader:
    def __init__(self, service_url: str, topic: str):
        import pulsar

        self._client = _pulsar_client(service_url)
        self._reader = self._client.create_reader(topic, pulsar.MessageId.earliest)

    def poll(self, timeout_s: float) -> Received | None:
        import pulsar

        try:
            message = self._reader.read_next(timeout_millis=int(timeout_s * 1000))
        except pulsar.Timeout:
            return None
        return _pulsar_received(message)

    def close(self) -> None:
        self._reader.close()
        self._client.close()


def _pulsar_client(service_url: str, **options):
    import pulsar

    # The client's own log lines go to stderr, where the rest of the logging goes, not to stdout. Not through a Python
    # logger: with one the client may abort the interpreter at exit (apache/pulsar-client-python#256).
    return pulsar.Client(service_url, logger=pulsar.FileLogger(pulsar.LoggerLevel.Info, "/dev/stderr"), **options)


def _pulsar_received(message) -> Received:
    position = message.message_id()
    return Received(message.topic_name(), position.partition(), f"{position.ledger_id()}:{position.entry_id()}",
                    message.partition_key() or None, message.data(), message.publish_timestamp())
