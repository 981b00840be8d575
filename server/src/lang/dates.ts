import type { Duration, DurationUnit } from '../schema/types';
import { attributiveKk, inflectKk, type KkCase } from './kazakh';
import { numberToWordsKk, numberToWordsRu, type RuNumberCase } from './numbers';
import { pluralRu } from './russian';

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-30 over into March; a round trip catches it.
  if (!m || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new RangeError(`Not a date (YYYY-MM-DD): "${iso}"`);
  return { year, month, day };
}

/**
 * A date as Kazakh statutes write it: «2013 жылғы 21 мамыр»; `attr` gives the form that
 * qualifies a noun, «2013 жылғы 21 мамырдағы (Заң)».
 */
export function formatDateKk(iso: string, form: 'nom' | 'attr' = 'nom'): string {
  const { year, month, day } = parseIsoDate(iso);
  const monthName = KK_MONTHS[month - 1];
  return `${year} жылғы ${day} ${form === 'attr' ? attributiveKk(monthName) : monthName}`;
}

/** «21 мая 2013 года». */
export function formatDateRu(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${RU_MONTHS_GEN[month - 1]} ${year} года`;
}

/** A duration to print; `words` adds the count in words in parentheses, as legal text does. */
export type DurationText = Duration & { words?: boolean };

// Kazakh nouns stay singular after a numeral; «жұмыс күні» is a possessive compound.
const KK_UNITS: Record<DurationUnit, { noun: string; possessive: boolean }> = {
  'calendar-days': { noun: 'күнтізбелік күн', possessive: false },
  'working-days': { noun: 'жұмыс күні', possessive: true },
  days: { noun: 'күн', possessive: false },
  hours: { noun: 'сағат', possessive: false },
  months: { noun: 'ай', possessive: false },
  years: { noun: 'жыл', possessive: false },
};

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A duration counts whole units: ${count}`);
}

/** «30 (отыз) күнтізбелік күн», «15 (он бес) жұмыс күні»; a case inflects the noun (күнінен). */
export function formatDurationKk(d: DurationText, options: { case?: KkCase } = {}): string {
  checkCount(d.count);
  const unit = KK_UNITS[d.unit];
  const count = d.words ? `${d.count} (${numberToWordsKk(d.count)})` : String(d.count);
  return `${count} ${inflectKk(unit.noun, options.case ?? 'nom', { possessive: unit.possessive })}`;
}

/**
 * Russian unit forms: nominative after 1, 2–4 and 5+, then the genitive singular after 1.
 * The genitive plural equals the nominative after 5+ for every unit.
 */
const RU_UNITS: Record<DurationUnit, readonly [string, string, string, string]> = {
  'calendar-days': ['календарный день', 'календарных дня', 'календарных дней', 'календарного дня'],
  'working-days': ['рабочий день', 'рабочих дня', 'рабочих дней', 'рабочего дня'],
  days: ['день', 'дня', 'дней', 'дня'],
  hours: ['час', 'часа', 'часов', 'часа'],
  months: ['месяц', 'месяца', 'месяцев', 'месяца'],
  years: ['год', 'года', 'лет', 'года'],
};

/**
 * «30 (тридцать) календарных дней»; `case: 'gen'` gives the form that follows «в течение»
 * and «не позднее»: «15 (пятнадцати) рабочих дней», «1 (одного) рабочего дня».
 */
export function formatDurationRu(d: DurationText, options: { case?: RuNumberCase } = {}): string {
  checkCount(d.count);
  const kase = options.case ?? 'nom';
  const [one, few, many, oneGen] = RU_UNITS[d.unit];
  const noun = kase === 'nom' ? pluralRu(d.count, [one, few, many]) : pluralRu(d.count, [oneGen, many, many]);
  // Every unit noun is masculine, so the numeral is too (один день, двух лет).
  const count = d.words ? `${d.count} (${numberToWordsRu(d.count, 'm', kase)})` : String(d.count);
  return `${count} ${noun}`;
}
