"""The measured sections of the docs: a script rewrites the text between its own markers and nothing else.

    <!-- NAME:begin (written by WRITER) -->
    ...
    <!-- NAME:end -->
"""
import datetime
import os


def machine():
    """When and where: the UTC time, the core count and the memory, as the sections state them."""
    cores = os.cpu_count()
    mem = int(open("/proc/meminfo").readline().split()[1]) // (1024 * 1024)
    return f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC", f"{cores} cores, {mem} GiB"


def replace(doc, name, writer, lines):
    """Puts LINES between the NAME markers of DOC; a doc without them is an error, never a silent append."""
    begin, end = f"<!-- {name}:begin", f"<!-- {name}:end -->"
    text = open(doc).read()
    if begin not in text or end not in text:
        raise SystemExit(f"{doc} has no {name} markers to write between")
    section = "\n".join([f"{begin} (written by {writer}) -->", *lines, end])
    open(doc, "w").write(text[:text.index(begin)] + section + text[text.index(end) + len(end):])
