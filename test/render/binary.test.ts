// DOCX and PDF open and carry the Kazakh letters (ә ғ қ ң ө ұ ү һ і, upper and lower case): the
// DOCX is unzipped and its document.xml read; the PDF's text is extracted with pdftotext (poppler)
// and its fonts listed with pdffonts — DejaVu Serif, embedded, with a ToUnicode map.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { buildDocument } from '../../server/src/render/tree';
import { renderDocx } from '../../server/src/render/docx';
import { renderPdf } from '../../server/src/render/pdf';
import { STARTER } from '../helpers/policy';

const LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
const POLICY = `${STARTER}
clauses:
  - id: letters
    section: final
    text:
      kk: "Әріптер: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі — әкімші, ғылым, қорғау, өңдеу, ұйым, үшін, жиһаз, іс."
      ru: "Казахские буквы: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі."
`;
const doc = buildDocument(new PolicyAnalyzer().analyze(POLICY));
const tmp = mkdtempSync(join(tmpdir(), 'derbes-bin-'));
const have = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function missingLetters(text: string): string[] {
  return [...LETTERS].filter(c => !text.includes(c));
}

describe('DOCX', { skip: have('unzip') ? false : 'unzip is not installed' }, () => {
  for (const mode of ['both', 'kk', 'ru'] as const) {
    it(`opens and holds the text (${mode})`, async () => {
      const file = join(tmp, `p.${mode}.docx`);
      writeFileSync(file, await renderDocx(doc, mode));
      const list = spawnSync('unzip', ['-l', file], { encoding: 'utf8' });
      assert.equal(list.status, 0, list.stderr);
      assert.match(list.stdout, /word\/document\.xml/);
      const xml = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
      assert.match(xml, /^<\?xml/);
      if (mode !== 'ru') {
        assert.ok(xml.includes('Құпиялылық саясаты'));
        assert.deepEqual(missingLetters(xml), []);
      }
      if (mode !== 'kk') assert.ok(xml.includes('Политика конфиденциальности'));
      if (mode === 'both') assert.match(xml, /<w:tbl>/, 'both languages sit in a two-column table');
      if (mode === 'kk') assert.ok(!xml.includes('Политика конфиденциальности'));
    });
  }
});

describe('PDF', { skip: have('pdftotext') && have('pdffonts') ? false : 'poppler-utils is not installed' }, () => {
  for (const mode of ['both', 'kk', 'ru'] as const) {
    it(`opens, embeds DejaVu with ToUnicode, and its text has the Kazakh letters (${mode})`, async () => {
      const file = join(tmp, `p.${mode}.pdf`);
      const bytes = await renderPdf(doc, mode);
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      writeFileSync(file, bytes);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      assert.equal(text.status, 0, text.stderr);
      const flat = text.stdout.replace(/\s+/g, ' ');
      if (mode !== 'ru') {
        assert.ok(flat.includes('Құпиялылық саясаты'), flat.slice(0, 200));
        assert.deepEqual(missingLetters(text.stdout), []);
      }
      if (mode !== 'kk') assert.ok(flat.includes('Политика конфиденциальности'));
      const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
      const rows = fonts.split('\n').slice(2).filter(Boolean);
      assert.ok(rows.length > 0, fonts);
      for (const row of rows) {
        assert.match(row, /DejaVuSerif/, row);
        // columns: name type encoding emb sub uni object
        assert.match(row, /\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/, `not embedded as a subset with ToUnicode: ${row}`);
      }
    });
  }
});
