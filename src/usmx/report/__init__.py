"""The monitor: a static site of indicators, checked documents and event impacts.

``build_site`` is loaded on first use: importing the package (for ``InputError``, say) must not
pull in the charting libraries, which would slow every ``usmx`` command down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from usmx.report.site import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from usmx.report import site

        return getattr(site, name)
    raise AttributeError(name)
