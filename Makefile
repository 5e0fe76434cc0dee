# The two commands a newcomer needs: `make serve` and `make test`. Both install what they
# need first (a local .venv, node_modules, a Chromium for the browser tests).

PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
TRAINER := $(BIN)/trainer

.PHONY: help deps engine wheel build serve class watch verify dist test lint format e2e unit jstest hostile offline-libs bench browser clean

help:
	@echo "make serve   build the course and serve it at http://$(HOST):$(PORT)/ (HOST=0.0.0.0 for a classroom)"
	@echo "make class   serve a class on the LAN with the teacher's page (docs/classroom.md)"
	@echo "make test    lint + every test (unit, checker in Pyodide, end-to-end in Chromium)"
	@echo "make build   build the site into site/"
	@echo "make verify  run every task's reference and wrong solutions through the checker"
	@echo "make watch   serve and rebuild on every saved change (for authors)"
	@echo "make wheel   a wheel with the prebuilt engine, for teachers' own courses (dist/)"
	@echo "make dist    zip the built site for a classroom (dist/python-trainer.zip)"
	@echo "make bench   measure speed (page open to verdict, check time)"
	@echo "make offline-libs  every library's first task offline after one visit (make test: flask, pyjwt)"

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python >= 3.11 is needed (found: $$($(PYTHON) --version))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Cannot create a virtual environment: on Debian/Ubuntu run 'sudo apt install python3-venv'"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "Node.js >= 20 with npm is needed: https://nodejs.org/"; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

deps: $(BIN)/.installed node_modules/.installed

build: deps
	$(TRAINER) build

# The prebuilt engine (browser bundle, Pyodide, snapshot) in site_builder/engine/, and a
# wheel that carries it: a teacher's `pip install` needs no Node.js (docs/authoring.md).
engine: deps
	$(TRAINER) engine

wheel: engine
	rm -rf build/lib
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .

serve: deps
	$(TRAINER) serve --host $(HOST) --port $(PORT)

# A lesson: the site on the LAN, learners' results on the teacher's page (docs/classroom.md).
# CLASS_DATA=DIR keeps another class's results apart.
CLASS_HOST ?= 0.0.0.0
class: deps
	$(TRAINER) serve --class --host $(CLASS_HOST) --port $(PORT) $(if $(CLASS_DATA),--data $(CLASS_DATA))

watch: deps
	$(TRAINER) serve --watch --host $(HOST) --port $(PORT)

verify: deps
	$(TRAINER) verify

dist: deps
	$(TRAINER) dist

# A Chromium for Playwright: Debian's package when we may install it, else Playwright's own.
browser: deps
	@if [ -n "$$TRAINER_CHROMIUM" ] || command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		$(BIN)/playwright install chromium; \
	fi

lint: deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	npx --no-install biome check

format: deps
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	npx --no-install biome check --write

test: deps browser lint jstest
	$(BIN)/pytest

# The page's side of the worker against a fake Worker (web/test/*.test.mjs).
jstest: deps
	node --test web/test/

unit: deps
	$(BIN)/pytest -m "not e2e"

e2e: deps browser
	$(BIN)/pytest -m e2e

# Every hostile program of tests/hostile.py through the page (make test runs a slice).
hostile: deps browser
	TRAINER_HOSTILE=all $(BIN)/pytest tests/test_hostile.py tests/e2e/test_hostile.py

# The first task of every library offline after one visit, with the figures per library
# (first-visit bytes, seconds to the verdict online and offline); make test runs a slice.
offline-libs: deps browser
	TRAINER_OFFLINE_LIBS=all $(BIN)/pytest -s tests/e2e/test_offline_libraries.py

bench: deps browser
	$(BIN)/python -m tests.bench

clean:
	rm -rf site build dist .pytest_cache .ruff_cache
