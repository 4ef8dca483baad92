"""Settings from the environment, each missing one named with what to set."""
from __future__ import annotations

import os


class SettingsError(Exception):
    """A setting the service cannot run without is missing or invalid."""


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise SettingsError(f"{name} is not set; the platform sets it on the ingestor's container")
    return value


def optional_int(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise SettingsError(f"{name}={value} must be at least {minimum}")
    return value
