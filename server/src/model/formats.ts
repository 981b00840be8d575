// Checks for the scalar formats of the schema. Each returns a reason code when the value is wrong.
import type { StringFormat } from '../schema/types';

export type FormatProblem = 'bad-length' | 'bad-checksum' | 'bad-email' | 'bad-url' | 'bad-date' | 'bad-phone' | 'bad-clause-ref' | 'bad-id';

/**
 * Checksum of a Kazakhstan IIN/BIN: weights 1..11, and if the remainder is 10, weights 3..11,1,2;
 * a remainder of 10 on the second pass makes the number invalid.
 */
export function kzIdChecksumValid(digits: string): boolean {
  const d = [...digits].map(Number);
  const weigh = (start: number) => d.slice(0, 11).reduce((sum, v, i) => sum + v * (((i + start - 1) % 11) + 1), 0) % 11;
  let check = weigh(1);
  if (check === 10) check = weigh(3);
  return check !== 10 && check === d[11];
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PHONE = /^\+?[\d\s()-]{7,20}$/;
const CLAUSE_REF = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)+$/;
export const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

export function checkFormat(format: StringFormat | undefined, value: string): FormatProblem | undefined {
  switch (format) {
    case 'bin':
    case 'iin':
      if (!/^\d{12}$/.test(value)) return 'bad-length';
      return kzIdChecksumValid(value) ? undefined : 'bad-checksum';
    case 'email':
      return EMAIL.test(value) ? undefined : 'bad-email';
    case 'url':
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'bad-url';
      } catch {
        return 'bad-url';
      }
    case 'date': {
      const m = DATE.exec(value);
      if (!m) return 'bad-date';
      const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? undefined : 'bad-date';
    }
    case 'phone':
      return PHONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 7 ? undefined : 'bad-phone';
    case 'clause-ref':
      return CLAUSE_REF.test(value) ? undefined : 'bad-clause-ref';
    case 'id':
      return ID.test(value) ? undefined : 'bad-id';
    default:
      return undefined;
  }
}
