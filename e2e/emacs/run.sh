#!/usr/bin/env bash
# Emacs e2e: Emacs in batch mode with eglot talks to bin/derbes-language-server.js over stdio, opens policies and
# checks diagnostics (Flymake), completion (completion-at-point) and hover (ElDoc). The init file is the elisp
# block of docs/editors.md's "Emacs (eglot)" section, with the server command spelled out as
# ("node" "<repo>/bin/derbes-language-server.js" "--stdio"), so the documented set-up is what runs.
# Needs `emacs` with eglot and yaml-mode (Emacs 29+, or Debian 12's emacs-nox + elpa-eglot + elpa-yaml-mode,
# which bash e2e/setup.sh installs).
# usage: bash e2e/emacs/run.sh [file.policy.yaml ...]   (default: the e2e fixture + every examples/*.policy.yaml)
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
[ -f dist/server.js ] || { echo "dist/server.js missing: npm run build"; echo "0 passed, 1 failed"; exit 1; }
command -v emacs >/dev/null || { echo "emacs not found: bash e2e/setup.sh"; echo "0 passed, 1 failed"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/derbes-emacs-XXXXXX"); trap 'rm -rf "$TMP"' EXIT
# keep ~/.emacs.d (eglot/project state, auto-saves) out of the real $HOME
export HOME=$TMP/home XDG_CONFIG_HOME=$TMP/home/.config XDG_DATA_HOME=$TMP/home/.local/share \
       XDG_STATE_HOME=$TMP/home/.local/state XDG_CACHE_HOME=$TMP/home/.cache
mkdir -p "$HOME/.emacs.d"
INIT=$HOME/.emacs.d/init.el

# the docs' snippet: the first ```elisp block after "## Emacs"
awk '/^## Emacs/ { s = 1 } s && /^```elisp/ { b = 1; next } b && /^```/ { exit } b { print }' docs/editors.md > "$TMP/docs.el"
grep -q 'eglot-server-programs' "$TMP/docs.el" || {
  echo "no elisp block with eglot-server-programs in docs/editors.md's Emacs section"; echo "0 passed, 1 failed"; exit 1; }
CMD="(\"node\" \"$REPO/bin/derbes-language-server.js\" \"--stdio\")"
REPO_CMD=$CMD node -e '
  const fs = require("fs"), [src, dst] = process.argv.slice(1);
  const doc = fs.readFileSync(src, "utf8"), from = "(\"derbes-language-server\" \"--stdio\")";
  if (!doc.includes(from)) { console.error("docs snippet has no " + from); process.exit(1); }
  fs.writeFileSync(dst, doc.split(from).join(process.env.REPO_CMD));
' "$TMP/docs.el" "$INIT" || { echo "0 passed, 1 failed"; exit 1; }

. e2e/editor-runs.sh "$@"
# `emacs --batch -u ''` starts as Emacs does for a user whose home is $HOME: package activation (Debian's
# elpa-* packages, or ~/.emacs.d/elpa), then ~/.emacs.d/init.el (plain --batch would skip both)
echo "[emacs] $(emacs --version | head -1), eglot $(emacs --batch -u '' --eval '(princ (let ((p (cadr (assq (quote eglot) package-alist))))
  (if p (package-version-join (package-desc-version p)) (file-name-directory (locate-library "eglot")))))' 2>/dev/null), ${#files[@]} files"
# how many findings `derbes check` (the same server, over LSP) reports per file: Flymake must show as many
COUNTS=$TMP/counts.json
node bin/derbes.js check "${files[@]}" --format json > "$TMP/check.json" 2>"$TMP/check.err"
node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const o = {};
  for (const f of j.files) o[f.path] = f.diagnostics.length; console.log(JSON.stringify(o));' "$TMP/check.json" > "$COUNTS" ||
  { echo "derbes check failed: $(cat "$TMP/check.err")"; echo "0 passed, 1 failed"; exit 1; }
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  echo "# $f"
  # test.el prints its results on stderr (batch mode's message stream); Emacs' own messages are dropped
  # unless the run fails
  count=$(node -p "require('$COUNTS')['$f'] ?? ''")
  out=$(DERBES_FILE=$REPO/$f DERBES_EXPECT_CODE=$(expected_code "$f") DERBES_EXPECT_COUNT=$count \
        timeout 120 emacs --batch -u '' -l e2e/emacs/test.el 2>&1 </dev/null)
  rc=$?
  tally emacs $rc "$(printf '%s\n' "$out" | grep -E '^(ok|not ok) - |^  # |^[0-9]+ passed, [0-9]+ failed')"
  # on failure, Emacs' own messages (eglot's, a backtrace) too
  if [ "$rc" -ne 0 ]; then printf '%s\n' "$out" | grep -Ev '^(ok|not ok) - |^  # |^[0-9]+ passed, [0-9]+ failed' | tail -30 | sed 's/^/  | /'; fi
done
tally_total
