#!/usr/bin/env bash
# The whole test suite: lint, types, and pytest on both backends (Neo4j fetched and started here when needed).
# With CI=true a Neo4j that cannot start is a failure, never a skip.
source "$(dirname "$0")/venv.sh"
cd "$ROOT"
started_neo4j=0
if [ -z "${ANZHI_NEO4J_URI:-}" ] && ! bash scripts/neo4j.sh status >/dev/null 2>&1; then
  if command -v java >/dev/null && command -v mvn >/dev/null || [ "${CI:-}" = "true" ]; then
    bash scripts/neo4j.sh start
    started_neo4j=1
  else
    echo "!! java or mvn missing: the Neo4j tests will be SKIPPED (install a JDK 17 and Maven to run them)" >&2
  fi
fi
# Headless Chromium for tests/browser: the project's own script installs it (needs root; CI runs as root).
if ! bash scripts/install-browser.sh; then
  echo "!! could not install chromium: the browser tests will be SKIPPED" >&2
fi
stop_neo4j() { if [ "$started_neo4j" = 1 ]; then bash scripts/neo4j.sh stop; fi; }
trap stop_neo4j EXIT
# Every stage runs, so one report shows all that is wrong; the exit status is non-zero if any failed.
failed=()
echo "== ruff" >&2
"$PY" -m ruff check . || failed+=(ruff)
echo "== mypy" >&2
"$PY" -m mypy ontology kb ingest rules cases webui run.py || failed+=(mypy)
echo "== pytest" >&2
"$PY" -m pytest "$@" || failed+=(pytest)
if [ ${#failed[@]} -gt 0 ]; then
  echo "!! failed: ${failed[*]}" >&2
  exit 1
fi
