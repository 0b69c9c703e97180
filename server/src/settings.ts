// The server's settings, read from the environment once and parsed with zod: a bad value stops the
// server at start with the variable's name and what it must look like, never later in a request.
import { z } from 'zod';
import { FAULT_KINDS, type Faults } from './http/faults.ts';
import type { CostBudgetPolicy } from './http/cost-budget.ts';
import type { RateLimitPolicy } from './http/rate-limit.ts';

/** `<requests>/<seconds>`, e.g. `600/60`. */
const RateLimit = z
  .string()
  .regex(/^[1-9]\d*\/[1-9]\d*$/, 'must look like 600/60 (requests per seconds)')
  .transform((text): RateLimitPolicy => {
    const [limit, windowSeconds] = text.split('/').map(Number);
    return { limit, windowSeconds };
  });

/** `<ms>/<seconds>`, e.g. `1000/2`: milliseconds of the server's time per seconds. */
const CostBudget = z
  .string()
  .regex(/^\d+(\.\d+)?\/[1-9]\d*$/, 'must look like 1000/2 (milliseconds of work per seconds)')
  .transform((text): CostBudgetPolicy => {
    const [ms, seconds] = text.split('/').map(Number);
    return { ms, seconds };
  })
  .refine(({ ms }) => ms > 0, 'the milliseconds must be more than 0');

const FaultFields = z.strictObject({
  rate: z.coerce.number().min(0).max(1).default(0.2),
  kinds: z
    .string()
    .default('503|reset|delay')
    .transform((text) => text.split('|'))
    .pipe(z.array(z.enum(FAULT_KINDS))),
  delay_ms: z.coerce.number().int().min(0).default(1500),
  /** Path prefixes under the API base, `|`-separated: only calls there fail (a partial outage). */
  path: z
    .string()
    .transform((text) => text.split('|'))
    .pipe(z.array(z.string().regex(/^\/[\x21-\x7e]*$/, 'each path must start with / (a path under /api/v3, e.g. /usage)')))
    .optional(),
});

/** `rate=0.2,kinds=503|reset|delay,delay_ms=1500[,path=/usage|/memories/search]`; unset or empty means off. */
const FaultsSetting = z
  .string()
  .optional()
  .transform((text) => (text ? Object.fromEntries(text.split(',').map((pair) => pair.split('=').map((part) => part.trim()))) : null))
  .pipe(FaultFields.nullable())
  .transform((fields): Faults | null => fields && { rate: fields.rate, kinds: fields.kinds, delayMs: fields.delay_ms, ...(fields.path ? { paths: fields.path } : {}) });

const Settings = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8100),
  HOST: z.string().min(1).default('127.0.0.1'),
  COGNITIONOS_DB: z.string().min(1).default('data/cognitionos.db'),
  COGNITIONOS_ADMIN_KEY: z.string().regex(/^cog_[A-Za-z0-9_]{8,200}$/, 'must look like cog_ followed by 8 to 200 letters, digits or _').optional(),
  /** Make a new admin key at this start (the old one answers 401 from then on); also `--rotate-admin-key`. */
  COGNITIONOS_ROTATE_ADMIN_KEY: z.enum(['1', 'true', '0', 'false'], { error: 'must be 1 or true (or 0 or false)' }).default('0').transform((flag) => flag === '1' || flag === 'true'),
  COGNITIONOS_RATE_LIMIT: RateLimit.prefault('600/60'),
  /** Failed authentications per client address (401s) before that address is answered 429. */
  COGNITIONOS_AUTH_FAILURE_LIMIT: RateLimit.prefault('30/60'),
  /** Each tenant's share of the server's synchronous work; past it, the tenant's calls are answered 429. */
  COGNITIONOS_COST_BUDGET: CostBudget.prefault('1000/2'),
  /** Connection bounds (main.ts): a request's headers, a whole request, an idle keep-alive connection. */
  COGNITIONOS_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  COGNITIONOS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  COGNITIONOS_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(65_000),
  /** Open connections at most; past it, new ones are closed at once. */
  COGNITIONOS_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(1024),
  COGNITIONOS_FAULTS: FaultsSetting,
  COGNITIONOS_COMPAT: z.enum(['newer']).optional(),
  /** How long an Idempotency-Key's answer is kept (and replayed); expired keys are purged hourly. */
  COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS: z.coerce.number().positive().default(24),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).refine((settings) => settings.COGNITIONOS_HEADERS_TIMEOUT_MS <= settings.COGNITIONOS_REQUEST_TIMEOUT_MS, {
  path: ['COGNITIONOS_HEADERS_TIMEOUT_MS'],
  message: 'must not be more than COGNITIONOS_REQUEST_TIMEOUT_MS',
}).refine((settings) => !(settings.COGNITIONOS_ROTATE_ADMIN_KEY && settings.COGNITIONOS_ADMIN_KEY), {
  path: ['COGNITIONOS_ROTATE_ADMIN_KEY'],
  message: 'the admin key is the one COGNITIONOS_ADMIN_KEY gives: change that variable instead of rotating',
});
export type Settings = z.output<typeof Settings>;

/** The one command-line argument (`npm start -- --rotate-admin-key`), the same as its variable. */
const ARGUMENTS: Record<string, string> = { '--rotate-admin-key': 'COGNITIONOS_ROTATE_ADMIN_KEY' };

export function readSettings(env: NodeJS.ProcessEnv, args: string[] = []): Settings {
  // An empty variable means unset, as in most shells' `VAR= cmd`.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  for (const arg of args) {
    if (!ARGUMENTS[arg]) throw new Error(`unknown argument ${arg}; the server takes ${Object.keys(ARGUMENTS).join(', ')}, and settings from the environment`);
    given[ARGUMENTS[arg]] = '1';
  }
  const result = Settings.safeParse(given);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`invalid environment:\n${problems.join('\n')}`);
}
