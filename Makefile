# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use and
# install exactly the lock (requirements/lock.txt, every package pinned with its hashes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
# `make test-latest`: the newest versions pyproject.toml allows, in a venv of their own.
LATEST := .venv-latest
# `make lock`: uv resolves the lock (for every platform and Python >= 3.11); pip installs it.
LOCKER := .venv-lock
UV_VERSION := 0.13.9

.PHONY: run test lint types pytest bench mutation schemas translations lock test-latest clean

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rehab-app

test: $(STAMP) lint types pytest

# The checks `test` and `test-latest` share; $(1) is the venv's bin folder.
define checks
	$(1)/ruff check .
	$(1)/ruff format --check .
	$(1)/mypy
	QT_QPA_PLATFORM=offscreen $(1)/python -m pytest -q
endef

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -p no:randomly tests/bench --override-ini addopts= -o python_files='bench_*.py'

# `make mutation` (slow, not part of `make test`): mutmut changes the rule modules one small edit
# at a time and runs tests/core against each change; a change no test notices "survives". The
# report scores each module against its target, leaving out the survivors explained in
# tests/mutation-survivors.md. One module: `make mutation MUTATE=session.plan` (about 15 minutes for all
# on two cores). Results stay in mutants/: `mutmut show NAME` prints one mutant.
MUTATE ?= safety.rules progression.suggestions progression.rules progression.physio \
	progression.options progression.text progression.pain_monitoring progression.flare_up \
	session.engine session.plan
mutation: $(STAMP)
	for m in $(MUTATE); do $(BIN)/mutmut run "rehab_app.core.$$m.*" > /dev/null || exit 1; done
	$(BIN)/python tools/mutation_report.py $(MUTATE)

schemas: $(STAMP)
	$(BIN)/python -m rehab_app.core.content.schema schemas

# Refresh the lock after a change to the dependencies in pyproject.toml (or to pick up fixes).
lock:
	test -x $(LOCKER)/bin/uv || ($(PYTHON) -m venv $(LOCKER) && \
	  $(LOCKER)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION))
	$(LOCKER)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	  --extra test --output-file $(LOCK) pyproject.toml requirements/build.in

# The whole suite against the newest releases pyproject.toml allows: finds drift before users do.
test-latest:
	rm -rf $(LATEST)
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade -e '.[test]'
	$(LATEST)/bin/python -m pip list --disable-pip-version-check --format=freeze
	$(call checks,$(LATEST)/bin)

# Interface translations: refresh each rehab_app/i18n/*.ts from the source (every module under
# rehab_app/ui, at any depth: -no-obsolete drops the strings of any file left out), then compile.
translations: $(STAMP)
	for ts in rehab_app/i18n/rehab_app_*.ts; do \
	  $(BIN)/pyside6-lupdate rehab_app/app.py $$(find rehab_app/ui -name '*.py' | sort) -no-obsolete -ts $$ts && \
	  $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

clean:
	rm -rf $(VENV) $(LATEST) $(LOCKER) .mypy_cache .pytest_cache .ruff_cache mutants
