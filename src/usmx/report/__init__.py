"""The monitor: a static site of indicators, checked documents and event impacts."""

from usmx.report.site import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]
