"""Results of earlier generations, by content hash, so that `make generate` after a small spec
edit redoes only what that edit reaches.

Each entry is keyed by the SHA-256 of everything it was computed from, on top of a salt that
covers the whole toolchain (generator sources, overlays and templates, the sandbox copied into
the package, pinned tool versions): a change to any of those starts from nothing, so a hit is
always the bytes a cold run would compute. Beside the entries, `state.json` records what the last
successful run saw (its validated document, its lowered document with a hash per operation, and
openapi-python-client's raw output), which lets the next run regenerate only changed operations.

The cache lives beside the output folder (`generated/.generator-cache/<distribution>`), is never
shipped, and is rewritten after every successful run to the entries that run used, so it does
not grow without bound. New entries are held in memory until `commit`: a failed run leaves the
cache exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_FOLDER = ".generator-cache"
STATE_NAME = "state.json"


def content_key(*parts: Any) -> str:
    """The SHA-256 of `parts` (JSON-encodable, or bytes). Key order counts: it is part of the
    document (the order of properties is the order of a model's fields)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, ensure_ascii=False).encode()
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class StageCache:
    """Content-addressed entries (bytes) plus the state of the last successful run."""

    def __init__(self, root: Path, salt: str) -> None:
        self.root = root
        self.salt = salt
        self._entries = root / "entries"
        self._used: set[str] = set()
        self._pending: dict[str, bytes] = {}
        self._folders: set[str] = set()
        self._pending_files: dict[tuple[str, str], bytes] = {}
        self._state = self._read_state()
        self.hits = 0
        self.misses = 0

    def _read_state(self) -> dict[str, Any]:
        try:
            state = json.loads((self.root / STATE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        # State recorded under another toolchain describes outputs this one would not produce.
        return state if isinstance(state, dict) and state.get("salt") == self.salt else {}

    def _path(self, key: str) -> Path:
        return self._entries / key[:2] / key

    def folder(self, kind: str) -> Path:
        """A folder of files a tool reads as its own cache (e.g. compiled templates), under this
        toolchain's salt (another toolchain's folder is never read, and removed at commit). Files
        go into it with put_file, written at commit: a failed run leaves it as it was."""
        self._folders.add(kind)
        return self.root / kind / self.salt[:24]

    def put_file(self, kind: str, name: str, data: bytes) -> None:
        self._pending_files[(kind, name)] = data

    def key(self, kind: str, *parts: Any) -> str:
        return content_key(self.salt, kind, *parts)

    def get(self, key: str) -> bytes | None:
        try:
            data = self._pending[key] if key in self._pending else self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        self._used.add(key)
        self.hits += 1
        return data

    def put(self, key: str, data: bytes) -> None:
        self._pending[key] = data
        self._used.add(key)

    def _write(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a reader (or a crash) never sees half an entry.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)

    def memo(self, kind: str, parts: list[Any], compute: Callable[[], bytes]) -> bytes:
        key = self.key(kind, *parts)
        found = self.get(key)
        if found is None:
            found = compute()
            self.put(key, found)
        return found

    def memo_json(self, kind: str, parts: list[Any], compute: Callable[[], Any]) -> Any:
        return json.loads(self.memo(kind, parts, lambda: json.dumps(compute()).encode()))

    # -- the last successful run -------------------------------------------------------------

    def previous(self, name: str) -> Any:
        """What the last successful run recorded under `name` (None when nothing usable)."""
        key = self._state.get(name)
        if not isinstance(key, str):
            return None
        data = self.get(key)
        return json.loads(data) if data is not None else None

    def record(self, name: str, value: Any) -> None:
        """Keep `value` as this run's `name`, for the next run (saved by `commit`)."""
        data = json.dumps(value, ensure_ascii=False).encode()
        key = self.key("state", name, data)
        self.put(key, data)
        self._state[name] = key

    def store_tree(self, name: str, folder: Path) -> None:
        """Record every file under `folder` (relative path -> entry)."""
        listing = {}
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                data = path.read_bytes()
                key = self.key("file", data)
                if key not in self._pending and not self._path(key).exists():
                    self.put(key, data)
                self._used.add(key)
                listing[path.relative_to(folder).as_posix()] = key
        self.record(name, listing)

    def restore_tree(self, name: str, folder: Path) -> bool:
        """Write the tree recorded as `name` into `folder`; False when it is not (all) there."""
        listing = self.previous(name)
        if not isinstance(listing, dict):
            return False
        files = {}
        for relative, key in listing.items():
            data = self.get(key)
            if data is None:
                return False
            files[relative] = data
        for relative, data in files.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return True

    def commit(self) -> None:
        """Save this run's entries and state, and drop every entry it did not use."""
        for key, data in self._pending.items():
            self._write(key, data)
        self._pending.clear()
        self._state["salt"] = self.salt
        self.root.mkdir(parents=True, exist_ok=True)
        state = self.root / STATE_NAME
        temporary = state.with_name(f".{STATE_NAME}.{os.getpid()}")
        temporary.write_text(json.dumps(self._state, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        os.replace(temporary, state)
        if self._entries.is_dir():
            for shard in self._entries.iterdir():
                for entry in shard.iterdir():
                    if entry.name not in self._used:
                        entry.unlink(missing_ok=True)
        for (kind, name), data in sorted(self._pending_files.items()):
            target = self.folder(kind) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{name}.{os.getpid()}")
            temporary.write_bytes(data)
            os.replace(temporary, target)
        self._pending_files.clear()
        for kind in self._folders:
            current = self.folder(kind)
            for other in current.parent.iterdir() if current.parent.is_dir() else ():
                if other != current:
                    shutil.rmtree(other, ignore_errors=True)


def cache_root(out_dir: Path, distribution: str) -> Path:
    return out_dir / CACHE_FOLDER / distribution


def clear(out_dir: Path, distribution: str) -> None:
    shutil.rmtree(cache_root(out_dir, distribution), ignore_errors=True)
