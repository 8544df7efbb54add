import type { TargetBand, TargetSet } from '../../src/lib/report-schema';
import type { Mention } from './mentions';
import type { Span } from './sentences';
import { capitalize, fold, slug } from './text';

/**
 * Target tallies: "01/21 chỉ tiêu vượt kế hoạch", "8/20 chỉ tiêu đạt và vượt", "các chỉ tiêu còn
 * lại đạt 52-74%". Tallies of one sentence against the same total form one target set; a
 * different total is another set ("20/20 chỉ tiêu UBND thành phố giao, 15/15 chỉ tiêu Quận ủy giao").
 */

export type DraftedTargetSet = { set: TargetSet; quoteSpan: Span; doubts: string[] };

type Tally = { count: number; total: number; kind: TargetBand['kind'] | null; segment: Span; after: string };

function kindOf(segment: string): TargetBand['kind'] | null {
  const folded = fold(segment);
  if (/(hoan thanh|dat) va (hoan thanh )?vuot|hoan thanh vuot muc|dat va vuot/.test(folded)) return 'metOrExceeded';
  if (/\bvuot\b/.test(folded)) return 'exceeded';
  if (/90\s?% tro len|tren 90\s?%|tu 90\s?%/.test(folded)) return 'atLeast90';
  if (/dat 100\s?%|\bhoan thanh\b|\bdat\b/.test(folded)) return 'met';
  return null;
}

/** Who set the targets, from the words after "chỉ tiêu" ("UBND thành phố giao", "do HĐND quận giao"). */
function assignedBy(after: string, segment: string): string {
  const cut = (after.split(/\s(?:vượt|đạt|hoàn thành|bằng)(?!\p{L})/u)[0] ?? '').trim().replace(/^do\s+|[.…]+$/gu, '');
  if (/giao|nghị quyết|đề ra|phấn đấu/iu.test(cut)) return capitalize(cut);
  const basis = /(?:kế hoạch|dự toán) [^,;()]*?giao|chỉ tiêu (?:UBND|HĐND|Thành ủy|Quận ủy)[^,;()]*?giao/u.exec(
    segment,
  )?.[0];
  const named = cut ? `Chỉ tiêu ${cut}` : 'Chỉ tiêu';
  return basis ? `${named}, so với ${basis}` : named;
}

/**
 * Tallies against the same total make one set, in the order written; a tally that would count more
 * targets than the total starts another ("20/20 chỉ tiêu theo Nghị quyết…; 20/20 chỉ tiêu UBND thành phố giao").
 */
function groupTallies(tallies: Tally[]): Tally[][] {
  const groups: Tally[][] = [];
  for (const tally of tallies) {
    const open = groups.find(
      (group) =>
        group[0]?.total === tally.total &&
        group.reduce((sum, member) => sum + member.count, 0) + tally.count <= tally.total,
    );
    if (open && open === groups.filter((group) => group[0]?.total === tally.total).at(-1)) open.push(tally);
    else groups.push([tally]);
  }
  return groups;
}

/** The target sets of one sentence, and the clauses they take (no figure is drafted from those). */
export function readTargetSets(
  paragraph: string,
  sentence: Span,
  clauses: Span[],
  mentions: Mention[],
): { sets: DraftedTargetSet[]; taken: Span[] } {
  const tallies: Tally[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'ratio' || mention.unit?.written !== 'chỉ tiêu') continue;
    if (mention.number.start < sentence.start || mention.number.start >= sentence.end) continue;
    const text = paragraph.slice(sentence.start, sentence.end);
    const at = mention.number.start - sentence.start;
    const start = sentence.start + Math.max(...[',', ';', '('].map((mark) => text.lastIndexOf(mark, at))) + 1;
    const endIn = [',', ';', ')'].map((mark) => text.indexOf(mark, mention.end - sentence.start)).filter((i) => i >= 0);
    const end = endIn.length ? sentence.start + Math.min(...endIn) : sentence.end;
    const segment = paragraph.slice(start, end);
    tallies.push({
      count: mention.number.value,
      total: mention.denominator.value,
      kind: kindOf(segment),
      segment: { start, end },
      after: paragraph.slice(mention.end, end),
    });
  }
  const sentenceText = paragraph.slice(sentence.start, sentence.end);
  const rest = /các chỉ tiêu còn lại (?:đạt|bằng) (?:từ )?(\d+)\s?[-–]\s?(\d+)\s?%/iu.exec(sentenceText);
  if (tallies.length === 0) return { sets: [], taken: [] };

  const sets: DraftedTargetSet[] = [];
  const taken = new Set<Span>();
  let previousKind: TargetBand['kind'] | null = null;
  for (const group of groupTallies(tallies)) {
    const total = (group[0] as Tally).total;
    const doubts: string[] = [];
    const bands: TargetBand[] = group.map((tally) => {
      // "20/20 chỉ tiêu UBND thành phố giao, 15/15 chỉ tiêu Quận ủy giao": the verb is said once.
      const kind = tally.kind ?? previousKind;
      if (!kind) doubts.push(`không rõ ${tally.count}/${tally.total} chỉ tiêu đạt hay vượt: tạm ghi “đạt”`);
      previousKind = kind ?? 'met';
      return { kind: kind ?? 'met', count: tally.count };
    });
    const first = group[0] as Tally;
    let end = (group.at(-1) as Tally).segment.end;
    if (rest && sets.length === 0) {
      bands.push({ kind: 'range', count: null, range: [Number(rest[1]), Number(rest[2])] });
      end = Math.max(end, sentence.start + rest.index + rest[0].length);
    }
    const by = assignedBy(first.after, paragraph.slice(first.segment.start, end));
    const quoteSpan = { start: first.segment.start, end };
    sets.push({
      set: {
        id: slug(by) || 'target-set',
        assignedBy: by,
        total,
        bands,
        quote: paragraph.slice(quoteSpan.start, quoteSpan.end).trim(),
        reviewed: false,
      },
      quoteSpan,
      doubts,
    });
  }
  // The clauses within a set's quote belong to it, a parenthesis between two tallies included.
  for (const clause of clauses)
    if (sets.some(({ quoteSpan }) => quoteSpan.start < clause.end && quoteSpan.end > clause.start)) taken.add(clause);
  return { sets, taken: [...taken] };
}
