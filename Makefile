# Two commands: `make run` (set up, open the GUI on the demo event) and `make test` (set up, run all tests).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := $(HOME)/.cache/checkin/demo.checkin
PYTHON ?= python3

.PHONY: run test setup system-deps translations lint bench bench-quick package clean

run: setup
	@mkdir -p $(dir $(DEMO))
	$(VENV)/bin/checkin demo $(DEMO) --force
	$(VENV)/bin/checkin gui $(DEMO)

test: setup
	$(PY) tests/run_all.py

setup: system-deps $(STAMP) translations

system-deps:
	@bash packaging/install-system-deps.sh

# The build lock (PyInstaller) is installed too: the test suite builds and runs the Linux bundle.
$(STAMP): requirements.lock packaging/requirements-build.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock -r packaging/requirements-build.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

# Qt translation catalogues (.qm) are built from the .ts sources, never committed.
translations: $(STAMP)
	@$(PY) packaging/build_translations.py

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks packaging
	PYTHONPATH=src $(VENV)/bin/lint-imports --no-cache

bench-quick: setup
	$(PY) -m benchmarks.run --quick

bench: setup
	$(PY) -m benchmarks.run

package: setup
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist
