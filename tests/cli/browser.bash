# Rendering a report page in a real browser (Debian's chromium, headless) and checking what it
# rendered with html_check.py: `source` after lib.bash, then `render NAME CHECK-ARGS...` for
# $WORK/NAME.html.
CHROMIUM="$(command -v chromium || true)"
if [ -z "$CHROMIUM" ]; then
  echo "FAIL: chromium is not installed (make test installs it: apt-get install chromium)"
  exit 1
fi

# chromium DOM|PNG PAGE OUT: the page after its script ran, or its screenshot; the log to OUT.log.
browse() {
  local what="$1" page="$2" out="$3"
  local flags=(--headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$WORK/profile"
               --enable-logging=stderr --v=0 --window-size=1200,1600)
  if [ "$what" = DOM ]; then
    timeout 120 "$CHROMIUM" "${flags[@]}" --dump-dom "file://$page" > "$out" 2> "$out.log"
  else
    timeout 120 "$CHROMIUM" "${flags[@]}" --screenshot="$out" "file://$page" > /dev/null 2> "$out.log"
  fi
}

printf '<!DOCTYPE html><html><body></body></html>' > "$WORK/blank.html"
browse PNG "$WORK/blank.html" "$WORK/blank.png"

# render NAME ARGS...: browses $WORK/NAME.html and runs the checks with ARGS.
render() {
  local name="$1"
  shift
  browse DOM "$WORK/$name.html" "$WORK/$name.dom"
  browse PNG "$WORK/$name.html" "$WORK/$name.png"
  if python3 "$SRC/tests/cli/html_check.py" "$WORK/$name.dom" "$WORK/$name.dom.log" "$WORK/$name.png" "$WORK/blank.png" "$@" > "$WORK/$name.check"; then
    passes=$((passes + 1))
  else
    echo "FAIL: the $name report as rendered"
    cat "$WORK/$name.check"
    failures=$((failures + 1))
  fi
}
