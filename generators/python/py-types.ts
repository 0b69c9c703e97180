// Python annotations for request parameters, from their JSON schemas. Requests accept what a caller
// naturally has: a generated model or a plain dict for an object, a Literal or the generated enum
// for an enum, a datetime or a string for a date-time.
import { refName, resolve, type Schema } from './naming.ts';

export class TypeContext {
  readonly models = new Set<string>(); // generated classes the annotations name
  readonly typing = new Set<string>(); // names imported from typing
  usesDatetime = false;

  constructor(private readonly schemas: Record<string, Schema>) {}

  annotation(schema: Schema): string {
    if (schema.$ref) return this.component(refName(schema.$ref), resolve(this.schemas, schema));
    return this.inline(schema);
  }

  private component(name: string, schema: Schema): string {
    if (schema.enum) return this.union([this.literal(schema.enum), this.model(name)]);
    if (schema.oneOf) {
      const members = schema.oneOf.map((m: Schema) => this.model(refName(m.$ref)));
      return this.union([this.model(name), ...members, this.rawObject()]);
    }
    if (schema.type === 'object' && !schema.properties) return this.inline(schema);
    return this.union([this.model(name), this.rawObject()]);
  }

  private inline(schema: Schema): string {
    if (schema.enum) return this.literal(schema.enum);
    switch (schema.type) {
      case 'string':
        if (schema.format === 'date-time') {
          this.usesDatetime = true;
          return this.union(['str', 'datetime']);
        }
        return 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'array':
        return this.generic('Sequence', this.annotation(schema.items ?? {}));
      case 'object':
        return this.mapping(schema);
      default:
        return this.any();
    }
  }

  private mapping(schema: Schema): string {
    const values = schema.additionalProperties;
    const valueType = values && typeof values === 'object' && (values.type || values.$ref) ? this.annotation(values) : this.any();
    return this.generic('Mapping', `str, ${valueType}`);
  }

  private model(name: string): string {
    this.models.add(name);
    return name;
  }

  private literal(values: unknown[]): string {
    this.typing.add('Literal');
    return `Literal[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  }

  private rawObject(): string {
    return this.generic('Mapping', `str, ${this.any()}`);
  }

  private any(): string {
    this.typing.add('Any');
    return 'Any';
  }

  private generic(name: string, inner: string): string {
    this.typing.add(name);
    return `${name}[${inner}]`;
  }

  private union(types: string[]): string {
    this.typing.add('Union');
    return `Union[${types.join(', ')}]`;
  }

  optional(annotation: string): string {
    this.typing.add('Optional');
    return `Optional[${annotation}]`;
  }
}
