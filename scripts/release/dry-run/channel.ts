// One registry per language, started on loopback by the dry run: release.yml's steps publish to it
// (through the locations and credentials in `env`), the dry run counts what it holds, then a fresh
// consumer project installs the SDK back from it by name and version and runs the DESIGN example
// against a reference server.
import type { RunningServer } from '../../../test/support/server.ts';

export interface Context {
  /** The repository being released. */
  root: string;
  /** A temporary folder outside the workspace, removed after the run. */
  work: string;
  /** The one version all four SDKs carry. */
  version: string;
}

export interface Registry {
  language: string;
  /** Which registry, where: `Verdaccio http://127.0.0.1:4873/`. */
  name: string;
  /** release.yml's variables naming this registry (and its credentials), pointed at loopback. */
  env: Record<string, string>;
  /** The same variables pointed at a port nobody listens on: the registry, broken. */
  brokenEnv: Record<string, string>;
  /** What it holds of ours, one entry per upload (a version, a file, a tag): empty before a release. */
  holdings(): Promise<string[]>;
  /** How many packages its publish step ships (one "skipped" line each when they are there). */
  packages: number;
  /** Installs the SDK into a fresh project and runs the example; the coordinate it installed. */
  consume(server: RunningServer): Promise<string>;
  /** Other packages installed back from this registry (the CLI and the MCP server from npm's). */
  consumers?: Consumer[];
  stop(): Promise<void>;
}

export interface Consumer {
  language: string;
  /** Installs the package into a fresh project and uses it against `server`; what it installed. */
  consume(server: RunningServer): Promise<string>;
}

export interface Channel {
  language: string;
  start(context: Context): Promise<Registry>;
}

/** What every consumer prints last: the DESIGN example created a tenant and found it in the list. */
const CONSUMER_OK = /^created (ten_\w+), listed \d+ tenants$/m;

export function consumerEnv(server: RunningServer): Record<string, string> {
  return { COGNITIONOS_BASE_URL: server.baseUrl, COGNITIONOS_API_KEY: server.adminKey };
}

/** The consumer ran the example to its end, or the error says what it printed instead. */
export function expectConsumerOk(output: string): void {
  if (!CONSUMER_OK.test(output)) throw new Error(`the example did not finish:\n${output.trim().split('\n').slice(-10).join('\n')}`);
}

/** A loopback URL where nothing answers: a port found free, and left unbound. */
export async function deadUrl(freePort: () => Promise<number>): Promise<string> {
  return `http://127.0.0.1:${await freePort()}/`;
}
