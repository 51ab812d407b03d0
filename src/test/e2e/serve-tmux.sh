#!/usr/bin/env bash
# End-to-end check of `lsorg serve` with the real OpenSSH client: starts `lsorg serve --demo` on a free port, logs
# in as a read user and as a write user with `ssh -tt -i KEY -p PORT -o UserKnownHostsFile=...` (the host key
# pinned from the fingerprint the server printed), each in tmux at 80x24; the writer invites someone, the reader
# sees it with the writer's name; the reader's window is resized; both quit, and each local terminal is checked to
# be sane (echo, icanon, stty as before, main screen, cursor). Also: no PTY gets one line, exec is refused.
# Usage: src/test/e2e/serve-tmux.sh [path/to/lsorg.jar]   (run from the repository root after `mvn -B package`)
set -uo pipefail

JAR="$(realpath "${1:-target/lsorg.jar}")"
TIMEOUT="${E2E_TIMEOUT:-60}"
WORK="$(mktemp -d)"
SOCK="lsorg-serve-e2e-$$"
PASSED=0
FAILED=0
SERVER=""

command -v tmux >/dev/null || { echo "serve-e2e: tmux is not installed"; exit 1; }
command -v ssh >/dev/null || { echo "serve-e2e: the OpenSSH client is not installed"; exit 1; }
[ -f "$JAR" ] || { echo "serve-e2e: no jar at $JAR (run mvn -B package first)"; exit 1; }

tm() { tmux -L "$SOCK" "$@"; }
cleanup() {
    tm kill-server >/dev/null 2>&1
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() {
    FAILED=$((FAILED + 1)); echo "FAIL $1"
    for w in reader writer; do echo "---- $w ----"; tm capture-pane -p -t "$w" 2>/dev/null; done
    echo "---- server ----"; cat "$WORK/serve.out" "$WORK/serve.err" 2>/dev/null; echo "----------------"
}

# About the waits in this script: the server, ssh and tmux are separate processes that give no event when a key
# was read or the screen redrawn, so the script polls a screen or a file with a deadline (expect, wait_for), and
# paces keystrokes with short fixed pauses so that Esc and the next key are not read as Alt+key.
screen() { tm capture-pane -p -t "$1"; }
expect() {
    local deadline=$((SECONDS + TIMEOUT))
    while (( SECONDS < deadline )); do
        if screen "$1" | grep -qF -- "$2"; then pass "$3"; return 0; fi
        sleep 0.2
    done
    fail "$3 (waited ${TIMEOUT}s in $1 for: $2)"
    return 1
}
wait_for() {
    local deadline=$((SECONDS + TIMEOUT))
    while (( SECONDS < deadline )); do grep -qF -- "$2" "$1" 2>/dev/null && return 0; sleep 0.2; done
    return 1
}
keys() { local w="$1" k; shift; for k in "$@"; do tm send-keys -t "$w" "$k"; sleep 0.15; done; sleep 0.2; }
text() { tm send-keys -t "$1" -l "$2"; sleep 0.3; }
line() { tm send-keys -t "$1" "$2" Enter; sleep 0.3; }

# Keys and the authorized-keys file: a read user, a write user, and a line with a typo that is reported and skipped.
ssh-keygen -q -t ed25519 -N '' -C reader -f "$WORK/reader"
ssh-keygen -q -t ed25519 -N '' -C writer -f "$WORK/writer"
{
    echo "lsorg-user=\"rita\" $(cat "$WORK/reader.pub")"
    echo "lsorg-user=\"walt\",lsorg-access=\"write\" $(cat "$WORK/writer.pub")"
    echo "lsorg-user=\"typo\",lsorg-access=\"wrte\" $(cat "$WORK/reader.pub")"
} > "$WORK/authorized_keys"

export XDG_STATE_HOME="$WORK/state" XDG_CONFIG_HOME="$WORK/config"
java -jar "$JAR" serve --demo --port 0 --authorized-keys "$WORK/authorized_keys" --host-key "$WORK/host_key" \
    > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER=$!
if wait_for "$WORK/serve.out" "listening on"; then pass "the server starts"; else fail "the server did not start"; exit 1; fi
PORT="$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/serve.out")"
FP="$(sed -n 's/.*host key \(SHA256:[^ ]*\).*/\1/p' "$WORK/serve.out")"
if grep -qF "authorized_keys:3: lsorg-access must be read or write; skipped" "$WORK/serve.out"; then
    pass "a bad authorized-keys line is reported with its file and line"; else fail "no report of the bad line"; fi
if [ "$(stat -c %a "$WORK/host_key")" = "600" ] && [ "$(ssh-keygen -lf "$WORK/host_key" | awk '{print $2}')" = "$FP" ]; then
    pass "the host key is 0600 and ssh-keygen shows the fingerprint the server printed"; else
    fail "host key: $(stat -c %a "$WORK/host_key") $(ssh-keygen -lf "$WORK/host_key") vs $FP"; fi
# Pinned: known_hosts holds the host key, checked strictly.
echo "[127.0.0.1]:$PORT $(ssh-keygen -y -f "$WORK/host_key")" > "$WORK/known_hosts"
SSH="ssh -tt -p $PORT -o UserKnownHostsFile=$WORK/known_hosts -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes"
SSH="$SSH -o BatchMode=yes -o LogLevel=ERROR"

# No PTY: one line, and exec is refused.
nopty="$(ssh -T -p "$PORT" -o UserKnownHostsFile="$WORK/known_hosts" -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes \
    -o BatchMode=yes -i "$WORK/reader" rita@127.0.0.1 < /dev/null 2>&1)"
if [ "$nopty" = "lsorg needs a terminal: use ssh -t" ]; then pass "no PTY: one line"; else fail "no PTY said: $nopty"; fi
exec_out="$(ssh -p "$PORT" -o UserKnownHostsFile="$WORK/known_hosts" -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes \
    -o BatchMode=yes -i "$WORK/reader" rita@127.0.0.1 cat /etc/hostname < /dev/null 2>&1)"; code=$?
if [ "$code" != "0" ] && ! echo "$exec_out" | grep -qF "$(cat /etc/hostname 2>/dev/null || echo no-such-host)"; then
    pass "exec is refused (exit $code)"; else fail "exec ran: $exec_out"; fi

for w in reader writer; do
    tm new-session -d -s "$w" -x 80 -y 24 "bash --noprofile --norc"
done
sleep 0.5 # external process: let the shells in the new tmux panes start before typing into them
connect() { # window, key, person
    line "$1" "export TERM=xterm-256color; stty -a > $WORK/$1.before; T0=\$(date +%s%N); $SSH -i $WORK/$2 $3@127.0.0.1; echo \$? > $WORK/$1.exit; stty -a > $WORK/$1.after"
}
T0=$(date +%s%N)
connect reader reader rita
expect reader "rita (read)" "the read user's console names them and their access"
echo "info reader's first frame $(( ($(date +%s%N) - T0) / 1000000 )) ms after typing the ssh command"
expect reader "READ-ONLY" "the read user's console is read-only"
connect writer writer walt
expect writer "walt (write)" "the write user's console names them and their access"
expect writer "Workspaces (6)" "the demo org is loaded"

keys reader 2
expect reader "Members (46)" "the reader opens Members"
if screen reader | grep -qF "i invite"; then fail "the reader has an invite key"; else pass "the reader has no invite key"; fi

keys writer 2
expect writer "i invite" "the writer has an invite key"
# Change keys wait for the org to load (they say so); wait for the header's spinner to stop, as a person would.
deadline=$((SECONDS + TIMEOUT))
while (( SECONDS < deadline )) && screen writer | head -1 | grep -q "loading"; do sleep 0.2; done
keys writer i
expect writer "Invite people to the org" "i opens the invite form"
text writer "e2e.served@example.com"
keys writer Enter Enter
expect writer "[ Cancel ]  [ Confirm ]" "the confirmation is shown"
sleep 0.5  # a person reads it first: a confirmation takes no answer in its first 0.3 s on screen
keys writer y
expect writer "Done: Invite e2e.served@example.com" "the invite is sent and reported"
expect reader "walt in another session: Done: Invite e2e.served@example.com" "the reader is told, with the author"
expect reader "Members (47)" "the reader's list has the invitee"

tm resize-window -t reader -x 120 -y 30
expect reader "3 Workspace members" "the reader's console follows the resize"
keys reader 7
expect reader "METHOD PATH" "the reader opens the Requests pane"
if screen reader | grep -qF "POST"; then fail "the reader's Requests pane shows the writer's POST"; else
    pass "the reader's Requests pane shows only the reader's requests"; fi

if grep -qF '"person":"walt"' "$WORK/state/lsorg/journal.jsonl" && grep -qF '"api_key":"lsv2_' "$WORK/state/lsorg/journal.jsonl"; then
    pass "the journal records the person and the API key's short form"; else fail "journal: $(cat "$WORK/state/lsorg/journal.jsonl")"; fi

sane_after() {
    local w="$1"
    if wait_for "$WORK/$w.exit" "0"; then pass "$w: ssh exits 0"; else fail "$w: ssh exit $(cat "$WORK/$w.exit" 2>/dev/null)"; fi
    wait_for "$WORK/$w.after" "speed"
    if grep -qE '(^| )echo( |$)' "$WORK/$w.after" && grep -qE '(^| )icanon( |$)' "$WORK/$w.after"; then
        pass "$w: stty shows echo and icanon"; else fail "$w: terminal not sane: $(cat "$WORK/$w.after")"; fi
    # The rows and columns line differs after a resize; every other setting must be as before.
    if diff -q <(grep -v rows "$WORK/$w.before") <(grep -v rows "$WORK/$w.after") >/dev/null; then
        pass "$w: stty settings as before"; else fail "$w: stty settings changed"; fi
    if [ "$(tm display -p -t "$w" '#{alternate_on}')" = "0" ]; then pass "$w: back on the main screen"; else
        fail "$w: still on the alternate screen"; fi
    if [ "$(tm display -p -t "$w" '#{cursor_flag}')" = "1" ]; then pass "$w: cursor visible"; else
        fail "$w: cursor hidden"; fi
}
keys reader q
sane_after reader
keys writer Escape q
sane_after writer
if wait_for "$WORK/serve.out" "rita (read) logged out" && grep -qF "walt (write): Done: Invite e2e.served@example.com" \
        "$WORK/serve.out"; then pass "the server log has the logins, the change with its author, the logouts"; else
    fail "server log"; fi

kill "$SERVER"; wait "$SERVER" 2>/dev/null; SERVER=""
echo "serve-e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" = "0" ]
