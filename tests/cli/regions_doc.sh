# docs/regions.md holds the output of `hashigo rules diff … --markdown`; regenerate and compare.
source "$(dirname "$0")/lib.bash"
"$HASHIGO" --lang en --rules "$SRC/rules" rules diff national chiba kanagawa kushiro osaka saga zama --markdown > "$WORK/now.md"
sed -n '/<!-- BEGIN rules diff -->/,/<!-- END rules diff -->/p' "$SRC/docs/regions.md" | sed '1d;$d' > "$WORK/doc.md"
expect_same_doc "$WORK/doc.md" now.md "regenerate the table with the command it shows"
finish
