#!/usr/bin/env bash
# Runs a throwaway PostgreSQL server on 127.0.0.1 for tests and trials,
# with everything (cluster, socket, log) in DIR.
#
#   scripts/postgres-test.sh start DIR [PORT]   # PORT: default a free one
#   scripts/postgres-test.sh stop DIR
#
# start prints "port=PORT dsn=postgres://…" and writes the DSN to DIR/dsn:
# user postgres, database postgres, password authentication with the
# password in DIR/password. It listens on loopback only.
#
# Needs the Debian package postgresql (PostgreSQL 15: initdb and pg_ctl
# under /usr/lib/postgresql/*/bin); no systemd, no root. Run as root, it
# drops to an unprivileged user (nobody, or $POSTGRES_TEST_RUNAS) with
# setpriv, gives DIR to that user and makes the directories above DIR
# traversable, since PostgreSQL refuses to run as root.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
port=${3:-}

for d in /usr/lib/postgresql/*/bin; do
  [ -d "$d" ] && PATH=$d:$PATH
done
command -v initdb >/dev/null && command -v pg_ctl >/dev/null ||
  { echo "$0: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

if [ "$(id -u)" = 0 ] && [ -z "${POSTGRES_TEST_DROPPED:-}" ]; then
  runas=${POSTGRES_TEST_RUNAS:-nobody}
  group=$(id -gn "$runas")
  if [ "$cmd" = start ]; then
    . "$(dirname "$0")/grant-dir.sh"
    grant_dir "$runas" "$group" "$dir"
  fi
  # The script is fed on standard input, so that the user needs no
  # access to where it lies.
  exec setpriv --reuid="$runas" --regid="$group" --clear-groups \
    env HOME="$dir" PATH="$PATH" POSTGRES_TEST_DROPPED=1 bash -s -- "$@" <"$0"
fi

free_port() {
  local p
  for _ in $(seq 1 50); do
    # Below Linux's ephemeral range (32768-60999), which other tests'
    # outgoing connections draw from between our probe and the bind.
    p=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "$0: no free port found" >&2
  exit 1
}

case $cmd in
start)
  if [ -f "$dir/data/postmaster.pid" ] && pg_ctl -D "$dir/data" status >/dev/null 2>&1; then
    echo "$0: a PostgreSQL already runs for $dir" >&2
    exit 1
  fi
  fixed_port=$port
  [ -n "$port" ] || port=$(free_port)
  [ -s "$dir/password" ] || head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/password"
  chmod 600 "$dir/password"
  mkdir -p "$dir/run"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    initdb -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/password" \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      echo "$0: initdb failed:" >&2
      cat "$dir/initdb.log" >&2
      exit 1
    }
  fi
  # fsync off: a test server's data need not survive a crash of the
  # machine, and tests that commit often run many times faster.
  # A free port can be taken between the probe and the bind: then try
  # another one (unless the caller named the port).
  for try in 1 2 3 4 5; do
    : >"$dir/postgres.log"
    if pg_ctl -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/run -c fsync=off -c max_connections=100" \
      </dev/null >"$dir/pg_ctl.out" 2>&1; then
      break
    fi
    if [ -z "$fixed_port" ] && [ "$try" -lt 5 ] && grep -q 'Address already in use' "$dir/postgres.log"; then
      port=$(free_port)
      continue
    fi
    echo "$0: PostgreSQL did not start:" >&2
    cat "$dir/pg_ctl.out" "$dir/postgres.log" >&2 2>/dev/null || true
    exit 1
  done
  echo "$port" >"$dir/port"
  dsn="postgres://postgres:$(cat "$dir/password")@127.0.0.1:$port/postgres?sslmode=disable"
  echo "$dsn" >"$dir/dsn"
  chmod 600 "$dir/dsn"
  echo "port=$port dsn=$dsn"
  ;;
stop)
  [ -f "$dir/data/postmaster.pid" ] || { echo "$0: no PostgreSQL runs for $dir" >&2; exit 0; }
  pg_ctl -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || {
    echo "$0: PostgreSQL for $dir did not stop" >&2
    exit 1
  }
  ;;
*)
  usage
  ;;
esac
