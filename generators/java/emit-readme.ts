import type { Json, SdkModel } from '../model/types.ts';
export function emitReadme(model: SdkModel, policy: Json, project: Json, version: string): string {
  return `# ${project.name} Java SDK ${version}\n`;
}
