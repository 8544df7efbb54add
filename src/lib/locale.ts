/**
 * The interface language. Vietnamese by default; English (?lang=en) for visiting
 * delegations. It is app-wide state like the URL: the switch re-renders the whole
 * app, so formatting and messages read it directly instead of threading it through
 * every call.
 */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

let current: Locale = 'vi';

export function currentLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined' && document.documentElement.lang !== locale)
    document.documentElement.lang = locale;
}

export function localeFromSearch(search: string): Locale {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

/** BCP 47 tags for Intl: Vietnamese and English notation. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The English wording of a data label where the data has one; otherwise the Vietnamese. */
export function inLanguage(vietnamese: string, english: string | undefined): string {
  return current === 'en' && english ? english : vietnamese;
}

/** Runs `work` in another language and restores the current one: files with a fixed format. */
export function inLocale<T>(locale: Locale, work: () => T): T {
  const saved = current;
  current = locale;
  try {
    return work();
  } finally {
    current = saved;
  }
}
