"""The catalog: what usmx measures, read from ``indicators.toml`` and checked on load.

Everything downstream (importers, store, claim linking, reports) refers to indicators by
id, so a typo here must fail loudly at load time rather than silently match nothing.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from usmx.errors import BrokenFilesError, NotFoundError

# ``none``: a figure of the period as a whole (a rank, a share of a total), which no sum, mean or last
# value of its months gives; the store answers it only where the publisher or usmx computed it.
Aggregation = Literal["sum", "mean", "last", "none"]
AGGREGATIONS = ("sum", "mean", "last", "none")
FREQUENCIES = ("month", "quarter", "year", "fiscal_year", "12m_ending", "irregular")

_REQUIRED = (
    "id", "name", "definition", "unit", "frequency", "aggregation", "publisher",
    "datasets", "url", "phrases",
)
_OPTIONAL = ("within", "proxy_for", "caveats", "prefer", "dimension", "scope", "label", "computed_from")
_STATUSES = ("final", "provisional", "predicted", "estimate")
_BREAKDOWN_REQUIRED = ("parent", "id_prefix", "name", "definition", "dimension", "parts")


class CatalogError(BrokenFilesError, ValueError):
    """The catalog file is malformed."""


class UnknownIndicator(NotFoundError, KeyError):
    """An indicator id that is not in the catalog; the message names the closest ids."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    definition: str
    unit: str
    frequency: str
    aggregation: Aggregation
    publisher: str
    datasets: tuple[str, ...]
    url: str
    phrases: tuple[str, ...]
    within: tuple[str, ...] = ()
    proxy_for: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    contains: tuple[str, ...] = field(default=())
    prefer: tuple[str, ...] = ()  # statuses in the order a figure is chosen; empty: final first
    dimension: str = ""  # for one value of a [[breakdown]]: the dimension it splits its parent by
    # where this part of a wider measure is counted ("the southern border", "ports of entry"): said of a figure
    # of the wider measure, these words narrow it to this part
    scope: tuple[str, ...] = ()
    label: str = ""  # for a part: the value of its dimension as a list names it ("Honduras", "Jalisco")
    # for a rank or share usmx computes: the measure it ranks or divides ("imports from Mexico"), so that
    # words naming that measure name its rank or share ("the largest source of U.S. imports")
    computed_from: str = ""

    @property
    def is_estimate(self) -> bool:
        return self.frequency == "irregular"


@dataclass(frozen=True)
class Catalog:
    indicators: dict[str, Indicator]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.indicators.values())

    def __len__(self) -> int:
        return len(self.indicators)

    def __contains__(self, key: object) -> bool:
        return key in self.indicators

    def get(self, indicator_id: str) -> Indicator:
        try:
            return self.indicators[indicator_id]
        except KeyError:
            close = difflib.get_close_matches(indicator_id, list(self.indicators), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else "; see `usmx indicators`"
            raise UnknownIndicator(f"unknown indicator {indicator_id!r}{hint}") from None

    def computed_alike(self, indicator_id: str, unit: str) -> str | None:
        """The measure in ``unit`` computed from the same one as this ("rank" for the share of U.S. imports:
        Mexico's rank among sources of U.S. imports), or None."""
        ind = self.get(indicator_id)
        base = ind.computed_from or indicator_id
        return next((i.id for i in self.indicators.values() if i.computed_from == base and i.unit == unit), None)

    def related(self, indicator_id: str) -> tuple[str, ...]:
        """Measures that a number could be confused with: those it is within, and its parts."""
        ind = self.get(indicator_id)
        return tuple(dict.fromkeys((*ind.within, *ind.contains)))


def _as_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _prefer(row: dict[str, Any], where: str) -> tuple[str, ...]:
    prefer = _as_tuple(row.get("prefer", []), where, "prefer")
    if prefer and sorted(prefer) != sorted(_STATUSES):
        raise CatalogError(f"{where}: prefer must order all of {', '.join(_STATUSES)}")
    return prefer


def _expand_breakdowns(data: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Indicator tables for each part of a ``[[breakdown]]`` (one per value of a dimension).

    A publisher's file often splits a measure by a dimension with many values (citizenship):
    each value is a measure of its own, a part of the parent, so it is written once as a
    template rather than twenty times by hand.
    """
    by_id = {r.get("id"): r for r in rows}
    out: list[dict[str, Any]] = []
    for i, b in enumerate(data.get("breakdown", []), 1):
        where = f"breakdown #{i} ({b.get('id_prefix', '?')})"
        missing = [k for k in _BREAKDOWN_REQUIRED if k not in b]
        if missing:
            raise CatalogError(f"{where}: missing {', '.join(missing)}")
        parent = by_id.get(b["parent"])
        if parent is None:
            raise CatalogError(f"{where}: parent {b['parent']!r} is not an indicator")
        parts = b["parts"]
        if not isinstance(parts, dict) or not parts:
            raise CatalogError(f"{where}: parts must be a table of slug = {{ label, phrases }}")
        for slug, part in parts.items():
            if not isinstance(part, dict) or "label" not in part:
                raise CatalogError(f"{where}: part {slug!r} needs a label")
            label = str(part["label"])
            out.append({
                "id": f"{b['id_prefix']}{slug}",
                "name": str(b["name"]).format(label=label),
                "definition": str(b["definition"]).format(label=label, value=part.get("value", label)),
                "unit": parent["unit"], "frequency": parent["frequency"], "aggregation": parent["aggregation"],
                "publisher": parent["publisher"], "datasets": b.get("datasets", parent["datasets"]),
                "url": parent["url"], "phrases": part.get("phrases", []), "within": [b["parent"]],
                "caveats": b.get("caveats", []), "dimension": str(b["dimension"]), "label": label,
            })
    return out


def parse_catalog(data: dict[str, Any], known_datasets: set[str] | None = None) -> Catalog:
    rows = data.get("indicator")
    if not isinstance(rows, list) or not rows:
        raise CatalogError("catalog has no [[indicator]] tables")
    rows = [*rows, *_expand_breakdowns(data, rows)]
    out: dict[str, Indicator] = {}
    for i, row in enumerate(rows, 1):
        where = f"indicator #{i} ({row.get('id', '?')})"
        missing = [k for k in _REQUIRED if k not in row]
        if missing:
            raise CatalogError(f"{where}: missing {', '.join(missing)}")
        unknown = set(row) - set(_REQUIRED) - set(_OPTIONAL)
        if unknown:
            raise CatalogError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        if row["aggregation"] not in AGGREGATIONS:
            raise CatalogError(f"{where}: aggregation must be one of {AGGREGATIONS}")
        if row["frequency"] not in FREQUENCIES:
            raise CatalogError(f"{where}: frequency must be one of {FREQUENCIES}")
        if row["id"] in out:
            raise CatalogError(f"{where}: duplicate id")
        if not str(row["url"]).startswith("https://"):
            raise CatalogError(f"{where}: url must be an https URL")
        datasets = _as_tuple(row["datasets"], where, "datasets")
        if known_datasets is not None:
            bad = [d for d in datasets if d not in known_datasets]
            if bad:
                raise CatalogError(f"{where}: unknown datasets {', '.join(bad)}")
        out[row["id"]] = Indicator(
            id=row["id"],
            name=row["name"],
            definition=row["definition"],
            unit=row["unit"],
            frequency=row["frequency"],
            aggregation=row["aggregation"],
            publisher=row["publisher"],
            datasets=datasets,
            url=row["url"],
            phrases=tuple(p.lower() for p in _as_tuple(row["phrases"], where, "phrases")),
            within=_as_tuple(row.get("within", []), where, "within"),
            proxy_for=tuple(p.lower() for p in _as_tuple(row.get("proxy_for", []), where, "proxy_for")),
            caveats=_as_tuple(row.get("caveats", []), where, "caveats"),
            prefer=_prefer(row, where),
            dimension=str(row.get("dimension", "")),
            scope=tuple(p.lower() for p in _as_tuple(row.get("scope", []), where, "scope")),
            label=str(row.get("label", "")),
            computed_from=str(row.get("computed_from", "")),
        )
    for ind in out.values():
        for parent in ind.within:
            if parent not in out:
                raise CatalogError(f"indicator {ind.id}: 'within' names unknown indicator {parent!r}")
            if parent == ind.id:
                raise CatalogError(f"indicator {ind.id}: is 'within' itself")
        if ind.computed_from and ind.computed_from not in out:
            raise CatalogError(f"indicator {ind.id}: 'computed_from' names unknown indicator {ind.computed_from!r}")
    contains: dict[str, list[str]] = {k: [] for k in out}
    for ind in out.values():
        for parent in ind.within:
            contains[parent].append(ind.id)
    final = {
        k: Indicator(**{**ind.__dict__, "contains": tuple(contains[k])}) for k, ind in out.items()
    }
    return Catalog(final)


@cache
def load_catalog() -> Catalog:
    """The bundled catalog, validated.

    The catalog imports nothing else of usmx, since every module reads it; that each dataset
    it names has an importer is checked by the tests (``parse_catalog(known_datasets=...)``).
    """
    text = resources.files("usmx.catalog").joinpath("indicators.toml").read_text("utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"indicators.toml: {exc}") from None
    return parse_catalog(data)
