// Generated from generators/cli/runtime/app.ts by generators/cli. Do not edit: change generators/cli/runtime/app.ts or the generator.
// What the generated entry (src/cli.ts) hands the runtime: the command table, the names and
// defaults of this API (from the model and the client policy), and how to load the SDK. The SDK is
// imported only when a command calls the API, so `--version`, `--help` and completion start fast.
import type { Command } from './spec.js';

export interface SdkClientOptions {
  apiKey?: string | null;
  baseURL?: string | null;
  maxRetries?: number;
  timeout?: number;
  /** Sent on every request (the environment's trace context). */
  defaultHeaders?: Record<string, string>;
  transport?: (request: TransportRequest & { signal: AbortSignal }) => Promise<{ status: number; statusText: string; headers: Headers; body: string }>;
}

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface SdkModule {
  CognitionOSClient: new (options: SdkClientOptions) => any;
}

export interface AppInfo {
  /** The program's name: `cognition-cli`. */
  bin: string;
  version: string;
  specVersion: string;
  /** Environment variables, as the SDKs read them (the policy's). */
  apiKeyEnv: string;
  baseUrlEnv: string;
  /** Sets the SDK's log level (debug: one record per attempt). */
  logEnv: string;
  defaultBaseUrl: string;
  /** Folder under $XDG_CONFIG_HOME holding config.json: `cognitionos`. */
  configFolder: string;
  commands: Command[];
  loadSdk(): Promise<SdkModule>;
}
