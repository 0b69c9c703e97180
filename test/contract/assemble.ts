// `node --import tsx test/contract/assemble.ts DIR`: CI's last job. Each per-language job saved its
// matrix columns (test/reports/columns/*.json, one per SDK x runtime); this reads every one under
// DIR and writes the whole matrix to test/reports/matrix.md, ending with `N passed, N failed` over
// all cells (exit 1 on any failure, or when a column is missing).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countCells, renderText } from './matrix.ts';
import { loadRun, markdownReport, orchestratorRows } from './report.ts';
import { loadScenarios } from './scenarios.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = process.argv[2] ?? join(root, 'test/reports/columns');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /(^|\/)columns\/[^/]+\.json$/.test(file) || !file.includes('/')).filter((file) => file.endsWith('.json')).sort();
const runs = files.map((file) => loadRun(readFileSync(join(dir, file), 'utf8')));
const rows = { scenarios: loadScenarios(), checks: orchestratorRows };
const columns = runs.map((run) => run.column);
const { passed, failed } = countCells(columns);
mkdirSync(join(root, 'test/reports'), { recursive: true });
writeFileSync(join(root, 'test/reports/matrix.md'), markdownReport(rows, columns, runs, '', passed, failed));
console.log(renderText(rows, columns));
console.log(`${columns.length} columns from ${dir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && columns.length > 0 ? 0 : 1;
