#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: a new cluster in a temporary folder,
# listening on a free loopback port, with PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE
# exported for the command. The cluster is stopped and its folder removed when the command ends.
#
#   Scripts/with-postgres.sh swift test --traits PostgreSQL
set -euo pipefail

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bindir" ]; then
    echo "with-postgres: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi

folder="$(mktemp -d /tmp/ommi-postgres.XXXXXX)"
password="ommi-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    # The server refuses to run as root; the Debian package creates the postgres user.
    chown postgres: "$folder"
    run_as=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
    "${run_as[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT

printf '%s\n' "$password" > "$folder/password"
chmod 644 "$folder/password"
"${run_as[@]}" "$bindir/initdb" -D "$folder/data" -U ommi --pwfile="$folder/password" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c TimeZone=UTC" \
    start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=ommi PGPASSWORD="$password" PGDATABASE=ommi
"$bindir/createdb" ommi
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
