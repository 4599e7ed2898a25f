"""Graph output written as results arrive: sorted runs on disk, merged into the file at the end.

A streamed build hands over each graph as sorted N-Triples lines (``kg.rdf.lines``) as soon as a
worker has mapped and checked it; the lines are held up to a bounded number, then sorted into a
run file in a staging folder beside the target. ``commit`` merges the runs (each statement once,
in the order ``kg.output`` sorts them, so the bytes are those of ``kg.output.serialize``), writes
the format asked for with Oxigraph and renames it over the target; ``discard`` removes the staging
and leaves the old file as it was.
"""

from __future__ import annotations

import heapq
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from kg import lines_writer
from kg.errors import OutputError
from kg.output import FORMATS, _OXIGRAPH_FORMATS
from kg.rdf.lines import bound_namespaces
from kg.staging import describe_os_error, remove_stale, replacement_mode, staging_folder

# Formats whose file is the merged statements themselves: each line's terms are already written as
# Oxigraph writes them (``kg.rdf.lines``), so parsing them back to serialise them again (a third of
# the write at 1,600 articles) gave the same bytes.
_AS_MERGED = ("nt", "nquads")
RUN_LINES = 400_000  # lines held in memory before they are sorted into a run file (~100 MB)


class GraphSpool:
    """The graph file being written: ``add`` graphs in any order, then ``commit`` or ``discard``.

    destination (str): the file to write, or ``-`` for stdout (written only at ``commit``).
    fmt (str): one of ``kg.output.FORMATS``; quad formats keep each graph, the others hold the union.
    """

    def __init__(self, destination: str, fmt: str, run_lines: int = RUN_LINES) -> None:
        self.fmt = fmt
        self.quads = FORMATS[fmt][1]
        self.target = None if destination == "-" else Path(destination)
        self.run_lines = run_lines
        self.prefixes: set[str] = set()
        self.statements = 0
        self._buffer: list[str] = []
        self._runs: list[Path] = []
        # A triple's run line is already its N-Triples statement (the same suffix on every line keeps their
        # order); a quad's opens with its graph, for the order, and is rewritten at the end.
        self._end = "\n" if self.quads else " .\n"
        try:
            if self.target is None:
                self.folder = Path(tempfile.mkdtemp(prefix="kg-spool-"))
            else:
                self.target.parent.mkdir(parents=True, exist_ok=True)
                remove_stale(self.target.parent, self.target.name)
                self.folder = staging_folder(self.target)
        except OSError as error:
            raise OutputError(f"cannot write {destination}: {describe_os_error(error)}") from None

    def add(self, name: str, lines: Sequence[str], prefixes: Iterable[str] = ()) -> None:
        """One graph: ``name`` its IRI's N-Triples text, ``lines`` its sorted triples (``kg.rdf.lines``)."""
        if self.quads:
            self._buffer.extend(f"{name} {line}" for line in lines)  # graph first: (g, s, p, o) order
        else:
            self._buffer.extend(lines)
        self.prefixes.update(prefixes)
        if len(self._buffer) >= self.run_lines:
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        path = self.folder / f"run-{len(self._runs):05d}"
        # Sorted first, then each line once: the buffer holds each graph's lines already sorted, a run
        # the sort merges cheaply, which a set (hash order) shuffled (the sort took twice as long).
        lines = dict.fromkeys(sorted(self._buffer))
        try:
            with open(path, "w", encoding="utf-8") as stream:
                stream.writelines(f"{line}{self._end}" for line in lines)
        except OSError as error:
            raise OutputError(f"cannot write {self.target or 'the graph'}: {describe_os_error(error)}; "
                              "the old file, if any, is unchanged") from None
        self._runs.append(path)
        self._buffer = []

    def _merged(self) -> Iterator[str]:
        """Every line of every run, sorted, each once."""
        self._flush()
        streams = [open(path, encoding="utf-8") for path in self._runs]
        try:
            previous = None
            for line in heapq.merge(*streams):
                if line != previous:
                    previous = line
                    self.statements += 1
                    yield line
        finally:
            for stream in streams:
                stream.close()

    def commit(self) -> int:
        """Write the file (or stdout) from the merged runs; returns the number of statements."""
        try:
            output = self.folder / "graph.out"
            if self.fmt in _AS_MERGED:
                self._write_statements(output)
            else:
                self._serialize(output)
            if self.target is None:
                with open(output, "rb") as stream:
                    shutil.copyfileobj(stream, sys.stdout.buffer)
                sys.stdout.flush()
            else:
                with open(output, "rb+") as stream:
                    os.fsync(stream.fileno())
                os.chmod(output, replacement_mode(self.target))
                os.replace(output, self.target)
        except OSError as error:
            raise OutputError(f"cannot write {self.target or 'the graph'}: {describe_os_error(error)}; "
                              "the old file, if any, is unchanged") from None
        finally:
            self.discard()
        return self.statements

    def _write_statements(self, path: Path) -> None:
        """The merged lines as N-Quads (graph last) or N-Triples statements, in their order."""
        with open(path, "w", encoding="utf-8") as stream:
            self._copy_statements(stream)

    def _copy_statements(self, stream: TextIO) -> None:
        """Write the merged lines to ``stream`` as N-Quads (graph last) or N-Triples statements."""
        if self.quads:
            for line in self._merged():
                graph, triple = line.rstrip("\n").split(" ", 1)
                stream.write(f"{triple} {graph} .\n")
        else:
            stream.writelines(self._merged())

    def _serialize(self, output: Path) -> None:
        """The merged statements in the format asked for (prefixes for Turtle/TriG), written by a helper
        process (``kg.lines_writer``) that parses and writes them as the merge here hands them over."""
        prefixes = None
        if self.fmt in ("turtle", "trig"):
            prefixes = {p: n for p, n in bound_namespaces() if p in self.prefixes}
        source = "nq" if self.quads else "nt"
        # run by its file: it imports only pyoxigraph, so it starts at once and finds it where this process does
        command = [sys.executable, lines_writer.__file__, source, _OXIGRAPH_FORMATS[self.fmt].file_extension,
                   str(output), json.dumps(prefixes)]
        with open(self.folder / "writer.err", "w+b") as errors:
            with subprocess.Popen(command, stdin=subprocess.PIPE, stderr=errors) as writer:
                try:
                    with io.TextIOWrapper(writer.stdin, encoding="utf-8") as stream:
                        self._copy_statements(stream)
                except BrokenPipeError:
                    pass  # the writer stopped early: its exit code and message say why
                except BaseException:
                    writer.kill()
                    raise
            if writer.returncode != 0:
                errors.seek(0)
                reason = errors.read().decode("utf-8", "replace").strip() or f"exit code {writer.returncode}"
                raise OSError(f"writing the {self.fmt} file failed: {reason}")

    def discard(self) -> None:
        """Remove the staging; the target stays as it was."""
        shutil.rmtree(self.folder, ignore_errors=True)
