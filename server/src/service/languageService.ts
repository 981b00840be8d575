// The Derbes language service: a library with no LSP transport in it. The server, the CLI and the
// tests create one and hand it documents; it keeps one incremental analyzer per open document.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale';
import { PolicyAnalyzer, type PolicyAnalysis } from '../model/analysis';
import type { Finding } from '../model/finding';
import { toDiagnostics, type PolicyDiagnostic, type SeverityOverride } from './diagnostics';
import { runRules } from './rules';
import type { Workspace } from './workspace';
import '../rules/all';

export interface LanguageServiceOptions {
  workspace?: Workspace;
  /** severity per code from the team's configuration */
  severityFor?: (uri: string) => SeverityOverride | undefined;
}

export interface DocumentState {
  version: number;
  analysis: PolicyAnalysis;
  findings: Finding[];
}

export interface LanguageService {
  /** analysis of the document's current version (cached per version) */
  analyze(document: TextDocument): DocumentState;
  getDiagnostics(document: TextDocument, locale: Locale): PolicyDiagnostic[];
  /** forget a closed document */
  close(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const analyzers = new Map<string, PolicyAnalyzer>();
  const states = new Map<string, DocumentState>();

  function analyze(document: TextDocument): DocumentState {
    const cached = states.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    let analyzer = analyzers.get(document.uri);
    if (!analyzer) analyzers.set(document.uri, (analyzer = new PolicyAnalyzer()));
    const analysis = analyzer.analyze(document.getText());
    const findings = [...analysis.findings, ...runRules(analysis)].sort((a, b) => a.start - b.start || a.end - b.end);
    const state = { version: document.version, analysis, findings };
    states.set(document.uri, state);
    return state;
  }

  return {
    analyze,
    getDiagnostics(document, locale) {
      const { findings } = analyze(document);
      return toDiagnostics(document, findings, locale, options.severityFor?.(document.uri));
    },
    close(uri) {
      analyzers.delete(uri);
      states.delete(uri);
    },
  };
}
