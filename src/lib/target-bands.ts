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

const metKinds = new Set<TargetBand['kind']>(['exceeded', 'met', 'metOrExceeded']);

/** Every target of the set met or exceeded, by the report's own count ("20/20 hoàn thành và vượt"). */
export function isSetMet(set: TargetSet): boolean {
  const bands = resolveBands(set);
  const met = bands.filter((band) => metKinds.has(band.kind)).reduce((sum, band) => sum + band.count, 0);
  return met === set.total && bands.every((band) => metKinds.has(band.kind) || band.count === 0);
}
