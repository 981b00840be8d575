// The standard sections in document order (taxonomy `sections`) and the generator of each.
// A section with neither generated nor free clauses is left out of the document.
import type { SectionGenerator } from './common';
import { general } from './general';
import { terms } from './terms';
import { data } from './data';
import { purposes } from './purposes';
import { consent } from './consent';
import { storage } from './storage';
import { transfers } from './transfers';
import { cookies } from './cookies';
import { protection } from './protection';
import { rights } from './rights';
import { obligations } from './obligations';
import { liability } from './liability';
import { disputes } from './disputes';
import { changes } from './changes';
import { contacts } from './contacts';
import { final } from './final';

export const GENERATORS: Readonly<Record<string, SectionGenerator>> = {
  general, terms, data, purposes, consent, storage, transfers, cookies, protection, rights,
  obligations, liability, disputes, changes, contacts, final,
};

export type { GenClause, SectionGenerator } from './common';
