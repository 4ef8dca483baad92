"""Seed 002's ingestion services: files and HTTP payloads and stream messages into the RAW zone, one event each."""
