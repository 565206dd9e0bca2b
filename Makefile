# make run  - set everything up on this machine and start studio-dsar
# make test - set everything up and run every test
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint setup system-ocr system-gui package package-check bench bench-redact i18n clean

run: setup system-gui
	$(VENV)/bin/studio-dsar

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -ra

# Lint and type gate (configured in pyproject.toml; strict typing on studio_dsar/core).
lint: setup
	$(VENV)/bin/ruff check studio_dsar tests benchmarks
	$(VENV)/bin/mypy studio_dsar

setup: $(STAMP) system-ocr

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "studio-dsar needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

system-ocr:
	@PY=$(PY) bash installers/system-deps.sh ocr

system-gui:
	@bash installers/system-deps.sh gui

# The stand-alone app for this platform, with everything inside (Linux: a .deb in dist/;
# Windows and macOS: see installers/README.md). Takes a few minutes; `make test` never runs it,
# but tests/test_package.py smoke-tests the package when one is in dist/.
package: setup
	$(PY) -m pip install --quiet -e ".[package]"
	$(PY) installers/build.py

# Build the package and smoke-test it in a clean environment (CI runs this after make test).
package-check: package
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -ra tests/test_package.py

# Whole-corpus measurements (minutes each); they need ../shared beside the repo.
bench: setup
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) benchmarks/intake_eval.py
	$(PY) benchmarks/redact_bench.py
	$(PY) benchmarks/idmatch_bench.py

# The redaction alone, side by side with PassportEye (benchmark-only extra) on the first 12
# dev files, interleaved in one run, plus `redact --batch` throughput with 1 and 2 processes.
# BENCH_ARGS passes other options (e.g. BENCH_ARGS="--profile benchmarks/profiles/harsh.json").
BENCH_ARGS ?= --limit 12 --batch
bench-redact: setup
	$(PY) -m pip install --quiet -e ".[bench]"
	nice -n 10 $(PY) benchmarks/redact_bench.py $(BENCH_ARGS)

# Refresh the Dutch catalogue from the source (then translate new entries in the .po)
# and compile it. tests/test_i18n.py fails while an entry is untranslated or stale.
i18n: setup
	$(VENV)/bin/pybabel extract -k _ -k N_ -k ngettext:1,2 --no-location --sort-output \
	    -o studio_dsar/resources/locale/studio_dsar.pot studio_dsar
	$(VENV)/bin/pybabel update -i studio_dsar/resources/locale/studio_dsar.pot -d studio_dsar/resources/locale \
	    -D studio_dsar -l nl --no-fuzzy-matching --ignore-obsolete
	$(VENV)/bin/pybabel compile -d studio_dsar/resources/locale -D studio_dsar

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
