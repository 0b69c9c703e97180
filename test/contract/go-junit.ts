// `go test -json | node --import tsx test/contract/go-junit.ts report.xml`: the Go contract suite's
// JUnit report. Each subtest is a test case named by its own name (the scenario id, as the matrix
// matches it); a test without subtests keeps its name, and a package that failed outside any test
// (build error, TestMain exit) is a failed case of its own. The readable output goes to stdout.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

interface GoTestEvent {
  Action: string;
  Package?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
}

interface Case {
  name: string;
  outcome?: 'pass' | 'fail' | 'skip';
  seconds: number;
  output: string[];
}

const cases = new Map<string, Case>();
const parents = new Set<string>();
const packageOutput: string[] = [];
let packageFailed = false;

for await (const line of createInterface({ input: process.stdin })) {
  const event = parse(line);
  if (!event) {
    console.log(line);
    continue;
  }
  if (event.Output) process.stdout.write(event.Output);
  if (!event.Test) {
    if (event.Output) packageOutput.push(event.Output);
    if (event.Action === 'fail') packageFailed = true;
    continue;
  }
  const parent = event.Test.split('/').slice(0, -1).join('/');
  if (parent) parents.add(parent);
  const testCase = cases.get(event.Test) ?? { name: event.Test.includes('/') ? event.Test.slice(event.Test.indexOf('/') + 1) : event.Test, seconds: 0, output: [] };
  cases.set(event.Test, testCase);
  if (event.Output) testCase.output.push(event.Output);
  if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip') {
    testCase.outcome = event.Action;
    testCase.seconds = event.Elapsed ?? 0;
  }
}

const leaves = [...cases].filter(([test]) => !parents.has(test)).map(([, testCase]) => testCase);
const anyTestFailed = leaves.some((c) => c.outcome !== 'pass');
if (packageFailed && !anyTestFailed) leaves.push({ name: 'package (outside any test)', outcome: 'fail', seconds: 0, output: packageOutput });
writeFileSync(process.argv[2], junit(leaves));

function parse(line: string): GoTestEvent | undefined {
  try {
    const event = JSON.parse(line);
    return typeof event?.Action === 'string' ? event : undefined;
  } catch {
    return undefined;
  }
}

// A case that never ended (the binary died mid-test) is a failure, not a pass.
function junit(all: Case[]): string {
  const failed = all.filter((c) => c.outcome !== 'pass' && c.outcome !== 'skip');
  const body = all.map((c) => {
    const open = `  <testcase classname="go" name="${escape(c.name)}" time="${c.seconds}"`;
    if (c.outcome === 'pass') return `${open}/>`;
    const text = escape(c.output.join(''));
    if (c.outcome === 'skip') return `${open}><skipped message="skipped">${text}</skipped></testcase>`;
    const message = c.output.find((line) => /^\s+\S+_test\.go:\d+:/.test(line))?.trim() ?? (c.outcome ? 'failed' : 'did not finish');
    return `${open}><failure message="${escape(message)}">${text}</failure></testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n <testsuite name="go contract" tests="${all.length}" failures="${failed.length}">\n${body.join('\n')}\n </testsuite>\n</testsuites>\n`;
}

function escape(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
}
