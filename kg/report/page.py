"""Turn report data into one self-contained HTML page (no network needed to open it).

The page carries its own styles and scripts, all from ``kg/report/assets``: ours and
vis-network (vendored from its npm package, with its licence beside it). The data goes in as JSON
inside a ``<script type="application/json">`` block that the page's script reads
with ``JSON.parse`` and shows only through text nodes, so text from articles is
always shown as text. A Content-Security-Policy allows exactly our two scripts
(by hash): even if markup slipped into the page, no other script could run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import lru_cache
from importlib import resources
from string import Template

from kg import __version__
from kg.errors import ReportError

_VIS = "vis-network.min.js"  # vendored from its npm package; see assets/vis-network.LICENSE


def _asset(name: str) -> str:
    try:
        return resources.files("kg.report").joinpath("assets", name).read_text(encoding="utf-8")
    except OSError as error:
        raise ReportError(f"the report asset {name} is missing from kg/report/assets ({error.strerror}); "
                          "reinstall kg") from None


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vis-network script, vendored as one file (a plain install needs no pyvis)."""
    return _asset(_VIS)


def json_for_script(data: object) -> str:
    """JSON that cannot end its ``<script>`` block early or open a comment inside it.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc.; JSON.parse reads them back unchanged.
    U+2028/2029 are escaped too, for old parsers that treat them as line ends.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(data: dict, *, title: str = "kg report") -> str:
    """The report page for ``data`` (as made by ``kg.report.collect.collect_report``)."""
    vis = vis_network_js()
    app = _asset("report.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_script_hash(vis)} {_script_hash(app)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )
    template = Template(_asset("page.html"))
    return template.substitute(
        csp=csp,
        version=html.escape(__version__),
        title=html.escape(title),
        css=_asset("report.css"),
        data=json_for_script(data),
        vis=vis,
        app=app,
    )
