#!/usr/bin/env bash
# Builds and runs the program, installing what it needs first.
set -euo pipefail
cd "$(dirname "$0")"
Scripts/install-dependencies.sh
exec swift run --quiet ommi-example "$@"
