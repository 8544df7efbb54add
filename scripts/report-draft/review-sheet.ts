import type { Basis, Figure } from '../../src/lib/report-schema';
import { writeNumber } from '../../mocks/written-numbers';
import type { Draft, DraftedFigure } from './draft';
import { periodLabel } from './periods';

/**
 * The review sheet, in Vietnamese for the district office: every figure beside the sentence it
 * comes from with its numbers in bold, what the drafter understood, and what it could not decide.
 */

const basisNames: Record<Basis, string> = {
  cityPlan: 'kế hoạch thành phố giao',
  districtTarget: 'kế hoạch quận/phường phấn đấu',
  annualPlan: 'kế hoạch năm',
  plan: 'kế hoạch (không nói cấp nào)',
  cityPartyTarget: 'chỉ tiêu Thành ủy giao',
  provisionalTarget: 'chỉ tiêu Thành ủy tạm giao',
  supplementedTarget: 'chỉ tiêu Thành ủy giao sau bổ sung',
  target: 'chỉ tiêu (n/m)',
  samePeriodLastYear: 'so với cùng kỳ',
  unspecified: 'không nói so với gì',
};

/** The quote with the figure's numbers in bold. */
function highlightedQuote(drafted: DraftedFigure): string {
  const { text } = drafted.paragraph;
  let quoted = '';
  let at = drafted.quoteSpan.start;
  for (const number of drafted.numbers) {
    if (number.start < at || number.end > drafted.quoteSpan.end) continue;
    quoted += `${text.slice(at, number.start)}**${text.slice(number.start, number.end)}**`;
    at = number.end;
  }
  return quoted + text.slice(at, drafted.quoteSpan.end);
}

function valueLabel(figure: Figure): string {
  if (figure.value === null) return '(không nêu, chỉ có tỷ lệ)';
  const unit = figure.unit === 'billionVnd' ? 'tỷ đồng' : '(số đếm)';
  const ratio = figure.ratio
    ? ` (${writeNumber(figure.ratio.numerator, figure.decimals)}/${writeNumber(figure.ratio.denominator, figure.decimals)})`
    : '';
  return `${figure.qualifier ? `${figure.qualifier} ` : ''}${writeNumber(figure.value, figure.decimals)} ${unit}${ratio}, ${figure.decimals} chữ số thập phân`;
}

function figureSection(drafted: DraftedFigure, index: number): string {
  const { figure, understood } = drafted;
  const lines = [
    `### ${index + 1}. \`${figure.id}\``,
    '',
    `> ${highlightedQuote(drafted)}`,
    '',
    `- Chỉ tiêu (indicator): \`${figure.indicator}\` — ${understood.indicator}`,
    `- Kỳ (period): ${periodLabel(figure.period)} — ${understood.period}`,
    `- Giá trị (value): ${valueLabel(figure)}; đơn vị trong báo cáo: ${understood.unit}`,
    `- Ước tính (estimate): ${understood.estimate ? `có — “${understood.estimate}”` : 'không'}`,
    ...figure.percentages.map(
      (percentage) =>
        `- Tỷ lệ: ${writeNumber(percentage.value, percentage.decimals)}% — ${basisNames[percentage.basis]}${percentage.form === 'index' ? ' (chỉ số, 100% = không đổi)' : ''}${percentage.wording ? ` — báo cáo ghi “${percentage.wording}”` : ''}`,
    ),
    ...(figure.detail ? [`- Trong đó: ${figure.detail.value} ${figure.detail.label}`] : []),
    ...(figure.note ? [`- Ghi chú (note): ${figure.note}`] : []),
    ...drafted.doubts.map((doubt) => `- ⚠ Chưa quyết được: ${doubt}`),
    '- [ ] Đã đối chiếu với bài (xoá `"reviewed": false` trong tệp dữ liệu)',
  ];
  return lines.join('\n');
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function reviewSheet(draft: Draft, files: { input: string; output: string }): string {
  const { report } = draft;
  const doubtful = draft.figures.filter((drafted) => drafted.doubts.length > 0).length;
  const parts = [
    `# Bản nháp số liệu cần duyệt: ${report.reportingUnit.name}, ${periodLabel(report.period)}`,
    '',
    `Bài gốc: \`${files.input}\` · Tệp dữ liệu nháp: \`${files.output}\``,
    '',
    `${draft.figures.length} số liệu, ${draft.targetSets.length} bộ chỉ tiêu; ${doubtful} số liệu có điểm chưa quyết được (⚠). ` +
      'Mọi số liệu và bộ chỉ tiêu đều mang `"reviewed": false`: `npm run data:check` từ chối tệp cho đến khi từng mục được đối chiếu với bài và bỏ dấu này.',
    '',
    '## Thông tin chung',
    '',
    '| Mục | Giá trị |',
    '| --- | --- |',
    `| Đơn vị (reportingUnit) | ${cell(report.reportingUnit.name)} (\`${report.reportingUnit.id}\`) |`,
    `| Kỳ báo cáo (period) | ${periodLabel(report.period)} |`,
    `| Tiêu đề (title) | ${cell(report.source.title)} |`,
    `| Nơi đăng (outlet) | ${cell(report.source.outlet)} |`,
    `| Ngày đăng (publishedOn) | ${report.source.publishedOn ?? '(không có)'} |`,
    `| Tác giả (author) | ${cell(report.source.author ?? '(không có)')} |`,
    '',
    ...draft.reportDoubts.map((doubt) => `- ⚠ ${doubt}`),
    ...(draft.reportDoubts.length ? [''] : []),
    'Chủ đề (theme), nhiệm vụ tới (tasksAhead) và cuộc họp (meeting) không được soạn tự động: thêm bằng tay nếu cần.',
    '',
    '## Số liệu',
    '',
    ...draft.figures.map((drafted, index) => `${figureSection(drafted, index)}\n`),
    '## Bộ chỉ tiêu (targetSets)',
    '',
    ...(draft.targetSets.length === 0 ? ['(không có)', ''] : []),
    ...draft.targetSets.flatMap(({ set, doubts }) => [
      `### \`${set.id}\`: ${set.assignedBy}`,
      '',
      `> ${set.quote}`,
      '',
      ...set.bands.map(
        (band) =>
          `- ${band.kind}: ${band.count ?? '(suy ra từ tổng)'}${band.range ? ` (${band.range[0]}–${band.range[1]}%)` : ''} / ${set.total}`,
      ),
      ...doubts.map((doubt) => `- ⚠ Chưa quyết được: ${doubt}`),
      '',
    ]),
    '## Đề xuất thêm vào danh mục chỉ tiêu (proposed catalogue entries)',
    '',
    ...(draft.proposedIndicators.length === 0
      ? ['(không có: mọi số liệu đều khớp một chỉ tiêu trong danh mục)']
      : [
          'Các chỉ tiêu dưới đây chưa có trong `mocks/data/indicators.json`; chúng nằm trong tệp đề xuất bên cạnh bản nháp. Thêm vào danh mục (sửa tên, nhóm, tên tiếng Anh) hoặc đổi số liệu sang chỉ tiêu có sẵn.',
          '',
          '| id | Tên | Nhóm | Đơn vị |',
          '| --- | --- | --- | --- |',
          ...draft.proposedIndicators.map(
            (indicator) => `| \`${indicator.id}\` | ${cell(indicator.name)} | ${indicator.group} | ${indicator.unit} |`,
          ),
        ]),
    '',
    '## Các số không đưa vào bản nháp',
    '',
    'Để người duyệt thấy mọi con số trong bài đều đã được xem: nếu một số ở đây là số liệu của đơn vị, thêm nó bằng tay.',
    '',
    '| Số | Dòng | Lý do | Câu |',
    '| --- | --- | --- | --- |',
    ...draft.setAside.map(
      (aside) =>
        `| ${aside.text} | ${aside.line} | ${aside.reason} | ${cell(aside.sentence.length > 140 ? `${aside.sentence.slice(0, 140)}…` : aside.sentence)} |`,
    ),
    '',
  ];
  return parts.join('\n');
}
