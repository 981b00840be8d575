// `derbes render <file> [--lang kk|ru|both] [--format html|md|txt|docx|pdf] [-o out]`: the
// finished document. It renders even a policy with errors (they show as marks in the text), lists
// the errors on stderr and exits 1 then, as `derbes check` does; 2 for usage and I/O errors.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { LOCALES, toLocale, type Locale } from '../i18n/locale';
import { createLanguageService } from '../service/languageService';
import type { Workspace } from '../service/workspace';
import { buildDocument } from '../render/tree';
import { renderDocument, RENDER_FORMATS, BINARY_FORMATS, type RenderFormat } from '../render/index';
import { libraryResolver } from '../render/library';
import { LANG_MODES, type LangMode } from '../render/types';
import { UsageError } from './usage';

export const RENDER_USAGE = 'derbes render <file> [--lang kk|ru|both] [--format html|md|txt|docx|pdf] [-o out] [--locale kk|ru|en]';

const EXTENSIONS: Record<string, RenderFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

/** Files read from disk, only under the workspace roots (for team clause libraries). */
class FileWorkspace implements Workspace {
  constructor(readonly roots: readonly string[]) {}
  async readFile(path: string) {
    return readFile(path, 'utf8').catch(() => undefined);
  }
  async listFiles(folder: string): Promise<string[]> {
    const out: string[] = [];
    const visit = async (dir: string, depth: number) => {
      if (depth > 8) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) await visit(p, depth + 1);
        else if (e.isFile()) out.push(p);
      }
    };
    await visit(folder, 0);
    return out;
  }
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${what} "${value}" (expected ${allowed.join(', ')})`);
  return value as T;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface RenderIo {
  stdout: (data: string | Buffer) => void;
  stderr: (s: string) => void;
  /** whether stdout is a terminal (binary formats then need -o) */
  stdoutIsTTY: boolean;
  cwd: string;
}

export async function renderCli(args: string[], io: RenderIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { lang: { type: 'string', short: 'l' }, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, locale: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError(`render takes one policy file: ${RENDER_USAGE}`);
  const lang: LangMode = pick(values.lang, LANG_MODES, 'language') ?? 'both';
  const out = values.output === undefined ? undefined : resolve(io.cwd, values.output);
  const format: RenderFormat = pick(values.format, RENDER_FORMATS, 'format') ?? (out ? EXTENSIONS[extname(out).toLowerCase()] : undefined) ?? 'html';
  const locale: Locale = pick(values.locale, LOCALES, 'locale') ?? toLocale(process.env.LC_ALL || process.env.LANG);
  if (!out && BINARY_FORMATS.has(format) && io.stdoutIsTTY) throw new UsageError(`${format} is binary: write it to a file with -o`);

  const path = resolve(io.cwd, positionals[0]);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    io.stderr(`${positionals[0]}: error invalid-encoding The file is not valid UTF-8: save it as UTF-8.\n`);
    return 1;
  }

  const service = createLanguageService({ workspace: new FileWorkspace([io.cwd]) });
  await service.libraries.reload().catch(() => false);
  const document = TextDocument.create(pathToFileURL(path).toString(), 'derbes', 1, text);
  const state = service.analyze(document);
  const diagnostics = service.getDiagnostics(document, locale);
  const doc = buildDocument(state.analysis, { resolver: libraryResolver(service.libraries) });
  const rendered = await renderDocument(doc, { format, lang });

  if (out) {
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, rendered);
    } catch (error) {
      throw new UsageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else io.stdout(rendered);

  const errors = diagnostics.filter(d => (d.severity ?? 1) === 1);
  const shown = relative(io.cwd, path) || path;
  for (const d of errors) io.stderr(`${shown}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${String(d.code ?? '')} ${d.message}\n`);
  if (errors.length) io.stderr(`${shown}: rendered with ${errors.length} error${errors.length === 1 ? '' : 's'} (see derbes check)\n`);
  return errors.length ? 1 : 0;
}
