"""Seed 002's ingestion services: files and HTTP payloads and stream messages into the RAW zone, one event each; and
the curation of RAW's traffic readings into the poc database's curated tables (curate.py)."""
