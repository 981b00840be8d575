// Diagnostics about rule configuration: problems in derbes.config.yaml (`rules:`/`overrides:`) and
// inline suppressions (`# derbes-disable-next-line R05 -- reason`).
import { diagnosticFamily, registerDiagnostics, type DiagnosticInfo } from './registry';
import { q, suggest } from './words';

const INVALID: Record<string, [string, string, string]> = {
  'not-a-map': ['The configuration must be a map of keys: rules, overrides, libraries.', 'Баптау файлы кілттерден тұруға тиіс: rules, overrides, libraries.', 'Файл настроек должен состоять из ключей: rules, overrides, libraries.'],
  'rules-not-a-map': ['`rules` is a map from rule id to severity, e.g. R05: error.', '`rules` — ереже идентификаторы мен маңыздылық деңгейінің жұптары, мысалы R05: error.', '`rules` — пары «идентификатор правила: уровень», например R05: error.'],
  'overrides-not-a-list': ['`overrides` is a list of { files, rules }.', '`overrides` — { files, rules } тізімі.', '`overrides` — список { files, rules }.'],
  'override-not-a-map': ['Each override is { files: "<glob>", rules: { … } }.', 'Әр override — { files: "<glob>", rules: { … } }.', 'Каждый override — { files: "<glob>", rules: { … } }.'],
  'libraries-not-at-root': ['`libraries` is read only from the derbes.config.yaml at the workspace root; here it is ignored: declare the library there.', '`libraries` тек жұмыс кеңістігінің түбіріндегі derbes.config.yaml файлынан оқылады; мұнда ол еленбейді: кітапхананы сонда жариялаңыз.', '`libraries` читается только из derbes.config.yaml в корне рабочей области; здесь он не применяется: объявите библиотеку там.'],
  'override-no-files': ['This override names no files: add files: "<glob>".', 'Бұл override ешбір файлды атамайды: files: "<glob>" қосыңыз.', 'В этом override не указаны файлы: добавьте files: "<glob>".'],
};

const info = diagnosticFamily('config');

export const CONFIG_DIAGNOSTICS: DiagnosticInfo[] = [
  info('config-invalid', 'Invalid rule configuration', 'error', {
    en: a => (a.problem === 'yaml' ? `derbes.config.yaml is not valid YAML: ${a.detail}` : a.problem === 'unknown-key' ? `Unknown key ${q(a.key)} in derbes.config.yaml.` + suggest(a, 'Did you mean %?') : INVALID[String(a.problem)]?.[0] ?? String(a.problem)),
    kk: a => (a.problem === 'yaml' ? `derbes.config.yaml жарамды YAML емес: ${a.detail}` : a.problem === 'unknown-key' ? `derbes.config.yaml файлындағы белгісіз кілт: ${q(a.key)}.` + suggest(a, '% деп жазғыңыз келген болар?') : INVALID[String(a.problem)]?.[1] ?? String(a.problem)),
    ru: a => (a.problem === 'yaml' ? `derbes.config.yaml не является корректным YAML: ${a.detail}` : a.problem === 'unknown-key' ? `Неизвестный ключ ${q(a.key)} в derbes.config.yaml.` + suggest(a, 'Возможно, имелось в виду %?') : INVALID[String(a.problem)]?.[2] ?? String(a.problem)),
  }),
  info('config-unknown-rule', 'Unknown rule in the configuration', 'error', {
    en: a => `There is no rule ${q(a.rule)}: the setting is ignored.` + suggest(a, 'Did you mean %?'),
    kk: a => `${q(a.rule)} ережесі жоқ: баптау еленбейді.` + suggest(a, '% деп жазғыңыз келген болар?'),
    ru: a => `Правила ${q(a.rule)} нет: настройка не применяется.` + suggest(a, 'Возможно, имелось в виду %?'),
  }),
  info('config-bad-severity', 'Invalid severity in the configuration', 'error', {
    en: a => (a.problem === 'unverified' ? `${q(a.rule)} rests on an unverified citation and is never shown as an error; it stays a warning.` : `${q(a.value)} is not a severity for ${q(a.rule)}: use error, warning, info, hint or off.` + suggest(a, 'Did you mean %?')),
    kk: a => (a.problem === 'unverified' ? `${q(a.rule)} ережесі тексерілмеген сілтемеге негізделген, сондықтан қате ретінде көрсетілмейді; ол ескерту болып қалады.` : `${q(a.value)} — ${q(a.rule)} үшін жарамсыз деңгей: error, warning, info, hint немесе off жазыңыз.` + suggest(a, '% деп жазғыңыз келген болар?')),
    ru: a => (a.problem === 'unverified' ? `Правило ${q(a.rule)} основано на непроверенной ссылке и не показывается как ошибка; оно остается предупреждением.` : `${q(a.value)} — недопустимый уровень для ${q(a.rule)}: укажите error, warning, info, hint или off.` + suggest(a, 'Возможно, имелось в виду %?')),
  }),
  info('suppression-without-reason', 'Suppression without a reason', 'warning', {
    en: () => 'Say why this finding is silenced: # derbes-disable-next-line <rule> -- <reason>.',
    kk: () => 'Бұл ескерту неге өшірілгенін көрсетіңіз: # derbes-disable-next-line <ереже> -- <себебі>.',
    ru: () => 'Укажите, почему это замечание отключено: # derbes-disable-next-line <правило> -- <причина>.',
  }),
  info('unused-suppression', 'Suppression that silences nothing', 'warning', {
    en: a => (a.kind === 'no-rule' ? 'Name the rule to silence: # derbes-disable-next-line <rule> -- <reason>.' : a.kind === 'unknown' ? `There is no rule ${q(a.rule)}.` : `Nothing on the next line is reported by ${q(a.rule)}: remove this suppression.`),
    kk: a => (a.kind === 'no-rule' ? 'Өшірілетін ережені атаңыз: # derbes-disable-next-line <ереже> -- <себебі>.' : a.kind === 'unknown' ? `${q(a.rule)} ережесі жоқ.` : `Келесі жолда ${q(a.rule)} ережесі ештеңе таппайды: бұл өшіруді алып тастаңыз.`),
    ru: a => (a.kind === 'no-rule' ? 'Укажите отключаемое правило: # derbes-disable-next-line <правило> -- <причина>.' : a.kind === 'unknown' ? `Правила ${q(a.rule)} нет.` : `На следующей строке правило ${q(a.rule)} ничего не находит: удалите это отключение.`),
  }),
];

registerDiagnostics(CONFIG_DIAGNOSTICS);
