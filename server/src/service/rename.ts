// Rename a data item, purpose, processor, clause or term id (its declaration and every reference in
// the policy), or a team library clause (its file's id and every `use:` across the workspace).
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, Localized } from '../i18n/locale';
import { ID } from '../model/formats';
import { rangeIn, symbolAt } from './definition';
import type { LanguageService } from './languageService';
import { clauseUseRanges } from './references';
import { policyIndex, uriOf } from './workspaceIndex';

const l = (en: string, kk: string, ru: string): Localized => ({ en, kk, ru });
const ERRORS = {
  nothing: l('Only ids and library clauses can be renamed here.', 'Мұнда тек идентификаторлар мен кітапхана тармақтарының атын өзгертуге болады.', 'Здесь можно переименовать только идентификаторы и библиотечные пункты.'),
  builtIn: l('A built-in (std/…) clause cannot be renamed.', 'Кірістірілген (std/…) тармақтың атын өзгертуге болмайды.', 'Встроенный пункт (std/…) нельзя переименовать.'),
  unknownClause: l('No library has this clause.', 'Бұл тармақ ешбір кітапханада жоқ.', 'Этого пункта нет ни в одной библиотеке.'),
  badId: l('Not an id: use letters, digits, “-”, “_” and “.”.', 'Идентификатор емес: әріптерді, цифрларды және «-», «_», «.» таңбаларын пайдаланыңыз.', 'Не идентификатор: используйте буквы, цифры и символы «-», «_», «.».'),
  badClauseId: l('A clause id is small Latin letters, digits and “-”, in the same library.', 'Тармақ id-і сол кітапханадағы кіші латын әріптерінен, цифрлардан және «-» таңбасынан тұрады.', 'Id пункта состоит из строчных латинских букв, цифр и «-» в той же библиотеке.'),
  taken: l('This id is already declared.', 'Бұл идентификатор бұрын жарияланған.', 'Такой идентификатор уже объявлен.'),
};

export type RenameResult = WorkspaceEdit | { error: string };

export function prepareRename(service: LanguageService, document: TextDocument, position: Position, locale: Locale): { range: Range; placeholder: string } | { error: string } {
  const { analysis } = service.analyze(document);
  const symbol = symbolAt(analysis, document.offsetAt(position));
  if (!symbol) return { error: ERRORS.nothing[locale] };
  if (symbol.kind === 'clause') {
    const clause = service.libraries.get(symbol.id);
    if (!clause) return { error: ERRORS.unknownClause[locale] };
    if (clause.builtIn) return { error: ERRORS.builtIn[locale] };
  }
  return { range: rangeIn(document, symbol.start, symbol.end), placeholder: symbol.id };
}

export async function getRename(service: LanguageService, document: TextDocument, position: Position, newName: string, locale: Locale): Promise<RenameResult> {
  const { analysis } = service.analyze(document);
  const symbol = symbolAt(analysis, document.offsetAt(position));
  if (!symbol) return { error: ERRORS.nothing[locale] };
  if (symbol.kind === 'id') {
    if (!ID.test(newName)) return { error: ERRORS.badId[locale] };
    if (newName !== symbol.id && analysis.declared.some(d => d.space === symbol.space && d.id === newName)) return { error: ERRORS.taken[locale] };
    const edits: TextEdit[] = [];
    for (const d of analysis.declared) if (d.space === symbol.space && d.id === symbol.id) edits.push({ range: rangeIn(document, d.start, d.end), newText: newName });
    for (const r of analysis.refs) if (r.space === symbol.space && r.id === symbol.id) edits.push({ range: rangeIn(document, r.start, r.end), newText: newName });
    return { changes: { [document.uri]: edits } };
  }
  const clause = service.libraries.get(symbol.id);
  if (!clause) return { error: ERRORS.unknownClause[locale] };
  if (clause.builtIn) return { error: ERRORS.builtIn[locale] };
  const prefix = `${clause.library}/`;
  const full = newName.startsWith(prefix) ? newName : newName.includes('/') ? '' : prefix + newName;
  const local = full.slice(prefix.length);
  if (!full || !local.split('/').every(s => /^[a-z0-9][a-z0-9-]*$/.test(s))) return { error: ERRORS.badClauseId[locale] };
  if (full !== clause.id && service.libraries.get(full)) return { error: ERRORS.taken[locale] };
  const changes: Record<string, TextEdit[]> = {};
  const file = TextDocument.create(uriOf(clause.path), 'yaml', 0, clause.source);
  const written = clause.source.slice(clause.idRange[0], clause.idRange[1]);
  const quoted = /^["']/.test(written);
  const idText = written.replace(/^["']|["']$/g, '').startsWith(prefix) ? full : local;
  changes[file.uri] = [{ range: rangeIn(file, clause.idRange[0], clause.idRange[1]), newText: quoted ? JSON.stringify(idText) : idText }];
  for (const policy of await policyIndex(service).all()) {
    const ranges = clauseUseRanges(policy.analysis, clause.id);
    if (!ranges.length) continue;
    const doc = policy.uri === document.uri ? document : TextDocument.create(policy.uri, 'derbes', 0, policy.text);
    changes[policy.uri] = ranges.map(r => ({ range: rangeIn(doc, r.start, r.end), newText: full }));
  }
  return { changes };
}
