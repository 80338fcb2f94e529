# Every target bootstraps .venv from requirements/lock.txt on first use: no manual set-up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate validate check test lint clean lock sandbox

# The lock pins every package, pip included, with sha256 hashes: pip installs in hash-checking mode
# and refuses any file whose hash is not in the lock.
$(STAMP): requirements/lock.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/lock.txt
	@touch $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate

validate: $(STAMP)
	$(PY) -m generator validate

# Spec validation, drift check (generated/ equals a fresh generation), ruff and mypy --strict.
check: $(STAMP)
	$(PY) -m generator check

lint: $(STAMP)
	$(PY) -m ruff check generator tests overlays/runtime sandbox release bench
	$(PY) -m ruff format --check generator tests overlays/runtime sandbox release bench
	$(PY) -m mypy --strict overlays/runtime/ --explicit-package-bases
	$(PY) -m mypy --strict generator sandbox release bench tests

# Rewrite the generator's golden records after reviewing a change to the templates or the pipeline:
# the template overrides' output for tests/generator/fixtures/golden/templates/openapi.yaml, and the
# minimal spec's package parts (tests/generator/test_template_golden.py, test_pipeline.py check them).
.PHONY: golden
golden: $(STAMP)
	$(PY) -m tests.generator.template_golden
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/generator/test_pipeline.py -k test_golden_minimal_spec

# Everything CI runs (.ci/run calls this). Two pytest-xdist workers; a test file stays on one worker,
# so module-scoped fixtures (an index, a wheel) are set up once; TEST_WORKERS=0 runs in one process.
# (--dist loadgroup would suit better but pytest-xdist 3.8 cannot rename pytest 9.2's node ids.)
TEST_WORKERS ?= 2
test: check lint
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile

# tests/redis start a real redis-server (bench/redis_server.py): install it once when missing
# (CI runs as root on Debian). Without it those tests skip, and fail when CI is set.
.PHONY: redis-server
redis-server:
	@command -v redis-server >/dev/null 2>&1 || apt-get install -y redis-server || \
		{ apt-get update && apt-get install -y redis-server; } || echo "warning: could not install redis-server"
test: redis-server

# A local SendGrid on 127.0.0.1 (see sandbox/README.md); Ctrl-C stops it.
sandbox: $(STAMP)
	$(PY) -m sandbox

# Re-resolve requirements/lock.txt from pyproject.toml (direct deps), keeping every pin the lock
# already has unless pyproject.toml asks otherwise: one universal file (markers for every platform
# and Python from 3.11.5), sha256 hashes of every published file, pip and setuptools pinned too.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11.5 \
		--generate-hashes --quiet --custom-compile-command "make lock" --output-file requirements/lock.txt

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache generated/.staging-* generated/.generator-cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# --- Release (issue 6): version bump, reproducible build, embedded index, publish. ---------
# Publishing goes to INDEX_URL (+ INDEX_USER / INDEX_PASSWORD) when set, else to the embedded
# pypiserver on 127.0.0.1:$(INDEX_PORT) with packages under .index/packages (see README).
INDEX_PORT ?= 8765
export INDEX_PORT

.PHONY: bump build package-test preflight publish index index-stop lint-release

# Set info.version from the public-API change since the last *published* release (spec/api-snapshot.json,
# which `make publish` records) and rewrite the CHANGELOG entry of that unpublished version. The
# package is generated first: its Python API (read with griffe) is compared as well as the wire.
bump: generate
	$(PY) -m generator bump
	$(PY) -m generator generate

# Byte-reproducible wheel + sdist of generated/sendgrid-reseller into dist/.
build: generate
	$(PY) -m release build

# The generated package's own tests (cassettes, runtime): quick.
package-test: $(STAMP)
	$(PY) -m pytest -q $(wildcard tests/client tests/runtime)

# preflight first (about a second): tree committed, index is PEP 503, credentials accepted, version
# absent. Only then generate, check, test and build; the upload is verified by sha256 and the
# published API recorded in spec/api-snapshot.json (commit it).
publish: $(STAMP)
	$(PY) -m release preflight
	$(MAKE) --no-print-directory generate check package-test build
	$(MAKE) --no-print-directory docs-archive
	$(PY) -m release publish --record

preflight: $(STAMP)
	$(PY) -m release preflight

index: $(STAMP)
	$(PY) -m release index

index-stop: $(STAMP)
	$(PY) -m release index-stop

lint-release: $(STAMP)
	$(PY) -m ruff check release
	$(PY) -m mypy --strict release

lint: lint-release

# --- Benchmarks (issue 7): medians of interleaved runs -> bench/RESULTS.md + bench/results.json.
# Peers (openapi-generator-cli, sendgrid, stock openapi-python-client) install into bench/.venv-peers.
.PHONY: bench
bench: $(STAMP)
	BENCH_COMMAND="make bench" $(PY) bench/run.py

# --- Reliability (issue 8): full-strength fuzzing; cassettes re-recorded for review. ----------
# make test runs tests/reliability with 200 examples per fuzz target; make fuzz with 10,000.
# make record: live API when SENDGRID_API_KEY / SENDGRID_API_USER(+_PASSWORD) are set (GET only
# unless RECORD_WRITES=1), else the sandbox; writes tests/client/cassettes.recorded/ (ONLY=glob).
.PHONY: fuzz record

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/reliability/test_fuzz.py

record: $(STAMP)
	$(PY) -m tests.client.record $(if $(ONLY),--only '$(ONLY)') $(if $(RECORD_WRITES),--writes)

# make cassettes: rewrite tests/client/cassettes/ from tests/client/transcriptions/*.py (byte-stable;
# YAML no transcription writes is removed). tests/client/test_cassette_transcriptions.py fails on drift.
.PHONY: cassettes
cassettes: $(STAMP)
	$(PY) -m tests.client.transcribe

# --- Foreign documents (issue 14): generate any OpenAPI document, or a folder of them. ---------
# One line per document (operations declared / generated, adaptations, seconds) and a totals line:
#   make foreign SPEC=path/to/openapi.yaml [PACKAGE_NAME=acme-api] [OUT=build/foreign]
.PHONY: foreign
foreign: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make foreign SPEC=path/to/document-or-folder [PACKAGE_NAME=...] [OUT=...]"; exit 2; }
	$(PY) -m generator foreign '$(SPEC)' $(if $(OUT),--out '$(OUT)') $(if $(PACKAGE_NAME),--package-name '$(PACKAGE_NAME)')

# --- Docs (issue 19): the API reference site, see README "Documentation site". ---------------
# MkDocs + Material + mkdocstrings; docs/hooks/ generates the reference pages from the package.
# --strict: any warning (a broken link or cross-reference) fails the build.
DOCS_PORT ?= 8000
DOCS_ENV := NO_MKDOCS_2_WARNING=1
.PHONY: docs docs-serve docs-archive chromium lint-docs

docs: $(STAMP)
	$(DOCS_ENV) $(PY) -m mkdocs build --strict --clean

docs-serve: $(STAMP)
	$(DOCS_ENV) $(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:$(DOCS_PORT)

# dist/sendgrid_reseller-<version>-docs.tar.gz (make publish writes it next to the wheel).
docs-archive: docs
	$(PY) -m release.docs_archive

# tests/docs drive Debian's chromium through chromium-driver: install them once when missing
# (CI runs as root on Debian). Without them the browser tests skip, and fail when CI is set.
chromium:
	@command -v chromedriver >/dev/null 2>&1 || apt-get install -y chromium chromium-driver || \
		{ apt-get update && apt-get install -y chromium chromium-driver; } || echo "warning: could not install chromium"
test: chromium

lint-docs: $(STAMP)
	$(PY) -m ruff check docs/hooks
lint: lint-docs
