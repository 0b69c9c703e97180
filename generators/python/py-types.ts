// Python annotations from the model's type references. Requests accept what a caller naturally has:
// a generated model or a plain dict for an object, a Literal or the generated enum for an enum, a
// datetime or a string for a date-time. Responses are the generated pydantic classes (openapi-generator
// writes one per object, enum and union type: see modelClasses).
import { typeNamed } from '../model/build.ts';
import type { NamedType, SdkModel, TypeRef } from '../model/types.ts';

/** The named types openapi-generator turns into a pydantic class (maps and aliases it inlines; an
 * inline allOf part is merged into its owner's fields, no type of its own). */
export function hasModelClass(type: NamedType): boolean {
  const allOfPart = type.origin[type.origin.length - 2] === 'allOf' && type.origin.length > 3;
  return (type.kind === 'object' || type.kind === 'enum' || type.kind === 'union') && !allOfPart;
}

/** Every model class of the package, by name. */
export function modelClasses(model: Pick<SdkModel, 'types'>): string[] {
  return model.types.filter(hasModelClass).map((t) => t.name).sort();
}

export class TypeContext {
  readonly models = new Set<string>(); // generated classes the annotations name
  readonly typing = new Set<string>(); // names imported from typing
  readonly parsers = new Set<string>(); // runtime parsers a response needs (_parse)
  usesDatetime = false;
  usesDate = false;

  constructor(private readonly model: Pick<SdkModel, 'types'>) {}

  /** What a request parameter of this type accepts. */
  request(ref: TypeRef): string {
    switch (ref.kind) {
      case 'string': {
        const type = this.scalar(ref);
        return type === 'str' ? type : this.union(['str', type]);
      }
      case 'integer':
      case 'number':
      case 'boolean':
        return this.scalar(ref);
      case 'list':
        return this.generic('Sequence', this.request(ref.item));
      case 'map':
        return this.generic('Mapping', `str, ${this.request(ref.value)}`);
      case 'literal':
        return this.literal([ref.value]);
      case 'unknown':
        return this.any();
      case 'named':
        return this.requestNamed(typeNamed(this.model, ref.name));
    }
  }

  private requestNamed(type: NamedType): string {
    switch (type.kind) {
      case 'enum':
        return this.union([this.literal(type.values.map((v) => v.value)), this.modelName(type.name)]);
      case 'union': {
        const variants = type.variants.map((v) => (v.type.kind === 'named' && hasModelClass(typeNamed(this.model, v.type.name)) ? this.modelName(v.type.name) : this.request(v.type)));
        return this.union([this.modelName(type.name), ...variants, this.rawObject()]);
      }
      case 'object':
        return this.union([this.modelName(type.name), this.rawObject()]);
      case 'map':
        return this.generic('Mapping', `str, ${this.request(type.value)}`);
      case 'alias':
        return this.request(type.target);
    }
  }

  /** What a response of this type is, as openapi-generator's models spell it. */
  response(ref: TypeRef): string {
    switch (ref.kind) {
      case 'string':
      case 'integer':
      case 'number':
      case 'boolean':
        return this.scalar(ref);
      case 'list':
        return this.generic('List', this.response(ref.item));
      case 'map':
        return this.generic('Dict', `str, ${this.response(ref.value)}`);
      case 'literal':
        return this.literal([ref.value]);
      case 'unknown':
        return this.any();
      case 'named': {
        const type = typeNamed(this.model, ref.name);
        if (type.kind === 'map') return this.response({ kind: 'map', value: type.value });
        if (type.kind === 'alias') return this.response(type.target);
        return this.modelName(type.name);
      }
    }
  }

  /** The runtime expression that turns a decoded JSON body into `response(ref)`. */
  parser(ref: TypeRef): string {
    switch (ref.kind) {
      case 'list':
        return this.parse('list_of', this.parser(ref.item));
      case 'map':
        return this.parse('dict_of', this.parser(ref.value));
      case 'named': {
        const type = typeNamed(this.model, ref.name);
        if (type.kind === 'enum') return this.parse('enum_of', this.modelName(type.name));
        if (type.kind === 'map') return this.parser({ kind: 'map', value: type.value });
        if (type.kind === 'alias') return this.parser(type.target);
        return `${this.modelName(type.name)}.from_dict`;
      }
      case 'unknown':
        this.parsers.add('json_value');
        return 'json_value';
      default:
        return this.parse('scalar', this.response(ref));
    }
  }

  /** A scalar as the models hold it: a date-time is a datetime, a date a date. */
  private scalar(ref: Extract<TypeRef, { kind: 'string' | 'integer' | 'number' | 'boolean' }>): string {
    if (ref.kind !== 'string') return { integer: 'int', number: 'float', boolean: 'bool' }[ref.kind];
    if (ref.format === 'date-time') return this.datetime();
    return ref.format === 'date' ? this.date() : 'str';
  }

  private parse(helper: string, argument: string): string {
    this.parsers.add(helper);
    return `${helper}(${argument})`;
  }

  private modelName(name: string): string {
    this.models.add(name);
    return name;
  }

  private datetime(): string {
    this.usesDatetime = true;
    return 'datetime';
  }

  private date(): string {
    this.usesDate = true;
    return 'date';
  }

  private literal(values: (string | number | boolean)[]): string {
    this.typing.add('Literal');
    const spell = (v: string | number | boolean) => (typeof v === 'boolean' ? (v ? 'True' : 'False') : JSON.stringify(v));
    return `Literal[${values.map(spell).join(', ')}]`;
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

  union(types: string[]): string {
    this.typing.add('Union');
    return `Union[${types.join(', ')}]`;
  }

  optional(annotation: string): string {
    this.typing.add('Optional');
    return `Optional[${annotation}]`;
  }
}
