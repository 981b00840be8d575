// The Kazakh text is Kazakh and the Russian text is Russian: no Latin look-alike letters inside Cyrillic
// words (a common result of typing on a Latin layout or of OCR), no Kazakh text left in Russian, and no
// Kazakh letters in the Russian text. Regexes are compiled once; results are memoised per string.
import { defineRules, loc, locateInText, messages, textValueRange, workOn } from '../kit';
import { policyTextValues, type TextValue } from '../../model/analysis';

const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
// explicit ranges (Basic Latin, Latin-1 and Extended A/B with ə; Cyrillic) are much faster than script properties
const MIXED = /[A-Za-z\u00C0-\u024F\u0259\u018F][\u0400-\u04FF]|[\u0400-\u04FF][A-Za-z\u00C0-\u024F\u0259\u018F]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const KAZAKH_LETTERS_G = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** Latin letters that look like Cyrillic ones, and back. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', A: 'А', c: 'с', C: 'С', e: 'е', E: 'Е', o: 'о', O: 'О', p: 'р', P: 'Р', x: 'х', X: 'Х', y: 'у', Y: 'У',
  B: 'В', H: 'Н', K: 'К', k: 'к', M: 'М', T: 'Т', ə: 'ә', Ə: 'Ә', ö: 'ө', Ö: 'Ө', ü: 'ү', Ü: 'Ү',
};
/** Only Kazakh has і and һ. */
const LATIN_TO_KAZAKH: Record<string, string> = { i: 'і', I: 'І', h: 'һ' };
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).filter(([l]) => !'əƏöÖüÜ'.includes(l)).map(([l, c]) => [c, l]).concat([['і', 'i'], ['І', 'I'], ['һ', 'h']]),
);

export interface ScriptFinding {
  kind: 'mixed' | 'kk-in-russian' | 'ru-in-kazakh' | 'kazakh-letter';
  index: number;
  word: string;
  replacement?: string;
}

/** A word mixing Latin and Cyrillic letters, fixed toward its majority script when every odd letter has a look-alike. */
function fixMixed(word: string, lang: 'kk' | 'ru'): string | undefined {
  let latin = 0;
  let cyr = 0;
  for (const ch of word) {
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyr++;
  }
  let out = '';
  for (const ch of word) {
    if (cyr >= latin && LATIN.test(ch)) {
      const c = LATIN_TO_CYRILLIC[ch] ?? (lang === 'kk' ? LATIN_TO_KAZAKH[ch] : undefined);
      if (!c) return undefined;
      out += c;
    } else if (latin > cyr && CYRILLIC.test(ch)) {
      const l = CYRILLIC_TO_LATIN[ch];
      if (!l) return undefined;
      out += l;
    } else out += ch;
  }
  return out;
}

/** Russian function words and endings that do not occur in Kazakh. */
const RU_FUNCTION = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'не', 'что', 'или', 'от', 'к', 'о', 'об', 'при', 'из', 'за', 'до', 'как', 'это', 'также', 'либо', 'его', 'их', 'который', 'которые', 'если', 'быть', 'является', 'данных', 'данные']);
const RU_ENDING = /(ого|его|ому|ему|ыми|ими|ость|ости|ение|ения|ание|ания|ться|тся|ых|ий)$/;
/** Kazakh function words and endings that do not occur in Russian. */
const KK_FUNCTION = new Set(['және', 'мен', 'немесе', 'үшін', 'бойынша', 'туралы', 'арқылы', 'бұл', 'осы', 'сондай-ақ', 'тиіс', 'болып', 'табылады']);

/** Script problems of one string. */
export function scriptFindings(s: string, lang: 'kk' | 'ru'): ScriptFinding[] {
  const out: ScriptFinding[] = [];
  // a mixed word has a Latin letter right next to a Cyrillic one: one linear scan rules most texts out
  if (MIXED.test(s)) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
      const w = m[0];
      if (LATIN.test(w) && CYRILLIC.test(w)) out.push({ kind: 'mixed', index: m.index, word: w, replacement: fixMixed(w, lang) });
    }
  }
  if (lang === 'kk' && !KAZAKH_LETTER.test(s)) {
    let words = 0;
    let russian = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
      if (!CYRILLIC.test(m[0])) continue;
      words++;
      const w = m[0].toLowerCase();
      if (RU_FUNCTION.has(w) || (w.length > 4 && RU_ENDING.test(w))) russian++;
    }
    if (words >= 3 && russian >= 2) out.push({ kind: 'kk-in-russian', index: 0, word: s });
  }
  if (lang === 'ru' && KAZAKH_LETTER.test(s)) {
    let words = 0;
    let kazakh = 0;
    const letterWords: ScriptFinding[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
      if (!CYRILLIC.test(m[0])) continue;
      const w = m[0];
      // a capitalised word or one in quotes is a proper name («Білім», Қостанай), which Russian text may keep
      const before = s[m.index - 1];
      const proper = w[0] !== w[0].toLowerCase() || before === '«' || before === '"';
      KAZAKH_LETTERS_G.lastIndex = 0;
      const kazakhLetter = KAZAKH_LETTERS_G.test(w);
      if (proper && kazakhLetter) continue;
      words++;
      if (kazakhLetter || KK_FUNCTION.has(w.toLowerCase())) {
        kazakh++;
        if (kazakhLetter) letterWords.push({ kind: 'kazakh-letter', index: m.index, word: w });
      }
    }
    if (words >= 3 && kazakh * 10 >= words * 3) out.push({ kind: 'ru-in-kazakh', index: 0, word: s });
    else out.push(...letterWords);
  }
  return out;
}

/** The script problems of a text's string, memoised with the other work on it (kit.ts workOn). */
const SCAN = { kk: (s: string) => scriptFindings(s, 'kk'), ru: (s: string) => scriptFindings(s, 'ru') };
const findingsOf = (text: TextValue, lang: 'kk' | 'ru') => workOn(text, lang, SCAN[lang]);

export const SCRIPT_RULES = defineRules('script', [
  {
    code: 'mixed-script',
    name: 'Latin letters inside a Cyrillic word',
    severity: 'warning',
    trigger: loc('A word mixes Latin and Cyrillic letters, e.g. a Latin "a", "o", "c", "e", "p" or "ə" in a Cyrillic word.',
      'Сөзде латын және кирилл әріптері аралас, мысалы кирилл сөзінде латынның «a», «o», «c», «e», «p» немесе «ə» әрпі.',
      'В слове смешаны латинские и кириллические буквы, например латинские «a», «o», «c», «e», «p» или «ə» в кириллическом слове.'),
    fix: loc('Replace the look-alike letters', 'Ұқсас әріптерді ауыстыру', 'Заменить похожие буквы'),
    messages: {
      en: a => `«${a.word}» mixes Latin and Cyrillic letters: search, rendering and legal citation will treat it as a different word.${a.replacement ? ` Write «${a.replacement}».` : ''}`,
      kk: a => `«${a.word}» сөзінде латын және кирилл әріптері аралас: іздеу, көрсету және сілтеме кезінде ол басқа сөз болып есептеледі.${a.replacement ? ` «${a.replacement}» деп жазыңыз.` : ''}`,
      ru: a => `В слове «${a.word}» смешаны латинские и кириллические буквы: при поиске, отображении и цитировании оно будет считаться другим словом.${a.replacement ? ` Напишите «${a.replacement}».` : ''}`,
    },
    examples: {
      triggers: { yaml: 'title:\n  kk: Құпиялылық сaясаты\n  ru: Политика конфиденциальности\n' },
      passes: { yaml: 'title:\n  kk: Құпиялылық саясаты\n  ru: Политика конфиденциальности\n' },
    },
    check(ctx) {
      for (const text of policyTextValues(ctx.analysis)) {
        for (const lang of ['kk', 'ru'] as const) {
          const s = text.value[lang];
          if (!s) continue;
          for (const f of findingsOf(text, lang)) {
            if (f.kind !== 'mixed') continue;
            const at = locateInText(ctx.analysis, text.path, lang, s, f.index, f.word);
            const exact = ctx.analysis.text.slice(at.start, at.end) === f.word;
            ctx.reportAt(at.start, at.end, f.replacement && exact ? { word: f.word, replacement: f.replacement, fixStart: at.start, fixEnd: at.end } : { word: f.word });
          }
        }
      }
    },
  },
  {
    code: 'kk-text-in-russian',
    name: 'Kazakh text left in Russian',
    severity: 'warning',
    trigger: loc('The kk text has no Kazakh letters (ә ғ қ ң ө ұ ү һ і) and reads as Russian.',
      'kk мәтінінде қазақ әріптері (ә ғ қ ң ө ұ ү һ і) жоқ және ол орысша жазылған.',
      'В тексте kk нет казахских букв (ә ғ қ ң ө ұ ү һ і), и он написан по-русски.'),
    messages: messages(
      'The Kazakh version of this text is in Russian: translate it into Kazakh (the state language, Law on Languages Art. 4, 15).',
      'Бұл мәтіннің қазақша нұсқасы орыс тілінде жазылған: оны мемлекеттік тілге аударыңыз (Тіл туралы заңның 4, 15-баптары).',
      'Казахская версия этого текста написана на русском языке: переведите ее на государственный язык (ст. 4, 15 Закона о языках).'),
    examples: {
      triggers: { yaml: 'title:\n  kk: Политика конфиденциальности и обработки персональных данных\n  ru: Политика конфиденциальности и обработки персональных данных\n' },
      passes: { yaml: 'title:\n  kk: Құпиялылық және дербес деректерді өңдеу саясаты\n  ru: Политика конфиденциальности и обработки персональных данных\n' },
    },
    check(ctx) {
      for (const text of policyTextValues(ctx.analysis)) {
        if (text.value.kk && findingsOf(text, 'kk').some(f => f.kind === 'kk-in-russian')) {
          const r = textValueRange(ctx.analysis, text.path, 'kk');
          ctx.reportAt(r.start, r.end);
        }
      }
    },
  },
  {
    code: 'ru-text-in-kazakh',
    name: 'Kazakh letters or text in the Russian version',
    severity: 'warning',
    trigger: loc('The ru text is largely Kazakh, or a lower-case word in it has a Kazakh letter (ә ғ қ ң ө ұ ү һ і).',
      'ru мәтіні негізінен қазақша, немесе ондағы кіші әріппен жазылған сөзде қазақ әрпі (ә ғ қ ң ө ұ ү һ і) бар.',
      'Текст ru в основном казахский, или в слове со строчной буквы есть казахская буква (ә ғ қ ң ө ұ ү һ і).'),
    messages: {
      en: a => (a.word ? `«${a.word}» in the Russian text has a Kazakh letter: Russian has no ә ғ қ ң ө ұ ү һ і.` : 'The Russian version of this text is in Kazakh: translate it into Russian.'),
      kk: a => (a.word ? `Орысша мәтіндегі «${a.word}» сөзінде қазақ әрпі бар: орыс тілінде ә ғ қ ң ө ұ ү һ і әріптері жоқ.` : 'Бұл мәтіннің орысша нұсқасы қазақ тілінде жазылған: оны орыс тіліне аударыңыз.'),
      ru: a => (a.word ? `В слове «${a.word}» русского текста есть казахская буква: в русском языке нет букв ә ғ қ ң ө ұ ү һ і.` : 'Русская версия этого текста написана на казахском языке: переведите ее на русский язык.'),
    },
    examples: {
      triggers: { yaml: 'title:\n  kk: Дербес деректерді өңдеу туралы саясат\n  ru: Дербес деректерді өңдеу туралы саясат\n' },
      passes: { yaml: 'title:\n  kk: Құпиялылық саясаты\n  ru: Политика конфиденциальности\n' },
    },
    check(ctx) {
      for (const text of policyTextValues(ctx.analysis)) {
        const { path, value: { ru: s } } = text;
        if (!s) continue;
        for (const f of findingsOf(text, 'ru')) {
          if (f.kind === 'ru-in-kazakh') {
            const r = textValueRange(ctx.analysis, path, 'ru');
            ctx.reportAt(r.start, r.end);
          } else if (f.kind === 'kazakh-letter') {
            const at = locateInText(ctx.analysis, path, 'ru', s, f.index, f.word);
            ctx.reportAt(at.start, at.end, { word: f.word });
          }
        }
      }
    },
  },
]);
