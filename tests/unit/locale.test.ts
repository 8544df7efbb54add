import { afterEach, describe, expect, it } from 'vitest';
import { currentLocale, setLocale } from '../../src/lib/locale';

afterEach(() => setLocale('vi'));

describe('the interface language', () => {
  it('sets the page language, and leaves it untouched when it has not changed', async () => {
    setLocale('en');
    expect(document.documentElement.lang).toBe('en');
    // Writing `lang` again restyles the whole page in Chromium, on every render of the app.
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    setLocale('en');
    await Promise.resolve();
    expect(writes).toHaveLength(0);
    setLocale('vi');
    await Promise.resolve();
    observer.disconnect();
    expect(writes).toHaveLength(1);
    expect(currentLocale()).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
  });
});
