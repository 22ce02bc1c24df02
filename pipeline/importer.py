"""Reading JSON dumps: JSON arrays, JSON Lines and single objects, streamed record by record.

A 500 MB dump is never loaded whole: arrays are decoded one element at a time from a sliding
buffer, JSON Lines a line at a time (only a single object, a record or a wrapper, is read whole).
Each record is decoded alone, so a bad one (a syntax error, or a value Python's json refuses: an
integer over its digit limit, nesting past the recursion limit) is reported with file, record index
and reason, and the records around it are kept. Inside an array, a bad record's end is found from its
brackets and strings; when those do not balance either, reading resynchronises on the next object.
Field names are mapped to `RawRecord` fields through a `FieldMap`, so other dumps need no code.
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
# How far a record that cannot be decoded is followed to find where it ends (see _record_end).
MAX_UNREADABLE_RECORD_CHARS = 16 << 20

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
            source=source,  # the source and the id as the dump has them: build_notice checks them
            source_id=self.value(record, "source_id"),
            provenance=provenance,
        )


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
    # UTF-16 text is full of NUL bytes; in a dump that opens like JSON a stray one spoils one record only
    if encoding != "utf-16" and b"\x00" in head[:8192] and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in b"[{":
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
_SPACE = re.compile(r"\s*")
_NEXT_OBJECT = re.compile(r",\s*\{")
# A JSON value's structure token by token, to find where a record that cannot be decoded ends: whole
# strings (brackets inside them do not count), brackets, scalars, separators. A string holding a raw
# line break means a quote is missing, as does any other character outside strings.
_STRING = r'"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*'
_TOKEN = re.compile(_STRING + r'"|[\[\]{}]|[\w.+-]+|[\s,:]+', re.ASCII)
_OPEN_STRING = re.compile(_STRING + r"\\?\Z")  # a string the text ends inside
_CLOSING = {"[": "]", "{": "}"}
_MEMBER_NAME = re.compile(r"\s*" + _STRING + r'"\s*:\s*')
_MEMBER_SEPARATOR = re.compile(r"\s*,?")


class _Window:
    """The decoded text of a stream, a chunk at a time: `text[pos:]` is still to be read."""

    def __init__(self, chunks: Iterator[tuple[str, int]]):
        self.chunks = chunks
        self.text, self.pos, self.consumed = "", 0, 0

    def refill(self) -> bool:
        """Append the next chunk and drop the text before `pos`; False at the end of the stream."""
        try:
            text, self.consumed = next(self.chunks)
        except StopIteration:
            return False
        self.text = self.text[self.pos:] + text
        self.pos = 0
        return True

    def skip(self, pattern: re.Pattern) -> bool:
        """Move past what `pattern` matches (separators), reading on; False at the end of the stream."""
        self.pos = pattern.match(self.text, self.pos).end()
        while self.pos >= len(self.text):
            if not self.refill():
                return False
            self.pos = pattern.match(self.text, self.pos).end()
        return True

    def drop_read(self) -> None:
        if self.pos > CHUNK_BYTES:  # keep the buffer small
            self.text, self.pos = self.text[self.pos:], 0


def _read_array(name: str, chunks: Iterator[tuple[str, int]],
                member_at: int | None = None) -> Iterator[SourceRecord]:
    """The records of a JSON array, each decoded alone: a bad one is reported and skipped.

    `member_at`: where the array starts when it is a member of a document; the text after its
    closing bracket is then not its to read.
    """
    window = _Window(chunks)
    window.refill()
    window.pos = window.text.index("[", member_at or 0) + 1
    index = 0
    while window.skip(_WS):
        if window.text[window.pos] == "]":
            window.pos += 1
            if member_at is None and window.skip(_SPACE):  # a second array, or a resynchronisation gone wrong
                yield SourceRecord(name, index, None, Problem(
                    name, None, None, f"text after the array's closing ']' was not read (from record {index})"),
                    window.consumed)
            return
        start = window.pos
        try:
            value, window.pos = _decoder.raw_decode(window.text, start)
        except json.JSONDecodeError as exc:
            if _may_continue(window.text, exc) and window.refill():
                continue  # the record may continue in the next chunk
            error: Exception = exc
        except (ValueError, RecursionError) as exc:  # see _reason
            error = exc
        else:
            yield _as_record(name, index, value, window.consumed)
            index += 1
            window.drop_read()
            continue
        yield SourceRecord(name, index, None, Problem(name, index, None, _reason(error, start)), window.consumed)
        index += 1
        if not _skip_record(window, start, error):
            return
    yield SourceRecord(name, index, None, Problem(name, None, None, "truncated JSON: the array is not closed"),
                       window.consumed)


def _may_continue(buffer: str, exc: json.JSONDecodeError) -> bool:
    """Whether decoding failed because the buffer ends inside the record, not on a syntax error.

    Reading on after a real syntax error would pull the rest of the file into the buffer (quadratic
    copying, the whole dump in memory) before reporting it.
    """
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(buffer) - TRUNCATION_MARGIN


def _reason(exc: Exception, start: int = 0) -> str:
    """Why the record at `start` could not be decoded. Besides syntax errors, Python's json refuses
    integers of more than sys.get_int_max_str_digits() digits (a ValueError, whose digit count may be
    that of the part in the buffer) and deep nesting (RecursionError)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON ({exc.msg} at character {exc.pos - start} of the record)"
    if isinstance(exc, RecursionError):
        return "unreadable JSON (nested too deeply)"
    return f"unreadable JSON (an integer of more than {sys.get_int_max_str_digits()} digits)"


def _skip_record(window: _Window, start: int, error: Exception) -> bool:
    """Move past the record at `start`, which could not be decoded; False when nothing after it is left."""
    # When its brackets and strings do not balance, the record is taken to end before the first
    # object that opens after the error (for a syntax error) or after its own opening bracket.
    resync_offset = error.pos - start if isinstance(error, json.JSONDecodeError) else 1
    end = _record_end(window, start)
    if end is not None:
        window.pos = end
        return True
    window.pos += resync_offset  # _record_end left window.pos at the record's start
    while (resync := _NEXT_OBJECT.search(window.text, window.pos)) is None:
        window.pos = max(window.pos, len(window.text) - TRUNCATION_MARGIN)  # ",  {" may straddle chunks
        if not window.refill():
            return False
    window.pos = resync.start() + 1
    return True


def _record_end(window: _Window, start: int) -> int | None:
    """Where the record at `start` ends, followed by its brackets and strings alone; None when they do
    not balance within MAX_UNREADABLE_RECORD_CHARS or no ',' or ']' follows. Leaves `window.pos` at the
    record's start (reading on moves the record to the start of the buffer)."""
    window.pos = start
    open_brackets: list[str] = []
    offset = 0  # from the record's start
    while True:
        end, state = _value_end(window.text, window.pos + offset, open_brackets)
        offset = end - window.pos
        if state == "end":
            break
        if state == "bad" or offset > MAX_UNREADABLE_RECORD_CHARS or not window.refill():
            return None
    while (after := _SPACE.match(window.text, window.pos + offset).end()) >= len(window.text):
        if not window.refill():
            return window.pos + offset  # the stream ends: the array's missing "]" is reported next
    return window.pos + offset if window.text[after] in ",]" else None


def _value_end(text: str, pos: int, open_brackets: list[str]) -> tuple[int, str]:
    """Follow the JSON value at `pos` through its brackets and strings, without decoding it.

    Returns (its end, "end"); (where to go on from, "more") when `text` ends first, with
    `open_brackets` keeping the state; or (pos, "bad") at text no JSON value holds.
    """
    while True:
        token = _TOKEN.match(text, pos)
        if token is None:
            return pos, "more" if pos >= len(text) or _OPEN_STRING.match(text, pos) else "bad"
        char = token[0][0]
        if char in "[{":
            open_brackets.append(_CLOSING[char])
        elif char in "]}":
            if not open_brackets or open_brackets.pop() != char:
                return pos, "bad"
            if not open_brackets:
                return token.end(), "end"
        elif not open_brackets:  # a bare scalar or string, which may go on in the next chunk
            return (token.end(), "end") if token.end() < len(text) else (pos, "more")
        pos = token.end()


def _read_lines_or_object(name: str, chunks: Iterator[tuple[str, int]]) -> Iterator[SourceRecord]:
    """JSON Lines, streamed; or, when the first two lines do not look like records, one JSON document."""
    lines = _lines(chunks)
    head: list[tuple[str, int]] = []  # read up to the second line that is not blank
    firsts: list[str] = []
    for line, consumed in lines:
        head.append((line, consumed))
        if line.strip():
            firsts.append(line)
            if len(firsts) == 2:
                break
    # A pretty-printed document's first line is no whole value ('{' or '{"data": [') and its second
    # no object; a JSON Lines dump whose first record is broken still has one on its second line.
    if len(firsts) < 2 or not (_is_value(firsts[0]) or _looks_like_an_object(firsts[1])):
        yield from _read_document(name, "\n".join(line for line, _ in itertools.chain(head, lines)))
        return
    index = 0
    for line, consumed in itertools.chain(head, lines):
        if line.strip():
            yield _decode_line(name, index, line, consumed)
            index += 1


def _lines(chunks: Iterator[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """(line without its "\\n", bytes read so far) for each line of the text."""
    pending, consumed = "", 0
    for text, consumed in chunks:
        *lines, pending = (pending + text).split("\n")
        for line in lines:
            yield line, consumed
    if pending:
        yield pending, consumed


def _looks_like_an_object(line: str) -> bool:
    line = line.strip()
    return line.startswith("{") and line.endswith("}")


def _is_value(line: str) -> bool:
    """Whether the line holds one whole JSON value, one Python cannot decode included."""
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    except (ValueError, RecursionError):  # refused before the end: is the line one balanced value?
        end, state = _value_end(line, _SPACE.match(line).end(), [])
        return state == "end" and not line[end:].strip()
    return True


def _decode_line(name: str, index: int, line: str, consumed: int) -> SourceRecord:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        return SourceRecord(name, index, None, Problem(name, index, None, _reason(exc)), consumed)
    return _as_record(name, index, value, consumed)


def _read_document(name: str, text: str) -> Iterator[SourceRecord]:
    """A single JSON document: an object (one record, or a wrapper holding a list of records)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        yield from _read_damaged_document(name, text, exc)
        return
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list) and any(isinstance(x, dict) for x in v)]
        if len(lists) == 1:  # a wrapper: its items that are no objects are reported
            for index, item in enumerate(lists[0]):
                yield _as_record(name, index, item)
            return
        yield _as_record(name, 0, value)
        return
    yield SourceRecord(name, 0, None, Problem(name, None, None, f"expected an object or a list, got {type(value).__name__}"))


def _read_damaged_document(name: str, text: str, exc: Exception) -> Iterator[SourceRecord]:
    """A document that could not be decoded whole. A wrapper's records are read one by one, so only
    the bad ones are lost; text whose later lines are JSON values is JSON Lines with bad first lines."""
    lists = _record_lists(text)
    if len(lists) == 1:
        yield from _read_array(name, iter([(text, 0)]), member_at=lists[0])
        return
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and any(_is_value(line) for line in lines[1:]):
        for index, line in enumerate(lines):
            yield _decode_line(name, index, line, 0)
        return
    if isinstance(exc, json.JSONDecodeError):
        reason = f"malformed JSON ({exc.msg} at line {exc.lineno})"
    else:
        reason = _reason(exc)
    yield SourceRecord(name, 0, None, Problem(name, None, None, reason))


def _record_lists(text: str) -> list[int]:
    """Where the arrays holding objects start among the members of `text`, when it is one object;
    found from brackets and strings alone, as _read_document's lists. When an array that opens with an
    object does not balance (a record lost a quote), the search ends with it."""
    pos = _SPACE.match(text).end()
    if not text.startswith("{", pos):
        return []
    found, pos = [], pos + 1
    while member := _MEMBER_NAME.match(text, pos):
        start = member.end()
        end, state = _value_end(text, start, [])
        if state != "end":
            records = text.startswith("[", start) and text.startswith("{", _SPACE.match(text, start + 1).end())
            return [*found, start] if records else []
        if text.startswith("[", start) and _holds_an_object(text, start):
            found.append(start)
        pos = _MEMBER_SEPARATOR.match(text, end).end()
    return found if text.startswith("}", pos) and not text[pos + 1:].strip() else []


def _holds_an_object(text: str, start: int) -> bool:
    """Whether the array at `start`, whose brackets balance, has an object among its items."""
    pos = start + 1
    while (pos := _WS.match(text, pos).end()) < len(text) and text[pos] != "]":
        if text[pos] == "{":
            return True
        pos, state = _value_end(text, pos, [])
        if state != "end":
            return False
    return False


def _as_record(name: str, index: int, value: Any, consumed: int = 0) -> SourceRecord:
    if not isinstance(value, dict):
        return SourceRecord(name, index, None,
                            Problem(name, index, None, f"expected an object, got {type(value).__name__}"), consumed)
    return SourceRecord(name, index, value, None, consumed)
