# `make graph` and `make test` set everything up themselves (virtualenv, install) on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
# Training/evaluation corpora are read from here, never copied into the repo.
KG_DATA ?= ../shared/data
export KG_DATA

.PHONY: all install dev graph test model bench bench-100k bench-ner bench-html clean

all: graph

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

graph: install
	@mkdir -p build
	$(KG) build seeds -o build/graph.ttl
	$(KG) report build/graph.ttl -o build/report.html

test: dev
	$(PY) -m pytest -q --slow

# Trains the NER into kg/nlp/model (needs the corpora at $(KG_DATA)).
model: dev
	$(PY) -m kg.train.ner --data "$(KG_DATA)" --output kg/nlp/model

bench-ner: install
	$(PY) -m kg.bench.ner --data "$(KG_DATA)"

# kg's HTML reading against its own reducer and trafilatura on the saved pages of tests/fixtures/html_pages.
bench-html: install
	$(PY) -m kg.bench.html

# kg build -j 2 against the NER alone at 400 and 1,600 articles of ~500 words, then the streamed
# build -j 2 at 1,000 and 10,000 articles of corpus text with every shipped query timed on the
# embedded store (needs $(KG_DATA)); see BENCHMARKS.md.
BENCH_SIZES ?= 1000,10000
bench: install
	$(PY) -m kg.bench.streaming --data "$(KG_DATA)" --sizes 400,1600
	$(PY) -m kg.bench.pipeline --data "$(KG_DATA)" --sizes $(BENCH_SIZES)
	$(PY) -m kg.bench.ner --data "$(KG_DATA)"

# The build alone (no store load, no query timings) at 1,000 and 100,000 articles: about two hours on
# a 2-core machine, so not part of `make bench`; see BENCHMARKS.md.
bench-100k: install
	$(PY) -m kg.bench.pipeline --data "$(KG_DATA)" --sizes 1000,100000 --no-store

clean:
	rm -rf build .pytest_cache
