// The one place answers are written: headers every response carries, compat mode, and injected faults.
import type { Request, Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { asNewerServer } from './compat.ts';
import { jsonOf, type Result } from './context.ts';
import type { FaultKind } from './faults.ts';
import { PROBLEM_JSON } from './problem.ts';

export interface ResponderOptions { newer: boolean; delayMs: number }

export function createResponder({ newer, delayMs }: ResponderOptions) {
  /** Writes the answer now; a delay fault writes it later, and says when through the promise. */
  function send(req: Request, res: Response, result: Result): Promise<void> | undefined {
    const fault = res.locals.fault as FaultKind | null;
    if (fault === 'reset') return void req.socket.destroy();
    if (fault === 'delay') return sleep(delayMs).then(() => write(res, result));
    write(res, result);
  }

  function write(res: Response, result: Result) {
    res.statusCode = result.status;
    for (const name in result.headers) res.setHeader(name, result.headers[name]);
    if (result.body === undefined) return void res.end();
    const isProblem = result.problem ?? result.status >= 400;
    // res.end rather than Express's res.send: our bodies are always JSON text, and send's freshness
    // and type sniffing cost a measurable share of a small GET.
    const payload = newer && !isProblem ? JSON.stringify(asNewerServer(JSON.parse(jsonOf(result.body)))) : jsonOf(result.body);
    res.setHeader('Content-Type', isProblem ? PROBLEM_JSON : 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(payload));
    res.end(payload);
  }

  return { send };
}
export type Responder = ReturnType<typeof createResponder>;
