#!/usr/bin/env python3
"""Builds the dbt docs of the named projects as one static site: ``<out>/<project>.html`` (dbt's single-file
``static_index.html``, manifest embedded, catalog left empty so no database is needed) and ``<out>/index.html``
linking them. The dbt image runs it at build time; its dbt-docs service serves the folder.

    python docs_site.py <out dir> <project> [<project> ...]
"""
from __future__ import annotations

import html
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from dbt.cli.main import dbtRunner

HERE = Path(__file__).resolve().parent
# A profile setting read without a default must have some value for dbt to render the profile; the site never connects.
REQUIRED_SETTING = re.compile(r"env_var\('([A-Z0-9_]+)'\)")


def build(out: Path, projects: list[str]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for name in projects:
        project = HERE / name
        profiles = (project / "profiles.yml").read_text(encoding="utf-8")
        for setting in REQUIRED_SETTING.findall(profiles):
            os.environ.setdefault(setting, "docs-build")
        with tempfile.TemporaryDirectory(prefix=f"dbt-docs-{name}-") as target:
            for command in (["parse"], ["docs", "generate", "--static", "--empty-catalog", "--no-compile"]):
                result = dbtRunner().invoke([*command, "--project-dir", str(project), "--profiles-dir", str(project),
                                             "--target-path", target, "--log-path", target, "--quiet"])
                if not result.success:
                    raise SystemExit(f"dbt {' '.join(command)} of {name} failed: {result.exception}")
            page = out / f"{name}.html"
            shutil.copyfile(Path(target) / "static_index.html", page)
        pages.append(page)
    links = "\n".join(f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem)}</a></li>' for p in pages)
    (out / "index.html").write_text(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>dbt docs</title></head>\n"
        f"<body><h1>dbt projects</h1>\n<ul>\n{links}\n</ul></body></html>\n", encoding="utf-8")
    return pages


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    build(Path(sys.argv[1]), sys.argv[2:])
