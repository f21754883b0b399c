"""The Object Store as the mock keeps it: bytes by organization and key, folders implied by the keys, download jobs.

A key is a path (`models/momentum.json`); a folder exists while something is stored under it. Downloads work as on
the platform: a job packs the objects named by some keys into a ZIP archive (each object under its key) and becomes
ready a moment later, when `/object/get` answers its address. The archive is packed when the job starts, so later
uploads do not change it. Everything is bounded (mock_server.limits keeps single bodies to 4 MB; here the number of
objects, the bytes stored and the jobs remembered), and nothing here knows about HTTP.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field

from .errors import ApiError, look_up

__all__ = [
    "DOWNLOAD_PATH",
    "JOB_SECONDS",
    "MAX_KEY_LENGTH",
    "MAX_OBJECTS",
    "MAX_STORED_BYTES",
    "PAGE_SIZE",
    "DownloadJob",
    "Entry",
    "ObjectStore",
    "StoredObject",
    "checked_key",
    "human_size",
    "md5_hex",
    "mime_type",
    "preview",
    "text_of",
]

# How long (simulated seconds) a download job takes to pack its archive.
JOB_SECONDS = 0.5
# Entries of a folder per page of `/object/list`.
PAGE_SIZE = 100
MAX_KEY_LENGTH = 255
MAX_OBJECTS = 10_000
MAX_STORED_BYTES = 256 * 1024 * 1024
MAX_JOBS = 1_000
PREVIEW_CHARACTERS = 1_000
# Where the mock serves a job's archive (see mock_server.surface_routes); the platform's are pre-signed cloud URLs.
DOWNLOAD_PATH = "/object-store/downloads"


@dataclass
class StoredObject:
    data: bytes
    created: float
    modified: float


@dataclass(frozen=True)
class DownloadJob:
    job_id: str
    organization_id: str
    token: str  # the "signature" of its download address
    archive: bytes
    ready_at: float


@dataclass(frozen=True)
class Entry:
    """A file or folder directly in the folder listed."""

    key: str
    name: str
    folder: bool
    size: int
    modified: float | None
    mime: str


@dataclass
class ObjectStore:
    """Objects by organization, then key (keys without a leading `/`); download jobs by id."""

    objects: dict[str, dict[str, StoredObject]] = field(default_factory=dict)
    jobs: OrderedDict[str, DownloadJob] = field(default_factory=OrderedDict)

    def of(self, organization_id: str) -> dict[str, StoredObject]:
        return self.objects.setdefault(organization_id, {})

    def used(self, organization_id: str) -> int:
        return sum(len(stored.data) for stored in self.of(organization_id).values())

    def put(self, organization_id: str, key: str, data: bytes, now: float) -> None:
        objects = self.of(organization_id)
        key = checked_key(key)
        if any(existing.startswith(key + "/") for existing in objects):
            raise ApiError(f"key: {key!r} is a folder of the Object Store; a file cannot replace it.")
        parent = _folder_taken_by_file(objects, key)
        if parent is not None:
            raise ApiError(f"key: {parent!r} is a file of the Object Store, so it cannot be a folder of {key!r}.")
        previous = objects.get(key)
        if previous is None and len(objects) >= MAX_OBJECTS:
            raise ApiError(
                f"The Object Store holds {MAX_OBJECTS:,} objects, the most the mock keeps; delete some first."
            )
        total = self.used(organization_id) - (len(previous.data) if previous else 0) + len(data)
        if total > MAX_STORED_BYTES:
            raise ApiError(f"The Object Store would hold {total:,} bytes; the mock keeps at most {MAX_STORED_BYTES:,}.")
        if previous is None:
            objects[key] = StoredObject(data, now, now)
        else:
            previous.data, previous.modified = data, now

    def get(self, organization_id: str, key: str) -> StoredObject:
        key = checked_key(key)
        objects = self.of(organization_id)
        if key in objects:
            return objects[key]
        if any(existing.startswith(key + "/") for existing in objects):
            raise ApiError(f"key: {key!r} is a folder of the Object Store; only files have properties.")
        raise ApiError(f"Object not found: no key {key!r} in the Object Store.")

    def matching(self, organization_id: str, key: str) -> list[str]:
        """The keys of the object `key`, or of everything in the folder `key`; ApiError when there is neither."""
        key = checked_key(key)
        objects = self.of(organization_id)
        found = sorted(k for k in objects if k == key or k.startswith(key + "/"))
        if not found:
            raise ApiError(f"Object not found: no key {key!r} in the Object Store.")
        return found

    def delete(self, organization_id: str, key: str) -> int:
        """Removes the object or the folder's content; returns how many objects went."""
        objects = self.of(organization_id)
        doomed = self.matching(organization_id, key)
        for name in doomed:
            del objects[name]
        return len(doomed)

    def listing(self, organization_id: str, path: str) -> list[Entry]:
        """The files and folders directly in the folder `path` (`/` or `""` for the top): folders first, by name."""
        prefix = "" if path.strip("/") == "" else checked_key(path) + "/"
        objects = self.of(organization_id)
        if prefix and prefix.rstrip("/") in objects:
            raise ApiError(f"path: {path!r} is a file of the Object Store, not a folder.")
        files: list[Entry] = []
        folders: dict[str, list[StoredObject]] = {}
        for key, stored in objects.items():
            if not key.startswith(prefix):
                continue
            name, _, rest = key[len(prefix) :].partition("/")
            if rest:
                folders.setdefault(name, []).append(stored)
            else:
                files.append(Entry(key, name, False, len(stored.data), stored.modified, mime_type(key, stored.data)))
        if prefix and not files and not folders:
            raise ApiError(f"path: no folder {path!r} in the Object Store.")
        entries = [
            Entry(prefix + name, name, True, sum(len(s.data) for s in content), None, "directory")
            for name, content in folders.items()
        ]
        return sorted(entries, key=lambda e: e.name) + sorted(files, key=lambda e: e.name)

    def start_job(self, organization_id: str, keys: list[str], job_id: str, token: str, now: float) -> DownloadJob:
        """Packs the objects now; the archive can be fetched once the job is ready."""
        objects = self.of(organization_id)
        names = sorted({name for key in keys for name in self.matching(organization_id, key)})
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, objects[name].data)
        job = DownloadJob(job_id, organization_id, token, buffer.getvalue(), now + JOB_SECONDS)
        self.jobs[job_id] = job
        # The oldest jobs are forgotten beyond MAX_JOBS, or once their archives hold more than the store may.
        while len(self.jobs) > MAX_JOBS or (
            len(self.jobs) > 1 and sum(len(j.archive) for j in self.jobs.values()) > MAX_STORED_BYTES
        ):
            self.jobs.popitem(last=False)
        return job

    def job(self, organization_id: str, job_id: str) -> DownloadJob:
        missing = f"Job not found: no Object Store download job {job_id!r}."
        return look_up(self.jobs, job_id, missing, lambda job: job.organization_id == organization_id)


def _folder_taken_by_file(objects: dict[str, StoredObject], key: str) -> str | None:
    parts = key.split("/")
    for end in range(1, len(parts)):
        parent = "/".join(parts[:end])
        if parent in objects:
            return parent
    return None


def checked_key(key: str) -> str:
    """`key` without its leading `/`; ApiError when it is empty, too long or has empty or `.`/`..` parts."""
    stripped = key.lstrip("/")
    parts = stripped.split("/")
    if not stripped or any(part in ("", ".", "..") for part in parts):
        raise ApiError(f"key: {key!r} is not a valid Object Store key (use folders/like/this.json, no '..').")
    if len(stripped) > MAX_KEY_LENGTH:
        raise ApiError(f"key: {len(stripped)} characters; the mock accepts keys of at most {MAX_KEY_LENGTH}.")
    return stripped


def text_of(data: bytes) -> str | None:
    """The content as text when it is UTF-8 without NUL bytes, else None."""
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def mime_type(key: str, data: bytes) -> str:
    """The MIME type from the key's extension, else `text/plain` for text and `application/octet-stream`."""
    guessed, _ = mimetypes.guess_type(key, strict=False)
    if guessed:
        return guessed
    return "text/plain" if text_of(data) is not None else "application/octet-stream"


def preview(data: bytes) -> str | None:
    text = text_of(data)
    return None if text is None else text[:PREVIEW_CHARACTERS]


def md5_hex(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def human_size(size: int) -> str:
    """Bytes as people read them: `13 B`, `1.03 KB`, `2.27 GB` (powers of 1024)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} B" if unit == "B" else f"{value:.2f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
