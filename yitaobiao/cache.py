"""Files kept between runs in the user's cache folder (``~/.cache/yitaobiao``, or YITAOBIAO_CACHE_DIR).

Each kind of file is named by a digest of everything it was computed from, so a changed input or a changed
program starts afresh; the most recently used files of a kind are kept. A cache that cannot be read or
written is simply not used: it is a help, never a reason to fail.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

KEEP_FILES = 3  # files of one kind kept (other synonym tables, other jieba installs)


def cache_dir() -> Path:
    base = os.environ.get("YITAOBIAO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "yitaobiao")
    return Path(base)


def cache_path(kind: str, inputs: Iterable[str | bytes]) -> Path:
    """The file of ``kind`` computed from ``inputs``."""
    digest = hashlib.sha1()
    for part in inputs:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return cache_dir() / f"{kind}-{digest.hexdigest()[:16]}.json"


def read_cache(path: Path) -> Any | None:
    try:
        return orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def write_cache(path: Path, data: Any) -> None:
    """Write ``data`` as JSON (atomically) and drop the older files of its kind beyond KEEP_FILES."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(orjson.dumps(data))
        tmp.replace(path)
        kind = path.name.rsplit("-", 1)[0]
        others = sorted(path.parent.glob(f"{kind}-*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in others[KEEP_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


_CODE_KEY: list[str] = []


def code_key() -> str:
    """This installation of the tool, as part of a cache key: the size and time of every file of the package
    (its code and its shipped tables), so that an upgraded or edited tool never takes a stale result."""
    if not _CODE_KEY:
        package = Path(__file__).resolve().parent
        try:
            stats = sorted((str(p.relative_to(package)), p.stat()) for p in package.rglob("*")
                           if p.suffix in (".py", ".yaml", ".txt"))
            _CODE_KEY.append(";".join(f"{name}:{st.st_size}:{st.st_mtime_ns}" for name, st in stats))
        except OSError:
            _CODE_KEY.append(os.urandom(8).hex())  # unknown code: a key never found again, no stale result
    return _CODE_KEY[0]
