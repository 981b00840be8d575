// The extension speaks the user's language: every string package.json contributes is a %key% with an
// English, Kazakh and Russian text, and every vscode.l10n.t() string of client/src has a Kazakh and a
// Russian translation (l10n/bundle.l10n.kk.json, l10n/bundle.l10n.ru.json) keeping its {0} arguments.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const json = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;
const args = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join(',');

describe('localisation', () => {
  it('every contributed string of package.json is a %key% with en, kk and ru texts', async () => {
    const { localizable } = await import('../../scripts/l10n.mjs');
    const manifest = json('package.json');
    const bundles = { en: json('package.nls.json'), kk: json('package.nls.kk.json'), ru: json('package.nls.ru.json') };
    const problems: string[] = [];
    for (const f of localizable(manifest)) {
      const m = /^%([^%\s]+)%$/.exec(f.value);
      if (!m) { problems.push(`${f.key}: "${f.value}" is not localised (run node scripts/l10n.mjs)`); continue; }
      for (const [lang, bundle] of Object.entries(bundles)) {
        const text = bundle[m[1]];
        if (typeof text !== 'string' || !text.trim()) problems.push(`${m[1]}: no ${lang} text`);
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(manifest.l10n, './l10n');
  });

  it('every vscode.l10n.t() string of client/src has a Kazakh and a Russian translation', async () => {
    const { clientStrings } = await import('../../scripts/l10n.mjs');
    const strings = clientStrings() as string[];
    const problems: string[] = [];
    for (const lang of ['kk', 'ru']) {
      const bundle = json(`l10n/bundle.l10n.${lang}.json`);
      for (const s of strings) {
        const t = bundle[s];
        if (typeof t !== 'string' || !t.trim()) problems.push(`${lang}: "${s}"`);
        else if (args(t) !== args(s)) problems.push(`${lang}: "${s}" → "${t}" changes the {0} arguments`);
      }
    }
    assert.deepEqual(problems, [], 'add the translations to l10n/bundle.l10n.kk.json and l10n/bundle.l10n.ru.json');
  });

  it('Kazakh texts are Kazakh and Russian texts are Russian', () => {
    const kkLetters = /[әғқңөұүһі]/i;
    for (const name of ['package.nls.kk.json', 'l10n/bundle.l10n.kk.json']) {
      const texts = Object.values(json(name)).filter((t): t is string => typeof t === 'string' && /[а-яё]/i.test(t));
      assert.ok(texts.filter(t => kkLetters.test(t)).length >= texts.length / 2, `${name} reads as Kazakh`);
    }
    for (const name of ['package.nls.ru.json', 'l10n/bundle.l10n.ru.json']) {
      for (const t of Object.values(json(name))) assert.ok(typeof t !== 'string' || !kkLetters.test(t), `${name}: ${t}`);
    }
  });
});
