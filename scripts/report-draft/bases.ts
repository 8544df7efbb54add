import type { Basis } from '../../src/lib/report-schema';
import { fold } from './text';

/**
 * What a percentage is of, read from the words after it ("bằng 69,79% kế hoạch thành phố giao"),
 * and, against the same period, whether the report writes growth ("tăng 10%") or an index
 * ("bằng 112,5%"). The report's words are kept as `wording` wherever they differ from the basis's
 * usual name, so "dự toán" or "kế hoạch quận xây dựng" are never silently turned into another plan.
 */

export type BasisReading = {
  basis: Basis;
  /** The words naming the basis, as written; empty when none are. */
  written: string;
  /** Set when the written words differ from the basis's usual name. */
  wording?: string;
  form?: 'growth' | 'index';
  /** −1 for "giảm", "thấp hơn". */
  sign: 1 | -1;
  /** What the drafter could not decide, in Vietnamese. */
  doubt?: string;
};

type BasisRule = { pattern: RegExp; basis: Basis; usual: RegExp };

/** Checked in order, most specific first; patterns are on folded text. */
const basisRules: BasisRule[] = [
  {
    pattern: /^(?:chi tieu )?(?:thanh uy )?giao sau bo sung|^chi tieu thanh uy giao sau bo sung/,
    basis: 'supplementedTarget',
    usual: /^chi tieu thanh uy giao sau bo sung$/,
  },
  {
    pattern: /^(?:chi tieu )?thanh uy tam giao|^chi tieu tam giao/,
    basis: 'provisionalTarget',
    usual: /^chi tieu thanh uy tam giao$/,
  },
  { pattern: /^chi tieu thanh uy giao/, basis: 'cityPartyTarget', usual: /^chi tieu thanh uy giao$/ },
  {
    pattern: /^(?:ke hoach|du toan|chi tieu) (?:ubnd |hdnd )?(?:thanh pho|tp) giao/,
    basis: 'cityPlan',
    usual: /^ke hoach thanh pho giao$/,
  },
  {
    pattern:
      /^(?:ke hoach|du toan|chi tieu) (?:(?:ubnd |hdnd )?(?:quan|phuong|huyen|xa) )?(?:phan dau|xay dung|giao)|^(?:ke hoach|du toan) (?:ubnd |hdnd )?(?:quan|phuong|huyen|xa)\b/,
    basis: 'districtTarget',
    usual: /^ke hoach quan phan dau$/,
  },
  { pattern: /^(?:ke hoach|du toan) nam\b/, basis: 'annualPlan', usual: /^ke hoach nam$/ },
  { pattern: /^(?:chi tieu )?nghi quyet(?: [^,;]{0,40})?/, basis: 'target', usual: /^$/ },
  { pattern: /^(?:ke hoach|du toan)\b/, basis: 'plan', usual: /^ke hoach$/ },
  { pattern: /^cung ky(?: nam truoc)?/, basis: 'samePeriodLastYear', usual: /^cung ky$/ },
];

/** The clause's words before the percentage that say how it moves. */
function movement(before: string): { verb: string; sign: 1 | -1 } | null {
  const match = /(tang|giam|cao hon|thap hon|bang|dat|la)\s*(?:ty le\s*)?(?:hon|gan|tren|khoang)?\s*$/.exec(before);
  if (!match?.[1]) return null;
  return { verb: match[1], sign: match[1] === 'giam' || match[1] === 'thap hon' ? -1 : 1 };
}

/**
 * `after` is the text right after the `%` sign, `before` the clause up to the number.
 * `ofRatio` says the figure states an n/m pair the percentage can be of.
 */
export function readBasis(before: string, after: string, value: number, ofRatio: boolean): BasisReading {
  const foldedAfter = (fold(after).split(/[,;()]|\d/)[0] ?? '').replace(/^\s*(?:so voi|so|cua|theo)\s+/, '').trim();
  const move = movement(fold(before));
  const rule = basisRules.find(({ pattern }) => pattern.test(foldedAfter));
  const sign = move?.sign ?? 1;
  if (!rule) {
    if (ofRatio) return { basis: 'target', written: '', sign: 1 };
    return { basis: 'unspecified', written: '', sign: 1, doubt: 'báo cáo không nói tỷ lệ này so với gì' };
  }
  const length = rule.pattern.exec(foldedAfter)?.[0].length ?? 0;
  const start = fold(after).indexOf(foldedAfter);
  const written = after.slice(start, start + length).trim();
  const wording = rule.usual.test(foldedAfter.slice(0, length)) ? undefined : written;
  if (rule.basis !== 'samePeriodLastYear') return { basis: rule.basis, written, wording, sign: 1 };
  if (move && move.verb !== 'bang' && move.verb !== 'dat' && move.verb !== 'la')
    return { basis: rule.basis, written, form: 'growth', sign };
  if (move) return { basis: rule.basis, written, form: 'index', sign: 1 };
  // No verb: an index is near 100, a growth rarely is.
  return {
    basis: rule.basis,
    written,
    form: value >= 50 ? 'index' : 'growth',
    sign: 1,
    doubt: 'báo cáo không ghi “tăng”, “giảm” hay “bằng”: chưa rõ là mức tăng hay chỉ số',
  };
}
