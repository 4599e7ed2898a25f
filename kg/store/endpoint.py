"""Any SPARQL 1.1 store over HTTP: load with the Graph Store Protocol, query with the SPARQL protocol.

Loading PUTs each named graph to ``{gsp}?graph=<iri>``: the server replaces that graph, so loading
an article again replaces it and never duplicates. Queries are POSTed as an HTML form
(``query=...``), which every SPARQL 1.1 server accepts.

Credentials come from the environment, never from the command line (where ``ps`` would show them):
``KG_ENDPOINT_TOKEN`` (bearer, sent with every request) or ``KG_ENDPOINT_USER`` +
``KG_ENDPOINT_PASSWORD`` (Basic or Digest, whichever the server asks for).
Connection errors and 5xx answers are retried with exponential backoff (3 tries); 4xx are not.
"""

from __future__ import annotations

import functools
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.files import GraphSet
from kg.store.results import QueryResult, result_from_oxigraph

TRIES = 3
BACKOFF_SECONDS = 0.5

_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_QUERY_FORM = re.compile(
    r"""\A(?:\s+|\#[^\n]*(?:\n|\Z)|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*
        (SELECT|ASK|CONSTRUCT|DESCRIBE)\b""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class EndpointUrls:
    """Where a server answers queries (SPARQL protocol) and takes graphs (Graph Store Protocol)."""

    query: str
    gsp: str


def endpoint_urls(url: str, *, gsp_url: str | None = None, query_url: str | None = None) -> EndpointUrls:
    """The query and GSP URLs of a server, from its dataset URL unless given explicitly.

    Derivation (see the README for each server):
      ``http://host:7878``                     Oxigraph server: ``/query`` and ``/store``
      ``http://host:3030/ds``                  Fuseki dataset: ``/ds/query`` and ``/ds/data``
      ``http://host:7200/repositories/kg``     GraphDB/RDF4J: the URL and ``.../rdf-graphs/service``
      ``http://host:8890/sparql``              Virtuoso: the URL and ``/sparql-graph-crud-auth``
                                               (``/sparql-graph-crud`` without KG_ENDPOINT_USER)
      a URL ending in ``/query``               its sibling ``/store`` (root) or ``/data`` (Fuseki)
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"Endpoint {url!r} is not an http:// or https:// URL")
    path = parts.path.rstrip("/")
    root = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    base = root + path
    if "/repositories/" in path:
        derived = EndpointUrls(query=base, gsp=f"{base}/rdf-graphs/service")
    elif path == "":
        derived = EndpointUrls(query=f"{root}/query", gsp=f"{root}/store")
    elif path.endswith("/sparql"):
        # Virtuoso: writes need a user, and its user endpoint is the -auth one (Digest).
        suffix = "-graph-crud-auth" if os.environ.get("KG_ENDPOINT_USER") else "-graph-crud"
        derived = EndpointUrls(query=base, gsp=f"{base}{suffix}")
    elif path.endswith("/query"):
        parent = base[: -len("/query")]
        derived = EndpointUrls(query=base, gsp=f"{parent}/data" if parent != root else f"{root}/store")
    else:
        derived = EndpointUrls(query=f"{base}/query", gsp=f"{base}/data")
    return EndpointUrls(query=query_url or derived.query, gsp=gsp_url or derived.gsp)


def load_into_endpoint(
    graph_set: GraphSet,
    urls: EndpointUrls,
    *,
    timeout: float = 30.0,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """PUT each named graph to the Graph Store; the server replaces the graph with what is sent.

    Each graph is replaced atomically by the server; a failure part-way leaves the graphs before it
    replaced and the rest as they were, and running the same load again finishes the job.

    progress: called with (graphs done, graphs in all) after each graph.
    RETURNS (int): the number of quads sent.
    """
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    sent = 0
    total = len(graph_set.graphs)
    for done, (name, quads) in enumerate(sorted(graph_set.graphs.items()), start=1):
        body = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES) or b""
        target = _with_param(urls.gsp, "graph", name)
        try:
            status, _, answer = _send("PUT", target, body, headers, timeout)
            if status >= 400:
                raise StoreError(_refusal(urls.gsp, status, answer, f"loading graph <{name}>"))
        except StoreError as error:
            if done == 1:
                raise
            raise StoreError(
                f"{error}; {done - 1} of {total} graphs were replaced before it; "
                "run the same kg load again to finish"
            ) from None
        sent += len(quads)
        if progress is not None:
            progress(done, total)
    return sent


def query_endpoint(url: str, query: str, *, timeout: float = 30.0) -> QueryResult:
    """Run a SPARQL query on a server (``url``: its dataset or query URL, see :func:`endpoint_urls`)."""
    target = endpoint_urls(url).query
    match = _QUERY_FORM.match(query)
    kind = match.group(1).upper() if match else None
    accept = {
        "SELECT": _RESULTS_ACCEPT,
        "ASK": _RESULTS_ACCEPT,
        "CONSTRUCT": _GRAPH_ACCEPT,
        "DESCRIBE": _GRAPH_ACCEPT,
    }.get(kind or "", f"{_RESULTS_ACCEPT}, {_GRAPH_ACCEPT}")
    form = {"query": query}
    if urllib.parse.urlsplit(target).path == "/query":
        # Oxigraph server layout: ask for the union of the named graphs as the default graph, as
        # every other store here gives it (Oxigraph's own default graph is empty: kg loads named
        # graphs only).
        form["union-default-graph"] = ""
    body = urllib.parse.urlencode(form).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
    status, content_type, answer = _send("POST", target, body, headers, timeout)
    if status == 400:
        raise QueryError(f"The server rejected the query: {_first_line(answer)}")
    if status >= 400:
        raise StoreError(_refusal(target, status, answer, "querying"))
    return _parse_answer(target, content_type, answer)


def _parse_answer(url: str, content_type: str, body: bytes) -> QueryResult:
    media_type = content_type.split(";")[0].strip().lower()
    try:
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is not None:
            return result_from_oxigraph(ox.parse_query_results(body, format=results_format))
        rdf_format = ox.RdfFormat.from_media_type(media_type)
        if rdf_format is not None:
            triples = (quad.triple for quad in ox.parse(body, format=rdf_format))
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            return QueryResult(kind="construct", graph_ntriples=data.decode("utf-8"))
    except (SyntaxError, ValueError) as error:
        raise StoreError(f"{url} sent an answer that cannot be read as {media_type}: {error}") from None
    raise StoreError(f"{url} answered with {media_type or 'no content type'}, not SPARQL results or RDF")


def _send(
    method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float
) -> tuple[int, str, bytes]:
    """One HTTP exchange, retried on connection errors and 5xx; returns status, type and body."""
    opener, authorization = _auth(url)
    failure = ""
    for attempt in range(TRIES):
        if attempt:
            time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
        request = urllib.request.Request(
            url, data=body, method=method, headers={"User-Agent": "kg (SPARQL client)", **headers}
        )
        if authorization:
            request.add_unredirected_header("Authorization", authorization)
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as error:
            answer = error.read()
            if error.code < 500:
                return error.code, error.headers.get("Content-Type", ""), answer
            failure = f"HTTP {error.code} {error.reason}: {_first_line(answer)}"
        except (urllib.error.URLError, TimeoutError, socket.timeout, ConnectionError) as error:
            failure = _connection_failure(error, timeout)
        except ValueError as error:  # urllib meets an authentication scheme it cannot answer
            raise StoreError(f"{_safe(url)} asks for authentication kg cannot give: {error}") from None
    raise StoreError(f"Could not reach {_safe(url)}: {failure} (tried {TRIES} times); is the server running?")


def _connection_failure(error: Exception, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    return " ".join(str(reason).split())


def _auth(url: str) -> tuple[urllib.request.OpenerDirector, str | None]:
    """The opener and preemptive Authorization header for the credentials in the environment."""
    token = os.environ.get("KG_ENDPOINT_TOKEN")
    user = os.environ.get("KG_ENDPOINT_USER")
    password = os.environ.get("KG_ENDPOINT_PASSWORD")
    if token and user:
        raise StoreError("Set either KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD, not both")
    if token:
        return urllib.request.build_opener(), f"Bearer {token}"
    if user:
        if password is None:
            raise StoreError("KG_ENDPOINT_USER is set but KG_ENDPOINT_PASSWORD is not")
        parts = urllib.parse.urlsplit(url)
        return _password_opener(f"{parts.scheme}://{parts.netloc}/", user, password), None
    return urllib.request.build_opener(), None


@functools.lru_cache(maxsize=8)
def _password_opener(root: str, user: str, password: str) -> urllib.request.OpenerDirector:
    """Answers the server's challenge: Basic (Fuseki, GraphDB) or Digest (Virtuoso's -auth URLs).

    After one accepted Basic exchange, Basic goes out with every request without waiting to be
    asked (so large PUT bodies are not sent twice).
    """
    passwords = _PriorBasicAuth()
    passwords.add_password(None, root, user, password, is_authenticated=False)
    return urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords),
        _BasicAuthHandler(passwords),
    )


class _PriorBasicAuth(urllib.request.HTTPPasswordMgrWithPriorAuth):
    """Sends Basic upfront to a URL once any URL on that server accepted it.

    The stdlib class answers from the first matching entry, the server root added with
    ``is_authenticated=False``, so it would never send credentials upfront.
    """

    def is_authenticated(self, authuri: str) -> bool:
        return any(
            accepted and self.is_suburi(uri, self.reduce_uri(authuri, default_port))
            for default_port in (True, False)
            for uri, accepted in self.authenticated.items()
        )


class _BasicAuthHandler(urllib.request.HTTPBasicAuthHandler):
    """Remembers that a server takes Basic only from exchanges that really used Basic.

    (A Digest exchange must not teach it to send Basic upfront: Virtuoso refuses that with a
    bare 401.)
    """

    def http_response(self, req: urllib.request.Request, response):  # noqa: ANN001, ANN201
        if (req.get_header("Authorization") or "").startswith("Basic "):
            return super().http_response(req, response)
        return response

    https_response = http_response


def _refusal(url: str, status: int, body: bytes, doing: str) -> str:
    credentials = any(os.environ.get(name) for name in ("KG_ENDPOINT_USER", "KG_ENDPOINT_TOKEN"))
    hint = {
        401: "; check KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN"
        if credentials
        else "; set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN",
        403: "; the credentials lack write (or read) rights on this dataset",
        404: "; is that the dataset's URL? (give --gsp-url / --query-url for other layouts)",
        405: "; this URL does not take that request: give the right --gsp-url / --query-url",
    }.get(status, "")
    detail = _first_line(body)
    return f"{_safe(url)} refused {doing}: HTTP {status}{': ' + detail if detail else ''}{hint}"


def _first_line(body: bytes, limit: int = 300) -> str:
    text = " ".join(body.decode("utf-8", errors="replace").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _with_param(url: str, name: str, value: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{urllib.parse.urlencode({name: value})}"


def _safe(url: str) -> str:
    """The URL without any user:password@ part, fit for messages."""
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))
