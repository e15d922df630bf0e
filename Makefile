# bezirkspartner — the two commands: `make run` and `make test`.
# Both bootstrap themselves: a virtual environment is created and filled on the
# first call and reused afterwards (reinstalled only when pyproject.toml or the
# constraints change).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run setup test lint check bench messages clean-venv

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
		|| { echo "bezirkspartner needs Python 3.11 or newer (found: $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/constraints.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	@touch $@

setup: $(VENV)/.installed
	$(BIN)/bezirkspartner setup

run: setup
	exec $(BIN)/bezirkspartner serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed
	@if [ -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then \
		echo "Browser tests: Chromium found, they run."; \
	else \
		echo "Browser tests: Chromium not found at /usr/bin/chromium - they will be SKIPPED (apt-get install chromium)."; \
	fi
	@$(BIN)/python -c 'import weasyprint' >/dev/null 2>&1 \
		&& echo "PDF tests: Pango found, they run." \
		|| echo "PDF tests: Pango not found - they will be SKIPPED (apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)."
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/bezirkspartner makemigrations --check --dry-run

check: lint test

bench: $(VENV)/.installed
	$(BIN)/python -m tests.bench

messages: $(VENV)/.installed
	cd src/bezirkspartner && ../../$(BIN)/bezirkspartner makemessages -l de -l en --no-location --no-obsolete -e html,txt,py,md --ignore "accounts/locale/*"

clean-venv:
	rm -rf $(VENV)
