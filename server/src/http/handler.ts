// Handlers typed from their operation's own zod schemas: `params`, `query` and `body` are what the
// pipeline's validation outputs, and the answer must be what the response schema accepts, so a handler
// that reads a field the spec does not have, or answers a shape it does not declare, does not compile.
import type { z } from 'zod';
import type { OperationInput } from '../../../spec/src/registry.ts';
import type { Answer, Context, Handler, JsonText } from './context.ts';

type Output<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface TypedContext<O extends OperationInput> extends Omit<Context, 'params' | 'query' | 'body'> {
  params: Output<O['params']>;
  query: Output<O['query']>;
  body: Output<O['body']>;
}

/** The response schema's shape (what parses to it), SQLite's JSON text, or another declared status (Answer). */
export type Reply<O extends OperationInput> = (O['response'] extends z.ZodType ? z.input<O['response']> : void) | JsonText | Answer;

/** A handler bound to its operation; the pipeline refuses to mount it on any other. */
export interface BoundHandler {
  op: OperationInput;
  run: Handler;
}

/** A resource's handlers by SDK method name. */
export type Handlers = Record<string, BoundHandler>;

export const handler = <O extends OperationInput>(op: O, run: (ctx: TypedContext<NoInfer<O>>) => Reply<NoInfer<O>>): BoundHandler => ({
  op,
  run: run as Handler,
});
