"""How fast, and in how much memory, kg reads large files of records (JSON Lines, gzipped or not).

Writes a file of news-please records of the asked size (the seed articles, each record made
distinct by a counter, so none is skipped as a duplicate), then reads it with
``read_sources`` in a fresh process and prints MB/s, records/s and the process's peak RSS
beside the file's size: the reader streams, so its memory must not grow with the file.

    python -m kg.bench.inputs --sizes 100,1000          # megabytes
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.resources import asset_dir

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def write_records(path: Path, megabytes: int) -> int:
    """A news-please JSON Lines file of about ``megabytes`` MB; returns the record count."""
    texts = [p.read_text(encoding="utf-8").split("\n", 1) for p in sorted(SEEDS.glob("*.txt"))]
    opener = gzip.open if path.suffix == ".gz" else open
    written, count, target = 0, 0, megabytes * 1_000_000
    with opener(path, "wt", encoding="utf-8") as out:
        while written < target:
            title, body = texts[count % len(texts)]
            line = json.dumps({"title": title, "maintext": f"{body}\nNomor arsip {count}.", "url": f"https://example.id/{count}",
                               "date_publish": "2023-09-14 10:00:00", "authors": [], "source_domain": "example.id"})
            out.write(line + "\n")
            written += len(line) + 1
            count += 1
    return count


def read_all(path: str) -> None:
    """Child process: read every record, print one JSON line of figures."""
    from kg.records import Source
    from kg.sources import read_sources

    started = time.perf_counter()
    sources = skipped = 0
    for item in read_sources([path]):
        if isinstance(item, Source):
            sources += 1
        else:
            skipped += 1
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": sources, "skipped": skipped, "seconds": seconds, "peak_rss_mb": peak_mb}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="file sizes in MB, comma-separated")
    parser.add_argument("--gzip", action="store_true", help="write .jsonl.gz files")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        read_all(args.child)
        return
    asset_dir("queries")  # fail early on a broken install
    print(f"{'file MB':>8} {'on disk MB':>10} {'records':>9} {'seconds':>8} {'MB/s':>7} {'records/s':>10} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / (f"news-{size}.jsonl" + (".gz" if args.gzip else ""))
            written = write_records(path, size)
            done = subprocess.run([sys.executable, "-m", "kg.bench.inputs", "--child", str(path)],
                                  capture_output=True, text=True, check=True)
            figures = json.loads(done.stdout)
            if figures["records"] != written:
                raise SystemExit(f"read {figures['records']} of {written} records: {done.stderr.strip()}")
            print(f"{size:>8} {path.stat().st_size / 1e6:>10.0f} {written:>9,} {figures['seconds']:>8.1f} "
                  f"{size / figures['seconds']:>7.1f} {written / figures['seconds']:>10,.0f} {figures['peak_rss_mb']:>12.0f}")
            path.unlink()


if __name__ == "__main__":
    main()
