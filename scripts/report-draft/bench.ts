// Measures the drafter: `npm run report:draft:bench`. Scores the drafts of the real reports
// (../shared/seeds, when present) against the hand-made data files, and of the simulated reports.
import { execSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCatalogue, ownCases, seedCases, type Case } from './corpus';
import { draftReport } from './draft';
import { scoreDraft, share, totalScore, type Score } from './score';

const root = process.cwd();
const catalogue = loadCatalogue(root);
const runs = 20;

function draftOf(text: string) {
  const result = draftReport(text, catalogue);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.draft;
}

/** Median time of `runs` drafts of one text, in milliseconds. */
function timeDraft(text: string): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    draftReport(text, catalogue);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function measure(title: string, cases: Case[]): Score {
  console.log(`\n## ${title}\n`);
  console.log('| report | figures | exact | spurious | indicator agrees | target sets exact | median time |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const scores = cases.map((entry) => {
    const draft = draftOf(entry.text);
    const score = scoreDraft(
      entry.expected.figures,
      draft.report.figures,
      entry.expected.targetSets,
      draft.report.targetSets,
    );
    const time = timeDraft(entry.text);
    console.log(
      `| ${entry.name} | ${score.expected} | ${score.exact}/${score.expected} | ${score.spurious.length}/${score.drafted} | ` +
        `${score.indicatorAgrees}/${score.expected} | ${score.targetSets.exact}/${score.targetSets.expected} | ${time.toFixed(2)} ms |`,
    );
    return { score, time };
  });
  const total = totalScore(scores.map(({ score }) => score));
  const slowest = Math.max(...scores.map(({ time }) => time));
  console.log(
    `\nExact: ${percent(share(total.exact, total.expected))} (${total.exact}/${total.expected}); ` +
      `spurious: ${percent(share(total.spurious.length, total.drafted))} (${total.spurious.length}/${total.drafted}); ` +
      `indicator agrees: ${percent(share(total.indicatorAgrees, total.expected))}; ` +
      `target sets exact: ${total.targetSets.exact}/${total.targetSets.expected}; slowest draft: ${slowest.toFixed(2)} ms`,
  );
  for (const mismatch of total.mismatches)
    console.log(
      `- not exact: ${mismatch.expected.indicator} ${mismatch.expected.value ?? '—'}: ${mismatch.fields.join(', ')}`,
    );
  for (const figure of total.spurious) console.log(`- spurious: ${figure.id} (${figure.quote})`);
  return total;
}

function git(command: string): string {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# report:draft bench, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `\n${cpu}, ${cpus().length} threads, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}; ` +
    `commit ${git('rev-parse --short HEAD')}${git('status --porcelain') ? ' (with uncommitted changes)' : ''}; median of ${runs} drafts per report`,
);

const seeds = seedCases(root, (text) => {
  const result = draftReport(text, catalogue);
  return result.ok ? result.draft.report.period : null;
});
const totals: Score[] = [];
if (seeds === null) console.log('\n../shared/seeds not found: the real reports are skipped.');
else totals.push(measure('Real reports (../shared/seeds) against mocks/data/reports', seeds));
totals.push(measure('Simulated reports (tests/fixtures/report-texts)', ownCases(root)));

const all = totalScore(totals);
const met = share(all.exact, all.expected) >= 0.95 && share(all.spurious.length, all.drafted) <= 0.05;
console.log(`\nTarget (≥ 95% exact, ≤ 5% spurious, < 1 s a report): ${met ? 'met' : 'NOT met'}`);
