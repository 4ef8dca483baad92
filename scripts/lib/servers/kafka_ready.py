#!/usr/bin/env python3
"""Readiness probe for the Kafka test server: speaks the Kafka wire protocol.

Asks ApiVersions (v0, which every broker answers) for the Metadata versions the
broker supports, then sends a non-flexible Metadata request (v4..v8) and exits 0
only when the response lists at least one live broker, i.e. the broker is
registered and unfenced. Usage: kafka_ready.py HOST PORT
"""
import socket
import struct
import sys

API_METADATA = 3
API_VERSIONS = 18
CLIENT_ID = b"onering-test-servers"


def request(sock, api_key, version, correlation_id, body):
    header = struct.pack(">hhih", api_key, version, correlation_id, len(CLIENT_ID)) + CLIENT_ID
    payload = header + body
    sock.sendall(struct.pack(">i", len(payload)) + payload)
    size = struct.unpack(">i", recv_exact(sock, 4))[0]
    data = recv_exact(sock, size)
    if struct.unpack(">i", data[:4])[0] != correlation_id:
        raise RuntimeError("unexpected correlation id")
    return data[4:]


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise RuntimeError("connection closed")
        buf += chunk
    return buf


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    with socket.create_connection((host, port), timeout=3) as sock:
        sock.settimeout(3)
        data = request(sock, API_VERSIONS, 0, 1, b"")
        error, count = struct.unpack(">hi", data[:6])
        if error != 0:
            raise RuntimeError(f"ApiVersions error {error}")
        versions = {}
        for i in range(count):
            key, lo, hi = struct.unpack(">hhh", data[6 + 6 * i: 12 + 6 * i])
            versions[key] = (lo, hi)
        lo, hi = versions[API_METADATA]
        version = max(lo, 4)
        if version > min(hi, 8):
            return 0  # no non-flexible Metadata version left: ApiVersions must do
        # topics: empty array (no topics); allow_auto_topic_creation: false
        data = request(sock, API_METADATA, version, 2, struct.pack(">i?", 0, False))
        _throttle_ms, brokers = struct.unpack(">ii", data[:8])
        return 0 if brokers >= 1 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # not ready yet
        print(f"kafka not ready: {exc}", file=sys.stderr)
        sys.exit(1)
