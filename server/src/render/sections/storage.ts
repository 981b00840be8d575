// Processing and storage: where the database is (Law 94-V art. 12 p. 2), how long data is kept,
// destruction (art. 18), backups and encryption, automated processing (art. 19-1).
import type { RenderContext } from '../context';
import { bi, inl } from '../inline';
import type { Lang } from '../types';
import { clause, consentPredicate, countriesNote, t, termPhrase, type GenClause, type SectionGenerator } from './common';

function location(ctx: RenderContext): GenClause[] {
  const s = ctx.policy.storage;
  if (!s) return [];
  const out: GenClause[] = [];
  const c = (lang: Lang) => countriesNote(ctx, s.countries, lang);
  switch (s.location) {
    case 'kazakhstan':
      out.push(clause('location', ['storage/location'], bi(
        t`Дербес деректерді сақтауды ${ctx.op.kk()} Қазақстан Республикасының аумағында орналасқан базада жүзеге асырады.`,
        t`Хранение персональных данных осуществляется ${ctx.op.ru('ins')} в базе, находящейся на территории Республики Казахстан.`,
      )));
      break;
    case 'kazakhstan-and-abroad':
      out.push(clause('location', ['storage/location'], bi(
        t`Дербес деректер Қазақстан Республикасының аумағында орналасқан базада сақталады; олардың көшірмелері Қазақстан Республикасының аумағынан тыс жерде де сақталуы мүмкін${c('kk')}.`,
        t`Персональные данные хранятся в базе, находящейся на территории Республики Казахстан; их копии могут храниться также за пределами Республики Казахстан${c('ru')}.`,
      )));
      break;
    case 'abroad':
      out.push(clause('location', ['storage/location'], bi(
        t`Дербес деректер Қазақстан Республикасының аумағынан тыс орналасқан серверлерде сақталады${c('kk')}.`,
        t`Персональные данные хранятся на серверах, расположенных за пределами Республики Казахстан${c('ru')}.`,
      )));
      break;
    default:
      break;
  }
  const hosting = (s.hosting ?? []).map(id => ctx.policy.processors?.[id]?.name ?? id);
  if (hosting.length) {
    out.push(clause('hosting', ['storage/hosting'], bi(
      t`Деректерді сақтау үшін мынадай хостинг қызметтері пайдаланылады: ${hosting.join(', ')}.`,
      t`Для хранения данных используются услуги хостинга: ${hosting.join(', ')}.`,
    )));
  }
  if (s.encrypted !== undefined) {
    out.push(clause('encrypted', ['storage/encrypted'], s.encrypted
      ? bi(t`Дербес деректер шифрланған түрде сақталады.`, t`Персональные данные хранятся в зашифрованном виде.`)
      : bi(t`Дербес деректер шифрланбаған түрде сақталады.`, t`Персональные данные хранятся в незашифрованном виде.`)));
  }
  if (s.backups) {
    out.push(clause('backups', ['storage/backups'], bi(
      t`${ctx.op.kk()} дербес деректердің сақтық және мұрағаттық көшірмелерін сақтайды.`,
      t`${ctx.op.ru()} хранит резервные и архивные копии персональных данных.`,
    )));
  }
  return out;
}

function retention(ctx: RenderContext): GenClause[] {
  const out: GenClause[] = [];
  const r = ctx.policy.retention;
  if (r) {
    out.push(clause('retention', ['retention'], bi(
      inl('Дербес деректер ', termPhrase(ctx, r, 'kk'), ' сақталады.'),
      inl('Персональные данные хранятся ', termPhrase(ctx, r, 'ru'), '.'),
    )));
  }
  for (const [id, item] of Object.entries(ctx.policy.data ?? {})) {
    if (!item.retention) continue;
    out.push(clause(`retention-${id}`, [`data/${id}/retention`], bi(
      inl('Сақтау мерзімі: ', ctx.dataLabel(id, 'kk'), ' — ', termPhrase(ctx, item.retention, 'kk'), '.'),
      inl('Срок хранения: ', ctx.dataLabel(id, 'ru'), ' — ', termPhrase(ctx, item.retention, 'ru'), '.'),
    )));
  }
  if (r || out.length) {
    out.push(clause('destruction', ['retention'], bi(
      t`Сақтау мерзімі өткен, өңдеу мақсаттарына қол жеткізілген кезде, сондай-ақ Заңның 18-бабында көзделген өзге де жағдайларда дербес деректер жойылуға жатады.`,
      t`По истечении срока хранения, при достижении целей обработки, а также в иных случаях, предусмотренных статьей 18 Закона, персональные данные подлежат уничтожению.`,
    )));
  }
  return out;
}

function automated(ctx: RenderContext): GenClause[] {
  const a = ctx.policy['automated-processing'];
  if (!a) return [];
  const out: GenClause[] = [];
  out.push(clause('automated', ['automated-processing/used'], a.used
    ? bi(
      inl(t`Дербес деректерді өңдеу автоматтандыру құралдарын пайдалана отырып жүзеге асырылады`, a.consent ? `; автоматтандырылған өңдеуге ${consentPredicate(ctx, a.consent, 'kk')}` : '', '.'),
      inl(t`Обработка персональных данных осуществляется с использованием средств автоматизации`, a.consent ? `; на автоматизированную обработку ${consentPredicate(ctx, a.consent, 'ru')}` : '', '.'))
    : bi(t`Дербес деректерді автоматтандырылған өңдеу жүзеге асырылмайды.`, t`Автоматизированная обработка персональных данных не осуществляется.`)));
  if (a.used && a.decisions !== undefined) {
    out.push(clause('decisions', ['automated-processing/decisions'], a.decisions
      ? bi(
        t`${ctx.op.kk()} ${ctx.user.kk('dat')} қатысты құқықтық салдарға әкелетін шешімдерді дербес деректерді тек автоматтандырылған өңдеу негізінде қабылдауы мүмкін.`,
        t`${ctx.op.ru()} может принимать решения, порождающие юридические последствия в отношении ${ctx.user.ru('gen')}, на основании исключительно автоматизированной обработки персональных данных.`)
      : bi(
        t`${ctx.user.kk('dat')} қатысты құқықтық салдарға әкелетін шешімдер тек автоматтандырылған өңдеу негізінде қабылданбайды.`,
        t`Решения, порождающие юридические последствия в отношении ${ctx.user.ru('gen')}, не принимаются на основании исключительно автоматизированной обработки.`)));
  }
  if (a.used && a.objection) {
    const three = { count: 3, unit: 'working-days' as const };
    out.push(clause('objection', ['automated-processing/objection'], bi(
      t`${ctx.user.kk()} дербес деректерді автоматтандырылған өңдеуге қарсылық білдіруге құқылы; қарсылық ${ctx.within(three, 'kk')} қаралады.`,
      t`${ctx.user.ru()} вправе заявить возражение против автоматизированной обработки персональных данных; возражение рассматривается ${ctx.within(three, 'ru')}.`,
    )));
  }
  return out;
}

export const storage: SectionGenerator = ctx => [...location(ctx), ...retention(ctx), ...automated(ctx)];
