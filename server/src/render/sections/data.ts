// The list of personal data processed (Law 94-V art. 8 p. 4 subpara. 7): grouped by where the data comes from.
import type { RenderContext } from '../context';
import { bi, inl, joinList } from '../inline';
import type { Inline, Lang } from '../types';
import { kkCase } from '../terms';
import { clause, t, type GenClause, type SectionGenerator } from './common';

const SOURCE_ORDER = ['registration', 'user', 'automatic', 'third-party', 'other-databases', 'public-sources', 'state-systems', ''];

function groupIntro(ctx: RenderContext, source: string, lang: Lang): Inline[] {
  const u = lang === 'kk' ? ctx.user.kk() : ctx.user.ru('ins');
  const at = lang === 'kk' ? ctx.site.kk('loc') : ctx.site.ru('prep');
  const prep = ctx.site.ruGender === 'n' ? 'в' : 'на';
  const KK: Record<string, Inline[]> = {
    registration: t`${at} тіркелу кезінде ${u} ұсынатын деректер`,
    user: t`${u} ұсынатын деректер`,
    automatic: t`${lang === 'kk' ? ctx.site.kk('acc') : ''} пайдалану кезінде автоматты түрде жиналатын деректер`,
    'third-party': t`үшінші тұлғалардан алынатын деректер`,
    'other-databases': t`басқа дерекқорлардан импортталатын деректер`,
    'public-sources': t`жалпыға бірдей қолжетімді көздерден алынатын деректер`,
    'state-systems': t`мемлекеттік ақпараттық жүйелерден алынатын деректер`,
  };
  const RU: Record<string, Inline[]> = {
    registration: t`данные, предоставляемые ${u} при регистрации ${prep} ${at}`,
    user: t`данные, предоставляемые ${u}`,
    automatic: t`данные, собираемые автоматически при использовании ${ctx.site.ru('gen')}`,
    'third-party': t`данные, получаемые от третьих лиц`,
    'other-databases': t`данные, импортируемые из других баз данных`,
    'public-sources': t`данные, извлекаемые из общедоступных источников`,
    'state-systems': t`данные, получаемые из государственных информационных систем`,
  };
  const intro = (lang === 'kk' ? KK : RU)[source];
  if (!intro) return [lang === 'kk' ? 'Өзге де деректер' : 'Иные данные'];
  const [first, ...rest] = intro;
  return typeof first === 'string' ? [first.trimStart()[0].toUpperCase() + first.trimStart().slice(1), ...rest] : intro;
}

/** Russian genitive plural of the subject kinds («в отношении несовершеннолетних»). */
const RU_SUBJECTS_GEN: Record<string, string> = {
  user: 'пользователей', minor: 'несовершеннолетних', 'parent-guardian': 'родителей (опекунов)', employee: 'работников', visitor: 'посетителей сайта',
};

/** Whose data these are, beyond the user: «кәмелетке толмағандарға қатысты» / «в отношении несовершеннолетних». */
function subjectsNote(ctx: RenderContext, subjects: readonly string[], lang: Lang): string {
  if (!subjects.length) return '';
  if (lang === 'kk') return `${subjects.map((s, i) => (i === subjects.length - 1 ? kkCase(ctx.label('subject-kinds', s, 'kk'), 'dat') : ctx.label('subject-kinds', s, 'kk'))).join(', ')} қатысты`;
  return `в отношении ${subjects.map(s => RU_SUBJECTS_GEN[s] ?? ctx.label('subject-kinds', s, 'ru')).join(', ')}`;
}

const otherSubjects = (ctx: RenderContext, id: string) => (ctx.policy.data?.[id]?.subjects ?? []).filter(s => s !== 'user');

function item(ctx: RenderContext, id: string, lang: Lang, shared: string): Inline[] {
  const d = ctx.policy.data?.[id];
  const notes: string[] = [];
  const subjects = otherSubjects(ctx, id);
  if (subjects.length && subjects.join(',') !== shared) notes.push(subjectsNote(ctx, subjects, lang));
  if (d?.required === false) notes.push(lang === 'kk' ? 'ұсыну міндетті емес' : 'предоставление необязательно');
  if (d?.public) notes.push(lang === 'kk' ? 'жалпыға бірдей қолжетімді көздерде орналастырылады' : 'с размещением в общедоступных источниках');
  return inl(ctx.dataLabel(id, lang), notes.length ? ` (${notes.join('; ')})` : '');
}

export const data: SectionGenerator = ctx => {
  const ids = Object.keys(ctx.policy.data ?? {});
  if (!ids.length) return [];
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const source = ctx.policy.data?.[id]?.source ?? '';
    const key = SOURCE_ORDER.includes(source) ? source : '';
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const intro = bi(
    t`${ctx.op.kk()} ${ctx.user.kk('gen')} мынадай дербес деректерін жинайды және өңдейді:`,
    t`${ctx.op.ru()} собирает и обрабатывает следующие персональные данные ${ctx.user.ru('gen')}:`,
  );
  // whose data a group holds is said once when most of its items share it
  const sharedOf = (members: string[]) => {
    const counts = new Map<string, number>();
    for (const id of members) { const k = otherSubjects(ctx, id).join(','); counts.set(k, (counts.get(k) ?? 0) + 1); }
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    return n >= 2 && n > members.length / 2 ? best : '';
  };
  const list = (lang: Lang, members: string[], shared: string) => joinList(members.map(id => item(ctx, id, lang, shared)), '; ');
  const sharedNote = (lang: Lang, shared: string) => (shared ? ` (${subjectsNote(ctx, shared.split(','), lang)})` : '');
  if (groups.size === 1 && groups.has('')) {
    // no sources given: one clause with the list
    return [clause('list', ['data'], bi(
      t`${ctx.op.kk()} ${ctx.user.kk('gen')} мынадай дербес деректерін жинайды және өңдейді: ${list('kk', ids, '')}.`,
      t`${ctx.op.ru()} собирает и обрабатывает следующие персональные данные ${ctx.user.ru('gen')}: ${list('ru', ids, '')}.`,
    ))];
  }
  const children: GenClause[] = SOURCE_ORDER.filter(s => groups.has(s)).map(source => {
    const members = groups.get(source)!;
    const shared = sharedOf(members);
    return clause(`source-${source || 'other'}`, members.map(id => `data/${id}`), bi(
      inl(groupIntro(ctx, source, 'kk'), sharedNote('kk', shared), ': ', list('kk', members, shared), '.'),
      inl(groupIntro(ctx, source, 'ru'), sharedNote('ru', shared), ': ', list('ru', members, shared), '.'),
    ));
  });
  return [clause('list', ['data'], intro, children)];
};
