// What every language room reads, built once per `npm run generate` by generators/index.ts (and once
// per fixture spec by the fixture test): the spec (for the tools that read it themselves:
// openapi-typescript, openapi-generator), the SDK model, the policy and the SDK version.
import type { SdkModel } from './model/types.ts';
import type { Policy } from './policy/policy.ts';

export interface GeneratorInput {
  spec: Record<string, unknown>;
  model: SdkModel;
  policy: Policy;
  version: string;
}

/** A language room: one folder under sdks/, written from `emit`'s files by the one writer. */
export interface LanguageRoom {
  name: string;
  /** The package's folder, relative to the repository. */
  dir: string;
  /** Top-level names inside `dir` that a tool owns (build output, installed modules). */
  keep: ReadonlySet<string>;
  /** Every file of the package by path relative to `dir`: a pure function of its input. */
  emit(input: GeneratorInput): Promise<Map<string, string>>;
  /** Compiles generated packages (one folder each) with the language's own checker, in one
   * invocation; throws with the checker's output when any fails. For the fixture corpus. */
  check(dirs: string[]): void;
}
