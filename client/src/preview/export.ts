// "Derbes: Export…": asks the server for the finished document and writes it beside the policy.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_REQUEST, type ExportResult, type Mode, type RenderParams } from './protocol';

export type ExportFormat = 'html' | 'docx' | 'pdf' | 'md';

export interface ExportOptions {
  /** skip the format question */
  format?: ExportFormat;
  lang?: Mode;
  /** skip the language question (the preview's current choice is used) */
  askLanguage?: boolean;
  /** do not offer to open the file afterwards (tests) */
  quiet?: boolean;
}

/** starter.policy.yaml → starter.policy.html (both languages) or starter.policy.kk.pdf. */
export function exportTarget(uri: vscode.Uri, format: ExportFormat, lang: Mode): vscode.Uri {
  const base = uri.path.split('/').pop()!.replace(/\.ya?ml$/i, '');
  return vscode.Uri.joinPath(uri, '..', `${base}${lang === 'both' ? '' : `.${lang}`}.${format}`);
}

/** `client` may still be starting: the request waits for it (a failed start is reported as a failed export). */
export async function exportPolicy(client: Promise<LanguageClient>, uri: vscode.Uri, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  let format = options.format;
  if (!format) {
    const picked = await vscode.window.showQuickPick([
      { label: 'HTML', description: vscode.l10n.t('Web page, ready to print'), format: 'html' as const },
      { label: 'DOCX', description: vscode.l10n.t('Word document'), format: 'docx' as const },
      { label: 'PDF', description: vscode.l10n.t('PDF document'), format: 'pdf' as const },
    ], { title: vscode.l10n.t('Export the policy'), placeHolder: vscode.l10n.t('Choose a format') });
    if (!picked) return undefined;
    format = picked.format;
  }
  let lang: Mode = options.lang ?? 'both';
  if (options.askLanguage) {
    const picked = await vscode.window.showQuickPick([
      { label: vscode.l10n.t('Kazakh and Russian side by side'), lang: 'both' as const },
      { label: vscode.l10n.t('Kazakh only'), lang: 'kk' as const },
      { label: vscode.l10n.t('Russian only'), lang: 'ru' as const },
    ], { title: vscode.l10n.t('Export the policy'), placeHolder: vscode.l10n.t('Choose the languages') });
    if (!picked) return undefined;
    lang = picked.lang;
  }
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  const params: RenderParams = { textDocument: { uri: uri.toString() }, format, lang };
  if (!open || open.languageId !== 'derbes') params.text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const target = exportTarget(uri, format, lang);
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}…', format.toUpperCase()) },
      async () => (await client).sendRequest<ExportResult>(RENDER_REQUEST, params),
    );
    const bytes = result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : Buffer.from(result.data, 'utf8');
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', String((error as Error)?.message ?? error)));
    return undefined;
  }
  if (!options.quiet) {
    const openLabel = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.path.split('/').pop()!), openLabel).then(choice => {
      if (choice === openLabel) void vscode.env.openExternal(target);
    });
  }
  return target;
}
