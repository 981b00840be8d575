// Purposes of processing (Law 94-V art. 7 p. 3): each purpose with its data, legal basis, consent
// and retention; then advertising and mailings.
import type { RenderContext } from '../context';
import { bi, endSentence, inl, joinList, plain } from '../inline';
import { capitalize } from '../terms';
import type { Inline, Lang } from '../types';
import { clause, consentPredicate, dataList, t, termPhrase, type GenClause, type SectionGenerator } from './common';

const BASIS: Record<string, [string, string]> = {
  consent: ['субъектінің немесе оның заңды өкілінің келісімі', 'согласие субъекта или его законного представителя'],
  law: ['Заңның 9-бабында көзделген жағдай', 'случай, предусмотренный статьей 9 Закона'],
  contract: ['келісімді орындау', 'исполнение соглашения'],
  'without-consent': ['келісімсіз', 'без согласия'],
};

export const basisLabel = (ctx: RenderContext, id: string, lang: Lang) => BASIS[id]?.[lang === 'kk' ? 0 : 1] ?? ctx.label('legal-bases', id, lang);

function purposeText(ctx: RenderContext, id: string, lang: Lang): Inline[] {
  const pur = ctx.policy.purposes?.[id];
  const name = pur?.description ? ctx.text(pur.description, lang) : [ctx.label('purpose-categories', pur?.category, lang) || id];
  const head = plain(name).replace(/[.;:]\s*$/, '');
  const notes: Inline[][] = [];
  if (pur?.data?.length) notes.push(inl(lang === 'kk' ? 'өңделетін деректер: ' : 'обрабатываемые данные: ', dataList(ctx, pur.data, lang)));
  if (pur?.basis) notes.push([(lang === 'kk' ? 'құқықтық негізі: ' : 'правовое основание: ') + basisLabel(ctx, pur.basis, lang)]);
  if (pur?.consent) notes.push([(lang === 'kk' ? 'осы мақсатқа ' : 'на эту цель ') + consentPredicate(ctx, pur.consent, lang)]);
  if (pur?.depersonalized) notes.push([lang === 'kk' ? 'деректер алдын ала иесіздендіріледі' : 'данные предварительно обезличиваются']);
  if (pur?.retention) notes.push(inl(lang === 'kk' ? 'сақтау мерзімі: ' : 'срок хранения: ', termPhrase(ctx, pur.retention, lang)));
  // a description keeps its own links and marks; a label is plain
  const title = pur?.description ? capitalizeRuns(trimEnd(name)) : [capitalize(head)];
  return notes.length ? inl(title, ' — ', joinList(notes, '; '), '.') : endSentence(title);
}

function capitalizeRuns(runs: Inline[]): Inline[] {
  const [first, ...rest] = runs;
  return typeof first === 'string' ? [capitalize(first), ...rest] : runs;
}

function trimEnd(runs: Inline[]): Inline[] {
  const last = runs[runs.length - 1];
  if (typeof last !== 'string') return runs;
  return [...runs.slice(0, -1), last.replace(/[.;:]\s*$/, '')];
}

function marketing(ctx: RenderContext): GenClause[] {
  const m = ctx.policy.marketing;
  if (!m) return [];
  const out: GenClause[] = [];
  const channels = (lang: Lang) => (m.channels ?? []).map(c => ctx.label('marketing-channels', c, lang));
  if (m.channels?.length || m.consent) {
    const kkCh = channels('kk');
    const kk = t`${ctx.op.kk()} ${ctx.user.kk('dat')} ${kkCh.length ? joinList(kkCh.map(c => [c]), ', ', ' және ') : ''}${kkCh.length ? ' арқылы ' : ''}ақпараттық және жарнамалық хабарламалар жіберуі мүмкін${m.consent ? `; жарнамалық таратылымдарға ${consentPredicate(ctx, m.consent, 'kk')}` : ''}.`;
    const ruCh = channels('ru');
    const ru = t`${ctx.op.ru()} вправе направлять ${ctx.user.ru('dat')} информационные и рекламные сообщения${ruCh.length ? ` по следующим каналам: ${ruCh.join(', ')}` : ''}${m.consent ? `; на рекламные рассылки ${consentPredicate(ctx, m.consent, 'ru')}` : ''}.`;
    out.push(clause('marketing', ['marketing'], bi(kk, ru)));
  }
  if (m['third-party-senders']) {
    out.push(clause('third-party-senders', ['marketing/third-party-senders'], bi(
      t`Таратылымдарды ${ctx.op.kk('gen')} тапсырмасы бойынша үшінші тұлғалар да жіберуі мүмкін.`,
      t`Рассылки могут направляться также третьими лицами по поручению ${ctx.op.ru('gen')}.`)));
  }
  if (m['targeted-ads'] !== undefined) {
    out.push(clause('targeted-ads', ['marketing/targeted-ads'], m['targeted-ads']
      ? bi(t`${ctx.op.kk()} дербес деректерді таргеттелген онлайн-жарнаманы көрсету үшін пайдаланады.`, t`${ctx.op.ru()} использует персональные данные для показа таргетированной онлайн-рекламы.`)
      : bi(t`${ctx.op.kk()} дербес деректерді таргеттелген онлайн-жарнаманы көрсету үшін пайдаланбайды.`, t`${ctx.op.ru()} не использует персональные данные для показа таргетированной онлайн-рекламы.`)));
  }
  if (m.profiling !== undefined) {
    out.push(clause('profiling', ['marketing/profiling'], m.profiling
      ? bi(t`${ctx.op.kk()} ${ctx.user.kk('gen')} дербес деректері негізінде профайлингті жүзеге асырады.`, t`${ctx.op.ru()} осуществляет профайлинг на основе персональных данных ${ctx.user.ru('gen')}.`)
      : bi(t`${ctx.op.kk()} профайлингті жүзеге асырмайды.`, t`${ctx.op.ru()} не осуществляет профайлинг.`)));
  }
  if (m['opt-out']) {
    out.push(clause('opt-out', ['marketing/opt-out'], bi(
      endSentence(t`Таратылымдардан бас тарту тәртібі: ${ctx.text(m['opt-out'], 'kk')}`),
      endSentence(t`Порядок отказа от рассылок: ${ctx.text(m['opt-out'], 'ru')}`),
    )));
  }
  return out;
}

export const purposes: SectionGenerator = ctx => {
  const ids = Object.keys(ctx.policy.purposes ?? {});
  const out: GenClause[] = [];
  if (ids.length) {
    const children = ids.map(id => clause(`purpose-${id}`, [`purposes/${id}`], bi(purposeText(ctx, id, 'kk'), purposeText(ctx, id, 'ru'))));
    out.push(clause('list', ['purposes'], bi(
      t`${ctx.op.kk()} ${ctx.user.kk('gen')} дербес деректерін мынадай мақсаттарда өңдейді:`,
      t`${ctx.op.ru()} обрабатывает персональные данные ${ctx.user.ru('gen')} в следующих целях:`,
    ), children));
  }
  return [...out, ...marketing(ctx)];
};
