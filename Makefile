# storyline: the two commands of the README are `make demo` and `make test`; both set up everything.
PY      ?= $(shell command -v python3.11 || command -v python3)
VENV    := .venv
BIN     := $(VENV)/bin
SHARED  ?= ../shared
DB      ?= storyline.db
SEEDS   ?= $(SHARED)/corpus/seeds
OUT     ?= out
SCORE   := $(BIN)/python $(SHARED)/eval/scorer/score.py
ANALYZE := '$(BIN)/storyline analyze - --format jsonl --quiet'

NER_LANGS ?= en nb de es nl pl ru fr it pt

.PHONY: install install-spark spark-for-tests demo serve test eval-gate eval-langid eval-quotes eval-time eval-pubdate eval-figures eval-figures-parallel figures-agreement eval-stories bench bench-search bench-spark clean \
        ner-dev ner-models ner-openers ner-cv eval-entities bench-entities

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

## The optional Spark engine (pyspark, ~460 MB download, ~30 s; needs Java 17+): storyline spark, docs/spark.md
$(VENV)/.spark: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[spark]'
	touch $@

install-spark: $(VENV)/.spark

## make test installs the Spark engine too when Java 17+ is here (its tests need it); else it says so.
JAVA_OK := $(shell java -version 2>&1 | head -1 | grep -Eq '"(1[7-9]|[2-9][0-9])' && echo yes)
spark-for-tests: install
ifeq ($(JAVA_OK),yes)
	@$(MAKE) --no-print-directory install-spark
else
	@echo "WARNING: no Java 17+ here: the Spark engine's tests will be skipped (pyspark needs it)" >&2
endif

## The main job: build the seed corpus into the default SQLite store and write the static report.
demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/storyline build $(SEEDS) --db $(DB)
	$(BIN)/storyline report --db $(DB) --out $(OUT)/report
	$(BIN)/storyline stories --db $(DB)
	$(BIN)/storyline figures --db $(DB) --subject NATO --measure troops
	@echo "store: $(DB)   report: $(OUT)/report/index.html   browse: make serve   more: .venv/bin/storyline --help"

## Browse the store in the read-only web app on http://127.0.0.1:8001/
serve: install
	$(BIN)/storyline serve --db $(DB)

## Lint (pyflakes-level errors), the tests (unit, CLI, real text), then the quality gate on the dev data.
test: install spark-for-tests
	$(BIN)/ruff check --select F,E9 storyline bench eval tests
	$(BIN)/python -m pytest -q
	$(BIN)/python eval/gate.py --shared $(SHARED)

eval-gate: install
	$(BIN)/python eval/gate.py --shared $(SHARED)

eval-langid: install
	$(SCORE) langid --data $(SHARED)/eval/langid/itn-dev --system $(ANALYZE)
	$(BIN)/python bench/eval_langid_articles.py --shared $(SHARED)

eval-quotes: install
	$(SCORE) quotes --data $(SHARED)/eval/quotes --system $(ANALYZE)

eval-time: install
	$(SCORE) time --data $(SHARED)/eval/time --system $(ANALYZE)

eval-pubdate: install
	$(SCORE) pubdate --data $(SHARED)/eval/pubdate --system $(ANALYZE)

eval-stories: install
	$(SCORE) stories --data $(SHARED)/eval/stories/itn-dev --system 'PYTHONPATH=. $(BIN)/python -m storyline.stories.evaluate --level story'
	$(SCORE) stories --data $(SHARED)/eval/stories/meantime-cdcr-dev --system 'PYTHONPATH=. $(BIN)/python -m storyline.stories.evaluate --level event'
	STORYLINE_SHARED=$(SHARED) $(BIN)/python -m storyline.timeline.evaluate --analyze

eval-figures: install
	$(BIN)/python -m storyline.figures.evaluate

## Figures across languages: MEANTIME's en/es/it/nl translations of one article should agree.
eval-figures-parallel: install
	$(BIN)/python -m storyline.figures.parallel

## How far two annotators agree on figure subjects (the second, blind annotation against the gold).
figures-agreement: install
	$(BIN)/python -m storyline.figures.agreement

## Entities: the held-out NER dev sets (build/ner-dev/<lang>), the CRF models, their scores.
ner-dev: install
	STORYLINE_SHARED=$(SHARED) $(BIN)/python -m storyline.entities.corpus --lang $(NER_LANGS)

ner-models: install
	STORYLINE_SHARED=$(SHARED) nice $(BIN)/python -m storyline.entities.train --lang $(NER_LANGS)

ner-openers: install  # the sentence-opener tables (storyline/entities/models/<lang>.openers.txt)
	STORYLINE_SHARED=$(SHARED) $(BIN)/python -m storyline.entities.openers --lang $(NER_LANGS)

NER_CV_ARGS ?= --lang nb  # e.g. make ner-cv NER_CV_ARGS="--lang de --folds 3 --train-only"
ner-cv: install
	STORYLINE_SHARED=$(SHARED) nice $(BIN)/python -m storyline.entities.crossval $(NER_CV_ARGS)

eval-entities: ner-dev
	$(SCORE) ner --data build/ner-dev --system '$(BIN)/python -m storyline.entities.evaluate'

bench-entities: install
	$(BIN)/python bench/bench_entities.py --shared $(SHARED)

bench-search: install
	$(BIN)/python bench/bench_search.py --shared $(SHARED)

bench: install
	$(BIN)/python bench/bench_analyze.py --shared $(SHARED)
	$(BIN)/python bench/bench_web.py --shared $(SHARED)
	$(BIN)/python bench/bench_figures.py --shared $(SHARED)
	$(BIN)/python bench/bench_langid.py

bench-spark: install-spark
	nice $(BIN)/python bench/bench_spark.py --shared $(SHARED)

clean:
	rm -rf $(VENV) $(OUT) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
