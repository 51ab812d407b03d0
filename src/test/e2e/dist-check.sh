#!/usr/bin/env bash
# End-to-end check of the distribution as an admin installs it: unpacks the tar.gz into a temporary directory
# whose path has a space, puts a symlink to bin/lsorg on PATH, and checks --version, audit JSON, the console in
# tmux, bash completion (subcommands, theme names, profiles of a temporary config), the man pages, and the
# launcher's answers to no Java, an old Java and a corrupt class-data archive.
# Usage: src/test/e2e/dist-check.sh target/lsorg-VERSION.tar.gz   (after mvn -B package)
set -uo pipefail

TARBALL="$(realpath "${1:?usage: dist-check.sh target/lsorg-VERSION.tar.gz}")"
TIMEOUT="${E2E_TIMEOUT:-90}"
WORK="$(mktemp -d)"
SOCK="lsorg-dist-$$"
PASSED=0
FAILED=0

tm() { tmux -L "$SOCK" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$WORK"; }
trap cleanup EXIT
pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }

# Everything the launcher and lsorg write goes below $WORK: cache (class-data archive), config, state.
export HOME="$WORK/home" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
mkdir -p "$HOME" "$WORK/install dir" "$WORK/path"
tar xzf "$TARBALL" -C "$WORK/install dir"
DIST="$(echo "$WORK/install dir"/lsorg-*)"
ln -s "$DIST/bin/lsorg" "$WORK/path/lsorg"
export PATH="$WORK/path:$PATH"

# 1. Layout and --version through a symlink on PATH (the first run also records the class-data archive).
for f in bin/lsorg lib/lsorg.jar themes/dark.theme completions/lsorg.bash completions/_lsorg man/man1/lsorg.1 \
         man/man1/lsorg-audit.1 README; do
    [ -e "$DIST/$f" ] || fail "layout: $f missing"
done
check "layout: bin/lsorg is executable" '[ -x "$DIST/bin/lsorg" ]'
out="$(lsorg --version 2>"$WORK/version.err")"; code=$?
check "--version via a symlink on PATH: exit 0" '[ "$code" = 0 ]'
check "--version names version, commit, java and terminal" \
    'echo "$out" | grep -q "^lsorg [0-9]" && echo "$out" | grep -q "^commit " && echo "$out" | grep -q "^java " \
     && echo "$out" | grep -q "^terminal "'
check "--version: stdout holds only lsorg's lines (no JVM output)" '[ "$(echo "$out" | wc -l)" = 4 ]'
check "class-data archive recorded in the cache" 'ls "$XDG_CACHE_HOME"/lsorg/cds-*.jsa >/dev/null 2>&1'
heap_of() { LSORG_JAVA_OPTS=-XX:+PrintFlagsFinal lsorg "$@" 2>&1 >/dev/null | awk '$2 == "MaxHeapSize" {print $4}'; }
check "launcher caps a console's heap at 384 MB" '[ "$(heap_of --version)" = 402653184 ]'
check "launcher gives serve 1 GB" '[ "$(heap_of --theme dark serve --help)" = 1073741824 ]'
compilers_of() { LSORG_JAVA_OPTS=-XX:+PrintFlagsFinal lsorg "$@" 2>&1 >/dev/null | awk '$1 == "intx" && $2 == "CICompilerCount" {print $4}'; }
check "launcher gives a console one compiler thread" '[ "$(compilers_of --version)" = 1 ]'
check "launcher leaves serve the JVM's own compiler threads" \
    'LSORG_JAVA_OPTS=-XX:+PrintFlagsFinal lsorg --theme dark serve --help 2>&1 >/dev/null \
       | grep -w CICompilerCount | grep -q "{ergonomic}"'
check "LSORG_JAVA_OPTS=-Xmx... overrides the cap" \
    '[ "$(LSORG_JAVA_OPTS="-Xmx200m -XX:+PrintFlagsFinal" lsorg --version 2>&1 >/dev/null \
         | awk '"'"'$2 == "MaxHeapSize" {print $4}'"'"')" = 209715200 ]'

# 2. audit --demo --format json is valid JSON on stdout.
lsorg audit --demo --format json > "$WORK/audit.json" 2>"$WORK/audit.err"; code=$?
check "audit --demo --format json: exit 0 or 1 (findings)" '[ "$code" = 0 ] || [ "$code" = 1 ]'
check "audit --demo --format json: valid JSON" 'python3 -m json.tool "$WORK/audit.json" >/dev/null'
LSORG_JAVA_OPTS="-Xlog:class+init=info:file=$WORK/init.log" lsorg audit --demo --format json >/dev/null 2>&1
check "a demo run leaves JFR alone (Netty's buffer events off: 80-100 ms of a start)" \
    '[ -s "$WORK/init.log" ] && ! grep -q "jdk/jfr/internal/MetadataRepository" "$WORK/init.log"'

# 3. The console starts in tmux from the launcher and quits cleanly.
# lsorg runs as a separate process behind tmux, which gives no event when it has drawn: poll with a deadline.
expect() {
    local deadline=$((SECONDS + TIMEOUT))
    while (( SECONDS < deadline )); do
        if tm capture-pane -p -t dist | grep -qF -- "$1"; then pass "$2"; return 0; fi
        sleep 0.2
    done
    fail "$2 (waited ${TIMEOUT}s for: $1)"; tm capture-pane -p -t dist; return 1
}
tm new-session -d -s dist -x 80 -y 24 "env TERM=xterm-256color PATH='$PATH' lsorg --demo; echo \$? > '$WORK/console.exit'"
expect "Workspaces (6)" "console from the launcher: first frame in tmux"
expect "Production" "console from the launcher: the demo org's rows"
tm send-keys -t dist q
deadline=$((SECONDS + TIMEOUT))
while [ ! -s "$WORK/console.exit" ] && (( SECONDS < deadline )); do sleep 0.2; done
check "console from the launcher: q exits 0" '[ "$(cat "$WORK/console.exit" 2>/dev/null)" = 0 ]'

# 4. Bash completion, sourced as a user would, asked the way bash asks (COMP_WORDS, COMP_CWORD).
mkdir -p "$XDG_CONFIG_HOME/lsorg"
printf '[profiles.prod]\nendpoint = "https://api.smith.langchain.com"\n\n[profiles.staging]\nendpoint = "https://eu.api.smith.langchain.com"\n' \
    > "$XDG_CONFIG_HOME/lsorg/config.toml"
complete_words() {
    bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ));
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; _lsorg_complete 2>/dev/null; echo "${COMPREPLY[*]}"' \
        _ "$DIST/completions/lsorg.bash" "$@"
}
check "completion: lsorg au<Tab> -> audit" '[ "$(complete_words lsorg au)" = audit ]'
check "completion: lsorg --theme <Tab> -> the theme names" \
    '[ "$(complete_words lsorg --theme "")" = "dark light high-contrast mono" ]'
check "completion: lsorg --profile <Tab> -> the profiles of the temporary config" \
    '[ "$(complete_words lsorg --profile "")" = "prod staging" ]'
check "completion: lsorg audit --profile s<Tab> -> staging" '[ "$(complete_words lsorg audit --profile s)" = staging ]'
if command -v zsh >/dev/null; then
    check "completion: the zsh script parses" 'zsh -n "$DIST/completions/_lsorg"'
else
    echo "skip completion: zsh is not installed, the zsh script is not parsed"
fi

# 5. Man pages render without warnings.
for page in "$DIST"/man/man1/*.1; do
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)"
    check "man -l $(basename "$page"): renders without warnings" '[ -z "$warnings" ]'
done
check "man -l lsorg.1 shows the synopsis" 'LC_ALL=C.UTF-8 man -l "$DIST/man/man1/lsorg.1" 2>/dev/null | grep -q SYNOPSIS'

# 6. The launcher's bad input: one line each, exit 2, never a JVM message on stdout.
mkdir -p "$WORK/oldjava/bin"
printf '#!/bin/sh\necho "openjdk version \\"11.0.2\\" 2019-01-15" >&2\n' > "$WORK/oldjava/bin/java"
chmod +x "$WORK/oldjava/bin/java"
err="$(JAVA_HOME="$WORK/oldjava" "$DIST/bin/lsorg" --version 2>&1 >/dev/null)"; code=$?
check "an old Java (stub reporting 11): one line, exit 2" \
    '[ "$code" = 2 ] && [ "$(echo "$err" | wc -l)" = 1 ] && echo "$err" | grep -q "needs Java 17 or later"'
err="$(env -u JAVA_HOME PATH=/nonexistent /bin/sh "$DIST/bin/lsorg" --version 2>&1 >/dev/null)"; code=$?
check "no Java at all: one line, exit 2" \
    '[ "$code" = 2 ] && [ "$(echo "$err" | wc -l)" = 1 ] && echo "$err" | grep -q "no Java found"'
archive="$(ls "$XDG_CACHE_HOME"/lsorg/cds-*.jsa | head -1)"
# A recording in progress (a live process's temporary, here this script's): the launcher starts without an archive
# and leaves the other's temporary alone. One whose launcher died (no such process) is removed at the next recording.
: > "$archive.$$.tmp"
touch "$DIST/lib/lsorg.jar"
out="$(lsorg --version 2>/dev/null)"; code=$?
check "while another launcher records the archive: runs without one, exit 0, clean stdout" \
    '[ "$code" = 0 ] && [ "$(echo "$out" | wc -l)" = 4 ] && [ -e "$archive.$$.tmp" ]'
rm -f "$archive.$$.tmp"
: > "$archive.4194999.tmp"
# Two archives of other installs: one whose jar is gone (removed with the next recording), one whose jar and Java
# are still there (kept).
cache_dir="$XDG_CACHE_HOME/lsorg"
JAVA_HOME_USED="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
: > "$cache_dir/cds-1.jsa"; : > "$cache_dir/cds-1.stamp"
printf '%s\n%s\n' "$WORK/gone/lib/lsorg.jar" "$JAVA_HOME_USED" > "$cache_dir/cds-1.for"
: > "$cache_dir/cds-2.jsa"; : > "$cache_dir/cds-2.stamp"
printf '%s\n%s\n' "$DIST/lib/lsorg.jar" "/" > "$cache_dir/cds-2.for"
chmod u+w "$archive" && head -c 65536 "$archive" > "$WORK/part" && cat "$WORK/part" > "$archive"
out="$(lsorg --version 2>/dev/null)"; code=$?
check "a truncated class-data archive is recreated: exit 0, clean stdout" \
    '[ "$code" = 0 ] && [ "$(echo "$out" | head -1 | cut -d" " -f1)" = lsorg ] && [ "$(echo "$out" | wc -l)" = 4 ]'
check "a truncated class-data archive is recreated: full size again" '[ "$(wc -c < "$archive")" -gt 65536 ]'
check "a temporary archive left by a killed launcher is removed" '[ ! -e "$archive.4194999.tmp" ]'
check "the archive of an install that is gone is removed with the next recording" \
    '[ ! -e "$cache_dir/cds-1.jsa" ] && [ ! -e "$cache_dir/cds-1.for" ] && [ ! -e "$cache_dir/cds-1.stamp" ]'
check "the archive of an install that is still there is kept" '[ -e "$cache_dir/cds-2.jsa" ] && [ -e "$cache_dir/cds-2.for" ]'
check "the recorded archive names its jar" '[ "$(head -1 "${archive%.jsa}.for")" = "$(cd -P "$DIST/lib" && pwd -P)/lsorg.jar" ]'
check "no temporary archives left in the cache" '[ -z "$(ls "$XDG_CACHE_HOME"/lsorg/ | grep "\.tmp$")" ]'

echo "dist-check: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
