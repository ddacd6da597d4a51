# InfoShare Desktop: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint bench screenshots translations package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/infoshare $(ARGS)

test: $(STAMP_TEST)
	scripts/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/ruff check infoshare_desktop tests bench scripts

lint: $(STAMP_TEST)
	$(BIN)/ruff check infoshare_desktop tests bench scripts

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

screenshots: $(STAMP_TEST)
	scripts/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

translations: $(STAMP_TEST)
	scripts/update-translations.sh

# The app for this OS in dist/: the one-folder app, plus the Linux tarball or (with
# Inno Setup 6) the Windows installer. See the README, "Building and installing InfoShare
# (for IT staff)".
package: $(STAMP_TEST)
	$(BIN)/python scripts/package.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
