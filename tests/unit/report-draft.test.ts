import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../mocks/check-data';
import { loadCatalogue, ownCases } from '../../scripts/report-draft/corpus';
import { draftReport } from '../../scripts/report-draft/draft';
import { periodLabel } from '../../scripts/report-draft/periods';
import { reviewSheet } from '../../scripts/report-draft/review-sheet';
import { scoreDraft, share, totalScore } from '../../scripts/report-draft/score';
import { Report } from '../../src/lib/report-schema';

const root = join(import.meta.dirname, '../..');
const catalogue = loadCatalogue(root);
const shipped = ['2023-9-thang.json', '2024-ca-nam.json'].map((name) =>
  Report.parse(JSON.parse(readFileSync(join(root, 'mocks/data/reports', name), 'utf8'))),
);

function draftOf(text: string) {
  const result = draftReport(text, catalogue);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.draft;
}

/** A report's text rebuilt from the quotes its data file holds: a headline, then the quotes as one paragraph. */
function textFromQuotes(report: Report): string {
  const headline = `${report.reportingUnit.name}: kết quả ${periodLabel(report.period)}`;
  const quotes = [...report.targetSets.map((set) => set.quote), ...report.figures.map((figure) => figure.quote)];
  return `${headline}\n${[...new Set(quotes)].join('; ')}.\n`;
}

describe('draftReport on texts rebuilt from the shipped quotes', () => {
  for (const report of shipped) {
    it(`gives back every figure of ${report.source.id}`, () => {
      const draft = draftOf(textFromQuotes(report));
      const score = scoreDraft(report.figures, draft.report.figures, report.targetSets, draft.report.targetSets);
      expect(score.mismatches).toEqual([]);
      expect(score.spurious).toEqual([]);
      expect(draft.report.period).toEqual(report.period);
      expect(draft.report.reportingUnit.id).toBe(report.reportingUnit.id);
    });
  }
});

describe('draftReport on the simulated reports', () => {
  const cases = ownCases(root);
  const drafts = cases.map((entry) => ({ entry, draft: draftOf(entry.text) }));

  it('has at least six simulated reports, each marked as simulated in its text', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const entry of cases) expect(entry.text).toMatch(/giả lập/i);
  });

  it('drafts at least 95% of the figures exactly and at most 5% spurious ones', () => {
    const total = totalScore(
      drafts.map(({ entry, draft }) =>
        scoreDraft(entry.expected.figures, draft.report.figures, entry.expected.targetSets, draft.report.targetSets),
      ),
    );
    expect(share(total.exact, total.expected)).toBeGreaterThanOrEqual(0.95);
    expect(share(total.spurious.length, total.drafted)).toBeLessThanOrEqual(0.05);
    expect(total.targetSets.exact).toBe(total.targetSets.expected);
  });

  it('reads each report’s unit and period', () => {
    for (const { entry, draft } of drafts) expect(draft.report.period, entry.name).toEqual(entry.expected.period);
  });

  it('writes schema-valid drafts in which every figure and target set awaits review', () => {
    for (const { draft } of drafts) {
      expect(Report.safeParse(draft.report).success).toBe(true);
      expect([...draft.report.figures, ...draft.report.targetSets].every((item) => item.reviewed === false)).toBe(true);
    }
  });

  it('drafts figures the data check finds in their quotes, and refuses only for want of review', () => {
    for (const { entry, draft } of drafts) {
      const problems = checkDataset(
        { file: 'indicators.json', text: JSON.stringify({ indicators: [...catalogue, ...draft.proposedIndicators] }) },
        [{ file: entry.name, text: JSON.stringify(draft.report) }],
      );
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((problem) => !problem.path.endsWith('.reviewed'))).toEqual([]);
    }
  });

  it('proposes a catalogue entry for an indicator the catalogue lacks, and lists it in the review sheet', () => {
    const { draft } = drafts.find(({ entry }) => entry.name.startsWith('phuong-an-bien-quy-1'))!;
    const proposed = draft.proposedIndicators.map((indicator) => indicator.id);
    expect(proposed).toContain('thu-tien-su-dung-dat');
    expect(catalogue.map((indicator) => indicator.id)).not.toContain('thu-tien-su-dung-dat');
    expect(reviewSheet(draft, { input: 'a.txt', output: 'a.json' })).toContain('`thu-tien-su-dung-dat`');
  });

  it('sets aside the numbers of other stories, page counters, dates, addresses and document numbers', () => {
    const { draft } = drafts.find(({ entry }) => entry.name.startsWith('phuong-an-bien-ca-nam'))!;
    const reasons = new Map(draft.setAside.map((aside) => [aside.text, aside.reason]));
    expect(reasons.get('10')).toBe('số hiệu văn bản');
    expect(reasons.get('34')).toBe('địa chỉ hoặc số hiệu');
    expect(draft.report.figures.map((figure) => figure.value)).not.toContain(20);
  });

  it('shows every figure beside its sentence with the numbers in bold in the review sheet', () => {
    const { draft } = drafts[0]!;
    const sheet = reviewSheet(draft, { input: 'a.txt', output: 'a.json' });
    for (const figure of draft.report.figures) expect(sheet).toContain(`\`${figure.id}\``);
    expect(sheet).toMatch(/\*\*6220,4 tỷ đồng\*\*/);
  });

  it('drafts a report in well under a second', () => {
    const start = performance.now();
    for (const entry of cases) draftReport(entry.text, catalogue);
    expect((performance.now() - start) / cases.length).toBeLessThan(1000);
  });
});

describe('draftReport on text it cannot use', () => {
  it('refuses a text with no sentence in it', () => {
    expect(draftReport('Tiêu đề\nHoàng Tùng', catalogue)).toMatchObject({ ok: false });
  });
});
