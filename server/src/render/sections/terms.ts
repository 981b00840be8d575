// Terms and definitions: the policy's own (`terms:`), else the statutory definitions of Law 94-V art. 1.
import { endSentence, inl, plain, strong } from '../inline';
import { bi } from '../inline';
import { clause, t, thisDoc, type GenClause, type SectionGenerator } from './common';

/** Art. 1 of Law 94-V, subparagraphs 2), 12) and 16), in the wording of the law. */
const STATUTORY: { key: string; kk: [string, string]; ru: [string, string] }[] = [
  {
    key: 'personal-data',
    kk: ['Дербес деректер', 'белгілі бір немесе олардың негізінде айқындалатын дербес деректер субъектісіне қатысты, электрондық, қағаз және (немесе) өзге де материалдық жеткізгіште тіркелген мәліметтер'],
    ru: ['Персональные данные', 'сведения, относящиеся к определенному или определяемому на их основании субъекту персональных данных, зафиксированные на электронном, бумажном и (или) ином материальном носителе'],
  },
  {
    key: 'processing',
    kk: ['Дербес деректерді өңдеу', 'дербес деректерді жинақтауға, сақтауға, өзгертуге, толықтыруға, пайдалануға, таратуға, иесіздендіруге, бұғаттауға және жоюға бағытталған әрекеттер'],
    ru: ['Обработка персональных данных', 'действия, направленные на накопление, хранение, изменение, дополнение, использование, распространение, обезличивание, блокирование и уничтожение персональных данных'],
  },
  {
    key: 'subject',
    kk: ['Дербес деректер субъектісі', 'дербес деректер өзіне қатысты болатын жеке тұлға'],
    ru: ['Субъект персональных данных', 'физическое лицо, к которому относятся персональные данные'],
  },
];

export const terms: SectionGenerator = ctx => {
  const intro = bi(t`${thisDoc(ctx, 'kk', 'loc').replace(/^о/, 'О')} мынадай ұғымдар пайдаланылады:`, t`В ${thisDoc(ctx, 'ru', 'prep')} используются следующие понятия:`);
  return [clause('list', ctx.policy.terms ? ['terms'] : ['kind'], intro, definitions(ctx))];
};

function definitions(ctx: Parameters<SectionGenerator>[0]): GenClause[] {
  const own = ctx.policy.terms ?? {};
  const ids = Object.keys(own);
  if (ids.length) {
    return ids.map((id): GenClause => {
      const entry = own[id];
      const def = (lang: 'kk' | 'ru') => endSentence(inl(strong(entry.term ? plain(ctx.text(entry.term, lang)).trim() : id), ' — ', trimRuns(ctx.text(entry.definition, lang))));
      return clause(`term-${id}`, [`terms/${id}`], bi(def('kk'), def('ru')));
    });
  }
  // a policy without its own definitions still defines the statutory terms it relies on
  return STATUTORY.map(s => clause(`statutory-${s.key}`, ['kind'], bi(
    inl(strong(s.kk[0]), ' — ', s.kk[1], '.'),
    inl(strong(s.ru[0]), ' — ', s.ru[1], '.'),
  )));
}

function trimRuns(runs: ReturnType<typeof inl>): ReturnType<typeof inl> {
  const last = runs[runs.length - 1];
  return typeof last === 'string' ? [...runs.slice(0, -1), last.trimEnd()] : runs;
}
