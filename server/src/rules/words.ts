// Words shared by the messages of the plain diagnostic families (core.ts, clauses.ts, config.ts).
import type { Args } from './registry';

/** A value quoted in «guillemets». */
export const q = (s: unknown) => `«${String(s)}»`;

/** " Did you mean «x»?" in the template's language (`%` stands for the value), when there is a likely intended value. */
export const suggest = (a: Args, template: string) => (a.suggestion ? ' ' + template.replace('%', q(a.suggestion)) : '');
