"""The static site: every page the monitor has, written to a folder that opens from disk.

Links are relative and the stylesheet and charts are inside the folder, so the site works
from a ``file://`` URL with no network. Pages carry no build time, so building twice from
the same store gives the same files (the ClaimReview's review date is the one exception,
and it can be fixed with ``reviewed``).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from usmx.report import checking, claimreview
from usmx.report.documents import Document
from usmx.report.impacts import DEFAULT_IMPACTS, ImpactSpec, run_impacts
from usmx.report.pages import DocLink, ImpactLink, Renderer
from usmx.report.timeline import EVENT_CATEGORIES
from usmx.store import Store

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildResult:
    out_dir: Path
    pages: int
    files: int
    seconds: float
    indicators: int
    documents: int
    claims: int
    impacts: int
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def index(self) -> Path:
        return self.out_dir / "index.html"


class _Writer:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.pages = 0
        self.files = 0

    def write(self, rel: str, text: str) -> None:
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8", newline="\n")
        self.files += 1
        if rel.endswith(".html"):
            self.pages += 1


def copy_static(out_dir: Path) -> int:
    static = resources.files("usmx.report").joinpath("static")
    target = out_dir / "static"
    target.mkdir(parents=True, exist_ok=True)
    n = 0
    for item in static.iterdir():
        if item.is_file() and not item.name.startswith("."):
            with resources.as_file(item) as src:
                shutil.copyfile(src, target / item.name)
            n += 1
    return n


def load_timeline() -> list[Any]:
    from usmx.events import load_events

    return list(load_events())


def build_site(
    store: Store,
    out_dir: Path,
    documents: Sequence[str] = (),
    published: date | None = None,
    progress: Progress | None = None,
    *,
    events: Sequence[Any] | None = None,
    impacts: Sequence[ImpactSpec] = DEFAULT_IMPACTS,
    reviewed: date | None = None,
    allow_private: bool | None = None,
    base_url: str | None = None,
    corpus: Path | None = None,
) -> BuildResult:
    """Write the monitor for ``store`` into ``out_dir`` and return what was written.

    ``documents`` are file paths or http(s) URLs to check; each gets a page. ``published``
    is their publication date (for "last year" and the like). Input errors in a document
    (a missing file, a refused URL) raise ``InputError`` before anything is written.
    ``base_url`` is the address the site will be published at; without it the ClaimReview
    blocks carry no URLs, since relative ones are rejected by the search engines that read them.
    ``corpus`` is the output folder of ``usmx scan``; its pages go under ``corpus/``.
    """
    site_url = claimreview.base_url(base_url)
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    out_dir = Path(out_dir)
    loaded: list[Document] = []
    for source in documents:
        say(f"loading {source}")
        loaded.append(checking.load_source(source, published, allow_private))
    timeline = load_timeline() if events is None else list(events)
    render = Renderer(store, timeline, EVENT_CATEGORIES)
    w = _Writer(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    w.files += copy_static(out_dir)

    doc_links: list[DocLink] = []
    n_claims = 0
    for doc in loaded:
        say(f"checking {doc.name}")
        doc = checking.dated(store, doc)
        claims = checking.check(store, doc)
        n_claims += len(claims)
        w.write(f"documents/{doc.slug}.html", render.document(
            doc, claims, root="../", page_url=claimreview.page_url(site_url, f"documents/{doc.slug}.html"),
            reviewed=reviewed or date.today(), site_url=site_url))
        doc_links.append(render.doc_link(doc, claims))

    notes: list[str] = []
    impact_links: list[ImpactLink] = []
    if impacts and timeline:
        say("analysing event impacts")
        for page in run_impacts(store, timeline, impacts):
            impact_links.append(ImpactLink(page.slug, page.title, page.spec.indicator, page.spec.event,
                                           page.ok, page.error))
            if page.ok:
                w.write(f"impact/{page.slug}.html", render.impact(page, root="../"))
            else:
                notes.append(f"impact {page.slug}: {page.error}")

    for ind in store.catalog:
        say(f"indicator {ind.id}")
        w.write(f"indicators/{ind.id}.html", render.indicator(ind.id, root="../"))
        w.write(f"indicators/{ind.id}.csv", render.indicator_csv(ind.id))
    corpus_links = write_corpus(render, w, corpus, say) if corpus is not None else []
    w.write("events.html", render.events_page(root=""))
    w.write("index.html", render.index(root="", documents=doc_links, impacts=impact_links, corpus=corpus_links))
    return BuildResult(
        out_dir=out_dir, pages=w.pages, files=w.files, seconds=time.perf_counter() - started,
        indicators=len(store.catalog), documents=len(loaded), claims=n_claims,
        impacts=sum(1 for i in impact_links if i.ok), notes=tuple(notes),
    )


def write_corpus(render: Renderer, w: _Writer, folder: Path, say: Progress) -> list[tuple[str, str]]:
    """The pages about a scanned archive; returns (slug, title) of each, for the index."""
    from usmx.report.corpus import corpus_pages

    say(f"querying the scan in {folder}")
    pages = corpus_pages(Path(folder))
    links = [(p.slug, p.title) for p in pages]
    for p in pages:
        w.write(f"corpus/{p.slug}.html", render.corpus_page(p, links, root="../"))
    return links
