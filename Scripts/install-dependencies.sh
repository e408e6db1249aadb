#!/usr/bin/env bash
# Installs the Debian packages the project needs, when they are missing.
#   install-dependencies.sh run    what building and running ommi-browse needs (headers of the
#                                  system's SQLite and ncursesw); a postgres:// URL needs no server here
#   install-dependencies.sh test   that, plus what the tests drive: the sqlite3 tool, tmux, procps
#                                  and a PostgreSQL server for the throwaway cluster
set -euo pipefail

run_packages=(libsqlite3-dev libncurses-dev)
test_packages=(sqlite3 tmux procps postgresql)
case "${1:-test}" in
run) packages=("${run_packages[@]}") ;;
test) packages=("${run_packages[@]}" "${test_packages[@]}") ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "installing ${missing[*]}" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
