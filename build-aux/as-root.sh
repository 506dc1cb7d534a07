# as-root.sh: sourced by build-aux's scripts that install Debian packages.
# as_root COMMAND...: runs COMMAND as root: directly when root, else through
# sudo; without either, says what it needed ($as_root_who: the script's
# name) and exits.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "${as_root_who:-build-aux}: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}
