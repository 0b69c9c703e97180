// io.cognitionos.models: one immutable class per component schema (and per list call's query params),
// an enum-like class per enum, a union class per discriminated oneOf. Page envelopes are not models:
// list calls answer io.cognitionos.Page.
import type { Field, Json } from '../model/types.ts';
import { COMMON_IMPORTS, EMITTED_HEADER, importsFor } from './header.ts';
import { javaType, kindOf } from './java-types.ts';
import { camel, constant, javadoc, literal, pascal, singular, wordsOf } from './naming.ts';

const PACKAGE = 'io.cognitionos.models';

function file(body: string): string {
  return `${EMITTED_HEADER}\npackage ${PACKAGE};\n\n${importsFor(body, COMMON_IMPORTS)}\n\n${body}`;
}

/** A component schema's properties as the model's fields. */
export function fieldsOf(schema: Json): Field[] {
  return Object.entries<Json>(schema.properties ?? {}).map(([wire, property]) => ({
    wire,
    words: wordsOf(wire),
    required: (schema.required ?? []).includes(wire),
    schema: property,
    description: property.description,
  }));
}

export function emitSchema(name: string, schema: Json, schemas: Record<string, Json>): string | undefined {
  switch (kindOf(schema)) {
    case 'enum':
      return emitEnum(name, schema);
    case 'union':
      return emitUnion(name, schema, schemas);
    case 'object':
      return emitModel(name, schema.description, fieldsOf(schema), schemas);
    default:
      return undefined; // a free-form map is a Map<String, ...> where it is used
  }
}

export function emitModel(name: string, description: string | undefined, fields: Field[], schemas: Record<string, Json>): string {
  const constants = fields.filter((field) => field.schema.enum?.length === 1 && field.required);
  const settable = fields.filter((field) => !constants.includes(field));
  const required = fields.filter((field) => field.required);
  const body = `${javadoc('', description ?? `${name}.`)}public final class ${name} extends ApiObject {
    private static final Set<String> FIELDS = Set.of(${fields.map((f) => literal(f.wire)).join(', ')});

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public ${name}(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }
${fields.map((field) => accessor(field, schemas)).join('')}
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {${constants.map((field) => `\n            json.put(${literal(field.wire)}, ${literal(field.schema.enum[0])});`).join('')}
        }
${settable.map((field) => setters(field, schemas)).join('')}
        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public ${name} build() {
            return new ${name}(Json.requireFields(json, ${[literal(name), ...required.map((f) => literal(f.wire))].join(', ')}));
        }
    }
}
`;
  return file(body);
}

// A required, non-nullable field reads as its type; any other as Optional.
function accessor(field: Field, schemas: Record<string, Json>): string {
  const type = javaType(field.schema, schemas);
  const optional = !field.required || field.schema.nullable;
  const returns = optional ? `Optional<${type.boxed}>` : type.plain;
  return `
${javadoc('    ', field.description)}    public ${returns} ${camel(field.words)}() {
        return ${optional ? 'optional' : 'required'}(${literal(field.wire)}, ${type.decode});
    }
`;
}

function setters(field: Field, schemas: Record<string, Json>): string {
  const type = javaType(field.schema, schemas);
  const name = camel(field.words);
  const set = `
${javadoc('        ', field.description)}        public Builder ${name}(${type.plain} ${name}) {
            Json.put(json, ${literal(field.wire)}, ${name});
            return this;
        }
`;
  if (!type.item) return set;
  const one = camel(singular(field.words));
  const add = (itemType: string) => `
        public Builder add${one.charAt(0).toUpperCase()}${one.slice(1)}(${itemType} ${one}) {
            Json.add(json, ${literal(field.wire)}, ${one});
            return this;
        }
`;
  return set + [type.item.boxed, ...unionVariants(field.schema.items, schemas).map((variant) => variant.type)].map(add).join('');
}

interface Variant {
  tag: string;
  type: string;
  name: string;
}

function unionVariants(schema: Json, schemas: Record<string, Json>): Variant[] {
  const target = schema.$ref ? schemas[schema.$ref.split('/').pop()!] : schema;
  return Object.entries<string>(target.discriminator?.mapping ?? {}).map(([tag, ref]) => ({ tag, type: ref.split('/').pop()!, name: pascal(wordsOf(tag)) }));
}

function emitUnion(name: string, schema: Json, schemas: Record<string, Json>): string {
  const field = schema.discriminator.propertyName as string;
  const variants = unionVariants(schema, schemas);
  const body = `/**
 * One of ${variants.map((v) => `{@link ${v.type}}`).join(', ')}, told apart by {@code ${field}}. A ${field} this SDK
 * version does not know is kept: {@link #${camel(wordsOf(field))}()} names it and {@link #_json()} holds all of it.
 */
public final class ${name} extends ApiObject {
    private static final Set<String> FIELDS = Set.of(${literal(field)});

    public ${name}(ObjectNode json) {
        super(json);
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    public String ${camel(wordsOf(field))}() {
        return required(${literal(field)}, Json.STRING);
    }
${variants.map((v) => variantMembers(name, field, v)).join('')}}
`;
  return file(body);
}

function variantMembers(union: string, field: string, variant: Variant): string {
  const member = camel(wordsOf(variant.tag));
  return `
    public static ${union} of${variant.name}(${variant.type} ${member}) {
        return new ${union}(Json.MAPPER.valueToTree(${member}));
    }

    public boolean is${variant.name}() {
        return ${literal(variant.tag)}.equals(${camel(wordsOf(field))}());
    }

    public Optional<${variant.type}> ${member}() {
        return is${variant.name}() ? Optional.of(new ${variant.type}(toJsonNode())) : Optional.empty();
    }
`;
}

function emitEnum(name: string, schema: Json): string {
  const values = (schema.enum as string[]).map((value) => ({ value, constant: constant(wordsOf(value)) }));
  const cases = (result: (c: string) => string) => values.map((v) => `            case ${literal(v.value)}:\n                return ${result(v.constant)};\n`).join('');
  const body = `${javadoc('', schema.description, `A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.`)}public final class ${name} extends ApiEnum {
${values.map((v) => `    public static final ${name} ${v.constant} = new ${name}(${literal(v.value)});\n`).join('')}
    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
${values.map((v) => `        ${v.constant},\n`).join('')}        _UNKNOWN
    }

    private ${name}(String value) {
        super(value);
    }

    /** The constant for a known value, else a new instance that keeps the value. */
    public static ${name} of(String value) {
        switch (value) {
${cases((c) => c)}            default:
                return new ${name}(value);
        }
    }

    public Value value() {
        switch (asString()) {
${cases((c) => `Value.${c}`)}            default:
                return Value._UNKNOWN;
        }
    }
}
`;
  return file(body);
}
