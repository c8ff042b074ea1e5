#!/usr/bin/env bash
# Measures the Native AOT travel agent next to its Microsoft.Extensions.AI + OpenAI SDK peer (samples/MeaiAotAgent):
# binary size, trim/AOT warnings, and time from process start to the first answer, all against one emulator started
# here as a separate process. Also runs both apps on the JIT (framework-dependent) for reference.
# Usage: bash samples/AotAgent/measure.sh [rounds, default 5]. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

publish() { # project, output folder, extra arguments...
  local project=$1 dir=$2; shift 2
  dotnet publish "$project" -c Release -r linux-x64 -o "$work/$dir" "$@" >"$work/$dir.log" 2>&1 || { cat "$work/$dir.log"; exit 1; }
}
warnings() { grep -oE "warning (IL[0-9]+|AOT)[^[]*" "$work/$1.log" | sort -u | wc -l; }

echo "Publishing (Native AOT, linux-x64)..." >&2
publish samples/AotAgent toolkit -p:EmbedEmulator=false
publish samples/AotAgent toolkit-embedded
publish samples/MeaiAotAgent meai
echo "Building the JIT variants..." >&2
dotnet build samples/AotAgent -c Release -p:EmbedEmulator=false -o "$work/toolkit-jit" >"$work/toolkit-jit.log" 2>&1 || { cat "$work/toolkit-jit.log"; exit 1; }
dotnet build samples/MeaiAotAgent -c Release -o "$work/meai-jit" >"$work/meai-jit.log" 2>&1 || { cat "$work/meai-jit.log"; exit 1; }

# The emulator runs as its own process, so no binary carries Kestrel and both apps talk to the same server.
dotnet build src/ToolKit.Emulator -c Release >"$work/emulator-build.log" 2>&1 || { cat "$work/emulator-build.log"; exit 1; }
dotnet src/ToolKit.Emulator/bin/Release/net10.0/ToolKit.Emulator.dll --port 0 --quiet >"$work/emulator.out" 2>&1 &
emulator_pid=$!
url=""
for _ in $(seq 1 60); do
  url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/api/v1/' "$work/emulator.out" || true)
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/emulator.out"; echo "the emulator did not start" >&2; exit 1; }
export TOOLKIT_EMULATOR_URL=$url
unset OPENROUTER_API_KEY

first_answer() { # label, command...: the "first answer after N ms" of one run
  local label=$1; shift
  local output
  output=$(timeout 120 "$@") || { echo "$output" >&2; echo "$label failed" >&2; exit 1; }
  grep -qF '"converted":270' <<<"$output" || { echo "$output" >&2; echo "$label: no answer from the tool results" >&2; exit 1; }
  grep -oE 'first answer after [0-9]+ ms' <<<"$output" | grep -oE '[0-9]+'
}

summary() { # times...: "median ms (min–max)"
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%d ms (%d–%d)", a[int((NR+1)/2)], a[1], a[NR]}'
}

size() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.1f MB", b / 1048576}'; }

# Interleaved, one run of each app per round, so both see the same load on a shared machine.
echo "Measuring ($runs rounds, emulator at $url, load $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
toolkit=(); meai=(); toolkit_jit=(); meai_jit=()
for _ in $(seq 1 "$runs"); do
  toolkit+=("$(first_answer ToolKit "$work/toolkit/AotAgent")")
  meai+=("$(first_answer M.E.AI "$work/meai/MeaiAotAgent")")
  toolkit_jit+=("$(first_answer "ToolKit JIT" dotnet "$work/toolkit-jit/AotAgent.dll")")
  meai_jit+=("$(first_answer "M.E.AI JIT" dotnet "$work/meai-jit/MeaiAotAgent.dll")")
done
toolkit=$(summary "${toolkit[@]}"); meai=$(summary "${meai[@]}")
toolkit_jit=$(summary "${toolkit_jit[@]}"); meai_jit=$(summary "${meai_jit[@]}")

echo "| app | Native AOT binary | trim/AOT warnings | first answer, AOT: median (min–max) | first answer, JIT: median (min–max) |"
echo "|---|---|---|---|---|"
echo "| ToolKit (samples/AotAgent) | $(size "$work/toolkit/AotAgent") | $(warnings toolkit) | $toolkit | $toolkit_jit |"
echo "| ToolKit with the emulator embedded | $(size "$work/toolkit-embedded/AotAgent") | $(warnings toolkit-embedded) | | |"
echo "| M.E.AI 10.11.0 + OpenAI 2.15.0 (samples/MeaiAotAgent) | $(size "$work/meai/MeaiAotAgent") | $(warnings meai) | $meai | $meai_jit |"
echo
echo "M.E.AI peer warnings:"
grep -oE "warning (IL[0-9]+|AOT)[^[]*" "$work/meai.log" | sort -u || echo "(none)"
