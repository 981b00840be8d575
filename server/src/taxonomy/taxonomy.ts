import type { Locale, Localized } from '../i18n/locale';
import dataCategories from './data/data-categories.json';
import purposeCategories from './data/purpose-categories.json';
import recipientKinds from './data/recipient-kinds.json';
import rights from './data/rights.json';
import countries from './data/countries.json';
import enums from './data/enums.json';
import citations from './data/citations.json';

/** One value of a closed vocabulary: an id the policy writes, and how each language names it. */
export interface TaxonomyEntry extends Localized {
  id: string;
  /** id of a citation in citations.json: the law this value comes from */
  law?: string;
  /** further facts the rules and the renderer read (e.g. "technical", "implied", "ru-forms") */
  [flag: string]: unknown;
}

export interface Taxonomy {
  name: string;
  description: Localized;
  entries: TaxonomyEntry[];
  byId: Map<string, TaxonomyEntry>;
}

export interface Citation {
  act: string;
  article: string;
  paragraph?: string;
  subparagraph?: string;
  /** H: read in the consolidated text; M: interpretation or older text; L: not verified */
  confidence: 'H' | 'M' | 'L';
}

interface TaxonomyFile { description: Localized; entries: TaxonomyEntry[] }

function build(name: string, file: TaxonomyFile): Taxonomy {
  return { name, description: file.description, entries: file.entries, byId: new Map(file.entries.map(e => [e.id, e])) };
}

const files: Record<string, TaxonomyFile> = {
  'data-categories': dataCategories as TaxonomyFile,
  'purpose-categories': purposeCategories as TaxonomyFile,
  'recipient-kinds': recipientKinds as TaxonomyFile,
  rights: rights as TaxonomyFile,
  countries: countries as TaxonomyFile,
  ...(enums as Record<string, TaxonomyFile>),
};

export const TAXONOMIES: ReadonlyMap<string, Taxonomy> = new Map(Object.entries(files).map(([name, file]) => [name, build(name, file)]));

export function taxonomy(name: string): Taxonomy {
  const t = TAXONOMIES.get(name);
  if (!t) throw new Error(`unknown taxonomy ${name}`);
  return t;
}

/** The entry for `id` in taxonomy `name`, if the id is known. */
export function entry(name: string, id: string | undefined): TaxonomyEntry | undefined {
  return id === undefined ? undefined : TAXONOMIES.get(name)?.byId.get(id);
}

export const CITATIONS: Readonly<Record<string, Citation>> = citations as Record<string, Citation>;

/**
 * A citation in the statutory style of each language:
 * en "PD Law Art. 8 p.4 sub 1", kk «Заңның 8-бабы 4-тармағының 1) тармақшасы», ru «пп. 1) п. 4 ст. 8 Закона».
 */
export function formatCitation(c: Citation, locale: Locale): string {
  const act = entry('acts', c.act)?.['short'] as Localized | undefined;
  const name = act?.[locale] ?? c.act;
  switch (locale) {
    case 'en':
      return [name, `Art. ${c.article}`, c.paragraph && `p.${c.paragraph}`, c.subparagraph && `sub ${c.subparagraph}`].filter(Boolean).join(' ');
    case 'ru':
      return [c.subparagraph && `пп. ${c.subparagraph})`, c.paragraph && `п. ${c.paragraph}`, `ст. ${c.article}`, name].filter(Boolean).join(' ');
    case 'kk':
      if (c.subparagraph && c.paragraph) return `${name} ${c.article}-бабы ${c.paragraph}-тармағының ${c.subparagraph}) тармақшасы`;
      if (c.subparagraph) return `${name} ${c.article}-бабының ${c.subparagraph}) тармақшасы`;
      if (c.paragraph) return `${name} ${c.article}-бабының ${c.paragraph}-тармағы`;
      return `${name} ${c.article}-бабы`;
  }
}

export function citation(id: string | undefined): Citation | undefined {
  return id === undefined ? undefined : CITATIONS[id];
}
