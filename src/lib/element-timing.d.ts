import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs React's own type parameter
  interface HTMLAttributes<T> {
    /**
     * Element Timing API: the browser reports when this element is first painted
     * (PerformanceElementTiming). The headline tile values carry it; `npm run bench`
     * measures "figures painted" with it.
     */
    elementtiming?: string;
  }
}
