// Preloaded into a language server by the benchmark (node --expose-gc --require heap-probe.cjs):
// on SIGUSR2 it runs a full GC and writes process.memoryUsage() to $DERBES_BENCH_HEAP_FILE.
// It never touches stdin/stdout, which carry the LSP messages.
const { writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') { global.gc(); global.gc(); }
  const file = process.env.DERBES_BENCH_HEAP_FILE;
  if (file) writeFileSync(file, JSON.stringify(process.memoryUsage()));
});
