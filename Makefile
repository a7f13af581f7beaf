# The two commands a newcomer needs: `make demo` and `make test`. Both set up .venv first.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CANDIDATES := examples/candidates.csv

.PHONY: install test fast lint docs demo bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)  # style, types, and the layers (contracts in pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

docs: $(STAMP)  # docs/ as a site in site/; a broken link or a page missing from the nav fails
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

test: lint docs  # everything, as CI runs it (about 20 minutes; needs PostgreSQL on 127.0.0.1)
	$(BIN)/pytest

fast: $(STAMP)  # the inner loop: every test but the end-to-end ones (tests/e2e)
	$(BIN)/pytest -m "not slow"

demo: $(STAMP)
	$(BIN)/sequencer validate
	@for file in sequences/*.yaml; do \
		name=$$(basename $$file .yaml); \
		$(BIN)/sequencer preview $$name --candidates $(CANDIDATES) --format html -o out/preview-$$name.html || exit 1; \
	done
	@echo "== Sending, simulated: import, enroll, then the daemon's passes over 9 weeks (outbox only)"
	@echo "   From Monday 23 November 2026 (fixed, so the demo reads the same on any day; the role's"
	@echo "   decision deadline is 22 January 2027). On day 10 Priya replies and is marked interested"
	@echo "   (the warm track), Jordan's out-of-office arrives, Alex says 'not now, try me on 11 January'"
	@echo "   (the check-back), Rachel says no (refused by the next enroll, then re-engaged because the"
	@echo "   role changed). Oliver's LinkedIn notes nobody sends go by email instead."
	rm -rf out/demo && mkdir -p out/demo
	sed "s/RETURN_DATE/Monday, December 28, 2026/" \
		examples/replies/jordan-out-of-office.eml > out/demo/jordan-out-of-office.eml
	cd out/demo && export SEQUENCER_SEQUENCES_DIR=../../sequences SEQUENCER_TEMPLATES_DIR=../../templates/messages \
		SEQUENCER_CONTENT_DIR=../../content \
		SEQUENCER_DATABASE_URL=sqlite:///sequencer.db SEQUENCER_OUTBOX_DIR=outbox && \
		start=2026-11-23T08:00Z day10=2026-12-03T12:00Z && \
		../../$(BIN)/sequencer import ../../$(CANDIDATES) && \
		../../$(BIN)/sequencer enroll passive-candidate --all --start $$start && \
		../../$(BIN)/sequencer tick --now $$start --until $$day10 --every 30 && \
		../../$(BIN)/sequencer receive --now $$day10 ../../examples/replies/priya-reply.eml jordan-out-of-office.eml && \
		../../$(BIN)/sequencer replies && \
		../../$(BIN)/sequencer mark --now $$day10 priya.raman@example.com interested && \
		../../$(BIN)/sequencer mark --now $$day10 alex.rivera@example.com not-now --until 2027-01-11 && \
		../../$(BIN)/sequencer mark --now $$day10 rachel.kim@example.com declined && \
		../../$(BIN)/sequencer enroll phone-and-text rachel.kim@example.com --start $$day10 ; \
		../../$(BIN)/sequencer enroll role-evolved rachel.kim@example.com --role-changed --start 2027-01-04T08:00Z && \
		../../$(BIN)/sequencer tick --now $$day10 --until 2027-01-28T00:00Z --every 30 && \
		ls outbox && ../../$(BIN)/sequencer status
	@echo "Open out/preview-*.html for every timeline, out/demo/outbox/*.eml for what was sent"
	@echo "(notify-*.eml: what the recruiter was told about replies)."

bench: $(STAMP)  # every benchmark at the sizes bench/README.md reports (about an hour)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) out site
