// Drafts a data file from a report's text: `npm run report:draft -- <report.txt> [--out <file>]`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { IndicatorCatalogue } from '../../src/lib/report-schema';
import { draftReport } from './draft';
import { reviewSheet } from './review-sheet';
import { normalizeReportText } from './text';

const usage = `Usage: npm run report:draft -- <report.txt> [--out <file.json>] [--catalogue <indicators.json>]

Reads a review report's text (UTF-8) and writes:
  <file.json>                      the draft data file (schema v2), every figure marked "reviewed": false
  <file>.review.md                 the review sheet: each figure beside its sentence, what was understood,
                                   what could not be decided
  <file>.proposed-indicators.json  catalogue entries for indicators the catalogue lacks (only when there are some)

--out defaults to the input's name with .draft.json. The catalogue defaults to mocks/data/indicators.json.

Exit codes: 0 draft written; 1 the report could not be drafted (unreadable, empty, nothing found);
2 wrong arguments.`;

type Arguments = { input: string; out: string; catalogue: string };

function parseArguments(argv: string[]): Arguments | string {
  let input: string | undefined;
  let out: string | undefined;
  let catalogue = 'mocks/data/indicators.json';
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--out' || argument === '--catalogue') {
      const value = argv[index + 1];
      if (!value) return `${argument} needs a file name`;
      if (argument === '--out') out = value;
      else catalogue = value;
      index += 1;
    } else if (argument.startsWith('-')) return `unknown option ${argument}`;
    else if (input) return `one report at a time: got ${input} and ${argument}`;
    else input = argument;
  }
  if (!input) return 'no report file given';
  return {
    input,
    out: out ?? join(dirname(input), `${basename(input).replace(/\.[^.]+$/, '')}.draft.json`),
    catalogue,
  };
}

function fail(code: 1 | 2, message: string): never {
  console.error(`report:draft: ${message}`);
  if (code === 2) console.error(`\n${usage}`);
  process.exit(code);
}

function main(argv: string[]) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') fail(2, parsed);
  let raw: string;
  try {
    raw = readFileSync(parsed.input, 'utf8');
  } catch (error) {
    fail(1, `cannot read ${parsed.input}: ${(error as Error).message}`);
  }
  const text = normalizeReportText(raw);
  if (text.trim().length === 0) fail(1, `${parsed.input} is empty`);
  if (text.includes('\uFFFD')) fail(1, `${parsed.input} is not UTF-8 text (save it as UTF-8 and retry)`);
  let catalogue;
  try {
    catalogue = IndicatorCatalogue.parse(JSON.parse(readFileSync(parsed.catalogue, 'utf8')));
  } catch (error) {
    fail(1, `cannot read the catalogue ${parsed.catalogue}: ${(error as Error).message}`);
  }
  const result = draftReport(text, catalogue.indicators);
  if (!result.ok) fail(1, `could not draft ${parsed.input}:\n  ${result.errors.join('\n  ')}`);
  const { draft } = result;
  if (draft.figures.length === 0 && draft.targetSets.length === 0) fail(1, `no figure found in ${parsed.input}`);
  const stem = parsed.out.replace(/\.json$/, '');
  const sheet = `${stem}.review.md`;
  // A fresh clone has no drafts/ folder: the documented command must not stop on it.
  try {
    mkdirSync(dirname(parsed.out), { recursive: true });
  } catch (error) {
    fail(1, `cannot create the folder of ${parsed.out}: ${(error as Error).message}`);
  }
  writeFileSync(parsed.out, `${JSON.stringify(draft.report, null, 2)}\n`);
  writeFileSync(
    sheet,
    reviewSheet(draft, { input: relative(dirname(sheet), parsed.input), output: basename(parsed.out) }),
  );
  const written = [parsed.out, sheet];
  if (draft.proposedIndicators.length > 0) {
    const proposals = `${stem}.proposed-indicators.json`;
    writeFileSync(proposals, `${JSON.stringify({ indicators: draft.proposedIndicators }, null, 2)}\n`);
    written.push(proposals);
  }
  const doubtful = draft.figures.filter((drafted) => drafted.doubts.length > 0).length;
  console.log(
    `report:draft: ${draft.figures.length} figure(s), ${draft.targetSets.length} target set(s), ` +
      `${doubtful} with doubts, ${draft.proposedIndicators.length} proposed indicator(s)\n  ${written.join('\n  ')}`,
  );
}

main(process.argv.slice(2));
