#!/usr/bin/env node
// Editors that start the server without naming a transport get stdio.
if (!process.argv.slice(2).some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
