"""Turn report data into one self-contained HTML page (no network needed to open it).

The page carries its own styles and scripts: ours from ``kg/report/assets`` and
vis-network from the ``pyvis`` package, which ships it. The data goes in as JSON
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
from pathlib import Path
from string import Template

from kg import __version__
from kg.errors import ReportError

# pyvis ships two vis-network builds; 9.1.2 is the smaller, standalone one.
_VIS_PATHS = ("lib/vis-9.1.2/vis-network.min.js", "templates/lib/vis-9.1.2/vis-network.min.js")


def _asset(name: str) -> str:
    return resources.files("kg.report").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vis-network script from the installed ``pyvis`` package."""
    try:
        package = resources.files("pyvis")
    except ModuleNotFoundError:
        raise ReportError("the pyvis package is not installed; install kg's dependencies (pip install -e .)") from None
    for relative in _VIS_PATHS:
        path = Path(str(package.joinpath(relative)))
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ReportError(f"pyvis at {package} does not ship vis-network.min.js (looked for {', '.join(_VIS_PATHS)})")


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
