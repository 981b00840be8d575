// The diagnostics of the language itself: YAML syntax, the schema's types, ids and references,
// and bilingual texts. Messages are written in each language's own register, not translated word by word.
import { diagnosticFamily, registerDiagnostics, type Args, type DiagnosticInfo } from './registry';
import { q, suggest } from './words';
import { TAXONOMIES } from '../taxonomy/taxonomy';

/** a number of characters in millions, one decimal: "9.5" (en) or "9,5" (kk, ru) */
const millions = (n: unknown, comma = false) => { const s = (Number(n) / 1e6).toFixed(1); return comma ? s.replace('.', ',') : s; };

const EXPECTED: Record<string, [string, string, string]> = {
  object: ['an object (key: value pairs)', 'объект («кілт: мән» жұптары)', 'объект (пары «ключ: значение»)'],
  map: ['ids with their values (id: value)', 'мәндері бар идентификаторлар («идентификатор: мән»)', 'идентификаторы со значениями («идентификатор: значение»)'],
  list: ['a list (lines starting with “- ”)', 'тізім («- » белгісімен басталатын жолдар)', 'список (строки, начинающиеся с «- »)'],
  text: ['a text in both languages: kk: … and ru: …', 'екі тілдегі мәтін: kk: … және ru: …', 'текст на двух языках: kk: … и ru: …'],
  scalar: ['a single value', 'жалғыз мән', 'одиночное значение'],
  string: ['a string', 'мәтін жолы', 'строка'],
  boolean: ['true or false', 'true немесе false', 'true или false'],
  integer: ['a whole number', 'бүтін сан', 'целое число'],
};
const expected = (a: Args, i: 0 | 1 | 2) => EXPECTED[String(a.expected)]?.[i] ?? String(a.expected);

const LANG_NAMES: Record<string, { en: string; kkAdv: string; ruFem: string; ruMasc: string }> = {
  kk: { en: 'Kazakh', kkAdv: 'қазақша', ruFem: 'казахская', ruMasc: 'Казахский' },
  ru: { en: 'Russian', kkAdv: 'орысша', ruFem: 'русская', ruMasc: 'Русский' },
  en: { en: 'English', kkAdv: 'ағылшынша', ruFem: 'английская', ruMasc: 'Английский' },
};
const lang = (a: Args) => LANG_NAMES[String(a.lang)] ?? LANG_NAMES.en;
const taxonomyName = (a: Args, locale: 'en' | 'kk' | 'ru') => TAXONOMIES.get(String(a.taxonomy))?.description[locale] ?? String(a.taxonomy);

const FORMAT_PROBLEMS: Record<string, [string, string, string]> = {
  'bad-length': ['a BIN or IIN has exactly 12 digits', 'БСН мен ЖСН дәл 12 цифрдан тұрады', 'БИН и ИИН состоят ровно из 12 цифр'],
  'bad-checksum': ['the check digit does not match, so the number is mistyped', 'бақылау разряды сәйкес келмейді, нөмір қате жазылған', 'контрольный разряд не совпадает, номер указан с ошибкой'],
  'bad-email': ['not a valid e-mail address', 'жарамды электрондық пошта мекенжайы емес', 'некорректный адрес электронной почты'],
  'bad-url': ['not a valid http(s) address', 'жарамды http(s) мекенжайы емес', 'некорректный адрес http(s)'],
  'bad-date': ['not a date written YYYY-MM-DD', 'ЖЖЖЖ-АА-КК түрінде жазылған күн емес', 'не дата в формате ГГГГ-ММ-ДД'],
  'bad-phone': ['not a valid phone number', 'жарамды телефон нөмірі емес', 'некорректный номер телефона'],
  'bad-clause-ref': ['a library clause is named like std/public-offer', 'кітапхана тармағы std/public-offer сияқты аталады', 'библиотечный пункт называется вида std/public-offer'],
  'bad-id': ['ids use letters, digits, “-”, “_” and “.”', 'идентификатор әріптерден, цифрлардан және «-», «_», «.» таңбаларынан тұрады', 'идентификатор состоит из букв, цифр и символов «-», «_», «.»'],
};
const problem = (a: Args, i: 0 | 1 | 2) => FORMAT_PROBLEMS[String(a.problem)]?.[i] ?? String(a.problem);

const core = diagnosticFamily('core');

export const CORE_DIAGNOSTICS: DiagnosticInfo[] = [
  core('yaml-syntax', 'YAML syntax error', 'error', {
    en: a => `YAML syntax error: ${a.detail}`,
    kk: a => `YAML синтаксисінің қатесі: ${a.detail}`,
    ru: a => `Синтаксическая ошибка YAML: ${a.detail}`,
  }),
  core('yaml-warning', 'YAML warning', 'warning', {
    en: a => `YAML: ${a.detail}`,
    kk: a => `YAML ескертуі: ${a.detail}`,
    ru: a => `Предупреждение YAML: ${a.detail}`,
  }),
  core('yaml-alias', 'Anchors and aliases', 'error', {
    en: () => 'Anchors and aliases (&, *) are not allowed in a policy: declare an id and refer to it.',
    kk: () => 'Саясатта якорьлер мен бүркеншік аттарға (&, *) жол берілмейді: идентификатор жариялап, соған сілтеме жасаңыз.',
    ru: () => 'Якоря и псевдонимы (&, *) в политике не допускаются: объявите идентификатор и ссылайтесь на него.',
  }),
  core('multiple-documents', 'More than one document', 'error', {
    en: () => 'A policy file holds one document: remove this “---” and what follows, or move it to its own file.',
    kk: () => 'Саясат файлында бір ғана құжат болады: осы «---» белгісін және одан кейінгі мәтінді өшіріңіз немесе бөлек файлға көшіріңіз.',
    ru: () => 'Файл политики содержит один документ: удалите «---» и последующий текст или перенесите его в отдельный файл.',
  }),
  core('unknown-key', 'Unknown key', 'error', {
    en: a => `Unknown key ${q(a.key)}.` + suggest(a, 'Did you mean %?'),
    kk: a => `Белгісіз кілт: ${q(a.key)}.` + suggest(a, '% деп жазғыңыз келген болар?'),
    ru: a => `Неизвестный ключ ${q(a.key)}.` + suggest(a, 'Возможно, имелось в виду %?'),
  }),
  core('invalid-key', 'Not a key', 'error', {
    en: () => 'Expected a “key: value” pair.',
    kk: () => 'Мұнда «кілт: мән» жұбы болуы керек.',
    ru: () => 'Ожидается пара «ключ: значение».',
  }),
  core('invalid-type', 'Wrong type', 'error', {
    en: a => `Expected ${expected(a, 0)}.`,
    kk: a => `Күтілетін мән: ${expected(a, 1)}.`,
    ru: a => `Ожидается: ${expected(a, 2)}.`,
  }),
  core('invalid-enum', 'Unknown value', 'error', {
    en: a => `${q(a.value)} is not a known value (${taxonomyName(a, 'en').toLowerCase()}).` + suggest(a, 'Did you mean %?'),
    kk: a => `${q(a.value)} — белгісіз мән (${taxonomyName(a, 'kk').toLowerCase()}).` + suggest(a, '% деп жазғыңыз келген болар?'),
    ru: a => `${q(a.value)} — недопустимое значение (${taxonomyName(a, 'ru').toLowerCase()}).` + suggest(a, 'Возможно, имелось в виду %?'),
  }),
  core('invalid-format', 'Malformed value', 'error', {
    en: a => `${q(a.value)}: ${problem(a, 0)}.`,
    kk: a => `${q(a.value)}: ${problem(a, 1)}.`,
    ru: a => `${q(a.value)}: ${problem(a, 2)}.`,
  }),
  core('invalid-duration', 'Malformed period', 'error', {
    en: a => `${q(a.value)} is not a period: write a number and a unit, e.g. “15 working-days”, “30 calendar-days”, “3 years”.`,
    kk: a => `${q(a.value)} мерзім емес: сан мен өлшем бірлігін жазыңыз, мысалы «15 working-days», «30 calendar-days», «3 years».`,
    ru: a => `${q(a.value)} не является сроком: укажите число и единицу, например «15 working-days», «30 calendar-days», «3 years».`,
  }),
  core('out-of-range', 'Number out of range', 'error', {
    en: a => `Must be between ${a.min} and ${a.max}.`,
    kk: a => `Мән ${a.min} мен ${a.max} аралығында болуы керек.`,
    ru: a => `Значение должно быть от ${a.min} до ${a.max}.`,
  }),
  core('missing-required', 'Missing required key', 'error', {
    en: a => `Missing required key ${q(a.key)}.`,
    kk: a => `Міндетті ${q(a.key)} кілті жоқ.`,
    ru: a => `Отсутствует обязательный ключ ${q(a.key)}.`,
  }),
  core('missing-value', 'Missing value', 'error', {
    en: () => 'This key has no value.',
    kk: () => 'Бұл кілттің мәні жоқ.',
    ru: () => 'У этого ключа нет значения.',
  }),
  core('duplicate-key', 'Duplicate key', 'error', {
    en: a => `Key ${q(a.key)} appears more than once.`,
    kk: a => `${q(a.key)} кілті бірнеше рет кездеседі.`,
    ru: a => `Ключ ${q(a.key)} встречается более одного раза.`,
  }),
  core('duplicate-id', 'Duplicate id', 'error', {
    en: a => `Id ${q(a.id)} is already declared.`,
    kk: a => `${q(a.id)} идентификаторы бұрын жарияланған.`,
    ru: a => `Идентификатор ${q(a.id)} уже объявлен.`,
  }),
  core('invalid-id', 'Malformed id', 'error', {
    en: a => `${q(a.id)} is not an id: use letters, digits, “-”, “_” and “.”.`,
    kk: a => `${q(a.id)} идентификатор бола алмайды: әріптерді, цифрларды және «-», «_», «.» таңбаларын пайдаланыңыз.`,
    ru: a => `${q(a.id)} не может быть идентификатором: используйте буквы, цифры и символы «-», «_», «.».`,
  }),
  core('undefined-reference', 'Undefined id', 'error', {
    en: a => `${q(a.id)} is not declared under ${q(a.space)}.` + suggest(a, 'Did you mean %?'),
    kk: a => `${q(a.id)} ${q(a.space)} бөлімінде жарияланбаған.` + suggest(a, '% деп жазғыңыз келген болар?'),
    ru: a => `${q(a.id)} не объявлен в разделе ${q(a.space)}.` + suggest(a, 'Возможно, имелось в виду %?'),
  }),
  core('unused-data', 'Data collected for no purpose', 'warning', {
    en: a => `Data item ${q(a.id)} is collected, but no purpose uses it: data beyond the purposes must not be processed (PD Law Art. 7 p.9).`,
    kk: a => `${q(a.id)} деректері жиналады, бірақ оларды ешбір мақсат пайдаланбайды: мақсаттарға артық деректерді өңдеуге болмайды (Заңның 7-бабының 9-тармағы).`,
    ru: a => `Данные ${q(a.id)} собираются, но не используются ни для одной цели: избыточные по отношению к целям данные не обрабатываются (п. 9 ст. 7 Закона).`,
  }),
  core('missing-translation', 'Missing translation', 'error', {
    en: a => `The ${lang(a).en} version of this text is missing.`,
    kk: a => `Бұл мәтіннің ${lang(a).kkAdv} нұсқасы жоқ.`,
    ru: a => `Отсутствует ${lang(a).ruFem} версия этого текста.`,
  }),
  core('empty-text', 'Empty text', 'warning', {
    en: a => `The ${lang(a).en} text is empty.`,
    kk: a => `${lang(a).kkAdv[0].toUpperCase() + lang(a).kkAdv.slice(1)} мәтін бос.`,
    ru: a => `${lang(a).ruMasc} текст пуст.`,
  }),
  core('unknown-placeholder', 'Unknown placeholder', 'error', {
    en: a => `Unknown placeholder {{${a.name}}}.`,
    kk: a => `Белгісіз толтырғыш: {{${a.name}}}.`,
    ru: a => `Неизвестный заполнитель {{${a.name}}}.`,
  }),
  core('invalid-placeholder-case', 'Case a placeholder cannot take', 'error', {
    en: a => `{{${a.name}:${a.case}}} cannot be used in the ${lang(a).en} text: only the defined terms (operator, user, site, policy) take a case, and ${a.lang === 'kk' ? 'Kazakh has nom, gen, dat, acc, loc, abl, ins' : a.lang === 'ru' ? 'Russian has nom, gen, dat, acc, ins, prep' : 'this language has none'}.`,
    kk: a => `{{${a.name}:${a.case}}} толтырғышын ${lang(a).kkAdv} мәтінде қолдануға болмайды: септікпен тек анықталған терминдер (operator, user, site, policy) түрленеді; ${a.lang === 'kk' ? 'қазақ тілінде: nom, gen, dat, acc, loc, abl, ins' : a.lang === 'ru' ? 'орыс тілінде: nom, gen, dat, acc, ins, prep' : 'бұл тілде септік жоқ'}.`,
    ru: a => `Заполнитель {{${a.name}:${a.case}}} нельзя использовать в тексте (${lang(a).ruFem} версия): падеж принимают только определенные термины (operator, user, site, policy); ${a.lang === 'kk' ? 'в казахском: nom, gen, dat, acc, loc, abl, ins' : a.lang === 'ru' ? 'в русском: nom, gen, dat, acc, ins, prep' : 'в этом языке падежей нет'}.`,
  }),
  core('rule-failed', 'A check failed to run', 'warning', {
    en: a => `Check ${q(a.rule)} could not run on this policy: ${a.detail}. Please report this.`,
    kk: a => `${q(a.rule)} тексерісі осы саясатта орындалмады: ${a.detail}. Бұл туралы хабарлаңыз.`,
    ru: a => `Проверка ${q(a.rule)} не выполнилась для этой политики: ${a.detail}. Пожалуйста, сообщите об этом.`,
  }),
  core('file-too-large', 'File too large to check', 'error', {
    en: a => `This file is too large to check (${millions(a.size)} million characters; the limit is ${millions(a.limit)} million). A policy is usually under 100 KB: split the file or remove what is not part of the policy.`,
    kk: a => `Бұл файл тексеру үшін тым үлкен (${millions(a.size, true)} млн таңба; шегі — ${millions(a.limit, true)} млн). Әдетте саясаттың көлемі 100 КБ-тан аспайды: файлды бөліңіз немесе саясатқа қатысы жоқ мәтінді алып тастаңыз.`,
    ru: a => `Файл слишком велик для проверки (${millions(a.size, true)} млн символов; предел — ${millions(a.limit, true)} млн). Обычно политика занимает меньше 100 КБ: разделите файл или удалите то, что к политике не относится.`,
  }),
  core('hidden-character', 'Invisible or control character', 'warning', {
    en: a => a.kind === 'control'
      ? `Control character ${a.char} (${a.name}) is not allowed in a policy: delete it (the file may be damaged or not text).`
      : `Invisible character ${a.char} (${a.name}): it can make the text read differently from what it says. Delete it unless it is meant to be there.`,
    kk: a => a.kind === 'control'
      ? `Саясатта ${a.char} (${a.name}) басқару таңбасына жол берілмейді: оны өшіріңіз (файл бүлінген немесе мәтіндік емес болуы мүмкін).`
      : `Көрінбейтін ${a.char} (${a.name}) таңбасы: ол мәтінді жазылғанынан басқаша оқытуы мүмкін. Әдейі қойылмаса, өшіріңіз.`,
    ru: a => a.kind === 'control'
      ? `Управляющий символ ${a.char} (${a.name}) в политике недопустим: удалите его (файл может быть поврежден или не является текстом).`
      : `Невидимый символ ${a.char} (${a.name}): из-за него текст может читаться не так, как написан. Удалите его, если он поставлен не намеренно.`,
  }),
  core('analysis-failed', 'Part of the policy could not be analysed', 'warning', {
    en: a => `This part of the policy could not be analysed: ${a.detail}. Please report this.`,
    kk: a => `Саясаттың бұл бөлігін талдау мүмкін болмады: ${a.detail}. Бұл туралы хабарлаңыз.`,
    ru: a => `Эту часть политики не удалось проанализировать: ${a.detail}. Пожалуйста, сообщите об этом.`,
  }),
];

registerDiagnostics(CORE_DIAGNOSTICS);
