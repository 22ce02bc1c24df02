"""Reading JSON dumps: JSON arrays, JSON Lines and single objects, streamed record by record.

A 500 MB dump is never loaded whole: arrays are decoded one element at a time from a sliding
buffer. One bad record is reported (file, record index, field) and skipped; a syntax error inside an
array is skipped by resynchronising on the next object. Field names are mapped to `RawRecord`
fields through a `FieldMap`, so other dumps need no code.
"""
from __future__ import annotations

import codecs
import itertools
import json
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pipeline.records import RawRecord

logger = logging.getLogger(__name__)

JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
CHUNK_BYTES = 1 << 20
# A decoding error this close to the end of the buffer may be a record cut by the chunk boundary.
TRUNCATION_MARGIN = 64

# Target field -> source keys tried in order when no --map is given. The first group is the WeChat
# dump format of data/samples; the rest are common English spellings.
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("标题title", "标题", "title", "name", "subject"),
    "content": ("finalContent", "content", "text", "body", "html", "正文", "内容"),
    "url": ("链接url", "链接", "url", "link", "href"),
    "published": ("时间time", "时间", "发布时间", "published", "pubDate", "pub_date", "date", "time"),
    "account": ("公众号名称", "公众号", "account", "author", "publisher"),
    "source_id": ("文章标识符aid", "aid", "id", "guid", "source_id"),
    "source": ("source", "来源"),
}
MAP_TARGETS = tuple(DEFAULT_KEYS)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one file or record; the import goes on."""

    file: str
    record: int | None  # 0-based index within the file; None for the whole file
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f": record {self.record}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"


class MappingError(ValueError):
    pass


@dataclass
class FieldMap:
    """Which source key fills which RawRecord field."""

    explicit: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, spec: str | None) -> FieldMap:
        """`title=标题title,url=链接url` -> FieldMap; unknown targets are errors."""
        explicit: dict[str, str] = {}
        for part in filter(None, (p.strip() for p in (spec or "").split(","))):
            target, sep, key = part.partition("=")
            target, key = target.strip(), key.strip()
            if not sep or not key:
                raise MappingError(f"--map: expected target=key, got {part!r}")
            if target not in MAP_TARGETS:
                raise MappingError(f"--map: unknown target {target!r} (known: {', '.join(MAP_TARGETS)})")
            explicit[target] = key
        return cls(explicit)

    def value(self, record: dict, target: str) -> Any:
        if target in self.explicit:
            return record.get(self.explicit[target])
        for key in DEFAULT_KEYS[target]:
            if key in record and record[key] not in (None, ""):
                return record[key]
        return None

    def raw_record(self, record: dict, provenance: str, default_source: str) -> RawRecord:
        account = self.value(record, "account")
        source = self.value(record, "source") or account or default_source
        return RawRecord(
            title=self.value(record, "title"),
            content=self.value(record, "content"),
            url=self.value(record, "url"),
            published=self.value(record, "published"),
            account=account if isinstance(account, str) else None,
            source=str(source),
            source_id=_as_text(self.value(record, "source_id")),
            provenance=provenance,
        )


def _as_text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


@dataclass
class SourceRecord:
    """One decoded record, or the problem that prevented decoding it."""

    file: str
    index: int
    data: dict | None
    problem: Problem | None = None
    bytes_read: int = 0  # progress within the file


def expand_paths(paths: list[str]) -> tuple[list[str], list[Problem]]:
    """Files to read from PATH arguments (directories recurse to .json/.jsonl/.ndjson; '-' is stdin)."""
    files, problems = [], []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in JSON_SUFFIXES:
                    files.append(str(child))
                elif not child.name.startswith("."):
                    problems.append(Problem(str(child), None, None, "skipped: not a .json/.jsonl/.ndjson file"))
        elif path.exists():  # regular files, and also FIFOs such as <(zcat dump.json.gz)
            files.append(str(path))
        else:
            problems.append(Problem(raw, None, None, "no such file or directory"))
    return files, problems


def read_records(path: str) -> Iterator[SourceRecord]:
    """Decoded records of one file ('-' for stdin). Never raises for bad content."""
    name = "<stdin>" if path == "-" else path
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        yield SourceRecord(name, 0, None, Problem(name, None, None, f"cannot open: {exc.strerror}"))
        return
    try:
        yield from _read_stream(name, stream)
    finally:
        if path != "-":
            stream.close()


def _read_stream(name: str, stream: IO[bytes]) -> Iterator[SourceRecord]:
    head = stream.read(CHUNK_BYTES)
    encoding = _detect_encoding(head)
    if not head.decode(encoding, errors="replace").strip("\ufeff \t\r\n"):
        yield SourceRecord(name, 0, None, Problem(name, None, None, "empty file"))
        return
    if encoding != "utf-16" and b"\x00" in head[:8192]:  # UTF-16 text is full of NUL bytes
        yield SourceRecord(name, 0, None, Problem(name, None, None, "binary file, not JSON text"))
        return
    if encoding not in ("utf-8", "utf-8-sig"):
        logger.warning("%s: not UTF-8; decoding as %s", name, encoding)
    text_chunks = _decode_chunks(head, stream, encoding)
    first_text, consumed = next(text_chunks)
    text_chunks = itertools.chain([(first_text, consumed)], text_chunks)
    if first_text.lstrip("\ufeff \t\r\n")[:1] == "[":
        yield from _read_array(name, text_chunks)
    else:
        yield from _read_lines_or_object(name, text_chunks)


def _detect_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes_as(head, "utf-8"):
        return "utf-8"
    if _decodes_as(head, "gb18030"):  # covers GBK and GB2312, the usual non-UTF-8 Chinese dumps
        return "gb18030"
    return "utf-8"  # undecodable bytes become U+FFFD; records stay readable


def _decodes_as(head: bytes, encoding: str) -> bool:
    """Whether `head` is valid in `encoding`; a character cut off at its end (the chunk may end inside
    one) is no error."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decode_chunks(head: bytes, stream: IO[bytes], encoding: str) -> Iterator[tuple[str, int]]:
    """(text, bytes read so far) pieces of the stream."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    consumed = len(head)
    yield decoder.decode(head), consumed
    while True:
        chunk = stream.read(CHUNK_BYTES)
        consumed += len(chunk)
        if not chunk:
            tail = decoder.decode(b"", final=True)
            if tail:
                yield tail, consumed
            return
        yield decoder.decode(chunk), consumed


_decoder = json.JSONDecoder()
_WS = re.compile(r"[\s,]*")
_NEXT_OBJECT = re.compile(r",\s*\{")


def _read_array(name: str, chunks: Iterator[tuple[str, int]]) -> Iterator[SourceRecord]:
    buffer, pos, consumed, exhausted = "", 0, 0, False

    def refill() -> bool:
        nonlocal buffer, pos, consumed, exhausted
        try:
            text, consumed = next(chunks)
        except StopIteration:
            exhausted = True
            return False
        buffer = buffer[pos:] + text
        pos = 0
        return True

    refill()
    pos = buffer.index("[") + 1
    index = 0
    while True:
        pos = _WS.match(buffer, pos).end()
        while pos >= len(buffer) and refill():
            pos = _WS.match(buffer, pos).end()
        if pos >= len(buffer):
            yield SourceRecord(name, index, None, Problem(name, None, None, "truncated JSON: the array is not closed"),
                               consumed)
            return
        if buffer[pos] == "]":
            return
        try:
            value, end = _decoder.raw_decode(buffer, pos)
        except json.JSONDecodeError as exc:
            if _may_continue(buffer, exc) and not exhausted and refill():
                continue  # the record may continue in the next chunk
            line = buffer.count("\n", 0, exc.pos)
            yield SourceRecord(name, index, None,
                               Problem(name, index, None, f"malformed JSON ({exc.msg}, near line +{line})"), consumed)
            resync = _NEXT_OBJECT.search(buffer, exc.pos)
            if not resync:
                return
            pos = resync.start() + 1
            index += 1
            continue
        pos = end
        yield _as_record(name, index, value, consumed)
        index += 1
        if pos > CHUNK_BYTES:  # drop what was decoded so the buffer stays small
            buffer, pos = buffer[pos:], 0


def _may_continue(buffer: str, exc: json.JSONDecodeError) -> bool:
    """Whether decoding failed because the buffer ends inside the record, not on a syntax error.

    Reading on after a real syntax error would pull the rest of the file into the buffer (quadratic
    copying, the whole dump in memory) before reporting it.
    """
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(buffer) - TRUNCATION_MARGIN


def _read_lines_or_object(name: str, chunks: Iterator[tuple[str, int]]) -> Iterator[SourceRecord]:
    """JSON Lines; or, when the first line is not a whole value or is the only line, one JSON document."""
    pending, index, consumed = "", 0, 0
    first_line: str | None = None  # held back until a second line shows this is JSON Lines
    for text, consumed in chunks:
        pending += text
        *lines, pending = pending.split("\n")
        for position, line in enumerate(lines):
            if not line.strip():
                continue
            if first_line is None:
                if not _is_json(line):
                    rest = "\n".join(lines[position:]) + "\n" + pending + "".join(t for t, _ in chunks)
                    yield from _read_document(name, rest)
                    return
                first_line = line
                continue
            if index == 0:
                yield _decode_line(name, 0, first_line, consumed)
                index = 1
            yield _decode_line(name, index, line, consumed)
            index += 1
    if pending.strip():
        if first_line is None:
            yield from _read_document(name, pending)
            return
        if index == 0:
            yield _decode_line(name, 0, first_line, consumed)
            index = 1
        yield _decode_line(name, index, pending, consumed)
    elif first_line is not None and index == 0:
        yield from _read_document(name, first_line)  # one line: a record, or a wrapper holding a list


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _decode_line(name: str, index: int, line: str, consumed: int) -> SourceRecord:
    try:
        return _as_record(name, index, json.loads(line), consumed)
    except json.JSONDecodeError as exc:
        return SourceRecord(name, index, None, Problem(name, index, None, f"malformed JSON line ({exc.msg})"), consumed)


def _read_document(name: str, text: str) -> Iterator[SourceRecord]:
    """A single JSON document: an object (one record, or a wrapper holding a list of records).

    Text that is no JSON document but whose later lines are JSON values is JSON Lines with a bad
    first line: its lines are read one by one so the good ones are kept.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) > 1 and any(_is_json(line) for line in lines[1:]):
            for index, line in enumerate(lines):
                yield _decode_line(name, index, line, 0)
            return
        yield SourceRecord(name, 0, None, Problem(name, None, None, f"malformed JSON ({exc.msg} at line {exc.lineno})"))
        return
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            for index, item in enumerate(lists[0]):
                yield _as_record(name, index, item)
            return
        yield _as_record(name, 0, value)
        return
    yield SourceRecord(name, 0, None, Problem(name, None, None, f"expected an object or a list, got {type(value).__name__}"))


def _as_record(name: str, index: int, value: Any, consumed: int = 0) -> SourceRecord:
    if not isinstance(value, dict):
        return SourceRecord(name, index, None,
                            Problem(name, index, None, f"expected an object, got {type(value).__name__}"), consumed)
    return SourceRecord(name, index, value, None, consumed)
