/** A problem found in a policy, located by offsets; its message is made per locale only when shown. */
export interface Finding {
  /** stable diagnostic code, e.g. "unknown-key" or a law rule id */
  code: string;
  start: number;
  end: number;
  /** values the message template fills in */
  args?: Record<string, string | number>;
  /** a rule may raise or lower its default severity for one finding (e.g. when the policy is itself a consent); the team's configuration still wins */
  severity?: 'error' | 'warning' | 'info' | 'hint';
}

/** An id a policy declares (a key of `data:`, `purposes:`, …) or a reference to one. */
export interface IdOccurrence {
  space: import('../schema/types').IdSpace;
  id: string;
  start: number;
  end: number;
  /** for references: the path of the referring value, relative to its entry */
  path?: string;
}

/** A bilingual text as found in the source, for translation checks. */
export interface TextOccurrence {
  path: string;
  start: number;
  end: number;
  languages: string[];
}

/** A value quoted in a message: long values are cut (a megabyte-long key must not make a megabyte-long message). */
export const clip = (s: string): string => (s.length > 200 ? s.slice(0, 200) + '…' : s);
