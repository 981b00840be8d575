#!/usr/bin/env bash
# Neovim e2e: a headless nvim with its built-in LSP client talks to bin/derbes-language-server.js over stdio,
# opens policies and checks diagnostics, completion and hover. Needs `nvim` (bash e2e/setup.sh installs Debian's).
# usage: bash e2e/nvim/run.sh [file.policy.yaml ...]   (default: the e2e fixture + every examples/*.policy.yaml)
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
[ -f dist/server.js ] || { echo "dist/server.js missing: npm run build"; echo "0 passed, 1 failed"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/derbes-nvim-XXXXXX"); trap 'rm -rf "$TMP"' EXIT
# keep nvim's lsp.log/shada/swap files out of $HOME
export HOME=$TMP/home XDG_CONFIG_HOME=$TMP/home/.config XDG_DATA_HOME=$TMP/home/.local/share \
       XDG_STATE_HOME=$TMP/home/.local/state XDG_CACHE_HOME=$TMP/home/.cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(e2e/fixtures/ws/*.policy.yaml examples/*.policy.yaml); fi
echo "[nvim] $(nvim --version | head -1), ${#files[@]} files"
# ids the completion at a data item's category: must offer
export DERBES_DATA_CATEGORIES=$(node -p "require('./server/src/taxonomy/data/data-categories.json').entries.map(e => e.id).join(',')")
pass=0 fail=0 skipped=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  expect=
  case "$f" in e2e/fixtures/*) expect=unknown-key ;; esac
  echo "# $f"
  out=$(DERBES_REPO=$REPO DERBES_FILE=$REPO/$f DERBES_EXPECT_CODE=$expect \
        timeout 120 nvim --headless --clean -u NONE -i NONE -n -c "luafile e2e/nvim/test.lua" 2>&1 </dev/null)
  rc=$?
  printf '%s\n' "$out" | grep -Ev '^[0-9]+ passed, [0-9]+ failed' | sed 's/^/  /'
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -1)
  if [ -n "$line" ]; then
    p=${line%% passed*}; q=${line#*passed, }; q=${q%% failed*}
    pass=$((pass + p)); fail=$((fail + q))
    case "$line" in *skipped*) s=${line##*failed, }; skipped=$((skipped + ${s%% skipped*})) ;; esac
    [ "$rc" -eq 0 ] || [ "$q" -gt 0 ] || fail=$((fail + 1))
  else
    echo "  nvim exited $rc without a summary"; fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
[ "$fail" -eq 0 ]
