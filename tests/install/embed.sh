# The library as an integrator gets it: `cmake --install` into a temporary prefix, examples/embed
# configured and built out of tree against that prefix (CMake package and pkg-config), and its
# decisions compared with `hashigo eval --json` for the same cases and day.
# Runs as: bash embed.sh /path/to/hashigo /path/to/source /path/to/build GENERATOR CXX [LAUNCHER] [CXXFLAGS]
source "$2/tests/cli/lib.bash"
BUILD="$3" GENERATOR="$4" CXX="$5" LAUNCHER="${6:-}" CXXFLAGS="${7:-}"
PREFIX="$WORK/prefix"
AS_OF=2024-09-30  # after both cases opened: Bさん (2015) and Aさん (2024)

expect_exit 0 "install into a temporary prefix" -- cmake --install "$BUILD" --prefix "$PREFIX"
for f in include/hashigo/hashigo.hpp include/hashigo/store.hpp include/hashigo/engine/engine.hpp \
         lib/libhashigo_engine.a lib/libhashigo_store.a lib/cmake/hashigo/hashigo-config.cmake \
         lib/pkgconfig/hashigo-engine.pc lib/pkgconfig/hashigo-store.pc; do
  if [ -f "$PREFIX/$f" ]; then passes=$((passes + 1)); else echo "FAIL: $f not installed"; failures=$((failures + 1)); fi
done
# The exported engine targets name neither SQLite nor the CLI's parser; the store's do.
if grep -qiE 'sqlite|CLI11' "$PREFIX/lib/cmake/hashigo/hashigo-engine-targets.cmake"; then
  echo "FAIL: the engine's exported targets link SQLite or CLI11:"
  grep -iE 'sqlite|CLI11' "$PREFIX/lib/cmake/hashigo/hashigo-engine-targets.cmake"
  failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
cp "$PREFIX/lib/cmake/hashigo/hashigo-store-targets.cmake" "$WORK/store-targets"
expect_in store-targets 'SQLiteCpp' "the store's exported targets link SQLiteCpp"
# Nothing installed points back into the build or source tree.
if grep -rqF -e "$BUILD" -e "$2/core" "$PREFIX/lib/cmake" "$PREFIX/lib/pkgconfig"; then
  echo "FAIL: installed package files name the build or source tree:"; grep -rlF -e "$BUILD" -e "$2/core" "$PREFIX/lib"
  failures=$((failures + 1))
else
  passes=$((passes + 1))
fi

# Two cases, each compacted to one line (a JSON string holds no raw newline).
for c in b-san a-san; do tr -d '\n' < "$2/examples/cases/$c.json"; echo; done > "$WORK/cases.jsonl"
for c in b-san a-san; do
  "$HASHIGO" --rules "$2/rules" eval "$2/examples/cases/$c.json" --region national --as-of $AS_OF --json
done > "$WORK/cli.jsonl"

# The CMake package: find_package(hashigo CONFIG REQUIRED), hashigo::engine only.
expect_exit 0 "configure examples/embed against the prefix" -- \
  cmake -S "$2/examples/embed" -B "$WORK/embed" -G "$GENERATOR" -DCMAKE_PREFIX_PATH="$PREFIX" \
  -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_CXX_COMPILER_LAUNCHER="$LAUNCHER" \
  "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror $CXXFLAGS" "-DCMAKE_EXE_LINKER_FLAGS=$CXXFLAGS"
expect_exit 0 "build examples/embed" -- cmake --build "$WORK/embed" --verbose
grep -E -- '-o hashigo_embed( |$)' "$WORK/out" > "$WORK/link" || echo "(no link line found)" > "$WORK/link"
expect_in link 'libhashigo_engine\.a' "the embed program links the installed engine"
if grep -qiE 'sqlite|CLI11' "$WORK/link"; then
  echo "FAIL: the engine consumer's link line names SQLite or CLI11: $(cat "$WORK/link")"; failures=$((failures + 1))
else
  passes=$((passes + 1))
fi

expect_exit 0 "embed evaluates the JSONL" -- "$WORK/embed/hashigo_embed" "$2/rules/national" $AS_OF "$WORK/cases.jsonl"
cp "$WORK/out" "$WORK/embed.jsonl"
if [ "$(wc -l < "$WORK/embed.jsonl")" = 2 ] && cmp -s "$WORK/embed.jsonl" "$WORK/cli.jsonl"; then
  passes=$((passes + 1))
else
  echo "FAIL: embed's decisions differ from hashigo eval --json:"; diff "$WORK/embed.jsonl" "$WORK/cli.jsonl" | head -c 1500
  failures=$((failures + 1))
fi
expect_in embed.jsonl '^\{"alerts":.*"case":"b-san",.*"format":"hashigo.decision/1",.*"region":"national","status":"ok","step":\{"accepted":(true|false),"from":\{[^}]*"stage":"[a-z]+"\}' \
  "Bさん's decision: ok, with a step from a stage"
expect_in embed.jsonl '"case":"a-san",.*"region":"national","status":"ok","step":\{' "Aさん's decision under national"

# Bad input: the line and the field, and the exit status of invalid input (3) or usage (2).
{ head -n 1 "$WORK/cases.jsonl"; echo '{"format": "hashigo.case/1", "id": '; } > "$WORK/broken.jsonl"
expect_exit 3 "a line that is not JSON" -- "$WORK/embed/hashigo_embed" "$2/rules/national" $AS_OF "$WORK/broken.jsonl"
expect_in err "^E_INPUT: .*broken\.jsonl:2:1:[0-9]+: invalid JSON" "the error names file:line:column"
expect_in out '"case":"b-san"' "the good line before it was decided"
sed 's/"date": "2015-05-25"/"date": "2015-05-32"/' "$2/examples/cases/b-san.json" | tr -d '\n' > "$WORK/field.jsonl"
expect_exit 3 "an impossible date" -- "$WORK/embed/hashigo_embed" "$2/rules/national" $AS_OF "$WORK/field.jsonl"
expect_in err "field\.jsonl:1: events\[[0-9]+\]\.date" "the error names the line and the field"
expect_exit 3 "a folder that is no pack" -- "$WORK/embed/hashigo_embed" "$2/rules/nowhere" $AS_OF "$WORK/cases.jsonl"
expect_in err "no rule pack 'nowhere'" "the error names the missing pack"
expect_exit 2 "no arguments" -- "$WORK/embed/hashigo_embed"

# pkg-config: the same program from the .pc files alone; the engine's flags name no SQLite.
export PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig"
expect_exit 0 "pkg-config --libs hashigo-engine" -- pkg-config --cflags --libs hashigo-engine
cp "$WORK/out" "$WORK/pc-engine"
expect_in pc-engine '-lhashigo_engine' "hashigo-engine.pc links the engine"
if grep -qiE 'sqlite|CLI11' "$WORK/pc-engine"; then
  echo "FAIL: hashigo-engine.pc names SQLite or CLI11: $(cat "$WORK/pc-engine")"; failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
expect_exit 0 "pkg-config --libs hashigo-store" -- pkg-config --libs hashigo-store
expect_in out '-lhashigo_store .*-lSQLiteCpp.*-lhashigo_engine.*-lsqlite3' "hashigo-store.pc links the store, SQLite and the engine"
# shellcheck disable=SC2046  # the flags are words
expect_exit 0 "build the program with pkg-config" -- $LAUNCHER "$CXX" -std=c++20 $CXXFLAGS "$2/examples/embed/main.cpp" \
  -o "$WORK/embed-pc" $(pkg-config --cflags --libs hashigo-engine)
expect_exit 0 "the pkg-config build evaluates the JSONL" -- "$WORK/embed-pc" "$2/rules/national" $AS_OF "$WORK/cases.jsonl"
cp "$WORK/out" "$WORK/pc.jsonl"
if cmp -s "$WORK/pc.jsonl" "$WORK/cli.jsonl"; then passes=$((passes + 1)); else
  echo "FAIL: the pkg-config build's decisions differ"; diff "$WORK/pc.jsonl" "$WORK/cli.jsonl" | head -c 800
  failures=$((failures + 1))
fi
finish
