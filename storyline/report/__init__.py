"""The static report: one self-contained HTML page that tells the story the store holds.

Sections, in the order a reader needs them: an overview, the timeline of the main story, who
said what, the figures (series drawn as charts, disagreements flagged), the entities, the stories,
and last the documents themselves with every layer highlighted, which everything above links to
(``sections`` computes each as plain data). Charts and highlighting are the web app's
(``web.chart``, ``web.highlight``), so the two show the same thing the same way.

Article text is untrusted: the page is rendered by Jinja2 with autoescaping on, text is cut into
escaped pieces by offset, and a Content-Security-Policy allows no script and no external resource.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .._version import __version__
from ..store import Store
from ..timeline import READER_LANG
from ..web import views
from . import sections


REPORT_LANG = READER_LANG  # the page's own language: a timeline entry's summary is shown in it where a source has it


def report_context(store: Store, lang: str | None = REPORT_LANG) -> dict[str, Any]:
    """Everything the template shows, as plain data (also what tests assert on); ``lang``: the
    reader's preferred language of timeline summaries (None: each entry's first source's)."""
    anchors = sections.Anchors.over(store.iter_documents())
    derived_entities = store.load_derived("entities")
    stories = store.load_derived("stories")
    context = {
        "overview": sections.overview(store),
        "timeline": sections.timeline(store, stories, anchors, lang),
        "quotes": sections.quotes(store, derived_entities, anchors),
        "figures": sections.figures(store, anchors),
        "entities": sections.entities(derived_entities),
        "stories": sections.stories(stories, anchors),
    }
    # Last: the documents get an anchor at every offset the sections above link to.
    context["documents"] = sections.documents(store, anchors)
    return {
        **context,
        # The web app's stylesheet, inlined: the page must load nothing (it is our own file, not input).
        "css": Markup(resources.files("storyline.web").joinpath("static/style.css").read_text(encoding="utf-8")),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
    }


def render_report(store: Store, lang: str | None = REPORT_LANG) -> str:
    """The report page as an HTML string."""
    env = Environment(
        # The web app's templates too: the chart macro is shared.
        loader=ChoiceLoader([PackageLoader("storyline.report", "templates"),
                             PackageLoader("storyline.web", "templates")]),  # fmt: skip
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(number=views.number, measure=views.measure)
    return env.get_template("report.html").render(**report_context(store, lang))


def write_report(store: Store, out: Path, lang: str | None = REPORT_LANG) -> Path:
    """Write ``index.html`` into ``out`` (created if needed) and return its path."""
    out.mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    tmp = index.with_suffix(".tmp")
    tmp.write_text(render_report(store, lang), encoding="utf-8")
    tmp.replace(index)  # never leave a half-written report behind
    return index
