#!/usr/bin/env bash
# Builds everything, the PostgreSQL driver included, and runs every test: SQLite's and, beside a
# throwaway PostgreSQL cluster on loopback, PostgreSQL's. Installs what they need first.
set -euo pipefail
cd "$(dirname "$0")"
Scripts/install-dependencies.sh test
build=(--traits PostgreSQL --scratch-path .build-postgres)
swift build --build-tests "${build[@]}"
log="$(mktemp)"
Scripts/with-postgres.sh swift test --skip-build "${build[@]}" "$@" 2>&1 | tee "$log"
# XCTest reports its own empty run; the count that matters is Swift Testing's.
passed="$(sed -n 's/.*Test run with \([0-9]*\) tests.* passed.*/\1/p' "$log" | tail -1)"
rm -f "$log"
if [ -z "$passed" ] || [ "$passed" -eq 0 ]; then
    echo "no test ran" >&2
    exit 1
fi
echo "tests: $passed passed, 0 failed"
