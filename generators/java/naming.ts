// Java spellings of the model's words: camelCase members, UPPER_SNAKE constants, string literals and
// javadoc. The words themselves (splitting, acronyms, singular) come from generators/model/naming.ts.
import { camelCase, upperSnakeCase } from '../model/naming.ts';
import type { Words } from '../model/types.ts';

const RESERVED = new Set(['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'false', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'true', 'try', 'var', 'void', 'volatile', 'while']);

/** Methods every model already has (java.lang.Object's, ApiObject's, the static builder()): a field
 * accessor of the same name would not compile or would hide them. */
const TAKEN_MEMBERS = new Set(['builder', 'clone', 'equals', 'finalize', 'getClass', 'hashCode', 'notify', 'notifyAll', 'toString', 'wait', 'required', 'optional', 'declaredFields', 'toJsonNode', 'node']);

/** A member name; a Java keyword or a member every model has gets a trailing underscore. */
export function camel(words: Words): string {
  const name = camelCase(words);
  return RESERVED.has(name) || TAKEN_MEMBERS.has(name) ? `${name}_` : name;
}

/** An enum constant: `memory:read` -> MEMORY_READ; a value that starts with a digit, `1` -> NUMBER_1. */
export function constant(words: Words): string {
  const name = upperSnakeCase(words);
  if (name === '') return 'EMPTY';
  return /^[0-9]/.test(name) ? `NUMBER_${name}` : name;
}

/** A Java string literal. */
export function literal(text: string): string {
  return JSON.stringify(text);
}

/** Spec prose as javadoc text: no comment terminator, no stray HTML, `code` as {@code code}. */
export function docText(line: string): string {
  return line.replace(/\*\//g, '*&#47;').replace(/&(?![a-z#0-9]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`([^`]+)`/g, '{@code $1}');
}

/** Javadoc from spec prose: no comment terminator, no stray HTML. */
export function javadoc(indent: string, ...lines: (string | undefined)[]): string {
  return documented(indent, lines);
}

/** Block tags, already javadoc (they may hold {@link}): doclint wants each parameter and the result named. */
export interface DocTags {
  params?: Array<[name: string, text: string]>;
  returns?: string;
}

/** Javadoc from spec prose lines, then the block tags. */
export function documented(indent: string, lines: (string | undefined)[], tags: DocTags = {}): string {
  const text = lines.filter((line): line is string => !!line).map(docText);
  if (!text.length) return '';
  // The first sentence is the summary javadoc shows; later lines are paragraphs of their own.
  if (text.length > 1) text.splice(0, text.length, text[0]!.replace(/([^.])$/, '$1.'), ...text.slice(1).map((line) => `<p>${line}`));
  const blockTags = [...(tags.params ?? []).map(([name, about]) => `@param ${name} ${about}`), ...(tags.returns ? [`@return ${tags.returns}`] : [])];
  if (text.length === 1 && !text[0]!.includes('\n') && !blockTags.length) return `${indent}/** ${text[0]} */\n`;
  const body = [...text.flatMap((t) => t.split('\n')), ...(blockTags.length ? ['', ...blockTags] : [])];
  return `${indent}/**\n${body.map((t) => `${indent} * ${t}`.trimEnd()).join('\n')}\n${indent} */\n`;
}
