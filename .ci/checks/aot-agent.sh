#!/usr/bin/env bash
# Publishes samples/AotAgent (the QuickStart's agent) with Native AOT: zero trim/AOT warnings, then runs the binary on
# its embedded OpenRouter emulator and checks the fallback, both tool calls, the answer built from their results and
# the typed TripPlan.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log="$out/publish.log"
if ! dotnet publish samples/AotAgent -c Release -r linux-x64 -o "$out/bin" >"$log" 2>&1; then
  cat "$log"; echo "AOT publish of samples/AotAgent failed"; exit 1
fi
# Any warning fails, trim (IL2xxx) and AOT (IL3xxx) ones first of all; only NU1603 (a nearby package version served,
# allowed in Directory.Build.props) is let through.
if grep -E "warning [A-Z]+[0-9]+" "$log" | grep -vE "warning NU1603"; then
  echo "AOT publish of samples/AotAgent raised warnings"; exit 1
fi
# No key and no emulator URL: the binary starts its embedded emulator. Bounded, so a hang fails the check.
status=0
output=$(env -u OPENROUTER_API_KEY -u TOOLKIT_EMULATOR_URL timeout 120 "$out/bin/AotAgent") || status=$?
if [ "$status" -ne 0 ]; then echo "$output"; echo "AotAgent exited with $status"; exit 1; fi
echo "$output"
expect() {
  if ! grep -qF -- "$1" <<<"$output"; then echo "missing from AotAgent output: $1"; exit 1; fi
}
expect 'Using the embedded OpenRouter emulator at http://127.0.0.1:'
expect '! anthropic/claude-sonnet-4 failed: Overloaded'
expect '-> falling back from anthropic/claude-sonnet-4 to openai/gpt-4o-mini'
expect 'tool get_weather {"city":"Paris","unit":"celsius"}'
expect 'tool convert_currency {"amount":250,"from":"eur","to":"usd"}'
expect '"converted":270.00}'
expect 'answer: get_weather returned: {"city":"Paris"'
expect 'convert_currency returned: {"amount":250,"from":"eur","to":"usd","rate":1.08,"converted":270.00}'
expect 'Run Completed: served by openai/gpt-4o-mini'
expect 'first answer after '
expect 'Trip to Rome: '
size=$(stat -c %s "$out/bin/AotAgent")
echo "AotAgent binary size: $size bytes"
