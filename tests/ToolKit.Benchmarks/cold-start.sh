#!/usr/bin/env bash
# Cold start: how long a fresh process takes until the definitions (schemas) of 50 tools are ready, for the
# ToolKit generated definitions and for AIFunctionFactory.Create x50. Each mode runs N times (default 10),
# interleaved so that background load hits both alike, and the script prints the medians:
#   in-Main  - the probe's Stopwatch, from the first statement of Main to the end of the work;
#   process  - wall time of the whole process, measured from outside (runtime start-up included).
# A third mode, baseline, does no work: its in-Main time is what the probe itself costs.
# Usage: tests/ToolKit.Benchmarks/cold-start.sh [N]
#   NO_BUILD=1      skip the build and run what is there
#   READY_TO_RUN=1  publish the app with PublishReadyToRun (precompiled app code, as a published app ships)
#                   to bin/r2r and run that instead of the JIT-only build output
set -euo pipefail

n="${1:-10}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ "${READY_TO_RUN:-0}" == "1" ]]; then
  case "$(uname -m)" in
    aarch64 | arm64) rid=linux-arm64 ;;
    *) rid=linux-x64 ;;
  esac
  if [[ "${NO_BUILD:-0}" != "1" ]]; then
    dotnet publish "$here/ToolKit.Benchmarks.csproj" -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true -o "$here/bin/r2r" -nologo -v quiet >/dev/null
  fi
  app="$here/bin/r2r/ToolKit.Benchmarks"
  echo "ReadyToRun build: $app"
else
  if [[ "${NO_BUILD:-0}" != "1" ]]; then
    dotnet build "$here/ToolKit.Benchmarks.csproj" -c Release -nologo -v quiet >/dev/null
  fi
  app="$here/bin/Release/net10.0/ToolKit.Benchmarks"
  echo "JIT build: $app"
fi
[[ -x "$app" ]] || { echo "missing $app; build it first" >&2; exit 1; }

modes=(generated meai baseline)
declare -A inner outer
for ((i = 1; i <= n; i++)); do
  for mode in "${modes[@]}"; do
    t0=$(date +%s%N)
    line="$("$app" --cold "$mode")"
    t1=$(date +%s%N)
    inner[$mode]+="${line%% *} "
    outer[$mode]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e6 }') "
    if [[ $i -eq 1 ]]; then echo "first run: $line"; fi
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo
echo "runs per mode: $n"
printf '%-10s %14s %14s\n' mode "in-Main (ms)" "process (ms)"
declare -A mi mo
for mode in "${modes[@]}"; do
  mi[$mode]="$(echo "${inner[$mode]}" | median)"
  mo[$mode]="$(echo "${outer[$mode]}" | median)"
  printf '%-10s %14s %14s\n' "$mode" "${mi[$mode]}" "${mo[$mode]}"
done
echo
awk -v g="${mi[generated]}" -v m="${mi[meai]}" -v b="${mi[baseline]}" -v pg="${mo[generated]}" -v pm="${mo[meai]}" -v pb="${mo[baseline]}" 'BEGIN {
  printf "meai / generated, in-Main:         %.1fx\n", m / g
  printf "meai / generated, whole process:   %.1fx\n", pm / pg
  printf "whole-process time added over baseline: generated %+.1f ms, meai %+.1f ms\n", pg - pb, pm - pb
}'
echo
echo "all in-Main samples:"
for mode in "${modes[@]}"; do echo "  $mode: ${inner[$mode]}"; done
echo "all process samples:"
for mode in "${modes[@]}"; do echo "  $mode: ${outer[$mode]}"; done
