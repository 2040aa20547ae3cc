# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements-installed

.PHONY: install run test lint format

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@# The review lifecycle's runner beside the server (docs/review-lifecycle.md): the worker,
	@# and the trigger that queues the jobs every five minutes. Ctrl-C stops all three.
	$(BIN)/python manage.py db_worker --backend lifecycle --no-reload & worker=$$!; \
	$(BIN)/python manage.py run_lifecycle_jobs --every 300 & trigger=$$!; \
	trap 'kill $$worker $$trigger 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
