"""One checked document as rows: the claims' JSON contract flattened into a fixed Arrow schema.

The schema is written out rather than inferred, so that every partition has the same columns
and types whatever its claims hold (a partition where no claim has ``value_high`` would
otherwise get a null-typed column), and so that DuckDB reads the dataset as one table.
Nested objects become ``parent_child`` columns (``verdict.source.url`` is
``verdict_source_url``); lists of objects stay lists of structs. A test holds the schema to
``CheckedClaim.to_dict`` so the two cannot drift apart.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from usmx.scan.inputs import Record

if TYPE_CHECKING:
    from usmx.check import Checker

_S, _F, _I, _B, _D = pa.string(), pa.float64(), pa.int64(), pa.bool_(), pa.date32()

DOC_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("doc_key", _S), ("doc_id", _S), ("outlet", _S), ("url", _S), ("source", _S),
]
CLAIM_FIELDS: list[tuple[str, pa.DataType]] = [
    ("claim_index", _I),
    ("published", _D), ("published_from", _S), ("published_evidence", _S), ("published_span", pa.list_(_I)),
    ("doc", _S), ("start", _I), ("end", _I), ("quote", _S), ("sentence", _S),
    ("indicator", _S), ("indicator_name", _S), ("confidence", _F), ("mention", _S), ("proxy", _S),
    ("share_of", _S), ("place_name", _S), ("candidates", pa.list_(pa.struct([("indicator", _S), ("score", _F)]))),
    ("kind", _S), ("value", _F), ("value_high", _F), ("unit", _S), ("qualifier", _S), ("precision", _F),
    ("record", _B), ("record_direction", _S), ("record_since", _I), ("record_since_month", _I), ("record_year", _I),
    ("direction", _S),
    ("per", _S), ("forecast", _B),
    ("attribution", _S),
    ("period_start", _D), ("period_end", _D), ("period_label", _S), ("period_kind", _S),
    ("verdict_label", _S), ("verdict_official_value", _F), ("verdict_official_value_high", _F),
    ("verdict_official_period", _S), ("verdict_status", _S), ("verdict_vintage", _S),
    ("verdict_source_dataset", _S), ("verdict_source_publisher", _S), ("verdict_source_url", _S),
    ("verdict_source_release", _S), ("verdict_secondary_source", _B), ("verdict_rule", _S),
    ("verdict_explanation", _S), ("verdict_measure", _S), ("verdict_accepted", pa.list_(_F)),
    ("verdict_details", pa.list_(pa.struct([("period", _S), ("value", _F)]))),
    ("verdict_at_publication_label", _S), ("verdict_at_publication_official_value", _F),
    ("verdict_at_publication_official_period", _S), ("verdict_at_publication_status", _S),
    ("verdict_at_publication_vintage", _S),
]
CLAIMS_SCHEMA = pa.schema(DOC_COLUMNS + CLAIM_FIELDS)
DOCUMENTS_SCHEMA = pa.schema([
    *DOC_COLUMNS, ("position", _I), ("bytes", _I), ("published", _D), ("published_from", _S), ("claims", _I),
    ("findings", _I), ("error", _S),
])
# objects whose fields become columns; anything else nested (candidates, details) stays a list
_OBJECTS = frozenset({"period", "verdict", "source", "at_publication"})


def flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"verdict": {"source": {"url": u}}}`` -> ``{"verdict_source_url": u}``; a null object nulls its columns."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if key in _OBJECTS and (isinstance(value, dict) or value is None):
            if isinstance(value, dict):
                out.update(flatten(value, f"{name}_"))
            else:
                out[name] = None  # expanded to every child column by ``_fill``
        else:
            out[name] = value
    return out


def _fill(row: dict[str, Any], names: list[str]) -> dict[str, Any]:
    return {n: row.get(n) for n in names}


@dataclass
class Checked:
    """A document's row and its claims' rows, ready to be written."""

    document: dict[str, Any]
    claims: list[dict[str, Any]]


def check_record(record: Record, position: int, checker: Checker, today: date) -> Checked:
    """Decode, date and check one document exactly as ``usmx check`` would; an error is kept, not raised."""
    base = {"doc_key": record.key, "doc_id": record.id, "outlet": record.outlet, "url": record.url,
            "source": record.source}
    doc_row: dict[str, Any] = {**base, "position": position, "bytes": len(record.data or b""),
                               "published": record.published, "published_from": None, "claims": 0,
                               "findings": 0, "error": record.error}
    if record.error is not None:
        return Checked(doc_row, [])
    try:
        result = _check(record, checker, today)
    except Exception as exc:  # one bad document must never stop a scan of millions
        doc_row["error"] = _one_line(exc)
        return Checked(doc_row, [])
    fields = result.document_fields()
    doc_row.update(published=result.published, published_from=result.published_from,
                   claims=len(result.claims), findings=result.findings)
    names = [n for n, _ in CLAIM_FIELDS]
    rows = []
    for i, claim in enumerate(result.claims):
        flat = flatten({**fields, **claim.to_dict()})
        flat["published"] = result.published
        for col in ("period_start", "period_end"):
            if flat.get(col) is not None:
                flat[col] = date.fromisoformat(flat[col])
        flat["claim_index"] = i
        rows.append({**base, **_fill(flat, names)})
    return Checked(doc_row, rows)


def _check(record: Record, checker: Checker, today: date) -> Any:
    from usmx.check import CheckResult
    from usmx.text.document import kind_for
    from usmx.text.load import from_bytes
    from usmx.text.refdate import reference_date

    data = record.data or b""
    doc = from_bytes(record.id, data) if record.is_file else from_bytes(record.id, data, kind=kind_for("", data))
    ref = checker.reference(doc.text, reference_date(doc.text, doc.published, record.published, today), today)
    claims = checker.check_text(doc.text, published=ref, doc=record.id, today=today)
    return CheckResult(doc, ref.date, ref.origin, claims, [], ref)


def _one_line(exc: BaseException) -> str:
    """The error as one line, with the place it was raised when it is not a plain input error."""
    from usmx.text.document import DocumentError

    text = str(exc).splitlines()[0] if str(exc) else ""
    if isinstance(exc, DocumentError):
        return text
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return f"{exc.__class__.__name__}: {text}{where}"


def claims_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=CLAIMS_SCHEMA)


def documents_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=DOCUMENTS_SCHEMA)
