#!/usr/bin/env bash
# Builds and runs the browser (on a demo database unless given a file), installing what it needs first.
set -euo pipefail
cd "$(dirname "$0")"
Scripts/install-dependencies.sh
exec swift run --quiet ommi-browse "$@"
