# Shared helpers for the CLI end-to-end tests: `source` this, then call expect_exit.
# A test script runs as: bash test.sh /path/to/hashigo /path/to/source
set -u
HASHIGO="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export LANG=C.UTF-8 LC_ALL= LC_MESSAGES=
failures=0
passes=0

# copy_national ROOT: the national pack into ROOT/national, with what it needs beside it (the shared
# modules it requires, rules/lib, and the bibliography it cites, rules/references.lua).
copy_national() {
  mkdir -p "$1"
  cp -r "$SRC/rules/national" "$1/national"
  cp -r "$SRC/rules/lib" "$1/lib"
  cp "$SRC/rules/references.lua" "$1/references.lua"
}

# expect_exit CODE DESCRIPTION -- command...   (stdout → $WORK/out, stderr → $WORK/err)
expect_exit() {
  local want="$1" what="$2"
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"
    echo "  stdout: $(head -c 600 "$WORK/out")"
    echo "  stderr: $(head -c 600 "$WORK/err")"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

# expect_in FILE PATTERN DESCRIPTION   (grep -E on out or err)
expect_in() {
  if grep -qE -- "$2" "$WORK/$1"; then
    passes=$((passes + 1))
  else
    echo "FAIL: $3: /$2/ not in $1"
    echo "  $1: $(head -c 800 "$WORK/$1")"
    failures=$((failures + 1))
  fi
}

# expect_same_doc DOC NOW HINT: the generated text NOW (in $WORK) equals the committed DOC (a path);
# otherwise the document is stale, and HINT says how to regenerate it.
expect_same_doc() {
  if diff -u "$1" "$WORK/$2" > "$WORK/diff.txt"; then
    passes=$((passes + 1))
  else
    echo "FAIL: $1 is out of date; $3"
    head -40 "$WORK/diff.txt"
    failures=$((failures + 1))
  fi
}

finish() {
  echo "$passes passed, $failures failed"
  [ "$failures" = 0 ]
}
