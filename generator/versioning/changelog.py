"""A changelog a consumer can act on: one entry per public thing, Python names first, wire names
second, renames paired, a migration line for each breaking entry and a warning for each change
of behaviour. The Python and wire views of one change share a key, and so make one entry."""

from __future__ import annotations

from dataclasses import dataclass

from generator.versioning.changes import Change, most_severe, required_bump

HEADINGS = {"breaking": "Breaking", "behaviour": "Changed behaviour", "additive": "Added", "internal": "Other"}


@dataclass(frozen=True)
class Entry:
    kind: str
    text: str
    migration: str
    warning: str


def _groups(changes: list[Change]) -> list[list[Change]]:
    """Changes that share a key, transitively (a rename's two keys join its two sides)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for change in changes:
        keys = change.keys or (f"message:{change.message}",)
        for key in keys[1:]:
            parent[find(key)] = find(keys[0])
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(find((change.keys or (f"message:{change.message}",))[0]), []).append(change)
    return list(groups.values())


def _preference(change: Change) -> tuple[int, int, str]:
    """The Python line to show: a rename first, then the friendly sync client, then the rest."""
    text = change.python
    return (
        0 if text.startswith("renamed") else 1,
        0 if text.startswith("`client.") and "_detailed(" not in text else 1 if text.startswith("`client.") else 2,
        text,
    )


def _entry(group: list[Change]) -> Entry:
    kind = most_severe([c.kind for c in group])
    python = sorted((c for c in group if c.layer == "python"), key=_preference)
    wire = [c for c in group if c.layer == "wire"]
    renamed = [c for c in group if c.python.startswith("renamed")]
    if renamed:
        head = renamed[0].python
    elif python:
        head = python[0].python
    elif wire and wire[0].python:
        head = f"{wire[0].python}: {wire[0].message.split(': ', 1)[-1]}"
    else:
        head = wire[0].message if wire else group[0].message
    wire_text = "; ".join(dict.fromkeys(c.message for c in wire))
    text = f"{head} (wire: {wire_text})" if wire_text and wire_text != head else head
    severe = [c for c in group if c.kind == kind]
    migration = next((c.migration for c in renamed + severe if c.migration), "")
    if kind == "breaking" and not migration:
        migration = "review the calls involved before upgrading"
    warning = next((c.warning for c in group if c.warning), "")
    return Entry(kind, text, migration if kind == "breaking" else "", warning)


def entries(changes: list[Change]) -> list[Entry]:
    """One entry per public thing, most severe first."""
    found = [_entry(group) for group in _groups(changes)]
    order = list(HEADINGS)
    return sorted(found, key=lambda e: (order.index(e.kind), e.text))


def changelog_entry(version: str, changes: list[Change]) -> str:
    if not changes:
        return f"## {version}\n\n- Initial release of the recorded public API.\n\n"
    parts = [f"## {version} ({required_bump(changes)})\n"]
    listed = entries(changes)
    for kind, heading in HEADINGS.items():
        lines = []
        for entry in (e for e in listed if e.kind == kind):
            lines.append(f"- {entry.text}\n")
            if entry.migration:
                lines.append(f"  - Migration: {entry.migration}.\n")
            if entry.warning:
                lines.append(f"  - Warning: {entry.warning}.\n")
        if lines:
            parts.append(f"\n### {heading}\n\n" + "".join(lines))
    return "".join(parts) + "\n"


def check_lines(changes: list[Change]) -> list[str]:
    lines = []
    for entry in entries(changes):
        lines.append(f"  - [{entry.kind}] {entry.text}")
        if entry.migration:
            lines.append(f"      migration: {entry.migration}")
        if entry.warning:
            lines.append(f"      warning: {entry.warning}")
    return lines


_TITLE = "# Changelog\n\n"


def _sections(text: str) -> list[str]:
    body = text[len(_TITLE) :] if text.startswith(_TITLE) else text
    chunks = body.split("\n## ")
    return [chunks[0]] + ["## " + chunk for chunk in chunks[1:]] if chunks[0].startswith("## ") else chunks


def section_version(section: str) -> str:
    return section.removeprefix("## ").split(maxsplit=1)[0].strip() if section.startswith("## ") else ""


def write_entry(existing: str, entry: str, unreleased: set[str]) -> str:
    """`existing` changelog with `entry` on top, replacing entries of versions never published."""
    kept = [s for s in _sections(existing) if s.strip() and section_version(s) not in unreleased]
    body = "".join(s.rstrip("\n") + "\n\n" for s in kept)
    return _TITLE + entry + body


# A hand-written summary of an unpublished version (what changed for a user and how to migrate),
# kept by `make bump` and ignored by `make check`, which compares the generated entry only.
HIGHLIGHTS = "### Highlights\n"


def _highlights_span(section: str) -> tuple[int, int] | None:
    start = section.find("\n" + HIGHLIGHTS)
    if start < 0:
        return None
    end = section.find("\n### ", start + len(HIGHLIGHTS) + 1)
    return start, (end if end >= 0 else len(section))


def without_highlights(section: str) -> str:
    span = _highlights_span(section)
    return section if span is None else section[: span[0]] + section[span[1] :]


def unreleased_highlights(existing: str, unreleased: set[str]) -> str:
    """The Highlights block of the newest unpublished entry ("" when there is none)."""
    for section in _sections(existing):
        if section_version(section) in unreleased:
            span = _highlights_span(section)
            if span is not None:
                return section[span[0] : span[1]].rstrip("\n") + "\n"
    return ""


def with_highlights(entry: str, block: str) -> str:
    """`entry` with `block` right after its heading line."""
    if not block:
        return entry
    heading, _, rest = entry.partition("\n")
    return heading + "\n" + block + rest


def top_entry(existing: str) -> str:
    sections = [s for s in _sections(existing) if s.startswith("## ")]
    return sections[0] if sections else ""


def versions(existing: str) -> list[str]:
    return [section_version(s) for s in _sections(existing) if section_version(s)]
