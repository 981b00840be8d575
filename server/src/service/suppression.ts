// Inline suppression: `# derbes-disable-next-line R05 -- reason` silences one finding of each named
// rule on the next line (stacked suppression comments share the line below them). A suppression must
// give a reason, and one that silences nothing is itself reported.
import type { Finding } from '../model/finding';
import { diagnosticInfo } from '../rules/registry';

const MARK = 'derbes-disable-next-line';
const COMMENT = /^([ \t]*#[ \t]*)derbes-disable-next-line\b([^\r\n]*)$/gm;
const UNSUPPRESSIBLE = new Set(['suppression-without-reason', 'unused-suppression']);

interface Suppression {
  /** where the comment is, for findings about it */
  start: number;
  end: number;
  codes: { code: string; start: number; end: number }[];
  reason: string;
  /** the line it applies to: [start, end) offsets */
  target: [number, number];
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** Suppression comments in a policy text. */
export function findSuppressions(text: string): Suppression[] {
  if (!text.includes(MARK)) return [];
  const found: Suppression[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].replace(/\r$/, '').length;
    const body = m[2];
    const bodyStart = start + MARK.length;
    const sep = body.indexOf('--');
    const list = sep < 0 ? body : body.slice(0, sep);
    const reason = sep < 0 ? '' : body.slice(sep + 2).trim();
    const codes: Suppression['codes'] = [];
    for (const c of list.matchAll(/[^\s,]+/g)) codes.push({ code: c[0], start: bodyStart + (c.index ?? 0), end: bodyStart + (c.index ?? 0) + c[0].length });
    // the first line below that is not another suppression comment
    let next = lineEnd(text, m.index) + 1;
    while (next < text.length && /^[ \t]*#[ \t]*derbes-disable-next-line\b/.test(text.slice(next, lineEnd(text, next)))) next = lineEnd(text, next) + 1;
    found.push({ start, end, codes, reason, target: [Math.min(next, text.length), lineEnd(text, Math.min(next, text.length))] });
  }
  return found;
}

/** Removes suppressed findings and adds findings about the suppressions themselves. */
export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  const suppressions = findSuppressions(text);
  if (suppressions.length === 0) return findings;
  const silenced = new Set<Finding>();
  const extra: Finding[] = [];
  for (const s of suppressions) {
    if (!s.reason) extra.push({ code: 'suppression-without-reason', start: s.start, end: s.end });
    if (s.codes.length === 0) extra.push({ code: 'unused-suppression', start: s.start, end: s.end, args: { kind: 'no-rule' } });
    for (const c of s.codes) {
      if (!diagnosticInfo(c.code)) {
        extra.push({ code: 'unused-suppression', start: c.start, end: c.end, args: { rule: c.code, kind: 'unknown' } });
        continue;
      }
      const hit = findings.find(f => f.code === c.code && !silenced.has(f) && !UNSUPPRESSIBLE.has(f.code) && f.start >= s.target[0] && f.start <= s.target[1]);
      if (hit) silenced.add(hit);
      else extra.push({ code: 'unused-suppression', start: c.start, end: c.end, args: { rule: c.code, kind: 'unused' } });
    }
  }
  return [...findings.filter(f => !silenced.has(f)), ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
