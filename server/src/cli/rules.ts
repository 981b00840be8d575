// `derbes rules [--format text|json|md] [--locale kk|ru|en]`: every law and language rule with its id,
// name, severity, citation, confidence and messages. The same listing generates docs/rules/<id>.md
// (scripts/rule-docs.mjs), so the documentation never drifts from the registry.
import type { Locale, Localized } from '../i18n/locale';
import { LOCALES } from '../i18n/locale';
import { BASE_POLICY } from '../rules/examples';
import { ruleExtras, type RuleExample, type RuleExtras } from '../rules/kit';
import { LAW_VERSION } from '../rules/lawDates';
import { allDiagnostics, policyRules, type Args, type DiagnosticInfo, type Severity } from '../rules/registry';
import { citation, formatCitation, type Citation } from '../taxonomy/taxonomy';
import '../rules/all';

export const RULE_FORMATS = ['text', 'json', 'md'] as const;
export type RuleFormat = typeof RULE_FORMATS[number];

export interface CitationListing extends Citation {
  id: string;
  text: Localized;
}

export interface RuleListing {
  id: string;
  name: string;
  family: string;
  kind: 'law' | 'language' | 'configuration';
  severity: Severity;
  escalation?: { severity: Severity; when: Localized };
  confidence?: 'H' | 'M' | 'L';
  citations: CitationListing[];
  since?: { date: string; note: Localized };
  trigger?: Localized;
  fix?: Localized;
  messages: Localized;
  examples?: { triggers: RuleExample; passes: RuleExample };
}

/** Arguments that make a message template read naturally in a listing. */
const SAMPLE_ARGS: Record<string, Args> = {
  'bilingual-mismatch': { what: 'date', value: '1 марта 2026 года', lang: 'ru' },
  'mixed-script': { word: 'сaясаты', replacement: 'саясаты' },
  'config-invalid': { problem: 'not-a-map' },
  'config-unknown-rule': { rule: 'R5', suggestion: 'R05' },
  'config-bad-severity': { rule: 'R05', value: 'loud' },
  'unused-suppression': { rule: 'R05', kind: 'unused' },
};

const LANGUAGE_FAMILIES = new Set(['bilingual', 'script', 'terminology']);

function listing(info: DiagnosticInfo): RuleListing {
  const extras: Partial<RuleExtras> = ruleExtras(info.code) ?? {};
  const args = SAMPLE_ARGS[info.code] ?? {};
  const messages = Object.fromEntries(LOCALES.map(l => [l, info.messages[l](args)])) as Localized;
  const citations = (info.citations ?? []).flatMap(id => {
    const c = citation(id);
    return c ? [{ id, ...c, text: Object.fromEntries(LOCALES.map(l => [l, formatCitation(c, l)])) as Localized }] : [];
  });
  return {
    id: info.code,
    name: info.name,
    family: info.family,
    kind: info.family === 'config' ? 'configuration' : LANGUAGE_FAMILIES.has(info.family) ? 'language' : 'law',
    severity: info.severity,
    escalation: extras.escalation,
    confidence: info.confidence,
    citations,
    since: extras.since,
    trigger: extras.trigger,
    fix: extras.fix,
    messages,
    examples: extras.examples,
  };
}

const byId = (a: RuleListing, b: RuleListing) => {
  const ra = /^R(\d+)$/.exec(a.id);
  const rb = /^R(\d+)$/.exec(b.id);
  if (ra && rb) return Number(ra[1]) - Number(rb[1]);
  if (ra || rb) return ra ? -1 : 1;
  return a.id.localeCompare(b.id);
};

/** Every law and language rule, R01…R40 first. */
export function listRules(): RuleListing[] {
  return policyRules().map(listing).sort(byId);
}

/** The configuration and suppression diagnostics (they have documentation pages too). */
export function listConfigDiagnostics(): RuleListing[] {
  return allDiagnostics().filter(d => d.family === 'config').map(listing).sort(byId);
}

const CONFIDENCE: Record<'H' | 'M' | 'L', Localized> = {
  H: { en: 'H — read in the consolidated text', kk: 'H — шоғырландырылған мәтінде оқылған', ru: 'H — прочитано в консолидированном тексте' },
  M: { en: 'M — interpretation, an older text or a reliable secondary source', kk: 'M — түсіндіру, ескі редакция немесе сенімді қосымша дереккөз', ru: 'M — толкование, прежняя редакция или надежный вторичный источник' },
  L: { en: 'L — not verified: never an error, shown with "check with a lawyer"', kk: 'L — тексерілмеген: қате ретінде көрсетілмейді, «заңгермен ақылдасыңыз» деп беріледі', ru: 'L — не проверено: не бывает ошибкой, показывается с пометкой «уточните у юриста»' },
};

const severityText = (r: RuleListing, l: Locale = 'en') =>
  r.escalation ? `${r.severity} (${r.escalation.severity} ${l === 'en' ? 'when' : l === 'kk' ? 'егер' : 'если'} ${r.escalation.when[l]})` : r.severity;
const citationText = (r: RuleListing, l: Locale) => (r.citations.length ? r.citations.map(c => c.text[l]).join('; ') : r.id === 'R35' ? { en: 'title of PD Law No. 94-V', kk: '№ 94-V Заңның атауы', ru: 'название Закона № 94-V' }[l] : '—');

function formatText(rules: RuleListing[], locale: Locale): string {
  return rules.map(r => [
    `${r.id}  ${r.name}`,
    `  severity:   ${severityText(r, locale)}`,
    ...(r.confidence ? [`  confidence: ${r.confidence}`] : []),
    `  citation:   ${citationText(r, locale)}`,
    ...(r.since ? [`  applies from ${r.since.date}: ${r.since.note[locale]}`] : []),
    ...LOCALES.map(l => `  ${l}: ${r.messages[l]}`),
  ].join('\n')).join('\n\n') + '\n';
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function formatMarkdown(rules: RuleListing[]): string {
  const out = [
    '# Derbes rules',
    '',
    `Checked against the PD Law as consolidated on ${LAW_VERSION}. Confidence: H read in the consolidated text; M interpretation or older text; L not verified (never an error).`,
    '',
    '| id | name | severity | confidence | citation |',
    '|---|---|---|---|---|',
    ...rules.map(r => `| [${r.id}](${r.id}.md) | ${mdCell(r.name)} | ${mdCell(severityText(r))} | ${r.confidence ?? '—'} | ${mdCell(citationText(r, 'en'))} |`),
    '',
  ];
  for (const r of rules) {
    out.push(`## ${r.id} — ${r.name}`, '');
    for (const l of LOCALES) out.push(`- **${l}**: ${r.messages[l]}`);
    out.push('');
  }
  return out.join('\n');
}

export function formatRules(format: RuleFormat, locale: Locale = 'en', rules = listRules()): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ version: 1, law: LAW_VERSION, rules }, null, 2) + '\n';
    case 'md':
      return formatMarkdown(rules);
    case 'text':
      return formatText(rules, locale);
  }
}

/** The head of every generated docs/rules page: title, who generates it, a table of facts. */
export function docPageHead(title: string, generator: string, rows: [string, string][]): string[] {
  return [`# ${title}`, '', `<!-- generated by ${generator}; do not edit by hand -->`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${mdCell(v)} |`), ''];
}

const exampleBlock = (e: RuleExample) =>
  ['```yaml', e.yaml.trimEnd(), '```', ...(e.remove?.length ? ['', `…with ${e.remove.map(k => `\`${k}:\``).join(', ')} removed from the base policy.`] : [])].join('\n');

/** The documentation page of one rule (docs/rules/<id>.md). */
export function ruleDocPage(r: RuleListing): string {
  const rows: [string, string][] = [
    ['Id', `\`${r.id}\``],
    ['Kind', `${r.kind} (family \`${r.family}\`)`],
    ['Default severity', severityText(r)],
  ];
  if (r.confidence) rows.push(['Confidence', CONFIDENCE[r.confidence].en]);
  if (r.kind !== 'configuration') rows.push(['Citation', citationText(r, 'en')], ['Citation (kk)', citationText(r, 'kk')], ['Citation (ru)', citationText(r, 'ru')]);
  if (r.since) rows.push(['Applies from', `${r.since.date} (by the policy's \`effective\` date): ${r.since.note.en}`]);
  if (r.fix) rows.push(['Quick fix', r.fix.en]);
  const lines = docPageHead(`${r.id} — ${r.name}`, '`npm run docs:rules` from the rule registry', rows);
  if (r.trigger) lines.push('## What it checks', '', r.trigger.en, '', `- kk: ${r.trigger.kk}`, `- ru: ${r.trigger.ru}`, '');
  lines.push('## Message', '', ...LOCALES.map(l => `- **${l}**: ${r.messages[l]}`), '');
  if (r.examples) {
    lines.push(
      '## Examples',
      '',
      'Each example is a fragment of a policy: the sections shown replace those of the clean base policy in [README.md](README.md#base-policy). The tests check that the first example yields this rule and the second does not.',
      '',
      '### Triggers it',
      '',
      exampleBlock(r.examples.triggers),
      '',
      '### Passes',
      '',
      exampleBlock(r.examples.passes),
      '',
    );
  }
  lines.push('## Configuration', '', 'In `derbes.config.yaml`:', '', '```yaml', 'rules:', `  ${r.id}: warning   # error | warning | info | hint | off`, '```', '', 'To silence one finding, with a reason, on the line above it:', '', '```yaml', `# derbes-disable-next-line ${r.id} -- <why>`, '```', '');
  return lines.join('\n');
}

/** docs/rules/README.md: the index and the base policy the examples build on. */
export function rulesIndexPage(rules = listRules(), config = listConfigDiagnostics()): string {
  return [
    '# Derbes rules',
    '',
    '<!-- generated by `npm run docs:rules` from the rule registry; do not edit by hand -->',
    '',
    `Law rules check a policy against Kazakhstan's Law No. 94-V "On personal data and their protection" (consolidated ${LAW_VERSION}) and neighbouring acts; language rules check that the Kazakh and Russian texts agree and use statutory terms. Confidence: H read in the consolidated text; M interpretation or older text; L not verified (never an error, shown with "check with a lawyer").`,
    '',
    'A rule can be set per workspace in `derbes.config.yaml` (`rules:` and `overrides:` by glob) and silenced once with `# derbes-disable-next-line <id> -- <reason>`.',
    '',
    '| id | name | severity | confidence | citation |',
    '|---|---|---|---|---|',
    ...rules.map(r => `| [${r.id}](${r.id}.md) | ${mdCell(r.name)} | ${mdCell(severityText(r))} | ${r.confidence ?? '—'} | ${mdCell(citationText(r, 'en'))} |`),
    '',
    '## Configuration diagnostics',
    '',
    ...config.map(r => `- [\`${r.id}\`](${r.id}.md) — ${r.name} (${r.severity})`),
    '',
    '## Base policy',
    '',
    'The examples on each rule page replace top-level sections of this clean policy (no law or language rule finds anything in it):',
    '',
    '```yaml',
    BASE_POLICY.trimEnd(),
    '```',
    '',
  ].join('\n');
}

/** The pages to write under docs/rules, by file name. */
export function ruleDocPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const rules = listRules();
  const config = listConfigDiagnostics();
  pages.set('README.md', rulesIndexPage(rules, config));
  for (const r of [...rules, ...config]) pages.set(`${r.id}.md`, ruleDocPage(r));
  return pages;
}
