"""What the platform tells the dashboard about itself (written by the provisioner at every deploy)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Probe:
    """How to tell a workload is up: an HTTP GET (any status below 400) or a TCP connection."""
    kind: str
    target: str


@dataclass(frozen=True)
class Workload:
    name: str
    component: str
    probe: Probe | None
    url: str | None = None


@dataclass(frozen=True)
class Component:
    name: str
    profile: str
    workloads: list[Workload]


@dataclass(frozen=True)
class Pipeline:
    name: str
    title: str


@dataclass(frozen=True)
class Manifest:
    stack: str
    components: list[Component]
    pipelines: list[Pipeline] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    def workloads(self) -> list[Workload]:
        return [w for c in self.components for w in c.workloads]

    def links(self) -> list[Workload]:
        return [w for w in self.workloads() if w.url]

    @staticmethod
    def load(path: Path) -> "Manifest":
        return Manifest.parse(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def parse(data: dict) -> "Manifest":
        components = []
        for c in data["components"]:
            workloads = [Workload(name=w["name"], component=c["name"], url=w.get("url"),
                                  probe=Probe(**w["probe"]) if w.get("probe") else None) for w in c["workloads"]]
            components.append(Component(name=c["name"], profile=c["profile"], workloads=workloads))
        return Manifest(stack=data["stack"], components=components,
                        pipelines=[Pipeline(**p) for p in data.get("pipelines", [])], sources=data.get("sources", {}))
