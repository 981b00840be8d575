// Diagnostics of library clauses: a policy's `use:` and `with:`, the `libraries:` of
// derbes.config.yaml, and the clause files themselves. The checks live in service/clauseChecks.ts
// (they need the library index) and clauses/libraries.ts; this file registers their codes and words.
import { diagnosticFamily, registerDiagnostics, type Args, type DiagnosticInfo } from './registry';
import { q, suggest } from './words';

const TYPES: Record<string, [string, string, string]> = {
  string: ['a single value', 'жалғыз мән', 'одиночное значение'],
  text: ['a text (kk: … and ru: …)', 'мәтін (kk: … және ru: …)', 'текст (kk: … и ru: …)'],
  integer: ['a whole number', 'бүтін сан', 'целое число'],
  boolean: ['true or false', 'true немесе false', 'true или false'],
  duration: ['a period such as “30 calendar-days”', '«30 calendar-days» сияқты мерзім', 'срок вида «30 calendar-days»'],
  date: ['a date YYYY-MM-DD', 'ЖЖЖЖ-АА-КК түріндегі күн', 'дата в формате ГГГГ-ММ-ДД'],
  email: ['an e-mail address', 'электрондық пошта мекенжайы', 'адрес электронной почты'],
  url: ['an http(s) address', 'http(s) мекенжайы', 'адрес http(s)'],
};
const type = (a: Args, i: 0 | 1 | 2) => TYPES[String(a.expected ?? a.type)]?.[i] ?? String(a.expected ?? a.type);

const CONFIG_PROBLEMS: Record<string, [string, string, string]> = {
  'not-a-list': ['list libraries as “name: folder” lines', 'кітапханаларды «атауы: қалта» жолдарымен көрсетіңіз', 'перечислите библиотеки строками «имя: папка»'],
  'bad-entry': ['each entry needs a name and a path or package', 'әр жазбада атау және path немесе package болуы керек', 'у каждой записи должны быть name и path или package'],
  'bad-name': ['a library name uses small Latin letters, digits and “-”', 'кітапхана атауы кіші латын әріптерінен, цифрлардан және «-» таңбасынан тұрады', 'имя библиотеки состоит из строчных латинских букв, цифр и «-»'],
  'reserved-name': ['“std” is the built-in library', '«std» — кірістірілген кітапхана', '«std» — встроенная библиотека'],
  'duplicate-name': ['this library name is already used', 'бұл кітапхана атауы бұрын қолданылған', 'это имя библиотеки уже используется'],
  'no-path': ['give the folder (or npm:package) of the library', 'кітапхананың қалтасын (немесе npm:пакет) көрсетіңіз', 'укажите папку (или npm:пакет) библиотеки'],
};
const config = (a: Args, i: 0 | 1 | 2) => CONFIG_PROBLEMS[String(a.problem)]?.[i] ?? String(a.problem);

const FILE_PROBLEMS: Record<string, (a: Args) => [string, string, string]> = {
  yaml: a => [`YAML syntax error: ${a.detail}`, `YAML синтаксисінің қатесі: ${a.detail}`, `синтаксическая ошибка YAML: ${a.detail}`],
  'not-a-clause': () => ['a clause file holds id, params and text', 'тармақ файлында id, params және text болады', 'файл пункта содержит id, params и text'],
  'unknown-key': a => [`unknown key ${q(a.key)}` + suggest(a, '(did you mean %?)'), `белгісіз кілт ${q(a.key)}` + suggest(a, '(% болуы мүмкін бе?)'), `неизвестный ключ ${q(a.key)}` + suggest(a, '(возможно, %?)')],
  'no-id': () => ['the clause has no id', 'тармақтың id-і жоқ', 'у пункта нет id'],
  'bad-id': a => [`${q(a.id)} is not a clause id: small Latin letters, digits, “-” and “/”`, `${q(a.id)} тармақ id-і бола алмайды: кіші латын әріптері, цифрлар, «-» және «/»`, `${q(a.id)} не может быть id пункта: строчные латинские буквы, цифры, «-» и «/»`],
  'bad-params': () => ['params are written “name: { type, default }”', 'параметрлер «атауы: { type, default }» түрінде жазылады', 'параметры записываются в виде «имя: { type, default }»'],
  'bad-param': a => [`parameter ${q(a.param)} needs a type`, `${q(a.param)} параметрінің type-і болуы керек`, `у параметра ${q(a.param)} должен быть type`],
  'bad-param-name': a => [`${q(a.param)} is not a parameter name`, `${q(a.param)} параметр атауы бола алмайды`, `${q(a.param)} не может быть именем параметра`],
  'bad-param-type': a => [`${q(a.type)} is not a parameter type (string, text, integer, boolean, duration, date, email, url)`, `${q(a.type)} — параметр түрі емес (string, text, integer, boolean, duration, date, email, url)`, `${q(a.type)} не является типом параметра (string, text, integer, boolean, duration, date, email, url)`],
  'bad-default': a => [`the default of ${q(a.param)} must be ${type(a, 0)}`, `${q(a.param)} әдепкі мәні ${type(a, 1)} болуы керек`, `значение по умолчанию ${q(a.param)} должно быть: ${type(a, 2)}`],
  'no-text': () => ['the clause has no text (kk: … and ru: …)', 'тармақтың мәтіні жоқ (kk: … және ru: …)', 'у пункта нет текста (kk: … и ru: …)'],
  'missing-language': a => [`the ${a.lang === 'kk' ? 'Kazakh' : 'Russian'} text is missing`, `${a.lang === 'kk' ? 'қазақша' : 'орысша'} мәтін жоқ`, `отсутствует ${a.lang === 'kk' ? 'казахский' : 'русский'} текст`],
  'invalid-placeholder-case': a => [`{{${a.name}:${a.kase}}}: this case does not exist in the ${a.lang === 'kk' ? 'Kazakh' : 'Russian'} text`, `{{${a.name}:${a.kase}}}: ${a.lang === 'kk' ? 'қазақша' : 'орысша'} мәтінде мұндай септік жоқ`, `{{${a.name}:${a.kase}}}: такого падежа нет в ${a.lang === 'kk' ? 'казахском' : 'русском'} тексте`],
  'unknown-placeholder': a => [`{{${a.name}}} is neither a parameter nor a placeholder of the policy`, `{{${a.name}}} параметр де, саясаттың толтырғышы да емес`, `{{${a.name}}} не является ни параметром, ни заполнителем политики`],
};
// own keys only: a problem named like an Object.prototype member ("constructor") is not a known one
const fileProblem = (a: Args, i: 0 | 1 | 2) => (Object.hasOwn(FILE_PROBLEMS, String(a.problem)) ? FILE_PROBLEMS[String(a.problem)](a)[i] : String(a.problem));

const clause = diagnosticFamily('clauses');

export const CLAUSE_DIAGNOSTICS: DiagnosticInfo[] = [
  clause('unknown-clause', 'Unknown library clause', 'error', {
    en: a => `No library has the clause ${q(a.id)}.` + suggest(a, 'Did you mean %?'),
    kk: a => `${q(a.id)} тармағы ешбір кітапханада жоқ.` + suggest(a, '% деп жазғыңыз келген болар?'),
    ru: a => `Ни в одной библиотеке нет пункта ${q(a.id)}.` + suggest(a, 'Возможно, имелось в виду %?'),
  }),
  clause('clause-param-missing', 'Missing clause parameter', 'error', {
    en: a => `Clause ${q(a.id)} needs the parameter ${q(a.param)} under “with:”.`,
    kk: a => `${q(a.id)} тармағына «with:» астында ${q(a.param)} параметрі керек.`,
    ru: a => `Для пункта ${q(a.id)} нужен параметр ${q(a.param)} в разделе «with:».`,
  }),
  clause('clause-param-unknown', 'Unknown clause parameter', 'error', {
    en: a => `Clause ${q(a.id)} has no parameter ${q(a.param)}.` + suggest(a, 'Did you mean %?'),
    kk: a => `${q(a.id)} тармағында ${q(a.param)} параметрі жоқ.` + suggest(a, '% деп жазғыңыз келген болар?'),
    ru: a => `У пункта ${q(a.id)} нет параметра ${q(a.param)}.` + suggest(a, 'Возможно, имелось в виду %?'),
  }),
  clause('clause-param-type', 'Wrong clause parameter type', 'error', {
    en: a => `Parameter ${q(a.param)} must be ${type(a, 0)}.`,
    kk: a => `${q(a.param)} параметрі ${type(a, 1)} болуы керек.`,
    ru: a => `Параметр ${q(a.param)} должен быть: ${type(a, 2)}.`,
  }),
  clause('clause-with-without-use', 'Parameters without a library clause', 'warning', {
    en: () => '“with:” gives parameters to a library clause: add “use:”, or remove “with:”.',
    kk: () => '«with:» кітапхана тармағының параметрлерін береді: «use:» қосыңыз немесе «with:» өшіріңіз.',
    ru: () => '«with:» задает параметры библиотечного пункта: добавьте «use:» или удалите «with:».',
  }),
  clause('library-config-invalid', 'Malformed library list', 'error', {
    en: a => `libraries: ${config(a, 0)}${a.name ? ` (${q(a.name)})` : ''}.`,
    kk: a => `libraries: ${config(a, 1)}${a.name ? ` (${q(a.name)})` : ''}.`,
    ru: a => `libraries: ${config(a, 2)}${a.name ? ` (${q(a.name)})` : ''}.`,
  }),
  clause('library-outside-workspace', 'Library outside the workspace', 'error', {
    en: a => `Library ${q(a.name)}: ${q(a.path)} is outside the workspace; Derbes reads clause libraries only inside it.`,
    kk: a => `${q(a.name)} кітапханасы: ${q(a.path)} жұмыс кеңістігінен тыс; Derbes тармақ кітапханаларын тек соның ішінен оқиды.`,
    ru: a => `Библиотека ${q(a.name)}: ${q(a.path)} находится вне рабочей области; Derbes читает библиотеки пунктов только внутри нее.`,
  }),
  clause('library-not-found', 'Library folder not found', 'error', {
    en: a => `Library ${q(a.name)}: no clause files in ${q(a.path)} (the folder is missing or holds no *.yaml files).`,
    kk: a => `${q(a.name)} кітапханасы: ${q(a.path)} ішінде тармақ файлдары жоқ (қалта жоқ немесе онда *.yaml файлдары жоқ).`,
    ru: a => `Библиотека ${q(a.name)}: в ${q(a.path)} нет файлов пунктов (папки нет или в ней нет файлов *.yaml).`,
  }),
  clause('library-package-not-found', 'Library package not installed', 'error', {
    en: a => `Library ${q(a.name)}: the npm package ${q(a.package)} is not installed in this workspace (run npm install).`,
    kk: a => `${q(a.name)} кітапханасы: ${q(a.package)} npm пакеті осы жұмыс кеңістігінде орнатылмаған (npm install орындаңыз).`,
    ru: a => `Библиотека ${q(a.name)}: npm-пакет ${q(a.package)} не установлен в этой рабочей области (выполните npm install).`,
  }),
  clause('clause-file-invalid', 'Malformed clause file', 'error', {
    en: a => `Clause file: ${fileProblem(a, 0)}.`,
    kk: a => `Тармақ файлы: ${fileProblem(a, 1)}.`,
    ru: a => `Файл пункта: ${fileProblem(a, 2)}.`,
  }),
  clause('clause-duplicate', 'Clause id declared twice', 'warning', {
    en: a => `Clause ${q(a.id)} is already declared in ${a.other}; this file is ignored.`,
    kk: a => `${q(a.id)} тармағы ${a.other} файлында бұрын жарияланған; бұл файл ескерілмейді.`,
    ru: a => `Пункт ${q(a.id)} уже объявлен в ${a.other}; этот файл не учитывается.`,
  }),
];

registerDiagnostics(CLAUSE_DIAGNOSTICS);
