# Reading and writing the database when the file system says no: a writer holding the lock, a
# read-only file, a read-only folder, a read-only mount, a user who may only read, a full disk.
# Reading commands must keep working wherever that is safe; writing commands must fail with
# exit 5 and a message naming the real obstacle. Needs root (mounts, a second user); without it
# the test fails rather than skipping.
source "$(dirname "$0")/lib.bash"
if [ "$(id -u)" != 0 ]; then
  echo "FAIL: this test mounts file systems and runs commands as another user, so it must run as root"
  exit 1
fi
for tool in unshare mount setpriv python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed by this test"; exit 1; }
done
chmod 755 "$WORK"
# A copy another user can run even when the build tree is private.
cp "$HASHIGO" "$WORK/hashigo" && chmod 755 "$WORK/hashigo" && cp -r "$SRC/rules" "$WORK/rules" && chmod -R a+rX "$WORK/rules"
HASHIGO="$WORK/hashigo"
RULES="$WORK/rules"
AS_NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
echo '{"type":"contact","date":"2016-02-20","kind":"phone","minutes":5}' >"$WORK/ev.json"
chmod 644 "$WORK/ev.json"

# new_db DIR: a database with Bさん in DIR (created), closed cleanly (no -wal, no -shm left).
new_db() {
  mkdir -p "$1"
  "$HASHIGO" --db "$1/h.db" init >/dev/null && "$HASHIGO" --db "$1/h.db" case new --file "$SRC/examples/cases/b-san.json" >/dev/null
}
# reads_work DESCRIPTION DB [runner...]: every reading command succeeds on DB.
reads_work() {
  local what="$1" db="$2"
  shift 2
  expect_exit 0 "$what: case list" -- "$@" "$HASHIGO" --db "$db" --lang en case list
  expect_in out "^b-san$" "$what: case list lists the case"
  expect_exit 0 "$what: case show" -- "$@" "$HASHIGO" --db "$db" --lang en case show b-san
  expect_in out "status: closed" "$what: case show folds the case"
  expect_exit 0 "$what: history" -- "$@" "$HASHIGO" --db "$db" --lang en history b-san
  expect_exit 0 "$what: eval without --commit" -- "$@" "$HASHIGO" --db "$db" --lang en --rules "$RULES" eval b-san --as-of 2015-09-30
  expect_exit 0 "$what: db check" -- "$@" "$HASHIGO" --db "$db" --lang en db check
  expect_in out "^ok$" "$what: db check passes"
}

# (a) Another process holds the write lock: reading commands do not wait for it, and a write
# says the database is locked rather than blaming a migration that was never needed.
new_db "$WORK/busy"
python3 - "$WORK/busy/h.db" "$WORK/busy/locked" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
for _ in range(300):  # at most 30 s; the test removes the flag when done
    if not os.path.exists(sys.argv[2]):
        break
    time.sleep(0.1)
PY
holder=$!
for _ in $(seq 1 100); do [ -e "$WORK/busy/locked" ] && break; sleep 0.1; done
[ -e "$WORK/busy/locked" ] || { echo "FAIL: the lock holder never took the lock"; exit 1; }
start=$(date +%s%N)
reads_work "while another process holds the write lock" "$WORK/busy/h.db"
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$took_ms" -lt 4000 ]; then passes=$((passes + 1)); else
  echo "FAIL: reading commands waited for the writer's lock (${took_ms} ms for all of them)"; failures=$((failures + 1)); fi
expect_exit 5 "a write while another process holds the lock" -- "$HASHIGO" --db "$WORK/busy/h.db" event add b-san --file "$WORK/ev.json"
expect_in err "busy/h.db: cannot append events to case 'b-san': the database is locked by another process" "the lock is named"
if grep -q "migration" "$WORK/err"; then echo "FAIL: a busy database blamed a migration"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
rm -f "$WORK/busy/locked"
wait "$holder"
expect_exit 0 "the write succeeds once the lock is released" -- "$HASHIGO" --db "$WORK/busy/h.db" event add b-san --file "$WORK/ev.json"

# (d) chmod 444 in a read-only folder, in WAL mode with no -shm: nobody can write, so readers
# open it as immutable, as root and as another user alike; writers are refused by name.
new_db "$WORK/frozen"
chmod 444 "$WORK/frozen/h.db"
chmod 555 "$WORK/frozen"
# Bytes 18 and 19 of the header are 2 in WAL mode; read them without SQLite, which would add a -shm.
[ ! -e "$WORK/frozen/h.db-shm" ] && [ "$(od -An -tu1 -j18 -N2 "$WORK/frozen/h.db" | tr -s ' ')" = " 2 2" ] &&
  passes=$((passes + 1)) || { echo "FAIL: the frozen database should be in WAL mode with no -shm"; failures=$((failures + 1)); }
reads_work "chmod 444 file in a chmod 555 folder" "$WORK/frozen/h.db"
reads_work "chmod 444 file in a chmod 555 folder, another user" "$WORK/frozen/h.db" "${AS_NOBODY[@]}"
if [ ! -e "$WORK/frozen/h.db-shm" ] && [ ! -e "$WORK/frozen/h.db-wal" ]; then passes=$((passes + 1)); else
  echo "FAIL: readers left files in the read-only folder"; failures=$((failures + 1)); fi
expect_exit 5 "event add on a read-only file" -- "$HASHIGO" --db "$WORK/frozen/h.db" event add b-san --file "$WORK/ev.json"
expect_in err "frozen/h.db: cannot write the database: the file is read-only \(mode 0444\)" "the read-only file is named"
expect_exit 5 "eval --commit on a read-only file" -- "$HASHIGO" --db "$WORK/frozen/h.db" --rules "$RULES" eval b-san --as-of 2015-09-30 --commit
expect_in err "the file is read-only" "eval --commit names the read-only file"
expect_exit 5 "case new on a read-only file" -- "$HASHIGO" --db "$WORK/frozen/h.db" case new --file "$SRC/examples/cases/b-san.json" --id other
chmod 755 "$WORK/frozen"
chmod 644 "$WORK/frozen/h.db"

# (b) A writable file in a folder this user may not write: SQLite cannot create -wal/-shm.
new_db "$WORK/ro-folder"
chmod 555 "$WORK/ro-folder"
expect_exit 5 "event add in a read-only folder" -- "$HASHIGO" --db "$WORK/ro-folder/h.db" event add b-san --file "$WORK/ev.json"
expect_in err "ro-folder/h.db: cannot write the database: its folder .*ro-folder is read-only, and SQLite must create h.db-wal and h.db-shm there" "the read-only folder is named, not the file"
chmod 755 "$WORK/ro-folder"
# As another user: neither file nor folder writable for them, but writable for the owner.
expect_exit 5 "event add by a user who may not write" -- "${AS_NOBODY[@]}" "$HASHIGO" --db "$WORK/ro-folder/h.db" event add b-san --file "$WORK/ev.json"
expect_in err "this user may not write the file \(mode 0644\)" "the missing permission is named"
# The owner might be writing, so the other user cannot read it as a frozen snapshot, and cannot
# create the -shm a live reader needs: the message says so and names the folder.
expect_exit 5 "a reader who may not create -shm next to a file others may write" -- "${AS_NOBODY[@]}" "$HASHIGO" --db "$WORK/ro-folder/h.db" case list
expect_in err "cannot read the database: SQLite cannot create h.db-shm in .*ro-folder" "the folder is named"
# Once the owner has it open, the -shm exists and the other user reads through it.
python3 - "$WORK/ro-folder/h.db" "$WORK/ro-folder/open" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("SELECT count(*) FROM cases").fetchall()
open(sys.argv[2], "w").close()
for _ in range(300):
    if not os.path.exists(sys.argv[2]):
        break
    time.sleep(0.1)
PY
holder=$!
for _ in $(seq 1 100); do [ -e "$WORK/ro-folder/open" ] && break; sleep 0.1; done
expect_exit 0 "another user reads while the owner has the file open" -- "${AS_NOBODY[@]}" "$HASHIGO" --db "$WORK/ro-folder/h.db" case list
rm -f "$WORK/ro-folder/open"
wait "$holder"

# A read-only folder with commits still in the -wal (a writer was killed) and no -shm: an
# immutable reader would silently miss them, so it is never used then.
new_db "$WORK/pending"
python3 - "$WORK/pending/h.db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("""INSERT INTO events (case_id, type, date, payload) VALUES ('b-san', 'contact', '2016-02-21',
             '{"type":"contact","date":"2016-02-21","kind":"phone","successful":true,"minutes":7}')""")
os._exit(0)  # no close: the commit stays in the -wal, as after a crash
PY
rm -f "$WORK/pending/h.db-shm"
chmod 444 "$WORK/pending/h.db"
chmod 555 "$WORK/pending"
expect_exit 5 "another user, pending -wal, read-only folder" -- "${AS_NOBODY[@]}" "$HASHIGO" --db "$WORK/pending/h.db" history b-san
expect_in err "h.db-wal holds commits not yet moved into the file" "the pending -wal is named"
expect_exit 0 "root reads the pending commit" -- "$HASHIGO" --db "$WORK/pending/h.db" history b-san
expect_in out "2016-02-21  contact" "the commit in the -wal is read, not skipped"
chmod 755 "$WORK/pending"

# run_in_mount_ns SCRIPT: runs SCRIPT in a private mount namespace, so its mounts vanish with it.
run_in_mount_ns() {
  unshare --mount --propagation private bash -s -- "$HASHIGO" "$SRC" "$WORK" "$RULES" >"$WORK/ns.out" 2>&1 <<<"$1"
  local rc=$?
  if [ "$rc" != 0 ]; then echo "FAIL: the mounted file system could not be set up (exit $rc): $(cat "$WORK/ns.out")"; exit 1; fi
}

# A read-only mount: reading works (immutable), writing names the file system.
new_db "$WORK/mnt-ro"
run_in_mount_ns '
  H="$1"; W="$3"; D="$W/mnt-ro"
  mount --bind "$D" "$D" && mount -o remount,ro,bind "$D" || exit 99
  touch "$D/probe" 2>/dev/null && exit 99
  "$H" --db "$D/h.db" --lang en case show b-san >"$W/ro.show.out" 2>"$W/ro.show.err"; echo $? >"$W/ro.show.rc"
  "$H" --db "$D/h.db" --lang en event add b-san --file "$W/ev.json" >"$W/ro.add.out" 2>"$W/ro.add.err"; echo $? >"$W/ro.add.rc"
'
[ "$(cat "$WORK/ro.show.rc")" = 0 ] && passes=$((passes + 1)) || { echo "FAIL: case show on a read-only mount: $(cat "$WORK/ro.show.err")"; failures=$((failures + 1)); }
[ "$(cat "$WORK/ro.add.rc")" = 5 ] && grep -q "cannot write the database: it is on a read-only file system" "$WORK/ro.add.err" &&
  passes=$((passes + 1)) || { echo "FAIL: event add on a read-only mount: exit $(cat "$WORK/ro.add.rc") $(cat "$WORK/ro.add.err")"; failures=$((failures + 1)); }

# (c) A full disk: writes say so (not "disk I/O error"), reads still work, nothing is lost.
run_in_mount_ns '
  H="$1"; SRC="$2"; W="$3"; RULES="$4"; M="$W/full"
  mkdir -p "$M" && mount -t tmpfs -o size=1m tmpfs "$M" || exit 99
  "$H" --db "$M/h.db" init >/dev/null && "$H" --db "$M/h.db" case new --file "$SRC/examples/cases/b-san.json" >/dev/null || exit 98
  dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null
  [ "$(df --output=avail "$M" | tail -1 | tr -d " ")" = 0 ] || exit 97
  run() { local name="$1"; shift; "$H" --db "$M/h.db" --lang en "$@" >"$W/full.$name.out" 2>"$W/full.$name.err"; echo $? >"$W/full.$name.rc"; }
  run add event add b-san --file "$W/ev.json"
  run new case new --file "$SRC/examples/cases/b-san.json" --id c-2
  run commit --rules "$RULES" eval b-san --as-of 2015-09-30 --commit
  run list case list
  run show case show b-san
  run history history b-san
  run eval --rules "$RULES" eval b-san --as-of 2015-09-30
  run check db check
  rm -f "$M/fill"
  run after history b-san
'
for name in add new commit; do
  [ "$(cat "$WORK/full.$name.rc")" = 5 ] && grep -q "the disk is full; nothing was written" "$WORK/full.$name.err" &&
    passes=$((passes + 1)) || { echo "FAIL: $name on a full disk: exit $(cat "$WORK/full.$name.rc") $(cat "$WORK/full.$name.err")"; failures=$((failures + 1)); }
done
for name in list show history eval check; do
  [ "$(cat "$WORK/full.$name.rc")" = 0 ] && passes=$((passes + 1)) ||
    { echo "FAIL: $name on a full disk: exit $(cat "$WORK/full.$name.rc") $(cat "$WORK/full.$name.err")"; failures=$((failures + 1)); }
done
grep -q "status: closed" "$WORK/full.show.out" && passes=$((passes + 1)) || { echo "FAIL: case show on a full disk printed no case"; failures=$((failures + 1)); }
# Nothing of the refused writes landed, everything before them is there.
if [ "$(grep -c '^  #' "$WORK/full.after.out")" = 39 ] && ! grep -q "2016-02-20  contact" "$WORK/full.after.out"; then
  passes=$((passes + 1)); else echo "FAIL: after the full disk: $(cat "$WORK/full.after.out" "$WORK/full.after.err")"; failures=$((failures + 1)); fi

finish
