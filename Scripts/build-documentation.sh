#!/usr/bin/env bash
# Builds the DocC documentation of the library and its drivers into .build-docs/, failing on any
# warning (an unresolved symbol link, an article that a symbol hides). The PostgreSQL driver is
# compiled only with its trait, so its documentation is built in the trait's build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/.build-docs"
# The plugin moves each archive into place and refuses to replace one from an earlier run.
rm -rf "$out"
mkdir -p "$out"
for target in Ommi OmmiSQLite; do
    swift package --allow-writing-to-directory "$out" \
        generate-documentation --target "$target" --output-path "$out/$target" --warnings-as-errors
done
swift package --scratch-path .build-postgres --traits PostgreSQL --allow-writing-to-directory "$out" \
    generate-documentation --target OmmiPostgres --output-path "$out/OmmiPostgres" --warnings-as-errors
