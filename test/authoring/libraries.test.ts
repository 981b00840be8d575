// Clause libraries: the std library, team folders and npm packages from derbes.config.yaml, checks of
// use:/with:, problems of the configuration and the clause files, and a library on disk followed as
// its files are added, changed and deleted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { getCompletions } from '../../server/src/service/completion';
import { FsWorkspace } from '../../server/src/lsp/fsWorkspace';
import { stdClauses } from '../../server/src/clauses/libraries';
import { fillClauseText } from '../../server/src/clauses/fill';
import { parseClauseFile } from '../../server/src/clauses/parse';
import { STD_CLAUSE_FILES } from '../../server/src/clauses/std.generated';
import { apply, BASE, docOf, service } from './helpers';
import { getCodeActions } from '../../server/src/service/codeActions';
import { diagnosticInfo } from '../../server/src/rules/registry';
import { messageOf } from '../../server/src/service/diagnostics';

const CAP = 'id: liability-cap\nversion: 1.0.0\ntitle: { kk: Жауапкершілік шегі, ru: Предел ответственности }\nparams:\n  amount: { type: integer, default: 100000 }\n  court:\n    type: text\ntext:\n  kk: "{{operator}} жауапкершілігі {{amount}} теңгемен шектеледі. {{court}}"\n  ru: "Ответственность {{operator:gen}} ограничена суммой {{amount}} тенге. {{court}}"\n';
const codes = (s: ReturnType<typeof service>, text: string) => s.getDiagnostics(docOf(text), 'en').map(d => String(d.code)).filter(c => /clause|librar/.test(c));

describe('the std library', () => {
  it('is embedded from server/src/clauses/std/*.yaml and current', async () => {
    const { generate } = await import('../../scripts/gen-clauses.mjs');
    assert.equal(generate(), readFileSync(join(__dirname, '..', '..', 'server', 'src', 'clauses', 'std.generated.ts'), 'utf8'), 'run node scripts/gen-clauses.mjs');
  });

  it('every std clause parses clean, with both texts and valid placeholders', () => {
    for (const { file, text } of STD_CLAUSE_FILES) {
      const parsed = parseClauseFile(text, 'std', file, true);
      assert.deepEqual(parsed.findings, [], file);
      assert.ok(parsed.clause?.text.kk && parsed.clause.text.ru, file);
      assert.ok(parsed.clause.title?.kk && parsed.clause.title.ru, file);
    }
    for (const id of ['public-offer', 'pre-trial-claim', 'user-obligations', 'operator-obligations', 'security-measures', 'severability', 'governing-law', 'policy-changes', 'contacts']) {
      assert.ok(stdClauses().has(`std/${id}`), id);
    }
  });

  it('fills duration parameters in each language\'s grammar', () => {
    const claim = stdClauses().get('std/pre-trial-claim')!;
    assert.match(fillClauseText(claim, { answer: '1 working-day' }, 'ru')!, /в течение 1 рабочего дня/);
    assert.match(fillClauseText(claim, {}, 'kk')!, /30 күнтізбелік күн ішінде/);
    assert.match(fillClauseText(claim, {}, 'kk')!, /\{\{operator\}\}/, 'the policy\'s placeholders are left for the renderer');
  });

  it('a policy using std clauses is clean', () => {
    const s = service();
    assert.deepEqual(codes(s, BASE + 'clauses:\n  - use: std/pre-trial-claim\n    with: { answer: 15 working-days }\n  - use: std/severability\n'), []);
  });
});

describe('team libraries', () => {
  it('use: and with: are checked against the clause', async () => {
    const s = service({ '/ws/derbes.config.yaml': 'libraries:\n  team: legal/clauses\n', '/ws/legal/clauses/cap.yaml': CAP });
    await s.libraries.reload();
    assert.deepEqual(codes(s, BASE + 'clauses:\n  - use: team/liability-cap\n    with:\n      court: { kk: Алматы соты, ru: суд Алматы }\n'), []);
    assert.deepEqual(codes(s, BASE + 'clauses:\n  - use: team/liability-cap\n'), ['clause-param-missing']);
    assert.deepEqual(codes(s, BASE + 'clauses:\n  - use: team/liability-cap\n    with: { court: x, amont: 5 }\n'), ['clause-param-unknown']);
    assert.deepEqual(codes(s, BASE + 'clauses:\n  - use: team/liability-cap\n    with: { court: x, amount: many }\n'), ['clause-param-type']);
    assert.deepEqual(codes(s, BASE + 'clauses:\n  - use: team/liabilty-cap\n'), ['unknown-clause']);
    const d = s.getDiagnostics(docOf(BASE + 'clauses:\n  - use: team/liabilty-cap\n'), 'ru').find(x => x.code === 'unknown-clause')!;
    assert.equal(d.message, 'Ни в одной библиотеке нет пункта «team/liabilty-cap». Возможно, имелось в виду «team/liability-cap»?');
  });

  it('a missing parameter → a quick fix adds it under with: (or adds with:), in the map\'s style', async () => {
    const s = service({ '/ws/derbes.config.yaml': 'libraries:\n  team: legal/clauses\n', '/ws/legal/clauses/cap.yaml': CAP });
    await s.libraries.reload();
    const fix = (clause: string) => {
      const document = docOf(BASE + clause);
      const d = s.getDiagnostics(document, 'en').find(x => x.code === 'clause-param-missing')!;
      const [action] = getCodeActions(s, document, d.range, { diagnostics: [d] }, 'kk');
      assert.equal(action.title, '«court» параметрін қосу');
      const fixed = apply(document, action.edit!.changes![document.uri]);
      // the parameter is there; its empty texts are left for the author to fill in (and say so)
      assert.deepEqual(codes(s, fixed), ['clause-param-type'], fixed);
      return fixed.slice(BASE.length);
    };
    assert.equal(fix('clauses:\n  - use: team/liability-cap\n'), 'clauses:\n  - use: team/liability-cap\n    with:\n      court:\n        kk: ""\n        ru: ""\n');
    assert.equal(fix('clauses:\n  - use: team/liability-cap\n    with:\n      amount: 5\n'), 'clauses:\n  - use: team/liability-cap\n    with:\n      amount: 5\n      court:\n        kk: ""\n        ru: ""\n');
    assert.equal(fix('clauses:\n  - use: team/liability-cap\n    with: { amount: 5 }\n'), 'clauses:\n  - use: team/liability-cap\n    with: { amount: 5, court: { kk: "", ru: "" } }\n');
  });

  it('the configuration: outside the workspace, missing folder, missing package, bad names → findings on it', async () => {
    const config = 'libraries:\n  out: ../../etc\n  gone: nowhere\n  pkg: npm:@acme/clauses\n  std: x\n  Bad: x\n';
    const s = service({ '/ws/derbes.config.yaml': config });
    await s.libraries.reload();
    const issues = s.libraries.issues().get('/ws/derbes.config.yaml')!;
    const found = issues.findings.map(f => `${f.code}:${config.slice(f.start, f.end)}`);
    assert.deepEqual(found.sort(), ['library-config-invalid:Bad', 'library-config-invalid:std', 'library-not-found:nowhere', 'library-outside-workspace:../../etc', 'library-package-not-found:npm:@acme/clauses'].sort());
  });

  it('an npm package as a library', async () => {
    const s = service({
      '/ws/derbes.config.yaml': 'libraries:\n  acme: npm:@acme/clauses\n',
      '/ws/node_modules/@acme/clauses/package.json': '{ "name": "@acme/clauses", "derbes": { "clauses": "lib" } }',
      '/ws/node_modules/@acme/clauses/lib/cap.yaml': CAP,
    });
    await s.libraries.reload();
    assert.ok(s.libraries.get('acme/liability-cap'));
  });

  it('a broken clause file is a finding on that file, never a crash', async () => {
    const s = service({ '/ws/derbes.config.yaml': 'libraries:\n  team: c\n', '/ws/c/a.yaml': 'id: a\ntext:\n  kk: "{{nope}}"\n', '/ws/c/b.yaml': '[unclosed', '/ws/c/c.yaml': CAP, '/ws/c/d.yaml': CAP });
    await s.libraries.reload();
    const problems = (path: string) => s.libraries.issues().get(path)!.findings.map(f => `${f.code}:${f.args?.problem ?? ''}`);
    assert.deepEqual(problems('/ws/c/a.yaml').sort(), ['clause-file-invalid:missing-language', 'clause-file-invalid:unknown-placeholder']);
    assert.ok(problems('/ws/c/b.yaml').length > 0);
    assert.deepEqual(problems('/ws/c/d.yaml'), ['clause-duplicate:']);
    assert.ok(s.libraries.get('team/liability-cap'));
  });
});

describe('a library on disk', () => {
  it('follows clause files as they are added, changed and deleted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'derbes-lib-'));
    try {
      mkdirSync(join(root, 'clauses'));
      writeFileSync(join(root, 'derbes.config.yaml'), 'libraries:\n  team: clauses\n');
      const s = createLanguageService({ workspace: new FsWorkspace([root]) });
      let changes = 0;
      s.libraries.onDidChange(() => changes++);
      await s.libraries.reload();
      const uri = `file://${join(root, 'p.policy.yaml')}`;
      const policy = BASE + 'clauses:\n  - use: team/liability-cap\n    with: { court: x }\n';
      let version = 0;
      const diagnose = () => s.getDiagnostics(TextDocument.create(uri, 'derbes', ++version, policy), 'en').map(d => String(d.code)).filter(c => /clause/.test(c));
      const offered = () => {
        const text = BASE + 'clauses:\n  - use: ';
        const d = TextDocument.create(uri, 'derbes', ++version, text);
        return getCompletions(s, d, d.positionAt(text.length), { locale: 'en' }).items.map(i => String(i.label)).filter(l => l.startsWith('team/'));
      };
      assert.deepEqual(diagnose(), ['unknown-clause']);
      assert.deepEqual(offered(), []);

      const file = join(root, 'clauses', 'cap.yaml');
      writeFileSync(file, CAP);
      assert.equal(await s.libraries.filesChanged([file]), true, 'added');
      assert.deepEqual(diagnose(), []);
      assert.deepEqual(offered(), ['team/liability-cap']);

      writeFileSync(file, CAP.replace('  court:\n    type: text\n', '').replace(/ \{\{court\}\}/g, ''));
      assert.equal(await s.libraries.filesChanged([file]), true, 'changed');
      assert.deepEqual(diagnose(), ['clause-param-unknown']);

      rmSync(file);
      assert.equal(await s.libraries.filesChanged([file]), true, 'deleted');
      assert.deepEqual(diagnose(), ['unknown-clause']);
      assert.deepEqual(offered(), []);
      assert.equal(await s.libraries.filesChanged([join(root, 'unrelated.txt')]), false);
      assert.ok(changes >= 3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('never reads outside the workspace, not even through a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'derbes-outside-'));
    const root = mkdtempSync(join(tmpdir(), 'derbes-ws-'));
    try {
      writeFileSync(join(outside, 'secret.yaml'), CAP);
      symlinkSync(outside, join(root, 'linked'));
      writeFileSync(join(root, 'derbes.config.yaml'), `libraries:\n  a: linked\n  b: ${outside}\n`);
      const ws = new FsWorkspace([root]);
      assert.equal(await ws.readFile(join(outside, 'secret.yaml')), undefined);
      assert.equal(await ws.readFile(join(root, 'linked', 'secret.yaml')), undefined);
      const s = createLanguageService({ workspace: ws });
      await s.libraries.reload();
      assert.equal(s.libraries.get('a/liability-cap'), undefined);
      assert.equal(s.libraries.get('b/liability-cap'), undefined);
      const found = s.libraries.issues().get(join(root, 'derbes.config.yaml'))!.findings.map(f => f.code).sort();
      assert.deepEqual(found, ['library-not-found', 'library-outside-workspace']);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('clause file problems in messages', () => {
  it('a problem named like an Object.prototype member is quoted, not looked up', () => {
    const info = diagnosticInfo('clause-file-invalid');
    for (const problem of ['constructor', 'toString', '__proto__']) {
      assert.equal(messageOf(info, { code: 'clause-file-invalid', start: 0, end: 1, args: { problem } }, 'en'), `Clause file: ${problem}.`);
    }
    assert.match(messageOf(info, { code: 'clause-file-invalid', start: 0, end: 1, args: { problem: 'yaml', detail: 'x' } }, 'ru'), /синтаксическая ошибка YAML: x/);
  });
});
