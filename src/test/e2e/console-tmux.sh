#!/usr/bin/env bash
# End-to-end check of the full-screen console as a user sees it: starts `lsorg --demo` in tmux at 80x24, types
# keys, reads the screen with capture-pane, quits, and checks the terminal is left sane (echo, icanon, main screen,
# cursor). Also checks SIGTERM restores the terminal and that no terminal means a one-line message and exit 2.
# Usage: src/test/e2e/console-tmux.sh [path/to/lsorg.jar]   (run from the repository root after `mvn -B verify`)
set -uo pipefail

JAR="$(realpath "${1:-target/lsorg.jar}")"
TIMEOUT="${E2E_TIMEOUT:-60}"
WORK="$(mktemp -d)"
SOCK="lsorg-e2e-$$"
PASSED=0
FAILED=0

command -v tmux >/dev/null || { echo "console-e2e: tmux is not installed"; exit 1; }
[ -f "$JAR" ] || { echo "console-e2e: no jar at $JAR (run mvn -B package first)"; exit 1; }

tm() { tmux -L "$SOCK" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$WORK"; }
trap cleanup EXIT

pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1"; echo "---- screen ----"; tm capture-pane -p -t e2e 2>/dev/null; echo "----------------"; }

screen() { tm capture-pane -p -t e2e; }

# About the waits in this script: lsorg runs here as a separate process behind tmux, which gives no event when the
# app has read a key or redrawn. So the script polls the screen or a file with a deadline (expect, wait_file,
# settled), and paces keystrokes with short fixed pauses (keys, line, text) so that a key is not read together with
# the next one (Esc followed at once by a key reaches the app as Alt+key). These are the only fixed waits in
# src/test, and they are here because an external process must be waited for.

# Waits until the screen contains $1 (fixed string); reports $2.
expect() {
    local deadline=$((SECONDS + TIMEOUT))
    while (( SECONDS < deadline )); do
        if screen | grep -qF -- "$1"; then pass "$2"; return 0; fi
        sleep 0.2
    done
    fail "$2 (waited ${TIMEOUT}s for: $1)"
    return 1
}

wait_file() {
    local deadline=$((SECONDS + TIMEOUT))
    while (( SECONDS < deadline )); do [ -s "$1" ] && return 0; sleep 0.2; done
    return 1
}

# One key per send-keys: Esc followed at once by a key would reach the app as Alt+key.
keys() { local k; for k in "$@"; do tm send-keys -t e2e "$k"; sleep 0.15; done; sleep 0.2; }
line() { tm send-keys -t e2e "$1" Enter; sleep 0.3; }
text() { tm send-keys -t e2e -l "$1"; sleep 0.3; }

# Each run uses its own XDG folders so the user's history, themes and log are never touched.
start_console() {
    local name="$1"
    rm -f "$WORK/$name".*
    line "export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config TERM=${E2E_TERM:-xterm-256color}"
    T0=$(date +%s%N)
    line "stty -a > $WORK/$name.before; java -jar $JAR --demo; echo \$? > $WORK/$name.exit; stty -a > $WORK/$name.after"
}

sane_after() {
    local name="$1"
    if wait_file "$WORK/$name.exit" && [ "$(cat "$WORK/$name.exit")" = "$2" ]; then pass "$name: exit code $2"; else
        fail "$name: exit code $(cat "$WORK/$name.exit" 2>/dev/null || echo none), wanted $2"; fi
    wait_file "$WORK/$name.after"
    if grep -qE '(^| )echo( |$)' "$WORK/$name.after" && grep -qE '(^| )icanon( |$)' "$WORK/$name.after"; then
        pass "$name: stty shows echo and icanon"; else fail "$name: terminal not sane: $(cat "$WORK/$name.after")"; fi
    if diff -q "$WORK/$name.before" "$WORK/$name.after" >/dev/null; then pass "$name: stty settings as before"; else
        fail "$name: stty settings changed"; fi
    if [ "$(tm display -p -t e2e '#{alternate_on}')" = "0" ]; then pass "$name: back on the main screen"; else
        fail "$name: still on the alternate screen"; fi
    if [ "$(tm display -p -t e2e '#{cursor_flag}')" = "1" ]; then pass "$name: cursor visible"; else
        fail "$name: cursor hidden"; fi
}

# A second org for ':profile staging': the standalone emulator, named in the config file as a read-only profile.
java -jar "$JAR" emulator > "$WORK/emulator.out" 2>&1 &
EMULATOR=$!
trap 'kill $EMULATOR 2>/dev/null; cleanup' EXIT
deadline=$((SECONDS + TIMEOUT))
# External process: poll its output until it prints the organization id or the deadline passes.
while ! grep -q '^LANGSMITH_ORGANIZATION_ID=' "$WORK/emulator.out" 2>/dev/null && (( SECONDS < deadline )); do
    sleep 0.2
done
endpoint="$(sed -n 's/^LANGSMITH_ENDPOINT=//p' "$WORK/emulator.out")"
org_id="$(sed -n 's/^LANGSMITH_ORGANIZATION_ID=//p' "$WORK/emulator.out")"
mkdir -p "$WORK/config/lsorg"
(umask 077; sed -n 's/^LANGSMITH_API_KEY=//p' "$WORK/emulator.out" > "$WORK/staging.key")
printf '[profiles.staging]\nendpoint = "%s"\norganization_id = "%s"\napi_key_file = "%s"\nread_only = true\n' \
    "$endpoint" "$org_id" "$WORK/staging.key" > "$WORK/config/lsorg/config.toml"

tm new-session -d -s e2e -x 80 -y 24 "bash --noprofile --norc"
sleep 0.5 # external process: let the shell in the new tmux pane start before typing into it

# 1. A user session: look around, filter, switch workspace, help, command line, quit.
start_console session
while ! screen | head -1 | grep -q "lsorg" && (( ($(date +%s%N) - T0) / 1000000 < TIMEOUT * 1000 )); do sleep 0.05; done
echo "info first frame $(( ($(date +%s%N) - T0) / 1000000 )) ms after sending the command (JVM start included)"
expect "Workspaces (6)" "first frame shows the demo org's workspaces"
expect "Acme Robotics" "header names the org"
keys 2
expect "Members (46)" "2 opens Members"
keys / d a l t o n
expect "Members (1/46)  filter: dalton" "filter narrows the list"
expect "carmen.dalton@acme-robotics.com" "filtered row shown"
keys Escape Escape
expect "Members (46)" "Esc clears the filter"
keys 3 w r e s Enter
expect "Workspace members in Research" "workspace picker switches the workspace"
keys "?"
expect "Workspace members pane" "help opens on the pane's own keys"
expect "In every pane" "help then lists the keys every pane has"
keys q
keys : p a n e Space r o l e s Enter
expect "Roles (7)" "command line switches pane"
keys d
expect "Organization Admin (ORGANIZATION_ADMIN)" "d shows the role's details"
keys Escape Enter
expect "Roles › Org Admin › Holders" "Enter on a role lists who holds it"
keys Escape
expect "Roles (7)" "Esc comes back to the roles"
keys Escape 8
expect "Audit 8 high, 28 medium, 27 low, 2 info (65)" "8 opens the Audit pane with the demo's findings"
keys Enter
expect "Members (46)" "Enter on a finding goes to its object"
keys Escape
expect "admins.disabled" "Esc goes back to the findings"
# Drill down and back: a workspace's members, one person's workspaces, then Esc twice to where it started.
keys 1 / p r o d Enter
expect "Workspaces (1/6)  filter: prod" "the workspaces are filtered"
keys Enter
expect "Acme Robotics › Production › Members" "Enter on a workspace opens its members, with a breadcrumb"
keys Enter
expect "› Workspaces (" "Enter on a member lists their workspaces"
expect "WS ROLE" "with their role in each"
keys Escape
expect "Acme Robotics › Production › Members" "Esc goes back one level"
keys Escape
expect "Workspaces (1/6)  filter: prod" "and again, the filter as it was"
# Another org of the config file, in place: the staging profile is read-only.
keys Escape :
text "profile staging"
keys Enter
expect "Profile staging: http://127.0.0.1:" "the console switches to the staging profile"
expect "READ-ONLY" "the header says the profile is read-only"
expect "Workspaces (6)" "and shows the staging org"
keys n
expect "new is disabled: read-only mode" "a change key says the console is read-only"
keys q
sane_after session 0

# 1b. A change, confirmed and journaled: invite a colleague to a workspace, see them there, remove them again.
line clear
start_console changes
expect "Workspaces (6)" "console up for changes"
# Change keys wait for the org to load (they say so); wait for the header's spinner to stop.
settled() {
    local deadline=$((SECONDS + TIMEOUT))
    while (( SECONDS < deadline )); do screen | head -1 | grep -q "loading" || return 0; sleep 0.2; done
}
keys 2
settled
keys i
expect "Invite people to the org" "i opens the invite form"
text "e2e.colleague@example.com"
keys Tab Tab
text "Research"
keys Enter Enter
expect "Invite e2e.colleague@example.com to the org as Organization User and to" "the confirmation states the change"
expect "POST http://127.0.0.1:" "the confirmation shows the exact request"
expect "[ Cancel ]  [ Confirm ]" "Cancel and Confirm offered"
sleep 0.5  # a person reads it first: a confirmation takes no answer in its first 0.3 s on screen
keys y
expect "Done: Invite e2e.colleague@example.com" "the invite is sent and reported"
keys w
text "Research"
keys Enter 3
expect "e2e.colleague@example.com" "the invitee shows as pending in Research"
keys 2 /
text "e2e.colleague"
keys Enter x
expect "Type 'e2e.colleague@example.com' to confirm" "removing asks for the email"
text "e2e.colleague@example.com"
sleep 0.5  # the answer (Enter) waits out the confirmation's first 0.3 s; typing the name need not
keys Tab Enter
expect "Done: Revoke the pending invite of e2e.colleague@example.com" "the invite is revoked and reported"
expect "Members (0/46)" "the invitee is gone from Members"
keys Escape q
sane_after changes 0
journal="$WORK/state/lsorg/journal.jsonl"
# Written ahead: each change's intent line, then its outcome line.
if [ "$(grep -c '"phase":"intent"' "$journal" 2>/dev/null)" = "2" ] \
        && [ "$(grep -c '"outcome":"done"' "$journal" 2>/dev/null)" = "2" ] \
        && ! grep -qE 'lsv2_[a-z]{2}_[A-Za-z0-9_]{20,}' "$journal"; then
    pass "the journal holds both changes (intent, then outcome) and no key"; else fail "journal: $(cat "$journal" 2>/dev/null)"; fi

# 2. SIGTERM while the console is up: the terminal must still be restored.
line clear
start_console sigterm
expect "Workspaces (6)" "console up again"
pkill -TERM -f "java -jar $JAR --demo"
sane_after sigterm 143

# 3. A hang-up signal (as when an ssh connection drops) restores the terminal the same way.
line clear
start_console sighup
expect "Workspaces (6)" "console up for the hang-up"
pkill -HUP -f "java -jar $JAR --demo"
sane_after sighup 129

# 4. No terminal: one line pointing to audit and shell, exit 2, no hang.
out="$(XDG_STATE_HOME=$WORK/state timeout 20 java -jar "$JAR" --demo < /dev/null 2>&1 | cat)"; code=${PIPESTATUS[0]}
if [ "$code" = "2" ] && echo "$out" | grep -q "lsorg audit" && echo "$out" | grep -q "lsorg shell"; then
    pass "no terminal: message and exit 2"; else fail "no terminal: exit $code, said: $out"; fi
line "TERM=dumb timeout 20 java -jar $JAR --demo 2> $WORK/dumb.err; echo \$? > $WORK/dumb.exit"
wait_file "$WORK/dumb.exit"
if [ "$(cat "$WORK/dumb.exit")" = "2" ] && grep -q "TERM is 'dumb'.*lsorg audit.*lsorg shell" "$WORK/dumb.err"; then
    pass "TERM=dumb in a terminal: message and exit 2"; else
    fail "TERM=dumb: exit $(cat "$WORK/dumb.exit"), said: $(cat "$WORK/dumb.err")"; fi

echo "console-e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" = "0" ]
