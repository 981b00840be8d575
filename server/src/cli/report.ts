// Output formats of `derbes check`: text, json, sarif, github, junit.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { allDiagnostics } from '../rules/registry';
import '../rules/all'; // the rule catalogue for SARIF metadata
import { citation, formatCitation } from '../taxonomy/taxonomy';
import { ruleDocUrl } from '../service/diagnostics';

export interface FileResult {
  /** path as given or found, relative to the working directory where possible */
  path: string;
  text: string;
  diagnostics: Diagnostic[];
}

export interface Summary { errors: number; warnings: number; infos: number }

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = typeof FORMATS[number];

const LEVEL: Record<number, 'error' | 'warning' | 'info'> = {
  [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'info',
};
const level = (d: Diagnostic) => LEVEL[d.severity ?? DiagnosticSeverity.Error];
/** Derbes messages are plain text; LSP 3.18 also allows markup, which reports show as its text. */
export const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

export function summarize(files: FileResult[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of files) for (const d of f.diagnostics) {
    const l = level(d);
    if (l === 'error') s.errors++;
    else if (l === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

function codeFrame(text: string, d: Diagnostic): string {
  const lines = text.split(/\r?\n/);
  const line = lines[d.range.start.line] ?? '';
  const width = d.range.end.line === d.range.start.line ? Math.max(1, d.range.end.character - d.range.start.character) : Math.max(1, line.length - d.range.start.character);
  const n = String(d.range.start.line + 1);
  const gutter = ' '.repeat(n.length);
  return `  ${n} | ${line}\n  ${gutter} | ${' '.repeat(d.range.start.character)}${'^'.repeat(width)}`;
}

function text(files: FileResult[], summary: Summary): string {
  const out: string[] = [];
  for (const f of files) for (const d of f.diagnostics) {
    out.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${level(d)} ${d.code} ${messageText(d)}`);
    out.push(codeFrame(f.text, d));
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out.push(`${plural(files.length, 'file')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`);
  return out.join('\n');
}

function json(files: FileResult[], summary: Summary): string {
  return JSON.stringify({
    version: 1,
    files: files.map(f => ({
      path: f.path,
      diagnostics: f.diagnostics.map(d => ({ code: d.code, severity: level(d), message: messageText(d), range: d.range })),
    })),
    summary,
  }, null, 2);
}

function sarif(files: FileResult[]): string {
  const used = [...new Set(files.flatMap(f => f.diagnostics.map(d => String(d.code))))];
  const catalogue = allDiagnostics().filter(i => used.includes(i.code));
  const ruleIndex = new Map(catalogue.map((r, i) => [r.code, i]));
  const sarifLevel = (d: Diagnostic) => ({ error: 'error', warning: 'warning', info: 'note' })[level(d)];
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'derbes',
          version: '0.1.0',
          rules: catalogue.map(r => ({
            id: r.code,
            name: r.name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
            shortDescription: { text: r.name },
            ...(r.family !== 'core' ? { helpUri: ruleDocUrl(r.code) } : {}),
            defaultConfiguration: { level: r.severity === 'error' ? 'error' : r.severity === 'warning' ? 'warning' : 'note' },
            properties: {
              family: r.family,
              ...(r.confidence ? { confidence: r.confidence } : {}),
              ...(r.citations?.length ? { citations: r.citations.map(c => citation(c)).filter(c => c).map(c => formatCitation(c!, 'en')) } : {}),
            },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: files.flatMap(f => f.diagnostics.map(d => ({
        ruleId: String(d.code),
        ...(ruleIndex.has(String(d.code)) ? { ruleIndex: ruleIndex.get(String(d.code)) } : {}),
        level: sarifLevel(d),
        message: { text: messageText(d) },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.path.split('\\').join('/') },
            region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
          },
        }],
      }))),
    }],
  }, null, 2);
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function github(files: FileResult[]): string {
  const kind = { error: 'error', warning: 'warning', info: 'notice' } as const;
  return files.flatMap(f => f.diagnostics.map(d =>
    `::${kind[level(d)]} file=${escapeProperty(f.path)},line=${d.range.start.line + 1},col=${d.range.start.character + 1},endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1},title=${escapeProperty(`derbes ${d.code}`)}::${escapeData(messageText(d))}`,
  )).join('\n');
}

const xml = (s: string) => s.replace(/[<>&'"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
  // characters XML 1.0 cannot carry at all
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function junit(files: FileResult[], summary: Summary): string {
  const cases = files.map(f => {
    const errors = f.diagnostics.filter(d => level(d) === 'error');
    const body = errors.map(d => `      <failure type="${xml(String(d.code))}" message="${xml(messageText(d))}">${xml(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${messageText(d)}`)}</failure>`).join('\n');
    const others = f.diagnostics.filter(d => level(d) !== 'error').map(d => `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${level(d)} ${d.code} ${messageText(d)}`);
    const out = others.length ? `\n      <system-out>${xml(others.join('\n'))}</system-out>` : '';
    return `    <testcase classname="derbes" name="${xml(f.path)}">${body ? '\n' + body : ''}${out}${body || out ? '\n    ' : ''}</testcase>`;
  });
  const failures = files.filter(f => f.diagnostics.some(d => level(d) === 'error')).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="derbes" tests="${files.length}" failures="${failures}">`,
    `  <testsuite name="derbes check" tests="${files.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
  ].join('\n') + `\n<!-- ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos -->`;
}

export function formatReport(format: Format, files: FileResult[]): string {
  const summary = summarize(files);
  switch (format) {
    case 'text': return text(files, summary);
    case 'json': return json(files, summary);
    case 'sarif': return sarif(files);
    case 'github': return github(files);
    case 'junit': return junit(files, summary);
  }
}

