import { inLanguage } from './locale';
import { t } from './messages';
import type { TargetBand, TargetSet } from './report-schema';

export type ResolvedBand = TargetBand & { count: number; inferred: boolean };

/**
 * "các chỉ tiêu còn lại" has no count in the report: it is the total less the
 * stated bands, computed here and marked as inferred.
 */
export function resolveBands(set: TargetSet): ResolvedBand[] {
  const stated = set.bands.reduce((sum, band) => sum + (band.count ?? 0), 0);
  return set.bands.map((band) =>
    band.count === null
      ? { ...band, count: set.total - stated, inferred: true }
      : { ...band, count: band.count, inferred: false },
  );
}

export function bandWords(band: TargetBand): string {
  if (band.kind !== 'range') return t(`band.${band.kind}`);
  return band.range ? t('band.range', { min: band.range[0], max: band.range[1] }) : t('band.rest');
}

/** Who assigned a set of targets, in the current language. */
export function formatAssignedBy(set: TargetSet): string {
  return inLanguage(set.assignedBy, set.en?.assignedBy);
}
