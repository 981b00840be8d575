// Library clauses: reusable, approved wording a policy includes with `use: <library>/<id>` and
// parameters under `with:`. The built-in library is `std`; a team adds its own folders or npm
// packages in derbes.config.yaml under `libraries:`.
import type { Localized } from '../i18n/locale';
import type { Text } from '../schema/types';

export const PARAM_TYPES = ['string', 'text', 'integer', 'boolean', 'duration', 'date', 'email', 'url'] as const;
export type ParamType = typeof PARAM_TYPES[number];
export type ParamValue = string | number | boolean | Text;

export interface ClauseParam {
  name: string;
  type: ParamType;
  /** a parameter without a default must be given under `with:` */
  default?: ParamValue;
  doc?: Partial<Localized>;
  /** offsets of the parameter's key in the clause file */
  range: [number, number];
}

export interface ClauseDefinition {
  /** the id a policy writes: `<library>/<id in the file>` */
  id: string;
  library: string;
  version?: string;
  title?: Text;
  description?: Partial<Localized>;
  /** the standard section the clause goes in (taxonomy `sections`) */
  section?: string;
  params: ClauseParam[];
  text: Text;
  /** absolute path of the clause file */
  path: string;
  /** the clause file's text, for positions */
  source: string;
  /** offsets of the id value in the clause file */
  idRange: [number, number];
  builtIn: boolean;
}

/** A library as configured: where its clause files are. */
export interface LibrarySpec {
  name: string;
  kind: 'builtin' | 'folder' | 'package';
  /** absolute folder of the clause files (after resolution) */
  folder?: string;
  /** the npm package name, for `kind: package` */
  packageName?: string;
  /** the configuration file that declared it, and where */
  configPath?: string;
  range?: [number, number];
}

export const LIBRARY_NAME = /^[a-z0-9][a-z0-9-]*$/;
export const CONFIG_FILES = ['derbes.config.yaml', 'derbes.config.yml'];
export const CLAUSE_FILE = /\.ya?ml$/i;
