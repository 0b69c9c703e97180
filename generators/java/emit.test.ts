// The Java emitter against the real spec: every operation is spelled as the issue writes it, every enum
// keeps unknown values, every row of the status table has its exception, the POM carries the
// project's coordinates, and emitting twice gives the same bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allResources, buildModel } from '../model/build.ts';
import { project } from '../project.ts';
import { loadPolicy } from '../policy/policy.ts';
import { emitPackage } from './index.ts';
import { camel } from './naming.ts';
import { serviceClass, ASYNC, BLOCKING } from './emit-services.ts';

const root = new URL('../../', import.meta.url);
const spec = JSON.parse(readFileSync(new URL('spec/openapi.json', root), 'utf8'));
const model = buildModel(spec);
const policy = loadPolicy();
const files = emitPackage(model, policy, project, '9.8.7');
const main = 'src/main/java/io/cognitionos';

describe('java emitter', () => {
  it.each(model.methods.map((m) => [m.operationId, m] as const))('%s: a method named by its verb, path params first', (_, method) => {
    const resource = allResources(model.resources).find((r) => r.id === method.resource)!;
    const head = [...method.pathParams.map((f) => `String ${camel(f.words)}`), ...(method.params ? [`${method.params.type} params`] : []), 'RequestOptions options'].join(', ');
    for (const flavor of [BLOCKING, ASYNC]) {
      const source = files.get(`${main}/services/${serviceClass(resource, flavor)}.java`)!;
      expect(source).toContain(` ${camel([method.verb])}(${head}) {`);
    }
  });

  it.each(model.types.flatMap((t) => (t.kind === 'enum' ? [[t.name, t] as const] : [])))('enum %s keeps an unknown value', (name, type) => {
    const source = files.get(`${main}/models/${name}.java`)!;
    for (const { value } of type.values) expect(source).toContain(`case ${JSON.stringify(value)}:`);
    expect(source).toContain(`default:\n                return new ${name}(value);`);
    expect(source).toContain('return Value._UNKNOWN;');
  });

  it.each(policy.errors.map((row) => [row.status, row.class] as const))('status %s has %sException', (_, name) => {
    expect(files.get(`${main}/errors/${name}Exception.java`)).toContain(`public class ${name}Exception extends CognitionOSServiceException`);
  });

  it('the POM carries the project coordinates, the SDK version and no generator leftovers', () => {
    const pom = files.get('pom.xml')!;
    const { groupId, artifactId } = project.packages.java;
    expect(pom).toContain(`<groupId>${groupId}</groupId>\n  <artifactId>${artifactId}</artifactId>\n  <version>9.8.7</version>`);
    expect(pom).toContain(`<name>${project.license}</name>`);
    expect(pom).toContain('<Automatic-Module-Name>io.cognitionos</Automatic-Module-Name>');
    expect(pom).toContain('<maven.compiler.release>11</maven.compiler.release>');
    expect(pom).not.toMatch(/jsr305|jackson-databind-nullable|openapi-generator|Unlicense/);
  });

  it('every emitted Java file says it is generated', () => {
    const java = [...files].filter(([file]) => file.endsWith('.java'));
    expect(java.length).toBeGreaterThan(50);
    for (const [file, text] of java) expect(text.split('\n')[0], file).toMatch(/^\/\/ Generated from .* Do not edit/);
  });

  it('api.md names every method with its HTTP call and links every params type to its source', () => {
    const api = files.get('api.md')!;
    for (const method of model.methods) {
      expect(api).toContain(`<b>${camel([method.verb])}</b>(`);
      expect(api).toContain(`${method.httpMethod.toUpperCase()} \`${method.path}\`: ${method.summary}`);
      if (method.params) expect(api).toContain(`<a href="./${main}/models/${method.params.type}.java">${method.params.type}</a>`);
    }
    expect(files.get('README.md')).toContain('[api.md](api.md)');
  });

  it('every java block of the README is a whole compilation unit: imports, then a class with main', () => {
    const blocks = [...files.get('README.md')!.matchAll(/```java\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) expect(block).toMatch(/^(import [\w.]+;\n)+\npublic class \w+ \{\n    public static void main\(String\[\] args\)/);
  });

  it('emits the same bytes twice', () => {
    expect(emitPackage(model, policy, project, '9.8.7')).toEqual(files);
  });
});
