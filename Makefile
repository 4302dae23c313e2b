# Two entry points for a fresh machine with Python 3.11+ and pip:
#   make run   – set up .venv if needed, then open the app on the demo workspace (made on the first run)
#   make test  – set up .venv if needed, then run the whole suite offscreen
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench dist icons clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# the demo lives in a workspace of its own: the user's own workspace starts empty, on the welcome page
DEMO := $(VENV)/demo-workspace.sqlite

run: $(STAMP)
	test -f $(DEMO) || $(BIN)/python main.py --workspace $(DEMO) demo
	$(BIN)/python main.py --workspace $(DEMO)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	for script in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

# a self-contained app folder, dist/community-planner/, that needs no Python (see README)
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		resources/packaging/community-planner.spec

# the icons as PNG in both themes' text colours (after adding or changing an SVG in resources/icons/tabler)
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.widgets.icons

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
