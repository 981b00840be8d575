// Localisation of the extension's UI.
//   node scripts/l10n.mjs          moves the literal strings of package.json's contributions into
//                                  package.nls.json (English) and puts %key% placeholders in their place;
//                                  package.nls.kk.json / package.nls.ru.json are translated by hand.
//   node scripts/l10n.mjs --list   prints the vscode.l10n.t() strings of client/src, which
//                                  l10n/bundle.l10n.kk.json and l10n/bundle.l10n.ru.json translate.
// test/l10n/l10n.test.ts fails when a string has no Kazakh or Russian translation.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every localisable string field of a manifest: [key, get, set]. */
export function localizable(manifest) {
  const out = [];
  const field = (key, obj, prop) => { if (obj && typeof obj[prop] === 'string') out.push({ key, value: obj[prop], set: v => { obj[prop] = v; } }); };
  field('displayName', manifest, 'displayName');
  field('description', manifest, 'description');
  const c = manifest.contributes ?? {};
  for (const cmd of c.commands ?? []) {
    field(`command.${cmd.command}.title`, cmd, 'title');
    field(`command.${cmd.command}.category`, cmd, 'category');
    field(`command.${cmd.command}.shortTitle`, cmd, 'shortTitle');
  }
  const configs = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  configs.forEach((conf, i) => {
    field(`configuration${i ? i : ''}.title`, conf, 'title');
    for (const [name, prop] of Object.entries(conf.properties ?? {})) {
      for (const p of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) field(`config.${name}.${p}`, prop, p);
      for (const p of ['enumDescriptions', 'markdownEnumDescriptions']) {
        (prop[p] ?? []).forEach((_, j) => field(`config.${name}.${p}.${j}`, prop[p], j));
      }
    }
  });
  for (const [i, view] of Object.entries(c.walkthroughs ?? [])) field(`walkthrough.${i}.title`, view, 'title');
  return out;
}

const PLACEHOLDER = /^%[^%\s]+%$/;

/** Moves literal strings to package.nls.json; returns the keys it moved. */
export function extract() {
  const manifestPath = join(ROOT, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const nlsPath = join(ROOT, 'package.nls.json');
  const nls = existsSync(nlsPath) ? JSON.parse(readFileSync(nlsPath, 'utf8')) : {};
  const moved = [];
  for (const f of localizable(manifest)) {
    if (PLACEHOLDER.test(f.value)) continue;
    nls[f.key] = f.value;
    f.set(`%${f.key}%`);
    moved.push(f.key);
  }
  if (!manifest.l10n) manifest.l10n = './l10n';
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(nlsPath, JSON.stringify(sortKeys(nls), null, 2) + '\n');
  return moved;
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** The first-argument string literals of vscode.l10n.t(...) calls in client/src. */
export function clientStrings(dir = join(ROOT, 'client', 'src')) {
  const out = new Set();
  const walk = d => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/\bl10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g)) {
          const raw = m[1] ?? m[2] ?? m[3];
          out.add(raw.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c));
        }
        for (const m of text.matchAll(/\bl10n\.t\(\s*\{\s*message:\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\(.)/g, '$1'));
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return [...out].sort();
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  if (process.argv.includes('--list')) console.log(JSON.stringify(clientStrings(), null, 2));
  else console.log(`moved to package.nls.json: ${extract().join(', ') || 'nothing'}`);
}
