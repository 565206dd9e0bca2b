# make run  - set everything up on this machine and start studio-dsar
# make test - set everything up and run every test
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test setup system-ocr system-gui bench i18n clean

run: setup system-gui
	$(VENV)/bin/studio-dsar

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -ra

setup: $(STAMP) system-ocr

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "studio-dsar needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

system-ocr:
	@bash installers/system-deps.sh ocr

system-gui:
	@bash installers/system-deps.sh gui

# Whole-corpus measurements (minutes each); they need ../shared beside the repo.
bench: setup
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) benchmarks/intake_eval.py
	$(PY) benchmarks/redact_bench.py

# Recompile the Dutch message catalogue after editing the .po file.
i18n: setup
	$(PY) -m babel.messages.frontend compile -d studio_dsar/locale -D studio_dsar

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
