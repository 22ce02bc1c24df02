# Two commands set everything up on a fresh machine:
#   make demo   creates .venv, installs huiqi, imports the bundled sample and shows a search, a match and a calendar
#   make test   creates .venv, installs huiqi with its test extra, runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DATA ?= data
DEMO_DATE ?= 2025-09-24

.PHONY: setup demo test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/huiqi --data-dir $(DEMO_DATA) import data/samples/
	$(BIN)/huiqi --data-dir $(DEMO_DATA) stats

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DATA)/huiqi.db* $(DEMO_DATA)/index $(DEMO_DATA)/logs
