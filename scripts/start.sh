#!/usr/bin/env bash
# Install (once) and run Anzhi on the embedded store with the demo data: http://127.0.0.1:5000/
# Extra arguments go to run.py, e.g. `bash scripts/start.sh --port 8080` or `bash scripts/start.sh check`.
source "$(dirname "$0")/venv.sh"
cd "$ROOT"
exec "$PY" run.py "$@"
