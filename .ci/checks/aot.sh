#!/usr/bin/env bash
# Publishes tests/ToolKit.AotSmoke with Native AOT: zero trim/AOT warnings, and the binary's output is right.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
log="$out/publish.log"
if ! dotnet publish tests/ToolKit.AotSmoke -c Release -r linux-x64 -o "$out/bin" >"$log" 2>&1; then
  cat "$log"; echo "AOT publish failed"; exit 1
fi
if grep -E "warning (IL[0-9]+|AOT|CS)" "$log"; then
  echo "AOT publish raised warnings"; exit 1
fi
output=$("$out/bin/ToolKit.AotSmoke")
echo "$output"
expect() {
  if ! grep -qF -- "$1" <<<"$output"; then echo "missing from AOT output: $1"; exit 1; fi
}
expect 'schema get_forecast {"type":"object","properties":{"city":{"type":"string"'
expect 'result get_forecast None {"city":"Paris","days":2,"unit":"fahrenheit","highs":[20,21]}'
expect 'result get_forecast InvalidArguments Invalid arguments for tool "get_forecast". Fix these and call it again: | $.days: expected an integer from 1 to 7, got 9'
expect 'result add None 5.5'
expect 'result divide ToolFailed Tool "divide" failed: DivideByZeroException:'
expect 'result missing_tool UnknownTool There is no tool named "missing_tool". Available tools: get_forecast, add, divide.'
expect 'parsed city=Rome'
size=$(stat -c %s "$out/bin/ToolKit.AotSmoke")
echo "AOT binary size: $size bytes"
rm -rf "$out"
