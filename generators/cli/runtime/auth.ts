// `auth login | status | logout`: a profile in the config file. Login asks for the key without
// echo (or reads it from piped stdin), checks it against the API with one authenticated read, and
// stores it 0600. Status names the key's prefix, where it came from and the base URL, never the key.
import type { AppInfo } from './app.js';
import { makeClient } from './client.js';
import { configPath, DEFAULT_PROFILE, keyPrefix, readConfig, resolveTarget, writeConfig } from './config.js';
import { EXIT, ExitError } from './errors.js';
import type { Streams } from './execute.js';
import { promptHidden } from './terminal.js';

export interface AuthFlags {
  apiKey?: string;
  baseUrl?: string;
  profile?: string;
}

export async function login(app: AppInfo, flags: AuthFlags, io: Streams): Promise<number> {
  const profile = flags.profile ?? DEFAULT_PROFILE;
  const key = (flags.apiKey ?? (await promptHidden('API key: ', io.stdin, io.stderr))).trim();
  if (!key) throw new ExitError('no key given', EXIT.usage);
  const baseUrl = flags.baseUrl ?? io.env[app.baseUrlEnv] ?? readConfig(configPath(app, io.env)).profiles[profile]?.base_url ?? app.defaultBaseUrl;
  await checkKey(app, key, baseUrl, io);
  const path = configPath(app, io.env);
  const config = readConfig(path);
  config.profiles[profile] = { api_key: key, base_url: baseUrl };
  writeConfig(path, config);
  io.stderr.write(`logged in: profile ${profile}, key ${keyPrefix(key)}, ${baseUrl} (saved to ${path})\n`);
  return EXIT.ok;
}

// The first list command of the table is one authenticated read. An admin key may list tenants; a
// tenant key is refused that list with 403, which still proves the key is known (401 would not).
async function checkKey(app: AppInfo, key: string, baseUrl: string, io: Streams): Promise<void> {
  const { client } = await makeClient(app, { apiKey: key, baseUrl }, { ...io.env, [app.apiKeyEnv]: undefined }, io.stderr);
  const read = app.commands.find((c) => c.response === 'page' && c.positionals.length === 0);
  if (!read) return;
  try {
    await read.call(client, [], { limit: 1 }, { maxRetries: 1 });
  } catch (error) {
    if ((error as { status?: number }).status === 403) return;
    throw error;
  }
}

export function status(app: AppInfo, flags: AuthFlags, io: Streams): number {
  const target = resolveTarget(app, flags, io.env);
  const lines = [
    `profile:  ${target.profile}`,
    `api key:  ${target.apiKey ? `${keyPrefix(target.apiKey)} (from ${sourceName(app, target.keySource!)})` : 'none'}`,
    `base url: ${target.baseUrl} (from ${sourceName(app, target.baseUrlSource)})`,
    `config:   ${configPath(app, io.env)}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return target.apiKey ? EXIT.ok : EXIT.auth;
}

function sourceName(app: AppInfo, source: string): string {
  if (source === 'env') return 'environment';
  if (source === 'flag') return 'flag';
  return source;
}

export function logout(app: AppInfo, flags: AuthFlags, io: Streams): number {
  const profile = flags.profile ?? DEFAULT_PROFILE;
  const path = configPath(app, io.env);
  const config = readConfig(path);
  if (!config.profiles[profile]) {
    io.stderr.write(`no profile ${profile}: nothing to do\n`);
    return EXIT.ok;
  }
  delete config.profiles[profile];
  writeConfig(path, config);
  io.stderr.write(`logged out: profile ${profile} removed from ${path}\n`);
  return EXIT.ok;
}
