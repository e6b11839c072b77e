# docs/openapi.yaml is generated from the server's route table (`hashigo serve --openapi yaml`);
# regenerate and compare, so the document and the routes cannot drift apart.
source "$(dirname "$0")/lib.bash"
"$HASHIGO" serve --openapi yaml > "$WORK/now.yaml"
expect_same_doc "$SRC/docs/openapi.yaml" now.yaml "run: hashigo serve --openapi yaml > docs/openapi.yaml"
# The JSON form is the document /v1/openapi.json serves, and it parses.
"$HASHIGO" serve --openapi json > "$WORK/openapi.json"
expect_in openapi.json '"openapi": "3.1.0"' "the JSON form names OpenAPI 3.1"
# `hashigo serve` hands its arguments, and the global options before it, to hashigo-serve once each.
"$HASHIGO" --lang ja serve --help > "$WORK/serve-help.txt" 2>&1
expect_in serve-help.txt 'オプション' "serve --help follows --lang given before serve"
"$HASHIGO" serve --listen 0.0.0.0:0 > "$WORK/serve-open.txt" 2>&1 && status=0 || status=$?
expect_in serve-open.txt 'E_USAGE: 0.0.0.0 is not a loopback address' "off loopback without a token is refused (exit $status)"
finish
