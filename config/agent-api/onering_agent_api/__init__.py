"""Seed 002's agent API: a thin read-only HTTP backend over the curated tables (config/contracts/openapi.yaml)."""
