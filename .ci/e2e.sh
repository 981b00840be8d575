#!/usr/bin/env bash
# CI's real-editor stage (called by .ci/run): installs the e2e tools once (cached), builds and packages the
# extension, runs the in-editor suite inside code-server, the UI suite on the installed .vsix (screenshots),
# and the Neovim and Emacs (eglot) LSP tests (see e2e/run.sh).
# Tools (Node 24, code-server ~620 MB) live in .e2e-tools/. CI clones are fresh, so .e2e-tools is linked to a
# per-machine cache outside the clone (DERBES_E2E_CACHE, default ~/.cache/derbes-e2e-tools): the first run on a
# machine installs (~2-3 min), later runs reuse it.
set -uo pipefail
cd "$(dirname "$0")/.."
CACHE=${DERBES_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/derbes-e2e-tools}
if [ ! -e .e2e-tools ] && [ "${DERBES_E2E_CACHE:-}" != none ]; then
  mkdir -p "$CACHE" && ln -s "$CACHE" .e2e-tools && echo "[e2e] tools cache: $CACHE"
fi
t0=$SECONDS
bash e2e/run.sh; rc=$?
echo "[e2e] real-editor stage took $((SECONDS - t0)) s (exit $rc)"
echo "[e2e] screenshots folder: $PWD/.e2e-out/screens"
exit $rc
