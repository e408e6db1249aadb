#!/usr/bin/env bash
# Builds everything and runs every test, installing what they need first.
set -euo pipefail
cd "$(dirname "$0")"
Scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build "$@"
