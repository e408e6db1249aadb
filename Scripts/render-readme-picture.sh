#!/usr/bin/env bash
# Draws Assets/browser.svg, the README's picture of the browser, from the real screen of the demo
# database (see Tests/OmmiBrowseTests/Browser/ReadmePictureTests.swift), then checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
OMMI_RECORD_SNAPSHOTS=1 swift test --skip-build --filter ReadmePictureTests >/dev/null 2>&1 || true
swift test --skip-build --filter ReadmePictureTests
