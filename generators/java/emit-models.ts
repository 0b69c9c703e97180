// io.cognitionos.models: one immutable class per object type (and per synthesized params type), an
// enum-like class per enum (string or integer, always open), a union class per union: discriminated
// ones are objects told apart by their discriminator, the others any JSON value told apart by its
// shape. Page envelopes are not models (list calls answer io.cognitionos.Page); maps and aliases are
// spelled as what they stand for where they are used.
import { typeNamed } from '../model/build.ts';
import { pascalCase, singularWords } from '../model/naming.ts';
import type { EnumType, Field, NamedType, ObjectType, SdkModel, TypeRef, UnionType } from '../model/types.ts';
import { COMMON_IMPORTS, EMITTED_HEADER, importsFor, quietDeprecated } from './header.ts';
import { constantValue, javaType } from './java-types.ts';
import { camel, constant, documented, javadoc, literal } from './naming.ts';

const PACKAGE = 'io.cognitionos.models';

type Types = Pick<SdkModel, 'types'>;

function file(body: string): string {
  return `${EMITTED_HEADER}\npackage ${PACKAGE};\n\n${importsFor(body, COMMON_IMPORTS)}\n\n${body}`;
}

const deprecation = (indent: string, deprecated: boolean) => (deprecated ? `${indent}@Deprecated\n` : '');

/** Whether a named type is a class of io.cognitionos.models (pages, maps and aliases are not). */
export function hasClass(type: NamedType): boolean {
  return type.kind === 'enum' || type.kind === 'union' || (type.kind === 'object' && type.role !== 'page');
}

/** The class a named type becomes, or undefined when it has none (pages, maps, aliases). */
export function emitType(type: NamedType, model: Types): string | undefined {
  switch (type.kind) {
    case 'object':
      return type.role === 'page' ? undefined : emitModel(type.name, type.description, type.fields, model, type.deprecated);
    case 'enum':
      return type.base === 'integer' ? emitIntegerEnum(type) : emitEnum(type);
    case 'union':
      return type.discriminator ? emitUnion(type, model) : emitPlainUnion(type, model);
    default:
      return undefined;
  }
}

export function emitModel(name: string, description: string | undefined, fields: Field[], model: Types, deprecated = false): string {
  const constants = fields.filter((field) => field.constant !== undefined);
  const settable = fields.filter((field) => !constants.includes(field));
  const required = fields.filter((field) => field.required);
  const secrets = fields.filter((field) => field.secret);
  const body = `${javadoc('', description ?? `${name}.`)}${deprecation('', deprecated)}public final class ${name} extends ApiObject {
    private static final Set<String> FIELDS = Set.of(${fields.map((f) => literal(f.wire)).join(', ')});
${secrets.length ? `    private static final Set<String> SECRETS = Set.of(${secrets.map((f) => literal(f.wire)).join(', ')});
` : ''}
${documented('    ', ['Wraps decoded JSON; build one yourself with {@link #builder()}.'], { params: [['json', 'the JSON object, as the API sent it']] })}    public ${name}(ObjectNode json) {
        super(json);
    }

${documented('    ', [`A builder for a new {@code ${name}}.`], { returns: 'an empty builder' })}    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }
${secrets.length ? `
    @Override
    protected Set<String> secretFields() {
        return SECRETS;
    }
` : ''}${fields.map((field) => accessor(field, model)).join('')}
    /** Builds a {@link ${name}}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {${constants.map((field) => `\n            json.put(${literal(field.wire)}, ${constantValue(field.constant!)});`).join('')}
        }
${settable.map((field) => setters(field, model)).join('')}
${documented('        ', ['A field this SDK version does not declare yet, sent as given.'], { params: [['name', 'its name on the wire'], ['value', 'its value, written as JSON']], returns: 'this builder' })}        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

${documented('        ', [`The {@code ${name}}; throws IllegalStateException when a required field is not set.`], { returns: `the built {@code ${name}}` })}        public ${name} build() {
            return new ${name}(Json.requireFields(json, ${[literal(name), ...required.map((f) => literal(f.wire))].join(', ')}));
        }
    }
}
`;
  return file(quietDeprecated(body, name, model));
}

// A required, non-nullable field reads as its type; any other as Optional. A primitive cannot be
// null: when a (broken) answer leaves it out it reads as the type's zero, never unboxing a null.
function accessor(field: Field, model: Types): string {
  const type = javaType(field.type, model);
  const optional = !field.required || field.nullable;
  const returns = optional ? `Optional<${type.boxed}>` : type.plain;
  const zero = PRIMITIVE_ZERO[type.plain];
  const read = optional ? 'optional' : zero ? 'requiredOr' : 'required';
  return `
${documented('    ', [fieldDescription(field)], { returns: optional ? `the ${what(field)}, empty when ${field.nullable ? 'null or ' : ''}absent` : `the ${what(field)}` })}${deprecation('    ', field.deprecated)}    public ${returns} ${camel(field.words)}() {
        return ${read}(${[literal(field.wire), type.decode, ...(zero && !optional ? [zero] : [])].join(', ')});
    }
`;
}

/** A field's description; the spec's words, else its wire name. */
const fieldDescription = (field: Field) => field.description ?? `The \`${field.wire}\` field.`;
const what = (field: Field) => `{@code ${field.wire}} value`;

const PRIMITIVE_ZERO: Record<string, string> = { int: '0', long: '0L', double: '0.0', boolean: 'false' };

// A nullable field takes the boxed type, so null can be sent as JSON null.
function setters(field: Field, model: Types): string {
  const type = javaType(field.type, model);
  const name = camel(field.words);
  const set = `
${documented('        ', [fieldDescription(field)], { params: [[name, `the ${what(field)}${field.nullable ? ' (null sends JSON null)' : ''}`]], returns: 'this builder' })}${deprecation('        ', field.deprecated)}        public Builder ${name}(${field.nullable ? type.boxed : type.plain} ${name}) {
            Json.put(json, ${literal(field.wire)}, ${name});
            return this;
        }
`;
  if (!type.item || field.type.kind !== 'list') return set;
  const one = camel(singularWords(field.words));
  const add = (itemType: string) => `
${documented('        ', [`Adds one item to \`${field.wire}\`.`], { params: [[one, 'the item to append']], returns: 'this builder' })}${deprecation('        ', field.deprecated)}        public Builder add${one.charAt(0).toUpperCase()}${one.slice(1)}(${itemType} ${one}) {
            Json.add(json, ${literal(field.wire)}, ${one});
            return this;
        }
`;
  return set + [type.item.boxed, ...discriminatedVariants(field.type.item, model)].map(add).join('');
}

/** The variant classes of a discriminated union a list holds: each may be added as it is. */
function discriminatedVariants(item: TypeRef, model: Types): string[] {
  const union = item.kind === 'named' ? typeNamed(model, item.name) : undefined;
  if (union?.kind !== 'union' || !union.discriminator) return [];
  return union.variants.map((variant) => variantClass(union, variant.type));
}

function variantClass(union: UnionType, type: TypeRef): string {
  if (type.kind !== 'named') throw new Error(`${union.name}: a discriminated union's variant must be a named object`);
  return type.name;
}

function emitUnion(union: UnionType, model: Types): string {
  const name = union.name;
  const field = union.discriminator!;
  const tag = camel(field.words);
  const variants = union.variants.map((variant) => ({ value: variant.value!, words: variant.words, type: variantClass(union, variant.type) }));
  checkDistinct(name, variants.map((v) => pascalCase(v.words)));
  for (const variant of variants) if (typeNamed(model, variant.type).kind !== 'object') throw new Error(`${name}: variant ${variant.type} must be an object`);
  const body = `/**
 * One of ${variants.map((v) => `{@link ${v.type}}`).join(', ')}, told apart by {@code ${field.wire}}. A ${field.wire} this SDK
 * version does not know is kept: {@link #${tag}()} names it and {@link #_json()} holds all of it.
 */
${deprecation('', union.deprecated)}public final class ${name} extends ApiObject {
    private static final Set<String> FIELDS = Set.of(${literal(field.wire)});

${documented('    ', ['Wraps decoded JSON.'], { params: [['json', 'the JSON object, as the API sent it']] })}    public ${name}(ObjectNode json) {
        super(json);
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

${documented('    ', [`Which variant this is: its \`${field.wire}\`.`], { returns: `the {@code ${field.wire}} value, also one this SDK version does not know` })}    public String ${tag}() {
        return required(${literal(field.wire)}, Json.STRING);
    }
${variants
  .map((variant) => {
    const member = camel(variant.words);
    const pascal = pascalCase(variant.words);
    return `
${documented('    ', [`A {@code ${name}} holding a {@link ${variant.type}}.`], { params: [[member, 'the variant']], returns: `the union of that variant` })}    public static ${name} of${pascal}(${variant.type} ${member}) {
        return new ${name}(Json.MAPPER.valueToTree(${member}));
    }

${documented('    ', [`Whether its \`${field.wire}\` is \`${variant.value}\`.`], { returns: `true for a {@link ${variant.type}}` })}    public boolean is${pascal}() {
        return ${literal(variant.value)}.equals(${tag}());
    }

${documented('    ', [`This value as a {@link ${variant.type}}.`], { returns: 'the variant, empty when this is another one' })}    public Optional<${variant.type}> ${member}() {
        return is${pascal}() ? Optional.of(new ${variant.type}(toJsonNode())) : Optional.empty();
    }
`;
  })
  .join('')}}
`;
  return file(quietDeprecated(body, name, model));
}

// A union without a discriminator holds any JSON value; each variant is recognised by its JSON shape
// (text, number, list, object with the variant's required fields). A value of none of these shapes
// (from a newer server) is kept: _json() holds it.
function emitPlainUnion(union: UnionType, model: Types): string {
  const name = union.name;
  const variants = union.variants.map((variant) => ({ words: variant.words, type: javaType(variant.type, model), test: shapeTest(variant.type, model) }));
  checkDistinct(name, variants.map((v) => pascalCase(v.words)));
  const body = `/**
 * One of ${variants.map((v) => `{@code ${escapeGenerics(v.type.boxed)}}`).join(', ')}, told apart by the shape of the JSON value. A value of another
 * shape (from a newer server) is kept: {@link #_json()} holds it.
 */
${deprecation('', union.deprecated)}public final class ${name} extends ApiUnion {
${documented('    ', ['Wraps a decoded JSON value.'], { params: [['json', 'the JSON value, as the API sent it']] })}    public ${name}(JsonNode json) {
        super(json);
    }
${variants
  .map((variant) => {
    const member = camel(variant.words);
    const pascal = pascalCase(variant.words);
    const shown = `{@code ${escapeGenerics(variant.type.boxed)}}`;
    return `
${documented('    ', [`A {@code ${name}} holding ${shown}.`], { params: [[member, 'the value']], returns: 'the union of that value' })}    public static ${name} of${pascal}(${variant.type.plain} ${member}) {
        return new ${name}(Json.tree(${member}));
    }

${documented('    ', ['Whether the value has the JSON shape of this variant.'], { returns: `true when it reads as ${shown}` })}    public boolean is${pascal}() {
        return ${variant.test};
    }

${documented('    ', [`This value as ${shown}.`], { returns: 'the value, empty when it has another shape' })}    public Optional<${variant.type.boxed}> ${member}() {
        return is${pascal}() ? Optional.of(${variant.type.decode}.apply(node())) : Optional.empty();
    }
`;
  })
  .join('')}}
`;
  return file(quietDeprecated(body, name, model));
}

const escapeGenerics = (type: string) => type.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Java test that a JSON value (`node()`) has the shape of a type. */
function shapeTest(ref: TypeRef, model: Types): string {
  switch (ref.kind) {
    case 'string':
      return 'node().isTextual()';
    case 'integer':
      return 'node().isIntegralNumber()';
    case 'number':
      return 'node().isNumber()';
    case 'boolean':
      return 'node().isBoolean()';
    case 'literal':
      if (typeof ref.value === 'string') return `node().isTextual() && ${literal(ref.value)}.equals(node().asText())`;
      if (typeof ref.value === 'boolean') return `node().isBoolean() && node().asBoolean() == ${ref.value}`;
      return `node().isNumber() && node().asDouble() == ${ref.value}`;
    case 'list':
      return 'node().isArray()';
    case 'map':
      return 'node().isObject()';
    case 'unknown':
      return 'true';
    case 'named': {
      const type = typeNamed(model, ref.name);
      if (type.kind === 'enum') return type.base === 'integer' ? 'node().isIntegralNumber()' : 'node().isTextual()';
      if (type.kind === 'alias') return shapeTest(type.target, model);
      if (type.kind === 'map') return 'node().isObject()';
      if (type.kind === 'union') return type.discriminator ? `Json.hasFields(node(), ${literal(type.discriminator.wire)})` : 'true';
      const required = type.fields.filter((f) => f.required).map((f) => literal(f.wire));
      return `Json.hasFields(${['node()', ...required].join(', ')})`;
    }
  }
}

function checkDistinct(union: string, names: string[]): void {
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`${union}: two variants are both named ${twice} in Java`);
}

function enumValues(type: EnumType): { value: string | number; constant: string }[] {
  const values = type.values.map((v) => ({ value: v.value, constant: constant(v.words) }));
  checkDistinct(type.name, values.map((v) => v.constant));
  return values;
}

const enumDoc = (type: EnumType, raw: string) =>
  javadoc('', type.description, `A value the spec does not list (from a newer server) is kept: {@link #${raw}()} returns it and {@link #value()} says {@code _UNKNOWN}.`);

const VALUE_DOC = documented('    ', ['Which known value this is, for a switch.'], { returns: 'the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know' });

/** An enum constant's javadoc: its wire value (the model has no description per value). */
const valueDoc = (value: { value: string | number }) => javadoc('    ', `The value \`${value.value}\`.`);

function emitEnum(type: EnumType): string {
  const name = type.name;
  const values = enumValues(type);
  const cases = (result: (c: string) => string) => values.map((v) => `            case ${literal(String(v.value))}:\n                return ${result(v.constant)};\n`).join('');
  const body = `${enumDoc(type, 'asString')}${deprecation('', type.deprecated)}public final class ${name} extends ApiEnum {
${values.map((v) => `${valueDoc(v)}    public static final ${name} ${v.constant} = new ${name}(${literal(String(v.value))});\n`).join('')}
    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
${values.map((v) => `        /** {@link #${v.constant}}. */\n        ${v.constant},\n`).join('')}        /** A value this SDK version does not know. */\n        _UNKNOWN
    }

    private ${name}(String value) {
        super(value);
    }

${documented('    ', ['The constant for a known value, else a new instance that keeps the value.'], { params: [['value', 'the wire value']], returns: 'the enum value' })}    public static ${name} of(String value) {
        switch (value) {
${cases((c) => c)}            default:
                return new ${name}(value);
        }
    }

${VALUE_DOC}    public Value value() {
        switch (asString()) {
${cases((c) => `Value.${c}`)}            default:
                return Value._UNKNOWN;
        }
    }
}
`;
  return file(body);
}

// Java cannot switch on a long: the known values are a list, in the order of Value.
function emitIntegerEnum(type: EnumType): string {
  const name = type.name;
  const values = enumValues(type);
  const body = `${enumDoc(type, 'asLong')}${deprecation('', type.deprecated)}public final class ${name} extends ApiIntegerEnum {
${values.map((v) => `${valueDoc(v)}    public static final ${name} ${v.constant} = new ${name}(${v.value}L);\n`).join('')}
    private static final List<${name}> KNOWN = List.of(${values.map((v) => v.constant).join(', ')});

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
${values.map((v) => `        /** {@link #${v.constant}}. */\n        ${v.constant},\n`).join('')}        /** A value this SDK version does not know. */\n        _UNKNOWN
    }

    private ${name}(long value) {
        super(value);
    }

${documented('    ', ['The constant for a known value, else a new instance that keeps the value.'], { params: [['value', 'the wire value']], returns: 'the enum value' })}    public static ${name} of(long value) {
        for (${name} known : KNOWN) {
            if (known.asLong() == value) return known;
        }
        return new ${name}(value);
    }

${VALUE_DOC}    public Value value() {
        int index = KNOWN.indexOf(this);
        return index < 0 ? Value._UNKNOWN : Value.values()[index];
    }
}
`;
  return file(body);
}

/** The object types of a model, for the checks the services need (a created object's status field). */
export function objectType(model: Types, name: string): ObjectType {
  const type = typeNamed(model, name);
  if (type.kind !== 'object') throw new Error(`${name} is a ${type.kind}, not an object`);
  return type;
}
