# docs/regions.md holds the output of `hashigo rules diff … --markdown`; regenerate and compare.
source "$(dirname "$0")/lib.bash"
"$HASHIGO" --lang en --rules "$SRC/rules" rules diff national chiba kanagawa kushiro osaka saga zama --markdown > "$WORK/now.md"
sed -n '/<!-- BEGIN rules diff -->/,/<!-- END rules diff -->/p' "$SRC/docs/regions.md" | sed '1d;$d' > "$WORK/doc.md"
if diff -u "$WORK/doc.md" "$WORK/now.md" > "$WORK/diff.txt"; then
  passes=$((passes + 1))
else
  echo "FAIL: docs/regions.md is out of date; regenerate the table with the command it shows"
  head -40 "$WORK/diff.txt"
  failures=$((failures + 1))
fi
finish
