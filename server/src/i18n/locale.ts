/** The three languages Derbes speaks to its users. Policy texts are kk/ru(/en); messages are kk/ru/en. */
export type Locale = 'kk' | 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

/** A string in each user-interface language. */
export type Localized = Record<Locale, string>;

/** Maps an editor display language (e.g. "ru", "kk-KZ", "en-US") to a Derbes locale; English otherwise. */
export function toLocale(tag: string | undefined | null): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'kk' || base === 'ru' ? base : 'en';
}
