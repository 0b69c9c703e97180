// Java spellings of the model's words: camelCase members, PascalCase types, UPPER_SNAKE constants.
import { camelCase, pascalCase, splitWords } from '../model/naming.ts';
import type { Words } from '../model/types.ts';

const RESERVED = new Set(['abstract', 'boolean', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while']);

/** Words of a wire name or spec name: `tenant_id`, `memory:read`, `apiKeys` -> lower-case words. */
export const wordsOf = splitWords;
export const pascal = pascalCase;

/** A member name; a Java keyword gets a trailing underscore. */
export function camel(words: Words): string {
  const name = camelCase(words);
  return RESERVED.has(name) ? `${name}_` : name;
}

export function constant(words: Words): string {
  return words.map((word) => word.toUpperCase()).join('_');
}

/** `steps` -> `step`, `tags` -> `tag`: the name of one item of a list field. */
export function singular(words: Words): Words {
  const last = words[words.length - 1];
  return [...words.slice(0, -1), last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.replace(/s$/, '')];
}

/** A Java string literal. */
export function literal(text: string): string {
  return JSON.stringify(text);
}

/** Javadoc from spec prose: no comment terminator, no stray HTML. */
export function javadoc(indent: string, ...lines: (string | undefined)[]): string {
  const text = lines.filter((line): line is string => !!line).map((line) => line.replace(/\*\//g, '*&#47;').replace(/&(?![a-z#0-9]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`([^`]+)`/g, '{@code $1}'));
  if (!text.length) return '';
  // The first sentence is the summary javadoc shows; later lines are paragraphs of their own.
  if (text.length > 1) text.splice(0, text.length, text[0].replace(/([^.])$/, '$1.'), ...text.slice(1).map((line) => `<p>${line}`));
  return text.length === 1 && !text[0].includes('\n') ? `${indent}/** ${text[0]} */\n` : `${indent}/**\n${text.flatMap((t) => t.split('\n')).map((t) => `${indent} * ${t}`.trimEnd()).join('\n')}\n${indent} */\n`;
}
