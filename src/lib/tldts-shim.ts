/**
 * Stands in for `tldts` in the production build (see the alias in vite.config.ts).
 *
 * msw's browser runtime keeps mocked cookies in a tough-cookie jar, and tough-cookie
 * asks tldts for a host's registrable domain, which ships the whole public-suffix
 * list: about 110 kB of the 165 kB (gzipped) msw chunk, parsed before the first
 * figures can be fetched. The embedded API sets and reads no cookies, so the list
 * buys nothing here. This applies the list's default rule ("*": the suffix is the
 * last label) to every host: right for localhost, IP addresses and single-label
 * suffixes (dashboard.test, example.com); for a multi-label suffix (gov.vn) it
 * names the suffix itself as the domain, which only matters to a mocked
 * Set-Cookie on such a host. Tests (msw/node) use the real tldts.
 */

const ipAddress = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-f:.]*:[0-9a-f:.]*\]?)$/i;

/** The registrable domain of a hostname ("a.b.example.com" → "example.com"); null for IPs and single labels. */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (ipAddress.test(host)) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
