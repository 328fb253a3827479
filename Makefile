# One task runner. Every target is safe to repeat.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PORT    ?= 8501

.PHONY: setup test run cli lint bench index data

setup: $(STAMP)

# torch is installed first and pinned: an unpinned torch pulls several GB of CUDA wheels.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q "torch==2.13.0"
	$(BIN)/python -m pip install --disable-pip-version-check -q -e ".[dev]"
	touch $(STAMP)

test: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

# settings (headless, no file watcher, no usage statistics) come from .streamlit/config.toml
run: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m retrieval.build
	HF_HUB_OFFLINE=1 $(BIN)/streamlit run streamlit_app.py --server.port $(PORT)

cli: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m assistant chat

lint: setup
	$(BIN)/ruff check .

bench: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench

index: setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m retrieval.build

data: setup
	$(BIN)/python -m structured.build
