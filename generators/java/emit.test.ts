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

  it('emits the same bytes twice', () => {
    expect(emitPackage(model, policy, project, '9.8.7')).toEqual(files);
  });
});
