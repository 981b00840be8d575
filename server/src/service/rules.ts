// Runs the registered policy rules (law and language checks) over an analysed policy.
import type { PolicyAnalysis } from '../model/analysis';
import type { Finding } from '../model/finding';
import { anchorOf } from '../model/locate';
import { policyRules } from '../rules/registry';

export function runRules(analysis: PolicyAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const rule of policyRules()) {
    const ctx = {
      policy: analysis.policy,
      analysis,
      report(path: string, args?: Finding['args'], code = rule.code, severity?: Finding['severity']) {
        findings.push(severity ? { code, ...anchorOf(analysis, path), args, severity } : { code, ...anchorOf(analysis, path), args });
      },
      reportAt(start: number, end: number, args?: Finding['args'], code = rule.code, severity?: Finding['severity']) {
        findings.push(severity ? { code, start, end, args, severity } : { code, start, end, args });
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      // a faulty rule must not take the other diagnostics down with it
      findings.push({ code: 'rule-failed', start: 0, end: 1, args: { rule: rule.code, detail: String(error) } });
    }
  }
  return findings;
}
