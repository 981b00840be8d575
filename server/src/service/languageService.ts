// The Derbes language service: a library with no LSP transport in it. The server, the CLI and the
// tests create one and hand it documents; it keeps one incremental analyzer per open document.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale';
import { PolicyAnalyzer, type PolicyAnalysis } from '../model/analysis';
import type { Finding } from '../model/finding';
import { toDiagnostics, type PolicyDiagnostic, type SeverityOverride } from './diagnostics';
import { runRules } from './rules';
import { applySuppressions } from './suppression';
import { checkClauses } from './clauseChecks';
import { ClauseLibraries } from '../clauses/libraries';
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
  /** the clause libraries' generation the findings were made against */
  libraries?: number;
}

export interface LanguageService {
  /** analysis of the document's current version (cached per version) */
  analyze(document: TextDocument): DocumentState;
  getDiagnostics(document: TextDocument, locale: Locale): PolicyDiagnostic[];
  /** forget a closed document */
  close(uri: string): void;
  /** the clause libraries (std, the team's folders and packages), indexed through the workspace */
  readonly libraries: ClauseLibraries;
  /** the workspace files are read through (set by the server once it knows its folders) */
  workspace: Workspace | undefined;
  /** the analysed state of every open document, by uri */
  openDocuments(): ReadonlyMap<string, DocumentState>;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const analyzers = new Map<string, PolicyAnalyzer>();
  const states = new Map<string, DocumentState>();
  const libraries = new ClauseLibraries(options.workspace);
  let workspace = options.workspace;

  function analyze(document: TextDocument): DocumentState {
    const cached = states.get(document.uri);
    if (cached && cached.version === document.version && cached.libraries === libraries.generation) return cached;
    let analyzer = analyzers.get(document.uri);
    if (!analyzer) analyzers.set(document.uri, (analyzer = new PolicyAnalyzer()));
    const analysis = analyzer.analyze(document.getText());
    // a file over the size limit gets its one finding and nothing else (model/analysis.ts MAX_TEXT_LENGTH)
    const findings = analysis.tooLarge ? analysis.findings : applySuppressions(analysis.text, [...analysis.findings, ...runRules(analysis), ...checkClauses(analysis, libraries)].sort((a, b) => a.start - b.start || a.end - b.end));
    const state = { version: document.version, analysis, findings, libraries: libraries.generation };
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
    libraries,
    get workspace() {
      return workspace;
    },
    set workspace(value) {
      workspace = value;
      libraries.setWorkspace(value);
    },
    openDocuments: () => states,
  };
}
