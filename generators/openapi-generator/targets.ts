// The languages openapi-generator builds: one config file per language beside this file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Target {
  language: string;
  configFile: string;
  ignoreFile: string;
  outputDir: string;
  templateDir?: string;
}

export const LANGUAGES = ['python', 'go'];
const here = 'generators/openapi-generator';

export function targets(root: string): Target[] {
  return LANGUAGES.map((language) => {
    const configFile = `${here}/${language}.yaml`;
    const config = readFileSync(join(root, configFile), 'utf8');
    return {
      language,
      configFile,
      ignoreFile: `${here}/${language}.ignore`,
      outputDir: yamlValue(config, 'outputDir')!,
      templateDir: yamlValue(config, 'templateDir'),
    };
  });
}

// The configs are flat enough that a top-level key is one `key: value` line.
function yamlValue(config: string, key: string): string | undefined {
  return new RegExp(`^${key}:\\s*(\\S+)\\s*$`, 'm').exec(config)?.[1];
}
