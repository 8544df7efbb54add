import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, findCycles, importGraph, type ImportGraph } from '../support/import-graph';

// The rule of docs/project-structure.md: a feature imports only src/lib, src/components and itself;
// src/app composes the features; no module imports itself through others.
const root = process.cwd();
const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('the import graph of src/', () => {
  const modules = importGraph(root);

  it('is read whole: the app reaches the features it composes', () => {
    expect(modules.get('src/app/App.tsx')).toEqual(
      expect.arrayContaining([
        'src/features/dashboard/components/DashboardPage.tsx',
        'src/features/presentation/components/PresentationPage.tsx',
      ]),
    );
  });

  it('has no cycle', () => {
    expect(findCycles(modules).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no import across features, nor from a lower layer up', () => {
    expect(boundaryViolations(modules)).toEqual([]);
  });
});

describe('findCycles', () => {
  it('names the modules of a cycle in import order', () => {
    const cycles = findCycles(graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'] }));
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('finds a module that imports itself', () => {
    expect(findCycles(graph({ 'a.ts': ['a.ts'] }))).toEqual([['a.ts', 'a.ts']]);
  });

  it('finds none where two modules share an import', () => {
    expect(findCycles(graph({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });
});

describe('boundaryViolations', () => {
  it('names an import from one feature into another, and from lib up into a feature or a component', () => {
    const edges = graph({
      'src/features/charts/a.ts': ['src/features/dashboard/b.ts', 'src/features/charts/c.ts', 'src/lib/d.ts'],
      'src/lib/d.ts': ['src/features/charts/c.ts', 'src/components/E.tsx'],
      'src/components/E.tsx': ['src/lib/d.ts'],
      'src/app/App.tsx': ['src/features/charts/a.ts', 'src/features/dashboard/b.ts'],
    });
    expect(boundaryViolations(edges)).toEqual([
      'src/features/charts/a.ts → src/features/dashboard/b.ts',
      'src/lib/d.ts → src/features/charts/c.ts',
      'src/lib/d.ts → src/components/E.tsx',
    ]);
  });
});

describe('ESLint', () => {
  const eslint = new ESLint({ cwd: root });
  /** The messages of no-restricted-imports for `code` linted as the file at `filePath`. */
  const restrictedImports = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports');
  };

  it.each([
    ['src/features/charts/probe.ts', "import { resolveView } from '../dashboard/components/DashboardPage';"],
    [
      'src/features/presentation/components/Probe.tsx',
      "import { ViewActions } from '../../exports/components/ViewActions';",
    ],
    [
      'src/features/exports/components/Probe.tsx',
      "import { ChartsSection } from '../../../features/charts/components/ChartsSection';",
    ],
    ['src/features/dashboard/probe.ts', "export { LanguageSwitch } from '../language/components/LanguageSwitch';"],
  ])(
    'fails %s on an import from another feature',
    async (filePath, code) => {
      const messages = await restrictedImports(filePath, code);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.message).toContain('a feature imports only src/lib, src/components and itself');
    },
    60_000,
  );

  it('fails a lib module that imports a feature or a component', async () => {
    const code =
      "import { useChartsPeriod } from '../features/charts/charts-period';\nimport { Icon } from '../components/Icon';";
    const messages = await restrictedImports('src/lib/probe.ts', code);
    expect(messages.map((message) => message.message)).toEqual([
      expect.stringContaining('must not import features'),
      expect.stringContaining('no components'),
    ]);
  }, 60_000);

  it('lets a feature import itself, src/lib and src/components, and the app import any feature', async () => {
    const feature = [
      "import { useChartsPeriod } from '../charts-period';",
      "import { formatPeriod } from '../../../lib/format';",
      "import { ChartFrame } from '../../../components/charts/ChartFrame';",
    ].join('\n');
    expect(await restrictedImports('src/features/charts/components/Probe.tsx', feature)).toEqual([]);
    const app = "import { DashboardPage } from '../features/dashboard/components/DashboardPage';";
    expect(await restrictedImports('src/app/Probe.tsx', app)).toEqual([]);
  }, 60_000);
});
