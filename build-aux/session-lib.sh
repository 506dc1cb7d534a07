# session-lib.sh: what test-session.sh and test-session-mutter.sh share
# (sourced by both; not run on its own)
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The servers get TERM when the script ends, however it ends (even by
# SIGKILL, where no trap runs): setpriv sets their parent-death signal.
servers_die_with_us=(setpriv --pdeathsig TERM)

stop() {  # stop PID: TERM, then KILL if it is still there after 2 s
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

# What the test left behind: meson starts each test in a session of its
# own, which the script leads, and everything still in it gets TERM,
# process groups of their own included (`timeout` makes one). Run by hand,
# the session is the terminal's, and not ours to end.
end_leftovers() {
  if [ "$(cut -d ' ' -f 6 /proc/$$/stat 2>/dev/null)" = "$$" ]; then
    pkill -TERM -s "$$"
  fi
}

# A signal ends the session too (meson's timeout sends TERM), with the
# shell's usual status for it; cleanup runs on EXIT
trap_signals() {
  trap cleanup EXIT
  trap 'exit 129' HUP
  trap 'exit 130' INT
  trap 'exit 143' TERM
}
