# Sourced by the test-server scripts while they still run as root:
# grant_dir USER GROUP DIR gives DIR to USER and lets USER reach it (adds
# search permission to the directories above DIR that lack it for USER).
grant_dir() {
  local runas=$1 group=$2 dir=$3 d
  chown -R "$runas:$group" "$dir"
  d=$dir
  while [ "$d" != / ]; do
    d=$(dirname "$d")
    if ! setpriv --reuid="$runas" --regid="$group" --clear-groups test -x "$d"; then
      chmod o+x "$d"
    fi
  done
}
