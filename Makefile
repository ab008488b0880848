# The front door: `make demo` and `make test` each bootstrap .venv first.
# Python 3.11 is what the CPU torch wheel here is built for.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREPCLI_DB ?= $(CURDIR)/.prepcli/prepcli.db
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo team-demo team-demo-stop test test-fast bench lint

install: $(STAMP)

# torch is installed first and pinned so pip takes the CPU wheel from its find-links, never CUDA.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/python -m prepcli.onnx_model
	touch $(STAMP)

demo: install
	$(BIN)/prepcli ingest sample_data/
	$(BIN)/prep "Dr. Okafor" --as-of 2026-11-23
	$(BIN)/prep --day 2026-11-24 --owner "Kendra Ivers" -f html -o .prepcli/day-2026-11-24.html --force
	@echo
	@echo "The sample rep's day pack for 2026-11-24 (Kendra Ivers): .prepcli/day-2026-11-24.html"
	@echo "Try it yourself (the demo's store is .prepcli/prepcli.db, apart from your own):"
	@echo "  source .venv/bin/activate"
	@echo '  export PREPCLI_DB=$$PWD/.prepcli/prepcli.db'
	@echo '  prep "Dr. Okafor"'
	@echo '  prep --day 2026-11-24 --owner "Kendra Ivers"'

# The team store: a local PostgreSQL with pgvector (from a wheel) stands in for the team's server.
# The administrator (the server's superuser here) sets it up and ingests centrally; a rep login
# for one territory pulls that territory into a laptop store, and the briefing comes from it.
TEAM := $(CURDIR)/.prepcli/team
team-demo: install
	@set -e; \
	admin=$$($(BIN)/python -m prepcli.stores.devserver $(TEAM)/pg); \
	rep=$$($(BIN)/python -m prepcli.stores.devserver $(TEAM)/pg --login kendra); \
	export PREPCLI_TEAM_DIR=$(TEAM)/copies; \
	echo "== team init $$admin"; $(BIN)/prepcli team init "$$admin"; \
	echo "== ingest sample_data/ into the team store"; $(BIN)/prepcli ingest sample_data/ --db "$$admin"; \
	echo "== add rep kendra for territory ONC-NE-03"; \
	PREPCLI_PASSWORD=demo-kendra $(BIN)/prepcli team user add kendra --role rep --territory ONC-NE-03 --db "$$admin"; \
	echo "== kendra pulls her territory onto her laptop"; \
	PREPCLI_PASSWORD=demo-kendra $(BIN)/prepcli pull "$$rep" --db $(TEAM)/laptop.db; \
	$(BIN)/prepcli status --db $(TEAM)/laptop.db; \
	$(BIN)/prep "Dr. Okafor" --as-of 2026-11-23 --db $(TEAM)/laptop.db; \
	echo; echo "The server keeps running for you to try: admin URL $$admin"; \
	echo "  kendra: PREPCLI_PASSWORD=demo-kendra prepcli search 'dosing' --db '$$rep'"; \
	echo "Stop it with: make team-demo-stop"

team-demo-stop: install
	$(BIN)/python -m prepcli.stores.devserver $(TEAM)/pg --stop

# pytest exits 5 when it collects nothing; for this project that means the suite went missing,
# so it is turned into a plain failure with a message instead of a puzzling make error.
test: install
	@$(BIN)/pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose" >&2; exit 1; fi; \
	exit $$rc

test-fast: install
	$(BIN)/pytest -q -m "not integration"

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/retrieval.py
	$(BIN)/python bench/briefing.py
	$(BIN)/python bench/prep.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/phi.py

lint: install
	$(BIN)/ruff check prepcli tests bench
	$(BIN)/ruff format --check prepcli tests bench
	$(BIN)/mypy prepcli
