// The `libraries:` part of the workspace configuration (derbes.config.yaml):
//
//   libraries:
//     team: legal/clauses                  # a folder, relative to the config file → team/<id>
//     acme: npm:@acme/derbes-clauses       # an installed npm package
//
// or, in long form, a list of { name, path } / { name, package }. The rest of the file (rules: …)
// is read by the configuration loader; this module reads only `libraries:`.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Finding } from '../model/finding';
import { LIBRARY_NAME } from './types';

export interface LibraryEntry {
  name: string;
  /** folder relative to the config file */
  path?: string;
  packageName?: string;
  /** the entry as written, for diagnostics */
  range: [number, number];
}

const range = (n: Node | null | undefined, fallback: [number, number] = [0, 1]): [number, number] => (n?.range ? [n.range[0], n.range[1]] : fallback);
const str = (n: unknown) => (isScalar(n) && n.value !== null ? String(n.value) : undefined);

export function readLibrariesConfig(text: string): { entries: LibraryEntry[]; findings: Finding[]; librariesRange?: [number, number] } {
  const entries: LibraryEntry[] = [];
  const findings: Finding[] = [];
  const bad = (r: [number, number], problem: string, args: Record<string, string> = {}) =>
    findings.push({ code: 'library-config-invalid', start: r[0], end: Math.max(r[1], r[0] + 1), args: { problem, ...args } });
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const root = doc.contents as Node | null;
  if (!isMap(root)) return { entries, findings };
  const pair = root.items.find(p => str(p.key) === 'libraries') as Pair<Node, Node | null> | undefined;
  if (!pair) return { entries, findings };
  const value = pair.value;
  const librariesRange = range(pair.key);
  const add = (name: string | undefined, nameNode: Node | null | undefined, target: string | undefined, targetNode: Node | null | undefined, isPackage: boolean, whole: [number, number]) => {
    if (!name || !LIBRARY_NAME.test(name)) return bad(range(nameNode, whole), 'bad-name', { name: name ?? '' });
    if (name === 'std') return bad(range(nameNode, whole), 'reserved-name', { name });
    if (entries.some(e => e.name === name)) return bad(range(nameNode, whole), 'duplicate-name', { name });
    if (!target) return bad(range(targetNode ?? nameNode, whole), 'no-path', { name });
    const packageName = isPackage ? target : target.startsWith('npm:') ? target.slice(4) : undefined;
    entries.push({ name, path: packageName ? undefined : target, packageName, range: range(targetNode, whole) });
  };
  if (value === null || (isScalar(value) && value.value === null)) return { entries, findings, librariesRange };
  if (isMap(value)) {
    for (const p of value.items) add(str(p.key), p.key as Node, str(p.value), p.value as Node, false, range(p.key as Node));
  } else if (isSeq(value)) {
    for (const item of value.items) {
      const node = item as Node | null;
      if (!isMap(node)) {
        bad(range(node), 'bad-entry');
        continue;
      }
      const get = (k: string) => node.items.find(p => str(p.key) === k)?.value as Node | null | undefined;
      const pkg = str(get('package'));
      add(str(get('name')), get('name') ?? node, pkg ?? str(get('path')), get('package') ?? get('path') ?? node, pkg !== undefined, range(node));
    }
  } else bad(range(value), 'not-a-list');
  return { entries, findings, librariesRange };
}
