import type { Figure, Indicator, Percentage, Period, Report } from '../../src/lib/report-schema';
import { Report as ReportSchema } from '../../src/lib/report-schema';
import { writeNumber } from '../../mocks/written-numbers';
import { readBasis } from './bases';
import { matchIndicator, proposeIndicator, subjectWords } from './indicators';
import { readLayout, type Paragraph } from './layout';
import { findMentions, type Mention } from './mentions';
import { findPeriods, periodSlug, toPeriod } from './periods';
import { readReportingUnit, readReportPeriod } from './report-meta';
import { splitClauses, splitSentences, trimSpan, type Span } from './sentences';
import { readTargetSets, type DraftedTargetSet } from './targets';
import { fold } from './text';

/**
 * A report's text in, a draft data file out, with for every figure what was understood and what
 * could not be decided, so a person reviews a draft instead of typing one. Every figure and
 * target set is marked `reviewed: false`; the data check refuses the file until a person clears it.
 */

export type DraftedFigure = {
  figure: Figure;
  /** The paragraph the quote was taken from, and where in it: to highlight the numbers. */
  paragraph: Paragraph;
  quoteSpan: Span;
  numbers: Span[];
  understood: { indicator: string; period: string; estimate: string | null; unit: string };
  doubts: string[];
  proposed?: Indicator;
};

export type SetAside = { text: string; line: number; sentence: string; reason: string };

export type Draft = {
  report: Report;
  figures: DraftedFigure[];
  targetSets: (DraftedTargetSet & { paragraph: Paragraph })[];
  proposedIndicators: Indicator[];
  setAside: SetAside[];
  /** What the drafter could not find about the report itself, in Vietnamese. */
  reportDoubts: string[];
};

export type DraftResult = { ok: true; draft: Draft } | { ok: false; errors: string[] };

/** "ước", "ước đạt", "ước thực hiện", "dự kiến": an estimate. Reports glue "ước" to "tháng" ("9 thángước"). */
const estimateWord = /(?:^|[^\p{L}]|(?<=tháng|năm))(ước đạt|ước thực hiện|ước tính|ước|dự kiến|dự ước)(?![\p{L}])/iu;

/** Verbs that make a number with an unknown unit a result of the unit ("đạt 85 ha"), not a passing mention. */
const resultVerb =
  /\b(uoc|dat|thuc hien|hoan thanh|giai ngan|thu hut|ket nap|thanh lap|tiep nhan|xay dung|tang|giam)\b/;

type Context = {
  catalogue: Indicator[];
  reportYear: number;
  reportPeriod: Period;
  proposals: Map<string, Indicator>;
};

function figureNote(parts: (string | null | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => Boolean(part));
  return kept.length ? kept.join(' ') : undefined;
}

type Anchor = Extract<Mention, { kind: 'amount' | 'ratio' }>;

/** One figure from `span` of `paragraph`, around the value `anchor` (null: the figure states only percentages). */
function buildFigure(
  context: Context,
  paragraph: Paragraph,
  sentence: Span,
  span: Span,
  anchor: Anchor | null,
  mentions: Mention[],
  previous: DraftedFigure | null,
): DraftedFigure {
  const text = paragraph.text;
  const inSpan = mentions.filter((mention) => mention.number.start >= span.start && mention.number.start < span.end);
  const percents = inSpan.filter((mention) => mention.kind === 'percent');
  const valueAt = anchor?.number.start ?? percents[0]?.number.start ?? span.end;
  const doubts: string[] = [];
  const unitReading = anchor?.unit ?? null;
  const unitWord = unitReading?.written ?? '';
  const unit = unitReading?.unit ?? previous?.figure.unit ?? 'billionVnd';

  // What: the words before the number, and for a count the words after its noun ("5/7 xã đạt chuẩn").
  const trailing = anchor && unitReading?.unit === 'count' ? text.slice(anchor.end, span.end).split(/[,;]/)[0] : '';
  const subject = text.slice(span.start, valueAt) + (unitWord ? ` ${unitWord}` : '') + (trailing ?? '');
  const periodPhrases = findPeriods(text.slice(sentence.start, valueAt)).filter((phrase) => !phrase.ahead);
  const match = matchIndicator(context.catalogue, subject, anchor ? unit : null, unitWord);
  let indicator: string;
  let indicatorNote: string;
  let proposed: Indicator | undefined;
  const words = subjectWords(
    text.slice(span.start, valueAt) + (trailing ? ` ${unitWord}${trailing}` : ''),
    findPeriods(text.slice(span.start, valueAt)).map((phrase) => phrase.text),
  );
  if (match) {
    indicator = match.indicator.id;
    indicatorNote = `danh mục: “${match.phrase}”`;
  } else if (!words && previous && (!anchor || previous.figure.unit === unit)) {
    indicator = previous.figure.indicator;
    indicatorNote = 'tiếp nối số liệu đứng trước (câu không nêu tên chỉ tiêu)';
  } else {
    proposed = proposeIndicator(words ?? 'Chỉ tiêu chưa rõ tên', unit, unitWord);
    proposed = context.proposals.get(proposed.id) ?? proposed;
    context.proposals.set(proposed.id, proposed);
    indicator = proposed.id;
    indicatorNote = `chưa có trong danh mục: đề xuất “${proposed.name}”`;
    doubts.push(`chỉ tiêu “${proposed.name}” chưa có trong danh mục: thêm vào danh mục hoặc chọn chỉ tiêu có sẵn`);
  }

  const lastPhrase = periodPhrases.at(-1);
  const period: Period = lastPhrase
    ? toPeriod(lastPhrase, context.reportYear)
    : (previous?.figure.period ?? context.reportPeriod);
  const periodNote = lastPhrase
    ? `“${lastPhrase.text}”`
    : previous
      ? 'như số liệu đứng trước (câu không nêu kỳ)'
      : 'theo kỳ của báo cáo (câu không nêu kỳ)';

  const estimate = estimateWord.exec(text.slice(span.start, valueAt))?.[1] ?? null;

  let value: number | null = null;
  let decimals = 0;
  let ratio: Figure['ratio'];
  const notes: string[] = [];
  if (anchor) {
    const scale = unitReading?.scale ?? 1;
    const shift = scale === 0.001 ? 3 : scale === 1000 ? -3 : 0;
    decimals = Math.max(0, anchor.number.decimals + shift);
    if (decimals > 4) {
      doubts.push(`quy đổi ra tỷ đồng cần ${decimals} chữ số thập phân: đã làm tròn còn 4`);
      decimals = 4;
    }
    const scaled = (number: number) => Number((number * scale).toFixed(decimals));
    value = scaled(anchor.number.value);
    if (anchor.kind === 'ratio') ratio = { numerator: value, denominator: scaled(anchor.denominator.value) };
    if (scale !== 1)
      notes.push(
        `Báo cáo ghi “${anchor.number.text}${anchor.kind === 'ratio' ? `/${anchor.denominator.text}` : ''} ${unitWord}”, quy đổi ra ${writeNumber(value, decimals)} tỷ đồng.`,
      );
    if (unitReading && !unitReading.known) {
      notes.push(`Đơn vị trong báo cáo: “${unitWord}”.`);
      doubts.push(`đơn vị “${unitWord}” chưa có trong schema: tạm ghi là số đếm (count)`);
    }
    if (!unitReading) doubts.push('báo cáo không ghi đơn vị sau số này: tạm ghi là số đếm (count)');
    if (anchor.qualifier) notes.push(`Báo cáo ghi “${anchor.qualifier} ${anchor.number.text}”: giá trị gần đúng.`);
  }

  const percentages: Percentage[] = percents.map((mention) => {
    const reading = readBasis(
      text.slice(span.start, mention.number.start),
      text.slice(mention.end, mention.end + 80),
      mention.number.value,
      mention.ofRatio || Boolean(ratio),
    );
    if (reading.doubt) doubts.push(`${mention.number.text}%: ${reading.doubt}`);
    if (mention.qualifier) {
      notes.push(`Báo cáo ghi “${mention.qualifier} ${mention.number.text}%”.`);
      doubts.push(`tỷ lệ “${mention.qualifier} ${mention.number.text}%” là số gần đúng`);
    }
    return {
      value: reading.sign * mention.number.value,
      decimals: mention.number.decimals,
      basis: reading.basis,
      ...(reading.form === 'index' ? { form: reading.form } : {}),
      ...(reading.wording ? { wording: reading.wording } : {}),
    };
  });

  // "trong đó 02 là người theo tôn giáo": a part of the figure the report singles out.
  const detailMention = inSpan.find(
    (mention) =>
      mention.kind === 'bare' &&
      /trong đó,?\s*$/iu.test(text.slice(Math.max(0, mention.number.start - 12), mention.number.start)),
  );
  const detailLabel = detailMention
    ? text
        .slice(detailMention.end, span.end)
        .split(/[,;]/)[0]
        ?.replace(/^\s*là\s+/u, '')
        .trim()
    : undefined;

  let quoteSpan = trimSpan(text, span);
  if (quoteSpan.end - quoteSpan.start < 10) quoteSpan = trimSpan(text, sentence);
  const figure: Figure = {
    id: `${indicator}.${periodSlug(period)}`,
    indicator,
    period,
    value,
    decimals,
    unit,
    estimate: estimate !== null,
    ...(anchor?.qualifier ? { qualifier: anchor.qualifier } : {}),
    ...(ratio ? { ratio } : {}),
    percentages,
    ...(detailMention && detailLabel ? { detail: { label: detailLabel, value: detailMention.number.value } } : {}),
    ...(figureNote(notes) ? { note: figureNote(notes) } : {}),
    quote: text.slice(quoteSpan.start, quoteSpan.end),
    reviewed: false,
  };
  const numbers = inSpan
    .filter((mention) => mention.kind !== 'aside' && mention.kind !== 'bare')
    .map((mention) => ({ start: mention.number.start, end: mention.end }));
  return {
    figure,
    paragraph,
    quoteSpan,
    numbers,
    understood: {
      indicator: indicatorNote,
      period: periodNote,
      estimate,
      unit: anchor ? unitWord || '(không ghi)' : '(chỉ có tỷ lệ)',
    },
    doubts,
    ...(proposed ? { proposed } : {}),
  };
}

/** Adds `more` (a clause of percentages only: "; tăng 11,5% so với cùng kỳ") to the figure before it. */
function extend(
  context: Context,
  figure: DraftedFigure,
  sentence: Span,
  clause: Span,
  mentions: Mention[],
): DraftedFigure {
  const span = { start: figure.quoteSpan.start, end: clause.end };
  const anchor = mentions.find(
    (mention): mention is Anchor =>
      (mention.kind === 'amount' || mention.kind === 'ratio') &&
      mention.number.start >= span.start &&
      mention.number.start < span.end,
  );
  const rebuilt = buildFigure(context, figure.paragraph, sentence, span, anchor ?? null, mentions, null);
  return {
    ...figure,
    figure: { ...figure.figure, percentages: rebuilt.figure.percentages, quote: rebuilt.figure.quote },
    quoteSpan: rebuilt.quoteSpan,
    numbers: rebuilt.numbers,
    doubts: [...new Set([...figure.doubts, ...rebuilt.doubts.filter((doubt) => doubt.includes('%'))])],
  };
}

function draftParagraph(
  context: Context,
  paragraph: Paragraph,
  figures: DraftedFigure[],
  sets: Draft['targetSets'],
  setAside: SetAside[],
) {
  const text = paragraph.text;
  const mentions = findMentions(text);
  let previous: DraftedFigure | null = null;
  const aside = (mention: Mention, sentence: Span, reason: string) =>
    setAside.push({
      text: mention.number.text,
      line: paragraph.line,
      sentence: text.slice(sentence.start, sentence.end),
      reason,
    });
  for (const sentence of splitSentences(text)) {
    const clauses = splitClauses(text, sentence);
    const tallies = readTargetSets(text, sentence, clauses, mentions);
    sets.push(...tallies.sets.map((set) => ({ ...set, paragraph })));
    for (const clause of clauses) {
      const inClause = mentions.filter(
        (mention) => mention.number.start >= clause.start && mention.number.start < clause.end,
      );
      if (tallies.taken.includes(clause)) {
        inClause.forEach((mention) => aside(mention, sentence, 'thuộc bộ chỉ tiêu (target set)'));
        continue;
      }
      for (const mention of inClause) if (mention.kind === 'aside') aside(mention, sentence, mention.reason);
      const hasPercent = inClause.some((mention) => mention.kind === 'percent');
      const anchors = inClause.filter((mention, index): mention is Anchor => {
        if (mention.kind !== 'amount' && mention.kind !== 'ratio') return false;
        // "hoàn thành 02/4 công trình, đạt 02/4 = 50%": the pair restated without a unit is the same figure.
        const restated = inClause
          .slice(0, index)
          .some(
            (earlier) =>
              earlier.kind === 'ratio' &&
              mention.kind === 'ratio' &&
              mention.unit === null &&
              earlier.number.value === mention.number.value &&
              earlier.denominator.value === mention.denominator.value,
          );
        if (restated) return false;
        if (mention.kind === 'amount' && !mention.unit.known) {
          const before = fold(text.slice(clause.start, mention.number.start));
          if (!hasPercent && !resultVerb.test(before)) {
            aside(mention, sentence, `đơn vị lạ “${mention.unit.written}”, không đi kèm kết quả (đạt, ước, tăng…)`);
            return false;
          }
        }
        return true;
      });
      if (anchors.length === 0) {
        const percents = inClause.filter((mention) => mention.kind === 'percent');
        for (const mention of inClause) if (mention.kind === 'bare') aside(mention, sentence, 'số không có đơn vị');
        if (percents.length === 0) continue;
        const first = percents[0] as Mention;
        const subject = text.slice(clause.start, first.number.start);
        const continues = previous && !subjectWords(subject, []);
        if (matchIndicator(context.catalogue, subject, null, '')) {
          previous = buildFigure(context, paragraph, sentence, clause, null, mentions, previous);
          figures.push(previous);
        } else if (continues && previous) {
          const extended = extend(context, previous, sentence, clause, mentions);
          figures[figures.indexOf(previous)] = extended;
          previous = extended;
        } else {
          percents.forEach((mention) =>
            aside(mention, sentence, 'tỷ lệ không gắn với số liệu hay chỉ tiêu nào trong danh mục'),
          );
        }
        continue;
      }
      anchors.forEach((anchor, index) => {
        const before = anchors[index - 1];
        const from = before ? text.lastIndexOf(',', anchor.number.start) : -1;
        const start = before ? (from > before.end ? from + 1 : before.end) : clause.start;
        const next = anchors[index + 1];
        const nextComma = next ? text.lastIndexOf(',', next.number.start) : -1;
        const end = next ? (nextComma > anchor.end ? nextComma : next.number.start) : clause.end;
        previous = buildFigure(context, paragraph, sentence, { start, end }, anchor, mentions, previous);
        figures.push(previous);
      });
      for (const mention of inClause)
        if (
          mention.kind === 'bare' &&
          !figures.some(
            (drafted) => drafted.figure.detail?.value === mention.number.value && drafted.paragraph === paragraph,
          )
        )
          aside(mention, sentence, 'số không có đơn vị');
    }
  }
}

/** Ids unique within the report: a second figure of the same indicator and period gets "-2". */
function uniqueIds(figures: DraftedFigure[]) {
  const seen = new Map<string, number>();
  for (const drafted of figures) {
    const count = (seen.get(drafted.figure.id) ?? 0) + 1;
    seen.set(drafted.figure.id, count);
    if (count > 1) {
      drafted.figure.id = `${drafted.figure.id}-${count}`;
      drafted.doubts.push('báo cáo nêu hai số cho cùng chỉ tiêu và kỳ: xem lại phạm vi của từng số');
    }
  }
}

export function draftReport(rawText: string, catalogue: Indicator[]): DraftResult {
  const layout = readLayout(rawText);
  if (layout.body.length === 0) return { ok: false, errors: ['no body text: no line reads as a sentence of a report'] };
  const reportDoubts: string[] = [];
  const { year, period: reportPeriod, doubts: periodDoubts } = readReportPeriod(layout);
  reportDoubts.push(...periodDoubts);
  const context: Context = { catalogue, reportYear: year, reportPeriod, proposals: new Map() };
  const figures: DraftedFigure[] = [];
  const targetSets: Draft['targetSets'] = [];
  const setAside: SetAside[] = layout.asides.flatMap((line) =>
    findMentions(line.text).map((mention) => ({
      text: mention.number.text,
      line: line.line,
      sentence: line.text,
      reason: line.reason,
    })),
  );
  for (const paragraph of layout.body) draftParagraph(context, paragraph, figures, targetSets, setAside);

  // The report's period covers its figures of the same year; a figure of another year is not the report's.
  const kept = figures.filter((drafted) => {
    if (drafted.figure.period.year === year) return true;
    setAside.push({
      text: drafted.figure.quote,
      line: drafted.paragraph.line,
      sentence: drafted.figure.quote,
      reason: `số liệu của năm ${drafted.figure.period.year}, ngoài kỳ báo cáo`,
    });
    return false;
  });
  const period: Period = {
    year,
    firstMonth: Math.min(reportPeriod.firstMonth, ...kept.map((drafted) => drafted.figure.period.firstMonth)),
    lastMonth: Math.max(reportPeriod.lastMonth, ...kept.map((drafted) => drafted.figure.period.lastMonth)),
  };
  uniqueIds(kept);
  const setIds = new Map<string, number>();
  for (const { set } of targetSets) {
    const count = (setIds.get(set.id) ?? 0) + 1;
    setIds.set(set.id, count);
    if (count > 1) set.id = `${set.id}-${count}`;
  }

  const unit = readReportingUnit(layout);
  if (!unit.found) reportDoubts.push('không tìm thấy tên đơn vị báo cáo (quận, phường, huyện, xã…)');
  const source: Report['source'] = {
    id: `${unit.unit.id}-${periodSlug(period)}`,
    title: layout.title ?? `Báo cáo ${unit.unit.name} (chưa rõ tiêu đề)`,
    publishedOn: layout.publishedOn,
    outlet: layout.outlet ?? '(chưa rõ nơi đăng)',
    ...(layout.author ? { author: layout.author } : {}),
  };
  if (!layout.title) reportDoubts.push('không tìm thấy tiêu đề bài: đặt tiêu đề tạm');
  if (!layout.outlet) reportDoubts.push('không tìm thấy nơi đăng (outlet): ghi “(chưa rõ nơi đăng)”');
  if (!layout.publishedOn) reportDoubts.push('không tìm thấy ngày đăng (publishedOn)');
  if (!layout.author) reportDoubts.push('không tìm thấy tên tác giả');

  const report: Report = {
    schemaVersion: 2,
    reportingUnit: unit.unit,
    period,
    source,
    targetSets: targetSets.map(({ set }) => set),
    figures: kept.map((drafted) => drafted.figure),
  };
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const used = new Set(kept.map((drafted) => drafted.figure.indicator));
  return {
    ok: true,
    draft: {
      report,
      figures: kept,
      targetSets,
      proposedIndicators: [...context.proposals.values()].filter((indicator) => used.has(indicator.id)),
      setAside,
      reportDoubts,
    },
  };
}
