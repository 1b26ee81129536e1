"""How figures are written for people: one place, so the CLI, verdicts and pages agree."""

from __future__ import annotations

import math
from typing import Any


def format_value(value: float | None, unit: str, *, precise: bool = True) -> str:
    """Write a stored (unscaled) value in its unit, e.g. 58.87 billion USD or 2,378,944 encounters."""
    if value is None:
        return "n/a"
    if unit == "USD":
        a = abs(value)
        sign = "-" if value < 0 else ""
        if a >= 1e9:
            return f"{sign}${a / 1e9:,.2f} billion"
        if a >= 1e6:
            return f"{sign}${a / 1e6:,.1f} million"
        return f"{sign}${a:,.0f}"
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "rank":
        return f"#{value:.0f}"
    if unit == "pounds":
        return f"{value:,.0f} lb"
    if precise and value == int(value):
        return f"{value:,.0f} {unit}"
    return f"{value:,.1f} {unit}"


def format_answer(value: float, value_high: float | None, unit: str) -> str:
    """A value or a range (estimates are often given as ranges, such as 30-35 percent)."""
    if value_high is None or value_high == value:
        return format_value(value, unit)
    if unit == "percent":
        return f"{value:g}–{value_high:g}%"
    return f"{format_value(value, unit)} to {format_value(value_high, unit)}"


_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """A one-line text chart for terminals (the pages use a real chart library)."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = hi - lo or 1.0
    return "".join(_BLOCKS[min(7, int((v - lo) / span * 7.999))] for v in values)

def json_safe(data: Any) -> Any:
    """``data`` with every non-finite float as None.

    ``json.dumps`` writes infinity as ``Infinity``, which is not JSON: a reader in another
    language fails on the whole document. No figure usmx stores is infinite, so this only
    guards against one slipping through.
    """
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: json_safe(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [json_safe(v) for v in data]
    return data
