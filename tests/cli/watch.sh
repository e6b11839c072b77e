# hashigo watch: re-runs check, tests and an evaluation on every save; a broken save keeps the
# previous pack serving.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES"
copy_national "$RULES"
cp -r "$SRC/examples" "$WORK/examples"  # the pack's tests name ../../../examples/cases/…
OUT="$WORK/watch.out"
"$HASHIGO" --lang en watch "$RULES/national" --case "$SRC/examples/cases/b-san.json" --as-of 2015-06-30 \
  --interval 100 --runs 3 >"$OUT" 2>&1 &
pid=$!

wait_for() {  # wait_for PATTERN: up to 20 s for the watch output to show it
  for _ in $(seq 1 200); do grep -qsE -- "$1" "$OUT" && return 0; sleep 0.1; done
  return 1
}
step() {  # step PATTERN DESCRIPTION
  if wait_for "$1"; then passes=$((passes + 1)); else echo "FAIL: $2"; cat "$OUT"; failures=$((failures + 1)); fi
}

step "── run #1 ──" "first run"
step "step: ↑ up employment \[accepted\]" "first evaluation moves Bさん up"
sleep 0.3
sed -i 's/value = 0.8,/value = 1.5,/' "$RULES/national/pack.lua"
step "── run #2 ──" "a save triggers a run"
step "reload national: [0-9a-f]{12} → [0-9a-f]{12}" "the edited pack is swapped in"
step "step: stay" "the new threshold decides"
sleep 0.3
echo 'this is not lua (' >> "$RULES/national/stepup.lua"
step "── run #3 ──" "a broken save triggers a run"
step "keeping the previous version: RULE001 rules/national/stepup.lua" "the broken pack is refused"
wait "$pid"
rc=$?
if [ "$rc" = 0 ]; then passes=$((passes + 1)); else echo "FAIL: watch exited $rc"; failures=$((failures + 1)); fi
# after the broken save the evaluation still used the previous (edited) pack
last_eval=$(awk '/── run #3 ──/{f=1} f' "$OUT")
if grep -q "step: stay" <<<"$last_eval"; then passes=$((passes + 1)); else echo "FAIL: previous pack not serving"; echo "$last_eval"; failures=$((failures + 1)); fi
finish
