// Reads the JUnit XML every native runner writes (vitest's junit reporter, pytest --junitxml,
// go-junit-report, Maven Surefire) into flat test case outcomes.
import { XMLParser } from 'fast-xml-parser';

export type Outcome = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  name: string;
  outcome: Outcome;
  /** First line of the failure message, for the matrix detail. */
  message?: string;
}

interface XmlNode {
  [key: string]: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

export function readJUnit(xml: string): TestCase[] {
  const cases: TestCase[] = [];
  collect(parser.parse(xml) as XmlNode, cases);
  return cases;
}

// Suites nest (testsuites > testsuite > testsuite ...), so walk every level.
function collect(node: XmlNode, into: TestCase[]): void {
  for (const testcase of (node.testcase as XmlNode[] | undefined) ?? []) into.push(toTestCase(testcase));
  for (const suite of (node.testsuite as XmlNode[] | undefined) ?? []) collect(suite, into);
  if (node.testsuites) collect(node.testsuites as XmlNode, into);
}

function toTestCase(testcase: XmlNode): TestCase {
  const problem = ((testcase.failure ?? testcase.error) as unknown[] | undefined)?.[0];
  if (problem !== undefined) return { name: String(testcase.name), outcome: 'failed', message: firstLine(problem) };
  if (testcase.skipped) return { name: String(testcase.name), outcome: 'skipped', message: 'skipped' };
  return { name: String(testcase.name), outcome: 'passed' };
}

function firstLine(problem: unknown): string {
  const text = typeof problem === 'string' ? problem : String((problem as XmlNode).message ?? (problem as XmlNode)['#text'] ?? '');
  return text.trim().split('\n')[0].slice(0, 200);
}
