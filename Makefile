# The two commands a newcomer needs: `make demo` and `make test`. Both set up .venv first.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CANDIDATES := examples/candidates.csv

.PHONY: install test lint demo clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

demo: $(STAMP)
	$(BIN)/sequencer validate
	@for file in sequences/*.yaml; do \
		name=$$(basename $$file .yaml); \
		$(BIN)/sequencer preview $$name --candidates $(CANDIDATES) --format html -o out/preview-$$name.html || exit 1; \
	done
	$(BIN)/sequencer preview passive-candidate --candidates $(CANDIDATES) \
		--candidate $$(sed -n 2p $(CANDIDATES) | cut -d, -f1)
	@echo "Open out/preview-*.html in a browser for the timelines of every example candidate."

clean:
	rm -rf $(VENV) out
