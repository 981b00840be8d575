// The `rules:` part of the workspace configuration, derbes.config.yaml (the clause libraries under
// `libraries:` are read by clauses/config.ts; this module keeps that value untouched):
//
//   rules:
//     R05: error            # a rule's severity for every policy: error | warning | info | hint | off
//     R36: off
//   overrides:
//     - files: "legacy/**"  # globs relative to the config file's folder; a string or a list
//       rules: { R05: off }
//   libraries:
//     team: legal/clauses
//
// Parsing is lenient: a problem (bad YAML, unknown rule, bad severity) becomes a finding on the config
// file and the rest of the file still applies. Later overrides win over earlier ones and over `rules:`.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Finding } from '../model/finding';
import { allDiagnostics, diagnosticInfo, type Severity } from '../rules/registry';
import type { SeverityOverride } from '../service/diagnostics';
import { closest } from '../util/suggest';

export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface RuleOverride {
  /** glob patterns, relative to the config file's folder */
  files: string[];
  matchers: RegExp[];
  rules: Map<string, RuleSetting>;
}

export interface RulesConfig {
  rules: Map<string, RuleSetting>;
  overrides: RuleOverride[];
  /** where `libraries:` is written, if it is (the clause libraries read its value; see config/store.ts) */
  librariesKey?: [number, number];
  /** problems in the configuration file itself, located in its text */
  findings: Finding[];
}

const KNOWN_KEYS = ['rules', 'overrides', 'libraries'];
const str = (n: unknown): string | undefined => (isScalar(n) && n.value !== null && typeof n.value !== 'object' ? String(n.value) : undefined);
const rangeOf = (n: Node | null | undefined, fallback: [number, number]): [number, number] => (n?.range ? [n.range[0], Math.max(n.range[1], n.range[0] + 1)] : fallback);

/** A glob as a regex over "/"-separated relative paths: `**` any folders, `*` and `?` within a name, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(p => globToRegExp(p).source.slice(1, -1)).join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += /[.+^$()|\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

/** Whether `relPath` ("/"-separated, relative to the config folder) matches a glob; a glob without "/" matches the file name at any depth. */
export function matchesGlob(matcher: RegExp, glob: string, relPath: string): boolean {
  if (matcher.test(relPath)) return true;
  const trimmed = glob.replace(/^\.\//, '');
  if (!trimmed.includes('/')) return matcher.test(relPath.slice(relPath.lastIndexOf('/') + 1));
  return false;
}

function parseSetting(node: Node | null | undefined): string | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value ? undefined : 'off';
  return str(node)?.toLowerCase();
}

export function parseRulesConfig(text: string): RulesConfig {
  const config: RulesConfig = { rules: new Map(), overrides: [], findings: [] };
  const add = (code: string, r: [number, number], args: Record<string, string | number> = {}) => config.findings.push({ code, start: r[0], end: r[1], args });
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, lineCounter: new LineCounter() });
  for (const e of doc.errors) add('config-invalid', [e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)], { problem: 'yaml', detail: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') });
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) {
    add('config-invalid', rangeOf(root, [0, 1]), { problem: 'not-a-map' });
    return config;
  }
  const known = new Set(allDiagnostics().map(d => d.code));
  const readRules = (node: Node | null | undefined, into: Map<string, RuleSetting>, whole: [number, number]) => {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return;
    if (!isMap(node)) {
      add('config-invalid', rangeOf(node, whole), { problem: 'rules-not-a-map' });
      return;
    }
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const id = str(pair.key);
      const keyRange = rangeOf(pair.key, whole);
      if (id === undefined) {
        add('config-invalid', keyRange, { problem: 'rules-not-a-map' });
        continue;
      }
      if (!known.has(id)) {
        add('config-unknown-rule', keyRange, { rule: id, suggestion: closest(id, known) ?? '' });
        continue;
      }
      const value = parseSetting(pair.value);
      const valueRange = rangeOf(pair.value, keyRange);
      if (value === undefined || !(RULE_SETTINGS as readonly string[]).includes(value)) {
        add('config-bad-severity', valueRange, { rule: id, value: value ?? '', suggestion: closest(value ?? '', RULE_SETTINGS) ?? '' });
        continue;
      }
      if (value === 'error' && diagnosticInfo(id)?.confidence === 'L') add('config-bad-severity', valueRange, { rule: id, value, problem: 'unverified' });
      into.set(id, value as RuleSetting);
    }
  };
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = str(pair.key);
    const keyRange = rangeOf(pair.key, [0, 1]);
    switch (key) {
      case 'rules':
        readRules(pair.value, config.rules, keyRange);
        break;
      case 'overrides': {
        const list = pair.value;
        if (list === null || (isScalar(list) && list.value === null)) break;
        if (!isSeq(list)) {
          add('config-invalid', rangeOf(list, keyRange), { problem: 'overrides-not-a-list' });
          break;
        }
        for (const item of list.items as (Node | null)[]) {
          if (!isMap(item)) {
            add('config-invalid', rangeOf(item, keyRange), { problem: 'override-not-a-map' });
            continue;
          }
          const get = (k: string) => (item.items as Pair<Node, Node | null>[]).find(p => str(p.key) === k);
          const filesPair = get('files');
          const files: string[] = [];
          const f = filesPair?.value;
          if (isSeq(f)) for (const g of f.items) { const s = str(g); if (s) files.push(s); }
          else if (str(f)) files.push(str(f)!);
          if (files.length === 0) {
            add('config-invalid', rangeOf(filesPair?.key ?? item, keyRange), { problem: 'override-no-files' });
            continue;
          }
          for (const p of item.items as Pair<Node, Node | null>[]) {
            const k = str(p.key);
            if (k !== 'files' && k !== 'rules') add('config-invalid', rangeOf(p.key, keyRange), { problem: 'unknown-key', key: k ?? '' });
          }
          const rules = new Map<string, RuleSetting>();
          readRules(get('rules')?.value, rules, rangeOf(item, keyRange));
          config.overrides.push({ files, matchers: files.map(g => globToRegExp(g.replace(/^\.\//, ''))), rules });
        }
        break;
      }
      case 'libraries':
        config.librariesKey = keyRange;
        break;
      default:
        add('config-invalid', keyRange, { problem: 'unknown-key', key: key ?? '', suggestion: closest(key ?? '', KNOWN_KEYS) ?? '' });
    }
  }
  return config;
}

/** The severities for a document at `relPath` (relative to the config file's folder, "/"-separated). */
export function severityOverride(config: RulesConfig, relPath: string): SeverityOverride | undefined {
  const merged = new Map(config.rules);
  for (const o of config.overrides) {
    if (o.matchers.some((m, i) => matchesGlob(m, o.files[i], relPath))) for (const [k, v] of o.rules) merged.set(k, v);
  }
  if (merged.size === 0) return undefined;
  return code => merged.get(code);
}
