// One release channel per language: build the artifact, publish it to a real registry started on
// loopback, then install it back by name and version into a fresh consumer project and run the
// DESIGN example against a reference server.
import type { RunningServer } from '../../../test/support/server.ts';

export interface Context {
  /** The repository being released. */
  root: string;
  /** A temporary folder outside the workspace, removed after the run. */
  work: string;
  /** The one version all four SDKs carry. */
  version: string;
}

export interface Published {
  /** `<package>@<version>` as the consumer asks for it. */
  coordinate: string;
  /** Which registry, where: `Verdaccio http://127.0.0.1:4873`. */
  registry: string;
  /** Installs it into a fresh project and runs the example; throws what went wrong. */
  consume(server: RunningServer): Promise<void>;
  /** Stops the registry. */
  stop(): Promise<void>;
}

export interface Channel {
  language: string;
  publish(context: Context): Promise<Published>;
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
