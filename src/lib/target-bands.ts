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
  switch (band.kind) {
    case 'exceeded':
      return 'vượt kế hoạch';
    case 'met':
      return 'đạt 100%';
    case 'metOrExceeded':
      return 'hoàn thành và vượt';
    case 'atLeast90':
      return 'đạt từ 90% trở lên';
    case 'range':
      return band.range ? `đạt ${band.range[0]}–${band.range[1]}%` : 'còn lại';
  }
}
