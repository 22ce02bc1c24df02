"""Export of stored notices under the contract names (see README, "Export contract").

jsonl streams one object per line; json writes one array; csv is UTF-8 with BOM (so Excel shows
Chinese), multi-valued fields joined with "；", and cells that a spreadsheet would run as a formula
neutralised; xlsx (openpyxl) holds the same cells as csv in one sheet. Bidi controls are dropped from
every value (see normalize.strip_bidi_controls).
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import IO

from pipeline.normalize import strip_bidi_controls

CONTRACT_FIELDS = ("id", "source_id", "url", "title", "published", "account", "kind", "regions",
                   "deadlines", "apply_deadline", "phones", "subjects", "title_derived", "status", "related")
FORMATS = ("jsonl", "json", "csv", "xlsx")
TEXT_FORMATS = ("jsonl", "json", "csv")
MULTI_SEPARATOR = "；"
# A spreadsheet treats a cell starting with these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def write_records(records: Iterable[dict], fmt: str, out: IO) -> int:
    """Write export records; returns how many. `out` is a text stream (CSV gets a BOM first), or a
    binary one for xlsx."""
    records = map(strip_bidi_controls, records)  # before CSV cells are checked for formulas
    if fmt == "xlsx":
        return write_xlsx(([csv_cell(name, r.get(name)) for name in CONTRACT_FIELDS] for r in records),
                          CONTRACT_FIELDS, out)
    if fmt == "jsonl":
        return _write_jsonl(records, out)
    if fmt == "json":
        return _write_json(records, out)
    if fmt == "csv":
        return _write_csv(records, out)
    raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")


def _write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_json(records: Iterable[dict], out: IO[str]) -> int:
    count = 0
    out.write("[")
    for record in records:
        out.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_csv(records: Iterable[dict], out: IO[str]) -> int:
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CONTRACT_FIELDS)
    count = 0
    for record in records:
        writer.writerow([neutralise_formula(csv_cell(name, record.get(name))) for name in CONTRACT_FIELDS])
        count += 1
    return count


def csv_cell(name: str, value) -> str:
    """One contract value as spreadsheet text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if name == "regions":
        return MULTI_SEPARATOR.join(r["name"] for r in value)
    if name == "deadlines":
        return MULTI_SEPARATOR.join(
            " ".join(part for part in (d["date"], d.get("time"), d.get("label")) if part) for d in value)
    if name == "phones":
        return MULTI_SEPARATOR.join(p["number"] + (f" 转{p['ext']}" if p.get("ext") else "") for p in value)
    if name == "related":
        return MULTI_SEPARATOR.join(f"{r['relation']} {r['id']}" for r in value)
    if isinstance(value, list):
        return MULTI_SEPARATOR.join(str(v) for v in value)
    return str(value)


def neutralise_formula(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


def write_xlsx(rows: Iterable[list], header: Iterable[str], out: IO[bytes], sheet: str = "huiqi") -> int:
    """One worksheet: a bold header row, then the rows as text cells (formulas neutralised as in csv);
    returns the number of rows. Streams rows (openpyxl's write-only mode)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet)
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for name in header:
        cell = WriteOnlyCell(worksheet, value=name)
        cell.font = bold
        header_cells.append(cell)
    worksheet.append(header_cells)
    count = 0
    for row in rows:
        worksheet.append([_xlsx_value(value) for value in row])
        count += 1
    book.save(out)
    return count


# XML 1.0 cannot hold these control characters; openpyxl refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_value(value) -> str:
    return neutralise_formula(_NOT_XML.sub("", "" if value is None else str(value)))
