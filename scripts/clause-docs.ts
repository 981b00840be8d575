// Writes docs/rules/<code>.md for the diagnostics of library clauses (family `clauses`), from the
// registry, so the links diagnostics and hovers carry lead somewhere. Run: node --import tsx scripts/clause-docs.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allDiagnostics, type Args } from '../server/src/rules/registry';
import { docPageHead } from '../server/src/cli/rules';
import '../server/src/rules/all';

const SAMPLES: Record<string, Args> = {
  'unknown-clause': { id: 'team/liabilty-cap', suggestion: 'team/liability-cap' },
  'clause-param-missing': { id: 'team/liability-cap', param: 'court' },
  'clause-param-unknown': { id: 'team/liability-cap', param: 'amont', suggestion: 'amount' },
  'clause-param-type': { param: 'amount', expected: 'integer' },
  'library-config-invalid': { problem: 'bad-name', name: 'Team' },
  'library-outside-workspace': { name: 'team', path: '../shared/clauses' },
  'library-not-found': { name: 'team', path: 'legal/clauses' },
  'library-package-not-found': { name: 'acme', package: '@acme/derbes-clauses' },
  'clause-file-invalid': { problem: 'unknown-placeholder', name: 'amout' },
  'clause-duplicate': { id: 'team/liability-cap', other: 'legal/clauses/cap.yaml' },
};

const WHAT: Record<string, string> = {
  'unknown-clause': 'A clause says `use: <library>/<id>`, but no configured library has that clause. Check the id (completion after `use:` lists every clause), or add the library to `libraries:` in `derbes.config.yaml`.',
  'clause-param-missing': 'The library clause declares a parameter without a default; the policy must give it under `with:`.',
  'clause-param-unknown': 'A key under `with:` is not a parameter of the clause (often a typo): it would be ignored.',
  'clause-param-type': 'A parameter has a declared type (string, text, integer, boolean, duration, date, email, url); the value given under `with:` is of another type.',
  'clause-with-without-use': 'Parameters under `with:` only mean something for a library clause (`use:`).',
  'library-config-invalid': 'The `libraries:` list of `derbes.config.yaml` is malformed: a library is `name: folder` (relative to the file) or `name: npm:<package>`; names are small Latin letters, digits and “-”; `std` is the built-in library.',
  'library-outside-workspace': 'Derbes reads clause libraries only inside the workspace (also through symbolic links), so a configuration cannot make the editor read other files.',
  'library-not-found': 'The library folder does not exist, or holds no `*.yaml` clause files.',
  'library-package-not-found': 'The npm package is not installed in the workspace’s `node_modules` (run `npm install`). A package may name its clause folder in its package.json: `"derbes": { "clauses": "clauses" }`.',
  'clause-file-invalid': 'A clause file has an `id`, an optional `version`, `title` and `section`, typed `params` with defaults, and a `text` in Kazakh and Russian whose `{{placeholders}}` are its parameters or the policy’s own placeholders.',
  'clause-duplicate': 'Two clause files of the libraries declare the same clause id; the first one (in file order) is used.',
};

const EXAMPLE = `# derbes.config.yaml
libraries:
  team: legal/clauses                 # clause ids team/<id>
  acme: npm:@acme/derbes-clauses      # an installed npm package

# legal/clauses/liability-cap.yaml
id: liability-cap
version: 1.0.0
title: { kk: Жауапкершілік шегі, ru: Предел ответственности }
params:
  amount: { type: integer, default: 100000 }
text:
  kk: "{{operator}} жауапкершілігі {{amount}} теңгемен шектеледі."
  ru: "Ответственность {{operator:gen}} ограничена суммой {{amount}} тенге."

# a policy
clauses:
  - use: team/liability-cap
    with: { amount: 500000 }`;

export function clauseDocPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const info of allDiagnostics().filter(d => d.family === 'clauses')) {
    const args = SAMPLES[info.code] ?? {};
    const text = [
      ...docPageHead(`${info.code} — ${info.name}`, '`node --import tsx scripts/clause-docs.ts` from the registry', [
        ['Id', `\`${info.code}\``],
        ['Kind', 'library clauses (family `clauses`)'],
        ['Default severity', info.severity],
      ]),
      '## What it means',
      '',
      WHAT[info.code] ?? info.name,
      '',
      '## Message',
      '',
      ...(['kk', 'ru', 'en'] as const).map(l => `- **${l}**: ${info.messages[l](args)}`),
      '',
      '## Clause libraries',
      '',
      '```yaml',
      EXAMPLE,
      '```',
      '',
      'The severity can be changed like any rule’s, in `derbes.config.yaml`:',
      '',
      '```yaml',
      'rules:',
      `  ${info.code}: warning   # error | warning | info | hint | off`,
      '```',
      '',
    ].join('\n');
    pages.set(`${info.code}.md`, text);
  }
  return pages;
}

if (require.main === module) {
  for (const [name, text] of clauseDocPages()) writeFileSync(join(__dirname, '..', 'docs', 'rules', name), text);
}
