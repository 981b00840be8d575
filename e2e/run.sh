#!/usr/bin/env bash
# The whole real-editor e2e stage:
#   setup (apt: chromium, libkrb5-dev, neovim, emacs-nox + elpa-eglot + elpa-yaml-mode; npm: node@24 + code-server into .e2e-tools/, cached)
#   -> deps (npm ci, only when node_modules is missing) -> build -> package derbes.vsix (vsce) -> in-editor suite (e2e/run-tests.mjs, extension from source)
#   -> UI suite (e2e/drive.mjs, the installed .vsix) -> Neovim LSP client (e2e/nvim/run.sh) -> Emacs + eglot (e2e/emacs/run.sh)
# Every suite runs even if an earlier one failed; the exit code is non-zero if any stage failed.
# Prints the time of each stage, the totals as "e2e: N passed, N failed" and where the screenshots are.
# env: E2E_SKIP_SETUP=1, E2E_SKIP_NEOVIM=1, E2E_SKIP_EMACS=1, E2E_ONLY="run-tests drive nvim emacs" (subset), VERBOSE=1, plus the knobs of
#      e2e/run-tests.mjs and e2e/drive.mjs (PORT, E2E_KEEP, E2E_TMP, TEST_TIMEOUT_MS, DERBES_E2E_GREP ...)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=.e2e-out; LOGS=$OUT/logs; SCREENS=$OUT/screens
mkdir -p "$LOGS"
only=" ${E2E_ONLY:-setup deps build package run-tests drive nvim emacs} "
declare -a TIMES=()
total_pass=0 total_fail=0 status=0

stage() { # stage <name> <command...>: runs, logs to $LOGS/<name>.log, records time and the suite's counts
  local name=$1; shift
  [[ $only == *" $name "* ]] || { echo "== $name: skipped (E2E_ONLY)"; return 0; }
  echo "== $name"
  local t=$SECONDS rc
  "$@" 2>&1 | tee "$LOGS/$name.log"; rc=${PIPESTATUS[0]}
  local dt=$((SECONDS - t))
  local line; line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$LOGS/$name.log" | tail -1)
  if [ -n "$line" ]; then
    local p=${line%% passed*} f=${line#*passed, }; f=${f%% failed*}
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
    [ "$rc" -eq 0 ] || [ "$f" -gt 0 ] || total_fail=$((total_fail + 1))
  elif [ "$rc" -ne 0 ] && [[ $name == run-tests || $name == drive || $name == nvim || $name == emacs ]]; then
    total_fail=$((total_fail + 1))
  fi
  TIMES+=("$(printf '%-10s %4ss  %s' "$name" "$dt" "$([ "$rc" -eq 0 ] && echo ok || echo "FAILED (exit $rc)")")")
  [ "$rc" -eq 0 ] || status=1
  return "$rc"
}

if [ "${E2E_SKIP_SETUP:-}" != 1 ]; then
  stage setup bash e2e/setup.sh || { echo "setup failed; see $LOGS/setup.log"; exit 1; }
fi
source e2e/env.sh
[ -x "$CODE_SERVER" ] || { echo "code-server is not installed: bash e2e/setup.sh"; exit 1; }
if [ ! -d node_modules/playwright-core ]; then stage deps npm ci --no-audit --no-fund || exit 1; fi
stage build npm run build || exit 1
stage package npm run package || exit 1
stage run-tests node e2e/run-tests.mjs . dist/test/suite.js e2e/fixtures/ws
stage drive node e2e/drive.mjs derbes.vsix e2e/fixtures/ws "$SCREENS"
if [ "${E2E_SKIP_NEOVIM:-}" != 1 ]; then stage nvim bash e2e/nvim/run.sh; fi
if [ "${E2E_SKIP_EMACS:-}" != 1 ]; then stage emacs bash e2e/emacs/run.sh; fi

echo
echo "== e2e stage times (logs in $LOGS/)"
printf '   %s\n' "${TIMES[@]}"
echo "screenshots: $(cd "$SCREENS" 2>/dev/null && pwd || echo "$SCREENS (none)")"
echo "e2e: $total_pass passed, $total_fail failed"
[ "$status" -eq 0 ] && [ "$total_fail" -eq 0 ]
