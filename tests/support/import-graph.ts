import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/** Module → the modules it imports, as paths from the project's root with `/` separators. */
export type ImportGraph = Map<string, string[]>;

/** Static, side-effect, re-export and dynamic imports: a regex is enough for code Prettier has formatted. */
const specifiers = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The graph of the TypeScript modules under `folder`; imports of packages, styles and assets are left out. */
export function importGraph(root: string, folder = 'src'): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(join(root, folder))) {
    const targets = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const specifier = match[1] ?? match[2]!;
      if (!specifier.startsWith('.')) continue;
      const base = join(dirname(file), specifier);
      const found = extensions
        .map((extension) => base + extension)
        .find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (found) targets.add(relative(root, found).split(sep).join(posix.sep));
    }
    graph.set(relative(root, file).split(sep).join(posix.sep), [...targets]);
  }
  return graph;
}

/** Every cycle a depth-first walk closes, each as its modules in import order with the first repeated at the end. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string) => {
    const onPath = path.indexOf(module);
    if (onPath >= 0) {
      cycles.push([...path.slice(onPath), module]);
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const target of graph.get(module) ?? []) visit(target);
    path.pop();
    done.add(module);
  };
  for (const module of [...graph.keys()].sort()) visit(module);
  return cycles;
}

/** `src/features/<name>/…` → the feature's name. */
const featureOf = (module: string) => /^src\/features\/([^/]+)\//.exec(module)?.[1];
const layerOf = (module: string) => /^src\/(lib|components|features|app)\//.exec(module)?.[1];

/**
 * Imports that break the layers: lib imports no component; lib and components import no feature and
 * not the app; a feature imports no other feature and not the app. The app and the entries compose anything.
 */
export function boundaryViolations(graph: ImportGraph): string[] {
  const violations: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
      const shared = fromLayer === 'lib' || fromLayer === 'components';
      const crossesFeatures = fromLayer === 'features' && toLayer === 'features' && featureOf(from) !== featureOf(to);
      const upward =
        (shared && (toLayer === 'features' || toLayer === 'app')) ||
        (fromLayer === 'lib' && toLayer === 'components') ||
        (fromLayer === 'features' && toLayer === 'app');
      if (crossesFeatures || upward) violations.push(`${from} → ${to}`);
    }
  }
  return violations;
}
