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
. e2e/editor-runs.sh "$@"
echo "[nvim] $(nvim --version | head -1), ${#files[@]} files"
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  echo "# $f"
  out=$(DERBES_REPO=$REPO DERBES_FILE=$REPO/$f DERBES_EXPECT_CODE=$(expected_code "$f") \
        timeout 120 nvim --headless --clean -u NONE -i NONE -n -c "luafile e2e/nvim/test.lua" 2>&1 </dev/null)
  tally nvim $? "$out"
done
tally_total
