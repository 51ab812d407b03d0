#!/usr/bin/env bash
# Measures `lsorg serve --demo` with the real OpenSSH client: for each of 8 sessions opened one after another, the
# time from starting ssh to its first byte of output and to the first frame with data (a workspace row); and the
# server's heap after a full GC, its RSS and its CPU time over 10 s with 0, 1, 4 and 8 idle sessions.
# Not run by CI (the numbers depend on the machine's load); run from the repository root after `mvn -B package`:
#   bash src/test/e2e/serve-measure.sh [path/to/lsorg.jar]
# The waits poll files: ssh and the server are separate processes with no event to wait on.
set -u
JAR="$(realpath "${1:-target/lsorg.jar}")"
W=$(mktemp -d)
export XDG_STATE_HOME=$W/state XDG_CONFIG_HOME=$W/config
for i in $(seq 1 8); do ssh-keygen -q -t ed25519 -N '' -C op$i -f $W/op$i; echo "lsorg-user=\"op$i\" $(cat $W/op$i.pub)" >> $W/ak; done
java -jar $JAR serve --demo --port 0 --authorized-keys $W/ak --host-key $W/hk > $W/out 2> $W/err &
S=$!
until grep -q "listening on" $W/out 2>/dev/null; do sleep 0.1; done
PORT=$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' $W/out)
echo "[127.0.0.1]:$PORT $(ssh-keygen -y -f $W/hk)" > $W/kh
mem() { # after a full GC: heap used (KB) and RSS (KB)
  jcmd $S GC.run > /dev/null
  local heap=$(jcmd $S GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1)
  local rss=$(awk '/VmRSS/ {print $2}' /proc/$S/status)
  echo "$1 sessions: heap used ${heap} KB, RSS ${rss} KB"
}
mkfifo $W/hold; exec 9<>$W/hold   # keeps every ssh's stdin open without input
PIDS=""
cpu() { # CPU time the server used over 10 s of wall time, idle sessions open
  local a=$(awk '{print $14 + $15}' /proc/$S/stat); sleep 10; local b=$(awk '{print $14 + $15}' /proc/$S/stat)
  echo "$1 sessions: $(( (b - a) * 10 )) ms CPU per 10 s"
}
sleep 3; mem 0; cpu 0
open_session() { # i
  local f=$W/s$1.out
  local t0=$(date +%s%N)
  ( exec ssh -tt -p $PORT -o UserKnownHostsFile=$W/kh -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes -o BatchMode=yes -i $W/op$1 op$1@127.0.0.1 < $W/hold > $f 2>&1 ) &
  PIDS="$PIDS $!"
  until [ -s $f ]; do sleep 0.005; done
  local t1=$(date +%s%N)
  until grep -q "Production" $f; do sleep 0.005; done
  local t2=$(date +%s%N)
  echo "session $1: first data $(( (t1 - t0) / 1000000 )) ms, first full frame $(( (t2 - t0) / 1000000 )) ms"
}
open_session 1; sleep 3; mem 1; cpu 1
for i in 2 3 4; do open_session $i; done; sleep 3; mem 4
for i in 5 6 7 8; do open_session $i; done; sleep 3; mem 8; cpu 8
sleep 5; mem 8
top -b -n 1 -p $S | tail -2
kill $PIDS 2>/dev/null; kill $S; wait $S 2>/dev/null
rm -rf $W
