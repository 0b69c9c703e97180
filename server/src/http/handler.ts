// Handlers typed from their operation's own zod schemas: `params`, `query` and `body` are what the
// pipeline's validation outputs, and the answer must be what the response schema accepts, so a handler
// that reads a field the spec does not have, or answers a shape it does not declare, does not compile.
import type { z } from 'zod';
import type { Operation, OperationInput } from '../../../spec/src/registry.ts';
import type { Answer, Context, Handler, JsonText } from './context.ts';

type Output<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface TypedContext<O extends OperationInput> extends Omit<Context, 'params' | 'query' | 'body'> {
  params: Output<O['params']>;
  query: Output<O['query']>;
  body: Output<O['body']>;
}

/** The response schema's shape (what parses to it), SQLite's JSON text, or another declared status (Answer). */
export type Reply<O extends OperationInput> = (O['response'] extends z.ZodType ? z.input<O['response']> : void) | JsonText | Answer;

/** A handler bound to its operation (which names its resource and method); the pipeline mounts it there only. */
export interface BoundHandler {
  op: Operation;
  run: Handler;
}

export const handler = <O extends Operation>(op: O, run: (ctx: TypedContext<NoInfer<O>>) => Reply<NoInfer<O>>): BoundHandler => ({
  op,
  run: run as Handler,
});
