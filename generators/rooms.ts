// Every language room the pipeline writes, in the order their packages are listed in READMEs.
import type { LanguageRoom } from './input.ts';
import { typescript } from './typescript/index.ts';
import { python } from './python/index.ts';
import { go } from './go/index.ts';
import { java } from './java/index.ts';
import { mcp } from './mcp/index.ts';

export const ROOMS: readonly LanguageRoom[] = [typescript, python, go, java, mcp];
