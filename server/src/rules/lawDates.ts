// Which wording of the law applies to a policy: the policy's `effective` date decides.
// A policy without a date is read against the consolidated text the rules were checked on.
import type { Policy } from '../schema/policy';
import type { Duration } from '../schema/types';

/** The consolidated PD Law text every rule was checked against (REFERENCE §0). */
export const LAW_VERSION = '2026-03-02';

/** Dates from which a duty applies (YYYY-MM-DD), with where the date comes from. */
export const LAW_DATES = {
  /** Art. 25 p.2 sub 8 last indent, breach notice to the authorised body: Law 44-VIII of 11.12.2023 (H). */
  breachNotice: '2024-07-01',
  /** Art. 8 p.7 "15 working days" and Art. 19-1 (automated processing): Law 231-VIII of 17.11.2025, 60 days after publication (M for the date). */
  law231: '2026-01-18',
  /** Online Platforms Law No. 18-VIII of 10.07.2023 (its adoption date; entry into force not verified). */
  onlinePlatforms: '2023-07-10',
  /** Digital Code No. 255-VIII of 09.01.2026: 6 months after publication, about July 2026 (M). */
  digitalCode: '2026-07-10',
} as const;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The date that decides the applicable law: `effective`, else the approval date, else the law version. */
export function lawDate(policy: Policy): string {
  if (typeof policy.effective === 'string' && ISO.test(policy.effective)) return policy.effective;
  const approved = policy.approved?.date;
  if (typeof approved === 'string' && ISO.test(approved)) return approved;
  return LAW_VERSION;
}

/** Whether a duty that applies from `since` binds this policy. ISO dates compare as strings. */
export function inForce(policy: Policy, since: string): boolean {
  return lawDate(policy) >= since;
}

// ——— periods ———

/** The most working days a period can contain (weekends excluded; holidays make it shorter, never longer). */
export function maxWorkingDays(d: Duration): number {
  switch (d.unit) {
    case 'working-days':
      return d.count;
    case 'hours':
      return d.count <= 24 ? (d.count > 0 ? 1 : 0) : maxWorkingDays({ count: Math.ceil(d.count / 24), unit: 'calendar-days' });
    case 'calendar-days':
    case 'days':
      return Math.floor(d.count / 7) * 5 + Math.min(d.count % 7, 5);
    case 'months':
      return maxWorkingDays({ count: d.count * 31, unit: 'calendar-days' });
    case 'years':
      return maxWorkingDays({ count: d.count * 366, unit: 'calendar-days' });
  }
}

/** The most calendar days a period can span (a working day can fall before a weekend). */
export function maxCalendarDays(d: Duration): number {
  switch (d.unit) {
    case 'working-days':
      // n working days end at most n + 2·⌈n/5⌉ calendar days later (holidays aside)
      return d.count + 2 * Math.ceil(d.count / 5);
    case 'hours':
      return Math.ceil(d.count / 24);
    case 'calendar-days':
    case 'days':
      return d.count;
    case 'months':
      return d.count * 31;
    case 'years':
      return d.count * 366;
  }
}

/** `d` may run past `limit` working days. */
export function exceedsWorkingDays(d: Duration, limit: number): boolean {
  return maxWorkingDays(d) > limit;
}

/** `d` may run past `limit` calendar days. */
export function exceedsCalendarDays(d: Duration, limit: number): boolean {
  return maxCalendarDays(d) > limit;
}
