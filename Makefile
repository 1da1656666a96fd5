# Sektorbro: `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
WORKERS ?= 2
FLASK := $(BIN)/flask --app webapp
STAMP := $(VENV)/.installed
DKFDS := webapp/static/dkfds/.copied

.PHONY: install run serve loadtest test evaluate bench lint format messages translations clean

install: $(STAMP) $(DKFDS) translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

node_modules/dkfds/package.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The design system is served from our own static folder: no CDN, no request leaves the server.
$(DKFDS): node_modules/dkfds/package.json
	rm -rf webapp/static/dkfds
	mkdir -p webapp/static/dkfds
	cp -r node_modules/dkfds/dist/css node_modules/dkfds/dist/js node_modules/dkfds/dist/fonts \
		node_modules/dkfds/dist/img webapp/static/dkfds/
	touch $@

translations: $(STAMP)
	$(BIN)/pybabel compile -d webapp/translations

run: install
	$(FLASK) db upgrade
	$(FLASK) seed-demo --if-empty
	$(FLASK) weights fairness
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

# The production server: gunicorn, WORKERS processes on 127.0.0.1:PORT (BIND=host:port to listen elsewhere;
# settings in gunicorn.conf.py). Migrates first, and builds the index only when there is no usable one.
serve: install
	$(FLASK) db upgrade
	$(FLASK) index status >/dev/null 2>&1 || $(FLASK) index rebuild
	exec env PORT=$(PORT) WORKERS=$(WORKERS) $(BIN)/gunicorn --config gunicorn.conf.py 'webapp:create_app()'

# A bounded load test against make serve (100k profiles, 200 vacancies, loopback only; prints tables).
loadtest: install
	PYTHONPATH=. $(BIN)/python -m bench.loadtest $(if $(PROFILES),--profiles $(PROFILES))

test: install
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

# Ranking quality against plain TF-IDF on seeded populations (exits 1 if a target is missed).
evaluate: install
	PYTHONPATH=. $(BIN)/python -m bench.evaluate

# Speed and memory tables: matcher at 10k, 100k and 1M profiles, then end to end as the CLI, the candidate page
# and four workers run it, beside tantivy's BM25 (takes a while; SIZES=10000,100000 for less).
bench: install
	PYTHONPATH=. $(BIN)/python -m bench.speed $(if $(SIZES),--sizes $(SIZES))
	PYTHONPATH=. $(BIN)/python -m bench.serving

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# After changing user-facing strings: re-extract, then translate webapp/translations/en.
messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -o webapp/translations/messages.pot --no-location --sort-output webapp
	$(BIN)/pybabel update -i webapp/translations/messages.pot -d webapp/translations

clean:
	rm -rf $(VENV) node_modules webapp/static/dkfds
