# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint types pytest bench schemas translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rehab-app

test: $(STAMP) lint types pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -p no:randomly tests/bench --override-ini addopts= -o python_files='bench_*.py'

schemas: $(STAMP)
	$(BIN)/python -m rehab_app.core.schema schemas

# Interface translations: refresh each rehab_app/i18n/*.ts from the source, then compile the .qm files.
translations: $(STAMP)
	for ts in rehab_app/i18n/rehab_app_*.ts; do \
	  $(BIN)/pyside6-lupdate rehab_app/app.py rehab_app/ui/*.py -no-obsolete -ts $$ts && \
	  $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
