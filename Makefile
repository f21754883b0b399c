# Every target builds .venv itself when it is missing or pyproject.toml changed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PACKAGE := generated/quantconnect_client
CHECK_DIR := .build/check-generated
HAND_WRITTEN := auth_plugin codegen mock_server tests bench scripts
BASE_URL ?=

.PHONY: install generate check-generated lint test contract demo mock bench drift clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# Regenerates the client from openapi.yaml; commit openapi.yaml and generated/ together.
generate: install
	$(PY) -m codegen --output $(PACKAGE)

# Fails when generated/ is not exactly what openapi.yaml and generator-config.yml produce.
check-generated: install
	$(PY) -m codegen --output $(CHECK_DIR)/quantconnect_client
	diff -r --exclude=__pycache__ generated $(CHECK_DIR) \
	  || { echo "generated/ is stale: run 'make generate' and commit the result" >&2; exit 1; }

lint: install
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)
	$(BIN)/mypy $(HAND_WRITTEN)
	$(BIN)/mypy $(PACKAGE)

test: check-generated lint
	$(BIN)/pytest

# Contract tests (schemathesis CLI) against the mock, or against BASE_URL when it is given.
contract: install
	$(PY) -m scripts.contract $(if $(BASE_URL),--base-url $(BASE_URL))

demo: install
	$(PY) -m scripts.demo

mock: install
	$(PY) -m mock_server

bench: install
	$(PY) -m bench

# Compares openapi.yaml with a copy of QuantConnect's official document: make drift OFFICIAL=path/to/it.yaml
drift: install
	$(PY) -m scripts.drift $(OFFICIAL)

clean:
	rm -rf .build .pytest_cache .mypy_cache .ruff_cache
