// The languages openapi-generator builds: one config file per language beside this file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Target {
  language: string;
  configFile: string;
  ignoreFile: string;
  outputDir: string;
  templateDir?: string;
}

export const LANGUAGES = ['python'];
const here = 'generators/openapi-generator';

export function targets(root: string): Target[] {
  return LANGUAGES.map((language) => {
    const configFile = `${here}/${language}.yaml`;
    const config = parse(readFileSync(join(root, configFile), 'utf8')) as { outputDir?: string; templateDir?: string };
    if (!config.outputDir) throw new Error(`${configFile}: no outputDir`);
    return { language, configFile, ignoreFile: `${here}/${language}.ignore`, outputDir: config.outputDir, templateDir: config.templateDir };
  });
}
