#!/usr/bin/env bash
# Builds and runs the browser (on a demo database unless given a file or a postgres:// URL),
# installing what it needs first. A postgres:// URL builds the PostgreSQL driver in too.
set -euo pipefail
cd "$(dirname "$0")"
Scripts/install-dependencies.sh run
build=()
for argument in "$@"; do
    case "$argument" in
    postgres://* | postgresql://*) build=(--traits PostgreSQL --scratch-path .build-postgres) ;;
    esac
done
exec swift run --quiet ${build[@]+"${build[@]}"} ommi-browse "$@"
