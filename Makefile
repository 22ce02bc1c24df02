# Two commands set everything up on a fresh machine:
#   make demo   creates .venv, installs huiqi, imports the bundled sample and shows a search, a match, a calendar
#               and a client's digest
#   make test   creates .venv, installs huiqi with its test extra, runs the whole test suite
#   make test-fast  the developers' quick loop: stops at the first failure, leaves out the slow end-to-end
#               tests (kill-and-resume imports, full harvests) and the drills
#   make drill  the reliability drills (README "Reliability"): kill chains, concurrent readers, a full-size
#               hostile harvest, then the JSON fuzz at DRILL_FUZZ_EXAMPLES; 4 to 7 minutes on 2 cores
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DATA ?= data
DEMO_DATE ?= 2025-09-24
DRILL_FUZZ_EXAMPLES ?= 2000

.PHONY: setup browser redis demo test test-fast drill bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Headless Chromium and its driver for the end-to-end test of `huiqi serve` (Debian's packages, and a CJK font
# for its screenshots). Idempotent and quiet: nothing happens when both are on PATH; without apt-get or root
# it says so once, and that test skips with the reason.
BROWSER_PACKAGES := chromium chromium-driver fonts-wqy-zenhei
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "installing $(BROWSER_PACKAGES) for the browser test of huiqi serve"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null 2>&1 \
		|| { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null 2>&1; } \
		|| echo "warning: could not install chromium; the browser test of huiqi serve will skip"; \
	else echo "note: no chromium/chromedriver, and no apt-get as root: the browser test of huiqi serve will skip"; fi

# Debian's redis-server for the distributed-harvest tests (each starts its own on a free loopback port).
# Idempotent and quiet like `browser`; without apt-get or root those tests skip with the reason.
redis:
	@if command -v redis-server >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "installing redis-server for the distributed-harvest tests"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -qq redis-server >/dev/null 2>&1 \
		|| { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq redis-server >/dev/null 2>&1; } \
		|| echo "warning: could not install redis-server; the distributed-harvest tests will skip"; \
	else echo "note: no redis-server, and no apt-get as root: the distributed-harvest tests will skip"; fi

HUIQI := $(BIN)/huiqi --data-dir $(DEMO_DATA)

demo: setup
	@echo "== import the bundled sample (a second run reports every notice unchanged)"
	$(HUIQI) import data/samples/
	@echo "== search: 专精特新 calls open on $(DEMO_DATE) for an enterprise in 吴中区"
	$(HUIQI) search 专精特新 --kind call --in-scope-of 吴中区 --open-on $(DEMO_DATE) --limit 5
	@echo "== match: which calls each example enterprise can apply for on $(DEMO_DATE)"
	$(HUIQI) match data/profiles/suzhou_wuzhong_software.toml --on $(DEMO_DATE)
	@echo "== calendar: every deadline from $(DEMO_DATE), as iCalendar"
	$(HUIQI) calendar --from $(DEMO_DATE) -o $(DEMO_DATA)/deadlines.ics
	@echo "== stats"
	$(HUIQI) stats
	@echo "== digest: for one client, the calls published since 2025-09-15 that are new, changed or closing on $(DEMO_DATE)"
	$(HUIQI) digest data/profiles/suzhou_wuzhong_software.toml --on $(DEMO_DATE) --since 2025-09-15

test: setup browser redis
	$(BIN)/python -m pytest

test-fast: setup redis
	$(BIN)/python -m pytest -q -x -m "not slow and not drill"

drill: setup
	$(BIN)/python -m pytest -m drill --durations=0 tests/test_drill.py
	HUIQI_FUZZ_EXAMPLES=$(DRILL_FUZZ_EXAMPLES) $(BIN)/python -m pytest --timeout 3600 --durations=0 \
		--hypothesis-show-statistics tests/test_json_fuzz.py

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DATA)/huiqi.db* $(DEMO_DATA)/index $(DEMO_DATA)/logs
