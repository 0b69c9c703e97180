// What every language's generator reads, built once per `npm run generate` by generators/index.ts:
// the spec (TypeScript also feeds it to openapi-typescript), the SDK model, the policy and the SDK version.
import type { Json, SdkModel } from './model/types.ts';
import type { Policy } from './policy/policy.ts';

export interface GeneratorInput {
  root: string;
  spec: Json;
  model: SdkModel;
  policy: Policy;
  version: string;
}
