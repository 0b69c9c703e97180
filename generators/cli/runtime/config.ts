// Credentials and target. The key comes from `--api-key`, then the environment variable the SDKs
// read, then the profile (`--profile NAME`, else `default`) that `auth login` wrote to
// $XDG_CONFIG_HOME/<folder>/config.json (~/.config when unset), a file only its owner may read
// (mode 0600, in a 0700 folder). The base URL: `--base-url`, then the environment, then the
// profile's, then the SDK's default.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AppInfo } from './app.js';

export interface Profile {
  api_key: string;
  base_url?: string;
}

export interface ConfigFile {
  profiles: Record<string, Profile>;
}

export const DEFAULT_PROFILE = 'default';

export function configPath(app: Pick<AppInfo, 'configFolder'>, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, app.configFolder, 'config.json');
}

export function readConfig(path: string): ConfigFile {
  if (!existsSync(path)) return { profiles: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ConfigFile>;
    return { profiles: parsed.profiles ?? {} };
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

// Written to a temporary file created 0600, then renamed: the key is never readable by others,
// not even for a moment, and a crash leaves the old file whole.
export function writeConfig(path: string, config: ConfigFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

export interface Target {
  apiKey?: string;
  /** Where the key came from, for `auth status`. */
  keySource?: 'flag' | 'env' | 'profile';
  baseUrl: string;
  baseUrlSource: 'flag' | 'env' | 'profile' | 'default';
  profile: string;
}

export interface TargetFlags {
  apiKey?: string;
  baseUrl?: string;
  profile?: string;
}

export function resolveTarget(app: AppInfo, flags: TargetFlags, env: NodeJS.ProcessEnv): Target {
  const profileName = flags.profile ?? DEFAULT_PROFILE;
  // The profile file is read only when the flag and environment leave something to find.
  const needProfile = !(flags.apiKey ?? env[app.apiKeyEnv]) || !(flags.baseUrl ?? env[app.baseUrlEnv]);
  const profile = needProfile ? readConfig(configPath(app, env)).profiles[profileName] : undefined;
  if (flags.profile && needProfile && !profile) throw new Error(`no profile ${flags.profile}: run \`${app.bin} auth login --profile ${flags.profile}\``);
  const [apiKey, keySource] = flags.apiKey ? [flags.apiKey, 'flag' as const] : env[app.apiKeyEnv] ? [env[app.apiKeyEnv], 'env' as const] : profile ? [profile.api_key, 'profile' as const] : [undefined, undefined];
  const [baseUrl, baseUrlSource] = flags.baseUrl
    ? [flags.baseUrl, 'flag' as const]
    : env[app.baseUrlEnv]
      ? [env[app.baseUrlEnv]!, 'env' as const]
      : profile?.base_url
        ? [profile.base_url, 'profile' as const]
        : [app.defaultBaseUrl, 'default' as const];
  return { apiKey, keySource, baseUrl, baseUrlSource, profile: profileName };
}

/** What `auth status` shows of a key: its first characters, never the secret. */
export function keyPrefix(key: string): string {
  return `${key.slice(0, Math.min(8, Math.floor(key.length / 3)))}…`;
}
