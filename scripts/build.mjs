// Bundles the extension client, the language server and the CLI (one file each) with esbuild.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { updateStdClauses } from './gen-clauses.mjs';

const watch = process.argv.includes('--watch');
// the built-in clause library (server/src/clauses/std/*.yaml) is embedded as a TypeScript module
updateStdClauses();
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true,
  external: ['vscode'], logLevel: 'warning', legalComments: 'none',
  // ESM dependencies (tinyglobby) read import.meta.url, which a CommonJS bundle must provide
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // the same yaml code without its Node build's process.env lookup on every token (a quarter of the parse time)
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};
// DOCX and PDF export (docx, pdfkit, fontkit, brotli: 2.7 MB) are bundles of their own, loaded on the
// first export: compiling them with the server cost every start ~100 ms. render/index.ts requires them lazily.
const lazyExport = {
  name: 'lazy-export',
  setup(build) {
    build.onResolve({ filter: /^\.\/(docx|pdf)$/ }, args => (/[\\/]render[\\/]index\.ts$/.test(args.importer) ? { path: `./${args.path.slice(2)}.js`, external: true } : undefined));
  },
};
// vscode-languageclient (96% of what the client bundle was) is a bundle of its own, dist/languageclient.js,
// required only when the client starts, after activate() has returned: compiling it as part of
// dist/client.js was most of the extension's activation time (BENCHMARKS.md). client/src/extension.ts
// requires it lazily; a top-level import would still bundle it into dist/client.js.
const lazyLanguageClient = {
  name: 'lazy-languageclient',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageclient\/node$/ }, args => (args.kind === 'require-call' && /[\\/]client[\\/]src[\\/]extension\.ts$/.test(args.importer) ? { path: './languageclient.js', external: true } : undefined));
  },
};
const builds = [
  {
    ...common, plugins: [lazyExport], outdir: 'dist',
    entryPoints: { 'server-bundle': 'server/src/server.ts', cli: 'server/src/cli.ts', docx: 'server/src/render/docx.ts', pdf: 'server/src/render/pdf.ts' },
  },
  {
    ...common, plugins: [lazyLanguageClient], outdir: 'dist',
    entryPoints: { client: 'client/src/extension.ts', languageclient: 'vscode-languageclient/node' },
  },
];
// the in-editor test suite (run by VS Code's extension-test harness inside the extension host)
if (existsSync('test/e2e/suite/index.ts')) {
  builds.push({ ...common, entryPoints: { suite: 'test/e2e/suite/index.ts' }, outdir: 'dist/test' });
}
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
}

// dist/server.js starts dist/server-bundle.js with a V8 code cache (a third of the start time)
copyFileSync('scripts/bench/server-loader.cjs', 'dist/server.js');

// PDF export embeds DejaVu Serif (it carries every Kazakh letter); the .vsix ships dist/ without
// node_modules, so the fonts travel beside the bundle.
mkdirSync('dist/fonts', { recursive: true });
for (const font of ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf']) copyFileSync(`node_modules/dejavu-fonts-ttf/ttf/${font}`, `dist/fonts/${font}`);
