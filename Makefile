# Two commands do all setup: `make run` and `make test`; `make lint` checks style and types.
# .venv is (re)built whenever pyproject.toml is newer than the last install.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench score clean

$(STAMP): pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/python bot.py

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

# ruff's rules and mypy's settings and files are in pyproject.toml
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

check: $(STAMP)
	$(VENV)/bin/python bot.py check

bench: $(STAMP)
	$(VENV)/bin/python bench/matching.py

score: $(STAMP)
	$(VENV)/bin/python ../shared/eval/score.py ../shared/eval/dev-questions.yaml

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache
