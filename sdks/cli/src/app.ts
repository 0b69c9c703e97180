// Generated from spec/openapi.json by generators/cli. Do not edit: change the spec or the generator.
import type { AppInfo } from './runtime/app.js';
import { COMMANDS } from './commands.js';

export const VERSION = "0.1.0";

export const APP: AppInfo = {
  bin: "cognition-cli",
  version: VERSION,
  specVersion: "3.1.0",
  apiKeyEnv: "COGNITIONOS_API_KEY",
  baseUrlEnv: "COGNITIONOS_BASE_URL",
  logEnv: "COGNITIONOS_LOG",
  defaultBaseUrl: "http://localhost:8100/api/v3",
  configFolder: "cognitionos",
  commands: COMMANDS,
  // Loaded on the first API call only: --version, --help and completion never pay for it.
  loadSdk: () => import('@cognitionos/sdk'),
};
