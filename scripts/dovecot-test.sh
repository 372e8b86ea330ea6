#!/usr/bin/env bash
# Runs a throwaway Dovecot IMAP server on 127.0.0.1 for tests and trials,
# with everything (config, sockets, state, log, Maildir) in DIR.
#
#   scripts/dovecot-test.sh start DIR [PORT]   # PORT: default a free one
#   scripts/dovecot-test.sh stop DIR
#
# start prints "port=PORT user=USER password=PASSWORD" and writes the
# port to DIR/port. The user is bounces@example.com (or $DOVECOT_TEST_USER)
# with the password in DIR/password; mail lives in DIR/mail/USER as a
# Maildir. Plaintext login is allowed: it listens on loopback only.
#
# With DOVECOT_TEST_OAUTH2_URL set, the user can also log in with OAuth2
# (OAUTHBEARER, XOAUTH2): Dovecot POSTs the token to that URL (RFC 7662
# introspection), which answers {"active":true,"username":USER} for a good
# token; DOVECOT_TEST_OAUTH2_MECHS narrows the mechanisms offered (default
# "oauthbearer xoauth2"). IMAP ID commands are logged (imap_id_log) in DIR/dovecot.log.
#
# Needs the Debian package dovecot-imapd (Dovecot 2.3); no systemd, no
# root. Run as root, it drops to an unprivileged user (nobody, or
# $DOVECOT_TEST_RUNAS) with setpriv, gives DIR to that user and makes the
# directories above DIR traversable.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
port=${3:-}

PATH=$PATH:/usr/sbin:/sbin
command -v dovecot >/dev/null || { echo "$0: dovecot is not installed (apt-get install dovecot-imapd)" >&2; exit 1; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
conf=$dir/dovecot.conf

if [ "$(id -u)" = 0 ] && [ -z "${DOVECOT_TEST_DROPPED:-}" ]; then
  runas=${DOVECOT_TEST_RUNAS:-nobody}
  group=$(id -gn "$runas")
  if [ "$cmd" = start ]; then
    . "$(dirname "$0")/grant-dir.sh"
    grant_dir "$runas" "$group" "$dir"
  fi
  # The script is fed on standard input, so that the user needs no
  # access to where it lies.
  exec setpriv --reuid="$runas" --regid="$group" --clear-groups \
    env HOME="$dir" DOVECOT_TEST_DROPPED=1 bash -s -- "$@" <"$0"
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

wait_listening() {
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

master_pid() {
  [ -f "$dir/run/master.pid" ] && cat "$dir/run/master.pid"
}

case $cmd in
start)
  if pid=$(master_pid) && kill -0 "$pid" 2>/dev/null; then
    echo "$0: a Dovecot already runs for $dir (pid $pid)" >&2
    exit 1
  fi
  [ -n "$port" ] || port=$(free_port)
  user=${DOVECOT_TEST_USER:-bounces@example.com}
  [ -s "$dir/password" ] || head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/password"
  chmod 600 "$dir/password"
  me=$(id -un)
  mygroup=$(id -gn)
  mkdir -p "$dir/run" "$dir/state" "$dir/mail"
  printf '%s:{PLAIN}%s::::::\n' "$user" "$(cat "$dir/password")" >"$dir/users"
  chmod 600 "$dir/users"
  cat >"$conf" <<EOF
# Written by scripts/dovecot-test.sh: a test server, loopback only.
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${DOVECOT_TEST_OAUTH2_URL:+ ${DOVECOT_TEST_OAUTH2_MECHS:-oauthbearer xoauth2}}
imap_id_log = *
default_internal_user = $me
default_internal_group = $mygroup
default_login_user = $me
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:$dir/mail/%u
mail_uid = $me
mail_gid = $mygroup
$(if [ -n "${DOVECOT_TEST_OAUTH2_URL:-}" ]; then printf 'passdb {\n  driver = oauth2\n  mechanisms = %s\n  args = %s\n}\n' "${DOVECOT_TEST_OAUTH2_MECHS:-oauthbearer xoauth2}" "$dir/oauth2.conf.ext"; fi)
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$me gid=$mygroup home=$dir/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service ipc {
  chroot =
}
service old-stats {
  chroot =
}
service aggregator {
  chroot =
}
EOF
  if [ -n "${DOVECOT_TEST_OAUTH2_URL:-}" ]; then
    cat >"$dir/oauth2.conf.ext" <<EOF
introspection_mode = post
introspection_url = $DOVECOT_TEST_OAUTH2_URL
username_attribute = username
active_attribute = active
active_value = true
EOF
  fi
  echo "$port" >"$dir/port"
  # Dovecot daemonizes; its output must not hold the caller's pipes.
  dovecot -c "$conf" </dev/null >"$dir/dovecot.out" 2>&1 || {
    echo "$0: dovecot did not start:" >&2
    cat "$dir/dovecot.out" "$dir/dovecot.log" >&2 2>/dev/null || true
    exit 1
  }
  if ! wait_listening "$port"; then
    echo "$0: dovecot does not listen on 127.0.0.1:$port:" >&2
    cat "$dir/dovecot.out" "$dir/dovecot.log" >&2 2>/dev/null || true
    exit 1
  fi
  echo "port=$port user=$user password=$(cat "$dir/password")"
  ;;
stop)
  pid=$(master_pid) || { echo "$0: no Dovecot runs for $dir" >&2; exit 0; }
  if [ -f "$conf" ]; then
    dovecot -c "$conf" stop </dev/null >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
  else
    kill "$pid" 2>/dev/null || true
  fi
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || exit 0
    sleep 0.1
  done
  echo "$0: dovecot (pid $pid) did not stop" >&2
  exit 1
  ;;
*)
  usage
  ;;
esac
