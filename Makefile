# One task runner. Every target is safe to repeat.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench
PORT    ?= 8501

.PHONY: setup test fuzz run cli lint bench index data

setup: $(STAMP)

# What `make run` and `make test` need, nothing more: the runtime core, the app (ui), the LangChain wrappers
# (langchain, tested) and the test tools (dev). torch is installed first and pinned: an unpinned torch pulls
# several GB of CUDA wheels.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q "torch==2.13.0"
	$(BIN)/python -m pip install --disable-pip-version-check -q -e ".[ui,langchain,dev]"
	touch $(STAMP)

# the benchmarks' LangChain baseline only
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --disable-pip-version-check -q -e ".[ui,langchain,dev,bench]"
	touch $(BENCH_STAMP)

test: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

# the full fuzz run: 20,000+ generated inputs through ask, batch and the name resolvers (make test runs a slice)
fuzz: setup
	HF_HUB_OFFLINE=1 CTA_FUZZ=full $(BIN)/python -m pytest -q tests/test_fuzz.py

# settings (headless, no file watcher, no usage statistics) come from .streamlit/config.toml
run: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m retrieval.build
	HF_HUB_OFFLINE=1 $(BIN)/streamlit run streamlit_app.py --server.port $(PORT)

cli: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m assistant chat

lint: setup
	$(BIN)/ruff check .

bench: setup $(BENCH_STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench

index: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m retrieval.build

data: setup
	$(BIN)/python -m structured.build
