// dist/server.js: starts the bundled language server (dist/server-bundle.js) with a V8 code cache,
// so a start does not re-compile 1.7 MB of JavaScript (about 40 ms of the ~100 ms start). The cache
// is written once the server has run for a moment, keyed by node version and bundle identity; any
// problem with it (unwritable folder, stale or rejected data) just means a normal compile.
// Written to dist/ by scripts/build.mjs; kept in scripts/bench/ with the start-time measurements.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const os = require('os');
const Module = require('module');
const crypto = require('crypto');

const file = path.join(__dirname, 'server-bundle.js');
let source = fs.readFileSync(file, 'utf8');
let cacheFile;
let cachedData;
try {
  const stat = fs.statSync(file);
  const key = crypto.createHash('sha1').update(`${process.version}\0${process.arch}\0${file}\0${stat.size}\0${stat.mtimeMs}`).digest('hex').slice(0, 16);
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  cacheFile = path.join(os.tmpdir(), `derbes-v8-cache-${uid}`, `server-${key}.bin`);
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
let script;
try {
  script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
} catch {
  script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
}
// the script holds its own (wrapped) copy of the source: ours and the cache data can go
source = undefined;
const rejected = cachedData !== undefined && script.cachedDataRejected;
const hadCache = cachedData !== undefined;
cachedData = undefined;
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(__dirname);
bundle.loaded = true;
const run = script.runInThisContext();
run.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, __dirname);

if (cacheFile && (!hadCache || rejected)) {
  let written = false;
  const writeCache = () => {
    if (written) return;
    written = true;
    try {
      const data = script.createCachedData();
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, data);
      fs.renameSync(tmp, cacheFile);
    } catch {
      // no cache this time
    }
  };
  // after start-up, so the cache also holds the functions the first requests compiled; or at exit
  setTimeout(writeCache, 3000).unref();
  process.once('exit', writeCache);
}
