// The `derbes` command line. Each subcommand lives in cli/.
import { parseArgs } from 'node:util';
import { LOCALES, toLocale, type Locale } from './i18n/locale';
import { check } from './cli/check';
import { FORMATS, type Format } from './cli/report';
import { UsageError } from './cli/usage';
import { renderCli, RENDER_USAGE } from './cli/render';
import { exportJsonSchema } from './schema/jsonSchema';
import { formatRules, RULE_FORMATS } from './cli/rules';

const HELP = `derbes — typed privacy policies for Kazakhstan

Usage:
  derbes check [paths|globs...] [--format text|json|sarif|github|junit] [--max-warnings N] [--locale kk|ru|en]
  ${RENDER_USAGE}
  derbes schema                 print the JSON Schema of *.policy.yaml
  derbes rules [--format text|json|md] [--locale kk|ru|en]   list every law and language rule
  derbes --help | --version

Exit codes: 0 clean, 1 errors found (or more warnings than --max-warnings), 2 usage or I/O error.`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${what} "${value}" (expected ${allowed.join(', ')})`);
  return value as T;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const write = (s: string) => process.stdout.write(s.endsWith('\n') ? s : s + '\n');
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      write(HELP);
      return command === undefined ? 2 : 0;
    case '--version':
      write('0.1.0');
      return 0;
    case 'schema':
      write(JSON.stringify(exportJsonSchema(), null, 2));
      return 0;
    case 'rules': {
      const { values } = parseArgs({ args: rest, strict: true, options: { format: { type: 'string', short: 'f' }, locale: { type: 'string' } } });
      write(formatRules(oneOf(values.format, RULE_FORMATS, 'format', 'text'), oneOf<Locale>(values.locale, LOCALES, 'locale', toLocale(process.env.LC_ALL || process.env.LANG))));
      return 0;
    }
    case 'check': {
      const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true, strict: true,
        options: { format: { type: 'string', short: 'f' }, 'max-warnings': { type: 'string' }, locale: { type: 'string' } },
      });
      const maxWarnings = values['max-warnings'];
      if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(`--max-warnings needs a whole number, got "${maxWarnings}"`);
      return check({
        patterns: positionals,
        format: oneOf<Format>(values.format, FORMATS, 'format', 'text'),
        maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
        locale: oneOf<Locale>(values.locale, LOCALES, 'locale', toLocale(process.env.LC_ALL || process.env.LANG)),
        cwd: process.cwd(),
      }, write);
    }
    case 'render':
      return renderCli(rest, { stdout: d => process.stdout.write(d), stderr: s => process.stderr.write(s), stdoutIsTTY: !!process.stdout.isTTY, cwd: process.cwd() });
    default:
      throw new UsageError(`unknown command "${command}" (try derbes --help)`);
  }
}

main(process.argv.slice(2)).then(
  code => { process.exitCode = code; },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`derbes: ${usage ? (error as Error).message : (error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
