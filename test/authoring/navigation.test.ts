// Definition, references, rename (in the policy and across library files), outline, folding,
// selection ranges, links and workspace symbols.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getDefinition } from '../../server/src/service/definition';
import { getReferences } from '../../server/src/service/references';
import { getRename, prepareRename } from '../../server/src/service/rename';
import { getDocumentSymbols } from '../../server/src/service/symbols';
import { getFoldingRanges } from '../../server/src/service/folding';
import { getSelectionRanges } from '../../server/src/service/selectionRanges';
import { getDocumentLinks } from '../../server/src/service/documentLinks';
import { getWorkspaceSymbols } from '../../server/src/service/workspaceSymbols';
import { applyWorkspaceEdit, BASE, docOf, positionOf, service } from './helpers';

const TEAM = {
  '/ws/derbes.config.yaml': 'libraries:\n  team: clauses\n',
  '/ws/clauses/cap.yaml': 'id: liability-cap\nversion: 1.0.0\nparams:\n  amount: { type: integer, default: 100000 }\ntext:\n  kk: "{{operator}} жауапкершілігі {{amount}} теңгемен шектеледі."\n  ru: "Ответственность {{operator:gen}} ограничена суммой {{amount}} тенге."\n',
};
const WITH_CLAUSE = BASE + 'clauses:\n  - use: team/liability-cap\n    with: { amount: 5000 }\n';

describe('navigation', () => {
  it('definition: from a reference to the data item', () => {
    const s = service();
    const document = docOf(BASE);
    const defs = getDefinition(s, document, positionOf(document, 'data: [full-name, phone', 'data: [full-name, ph'.length));
    assert.equal(defs.length, 1);
    assert.deepEqual(defs[0].range.start, positionOf(document, '  phone: {', 2));
  });

  it('definition: from use: to the clause file', async () => {
    const s = service(TEAM);
    await s.libraries.reload();
    const document = docOf(WITH_CLAUSE);
    const defs = getDefinition(s, document, positionOf(document, 'team/liability-cap', 6));
    assert.equal(defs[0].uri, 'file:///ws/clauses/cap.yaml');
    assert.deepEqual(defs[0].range, { start: { line: 0, character: 4 }, end: { line: 0, character: 17 } });
    const std = getDefinition(s, docOf(BASE + 'clauses:\n  - use: std/severability\n'), { line: 28, character: 12 });
    assert.match(std[0].uri, /server\/src\/clauses\/std\/severability\.yaml$/);
  });

  it('references of a data item: its declaration and every use', async () => {
    const s = service();
    const document = docOf(BASE + 'transfers:\n  - to: state-bodies\n    data: [phone]\n');
    const refs = await getReferences(s, document, positionOf(document, '  phone: {', 3), true);
    assert.equal(refs.length, 3);
  });

  it('references of a library clause across the workspace\'s policies', async () => {
    const s = service({ ...TEAM, '/ws/other.policy.yaml': WITH_CLAUSE, '/ws/third.policy.yaml': BASE });
    await s.libraries.reload();
    const document = docOf(WITH_CLAUSE, 'file:///ws/open.policy.yaml');
    s.analyze(document);
    const refs = await getReferences(s, document, positionOf(document, 'team/liability-cap', 3), true);
    assert.deepEqual(refs.map(r => r.uri).sort(), ['file:///ws/clauses/cap.yaml', 'file:///ws/open.policy.yaml', 'file:///ws/other.policy.yaml']);
  });

  it('rename a data id: the key and every reference', async () => {
    const s = service();
    const document = docOf(BASE);
    const prepared = prepareRename(s, document, positionOf(document, '  phone: {', 3), 'en');
    assert.ok('placeholder' in prepared && prepared.placeholder === 'phone');
    const edit = await getRename(s, document, positionOf(document, '  phone: {', 3), 'mobile', 'en');
    assert.ok(!('error' in edit));
    const text = applyWorkspaceEdit(document, edit);
    assert.match(text, /^ {2}mobile: \{ category: mobile-phone/m);
    assert.match(text, /data: \[full-name, mobile, email\]/);
    const bad = await getRename(s, document, positionOf(document, '  phone: {', 3), 'email', 'en');
    assert.ok('error' in bad, 'an id that exists');
  });

  it('rename a team clause: its file and every use:; a std clause cannot be renamed', async () => {
    const s = service({ ...TEAM, '/ws/other.policy.yaml': WITH_CLAUSE });
    await s.libraries.reload();
    const document = docOf(WITH_CLAUSE, 'file:///ws/open.policy.yaml');
    const edit = await getRename(s, document, positionOf(document, 'team/liability-cap', 3), 'cap', 'en');
    assert.ok(!('error' in edit));
    const changes = edit.changes!;
    assert.equal(changes['file:///ws/clauses/cap.yaml'][0].newText, 'cap');
    assert.equal(changes['file:///ws/open.policy.yaml'][0].newText, 'team/cap');
    assert.equal(changes['file:///ws/other.policy.yaml'][0].newText, 'team/cap');
    const std = docOf(BASE + 'clauses:\n  - use: std/severability\n');
    assert.ok('error' in prepareRename(s, std, positionOf(std, 'std/sev', 3), 'en'));
  });

  it('outline: sections with their meaning, ids with their categories, clauses with kk/ru titles', () => {
    const s = service();
    const document = docOf(BASE + 'clauses:\n  - id: duties\n    title: { kk: Міндеттер, ru: Обязанности }\n    text: { kk: a, ru: b }\n');
    const symbols = getDocumentSymbols(s, document, 'ru');
    const data = symbols.find(x => x.name === 'data')!;
    assert.equal(data.detail, 'Собираемые персональные данные');
    assert.deepEqual(data.children!.map(c => c.name), ['full-name', 'phone', 'email']);
    assert.equal(data.children![1].detail, 'номер мобильного телефона');
    assert.ok(symbols.find(x => x.name === 'purposes')!.children!.some(c => c.name === 'provide-service'));
    const clause = symbols.find(x => x.name === 'clauses')!.children![0];
    assert.equal(clause.name, 'duties');
    assert.equal(clause.detail, 'Міндеттер · Обязанности');
    const operator = symbols.find(x => x.name === 'operator')!;
    assert.deepEqual(operator.children!.map(c => c.name), ['name', 'contacts']);
    for (const sym of symbols) {
      assert.ok(sym.range.start.line <= sym.selectionRange.start.line && sym.range.end.line >= sym.selectionRange.end.line, sym.name);
    }
  });

  it('folding: sections, multi-line values and comment blocks', () => {
    const s = service();
    const document = docOf('# one\n# two\n' + BASE);
    const ranges = getFoldingRanges(s, document);
    assert.ok(ranges.some(r => r.startLine === 0 && r.endLine === 1 && r.kind === 'comment'));
    const operator = positionOf(document, 'operator:').line;
    assert.ok(ranges.some(r => r.startLine === operator && r.endLine === operator + 4));
    const data = positionOf(document, 'data:\n').line;
    assert.ok(ranges.some(r => r.startLine === data && r.endLine === positionOf(document, '    source: registration\npurposes').line));
  });

  it('selection ranges grow from the value to the document', () => {
    const s = service();
    const document = docOf(BASE);
    const [range] = getSelectionRanges(s, document, [positionOf(document, 'category: email', 'category: em'.length)]);
    const texts: string[] = [];
    for (let r: typeof range | undefined = range; r; r = r.parent) texts.push(document.getText(r.range));
    assert.equal(texts[0], 'email');
    assert.equal(texts[1], 'category: email');
    assert.ok(texts.some(t => t.startsWith('email:\n    category: email')));
    assert.ok(texts.some(t => t.startsWith('data:')));
    assert.equal(texts[texts.length - 1], BASE);
  });

  it('links: web and e-mail addresses', () => {
    const links = getDocumentLinks(docOf(BASE + '# see https://adilet.zan.kz/rus/docs/Z1300000094.\n'));
    const targets = links.map(l => l.target);
    assert.ok(targets.includes('mailto:info@example.kz'));
    assert.ok(targets.includes('https://example.kz/'));
    assert.ok(targets.includes('https://adilet.zan.kz/rus/docs/Z1300000094'), 'without the final dot');
  });

  it('workspace symbols: ids of every policy and the team\'s clauses', async () => {
    const s = service({ ...TEAM, '/ws/a.policy.yaml': BASE, '/ws/sub/b.policy.yaml': BASE.replace('  phone: {', '  mobile: {').replace('full-name, phone', 'full-name, mobile'), '/ws/node_modules/x/c.policy.yaml': BASE });
    await s.libraries.reload();
    const all = await getWorkspaceSymbols(s, '', 'en');
    assert.ok(all.some(x => x.name === 'phone' && x.location.uri === 'file:///ws/a.policy.yaml'));
    assert.ok(all.some(x => x.name === 'mobile' && x.location.uri === 'file:///ws/sub/b.policy.yaml'));
    assert.ok(!all.some(x => x.location.uri.includes('node_modules')));
    assert.ok(all.some(x => x.name === 'team/liability-cap'));
    const byLabel = await getWorkspaceSymbols(s, 'телефон', 'ru');
    assert.deepEqual([...new Set(byLabel.map(x => x.name))].sort(), ['mobile', 'phone']);
  });
});
