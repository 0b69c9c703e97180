// Debug logging: COGNITIONOS_LOG (the policy's environment.log) sets the level, the `logger`
// option (console by default) receives the records. A record names the call and its outcome
// (method, path, status, request id, attempt, elapsed ms), never a header or a body, so the API
// key and the secrets an answer carries cannot reach a log.
import { CognitionOSError } from '../core/errors.js';
import { LOG_ENV } from './policy.js';

/** The levels COGNITIONOS_LOG accepts, most verbose first; `off` logs nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'off'] as const;

/** A level of COGNITIONOS_LOG. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the `logger` option needs: `console` fits, and so do pino and winston loggers. */
export interface Logger {
  /** One record per attempt: method, path, status or error, request id, attempt, elapsed ms. */
  debug(message: string, fields: Record<string, unknown>): void;
  /** One record per retry: method, path, retry number, delay ms. */
  info(message: string, fields: Record<string, unknown>): void;
  /** Not written by the client today; part of the console-like shape. */
  warn(message: string, fields: Record<string, unknown>): void;
  /** Not written by the client today; part of the console-like shape. */
  error(message: string, fields: Record<string, unknown>): void;
}

const silent = () => undefined;

/**
 * The logger a client writes to: `logger` with the methods below the level silenced. The level is
 * COGNITIONOS_LOG's; unset, a given logger gets every record (giving one asks for them) and
 * console none.
 */
export function leveledLogger(logger: Logger | undefined, envLevel: string | undefined): Logger {
  const level = parseLevel(envLevel) ?? (logger ? 'debug' : 'off');
  const target = logger ?? console;
  const at = (name: Exclude<LogLevel, 'off'>) => (LOG_LEVELS.indexOf(name) >= LOG_LEVELS.indexOf(level) ? target[name].bind(target) : silent);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

// A typo in the variable fails the client's construction rather than silently logging nothing.
function parseLevel(value: string | undefined): LogLevel | undefined {
  if (value === undefined) return undefined;
  const level = value.toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new CognitionOSError(`${LOG_ENV}=${value}: expected one of ${LOG_LEVELS.join(', ')}`);
}
