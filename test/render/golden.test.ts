// Golden files: the plain-text rendering of each example in Kazakh and in Russian
// (test/golden/<example>.<lang>.txt). They were read and checked by hand for correct Kazakh and
// Russian; after an intended change to the wording, review the new text and refresh with
//   UPDATE_GOLDEN=1 node --import tsx --test test/render/golden.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { buildDocument } from '../../server/src/render/tree';
import { renderTextLang } from '../../server/src/render/text';

const ROOT = join(__dirname, '..', '..');
export const EXAMPLES = ['starter', 'toowto', 'toowto-corrected', 'birgeoqu', 'pytkamnet', 'smartustaz', '5qbe'];
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden renderings of the examples', () => {
  for (const name of EXAMPLES) {
    const source = join(ROOT, 'examples', `${name}.policy.yaml`);
    for (const lang of ['kk', 'ru'] as const) {
      it(`${name} (${lang})`, { skip: existsSync(source) ? false : 'example missing' }, () => {
        const doc = buildDocument(new PolicyAnalyzer().analyze(readFileSync(source, 'utf8')));
        const text = renderTextLang(doc, lang);
        const golden = join(ROOT, 'test', 'golden', `${name}.${lang}.txt`);
        if (update) {
          writeFileSync(golden, text);
          return;
        }
        assert.ok(existsSync(golden), `no golden file ${golden}: review the rendering, then UPDATE_GOLDEN=1`);
        assert.equal(text, readFileSync(golden, 'utf8'), `the ${lang} rendering of ${name} changed: review it, then UPDATE_GOLDEN=1`);
      });
    }
  }
});
