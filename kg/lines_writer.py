"""Sorted statements (N-Triples or N-Quads) to a graph file in another format, read as they come.

The last step of a streamed build (``kg.spool.GraphSpool.commit``): the spool merges its sorted runs
and Oxigraph parses the merged statements back to write Turtle, TriG or JSON-LD. Run as a helper
process that reads the statements on its standard input, the parse and the serialisation run on
one core while the merge runs on another, instead of after it. Run by its file name, it imports
only pyoxigraph, so it starts in a few hundredths of a second.

    python kg/lines_writer.py SOURCE_FORMAT TARGET_FORMAT OUTPUT PREFIXES_JSON < statements

SOURCE_FORMAT and TARGET_FORMAT are file extensions (nt, nq; ttl, trig, jsonld).
"""

from __future__ import annotations

import json
import sys
from typing import BinaryIO

import pyoxigraph as ox


def write_statements(source: BinaryIO, source_format: ox.RdfFormat, target_format: ox.RdfFormat,
                     output: str, prefixes: dict[str, str] | None) -> None:
    """Parse the statements of ``source`` as they come and write them to ``output``.

    prefixes: the prefixes Turtle and TriG shorten IRIs with (None for the other formats).
    The parse is lenient (IRIs and language tags not checked again): every statement was written
    by Oxigraph's own terms (``kg.rdf.lines.term_text``), which refuse invalid ones; checking them
    again was half the time of the parse.
    """
    statements = ox.parse(source, format=source_format, lenient=True)
    # N-Triples parse to quads in the default graph, which the graph formats take as they are
    if target_format == ox.RdfFormat.JSON_LD:  # indented, as kg always wrote it
        data = ox.serialize(statements, format=target_format)
        with open(output, "wb") as stream:
            stream.write((json.dumps(json.loads(data), indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        return
    ox.serialize(statements, output, target_format, prefixes=prefixes)


def main(argv: list[str]) -> int:
    """The helper process: arguments as in the module's docstring; exit 1 with the reason on stderr."""
    source_format, target_format, output, prefixes = argv
    try:
        write_statements(sys.stdin.buffer, ox.RdfFormat.from_extension(source_format),
                         ox.RdfFormat.from_extension(target_format), output, json.loads(prefixes))
    except (OSError, SyntaxError, ValueError) as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
