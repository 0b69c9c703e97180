// models.go: a Go type per schema the surface reads or sends. Enums are string types with a
// constant per known value (an unknown value still decodes); objects are structs that keep the
// fields this version does not know in JSON.ExtraFields; a discriminated oneOf is a union struct
// with one pointer per variant, an unknown variant kept as raw JSON.
import type { Json, SdkModel } from '../model/types.ts';
import { docComment, fieldType, isMapAlias, mapType, usesTime } from './go-types.ts';
import { exported, typeName, wordsOf } from './naming.ts';
import { GENERATED } from './header.ts';

/** Schemas that become no model: request bodies (emitted as params types) and list pages (Page[T]). */
function skipped(model: SdkModel): Set<string> {
  const names = new Set<string>();
  for (const method of model.methods) {
    if (method.params?.in === 'body') names.add(method.params.type);
    if (method.response.kind === 'page') names.add(method.response.type);
  }
  return names;
}

/** Variant schema -> the discriminator property its union sets (left out of the variant struct). */
function discriminators(schemas: Record<string, Json>): Map<string, string> {
  const owned = new Map<string, string>();
  for (const schema of Object.values(schemas)) {
    const property = schema.discriminator?.propertyName;
    if (!property) continue;
    for (const ref of Object.values<string>(schema.discriminator.mapping ?? {})) owned.set(ref.split('/').pop()!, property);
  }
  return owned;
}

export function emitModels(model: SdkModel): string {
  const skip = skipped(model);
  const owned = discriminators(model.schemas);
  const blocks = Object.entries(model.schemas)
    .filter(([name]) => !skip.has(name))
    .map(([name, schema]) => emitSchema(name, schema, model.schemas, owned.get(name)));
  const imports = ['encoding/json', ...(usesTime(blocks) ? ['time'] : [])];
  return `${GENERATED}\n\npackage cognitionos\n\nimport (\n${imports.map((i) => `\t"${i}"`).join('\n')}\n)\n\n${blocks.join('\n')}`;
}

function emitSchema(name: string, schema: Json, schemas: Record<string, Json>, discriminator?: string): string {
  if (schema.oneOf && schema.discriminator) return emitUnion(name, schema);
  if (schema.type === 'string' && schema.enum) return emitEnum(name, schema);
  if (isMapAlias(schema)) return `${docComment(`${typeName(name)}: ${schema.description ?? 'a JSON object of free-form values.'}`)}type ${typeName(name)} = ${mapType(schema)}\n`;
  return emitStruct(name, schema, schemas, discriminator);
}

function emitEnum(name: string, schema: Json): string {
  const type = typeName(name);
  const constants = schema.enum.map((value: string) => `\t${type}${exported(wordsOf(value))} ${type} = ${JSON.stringify(value)}`);
  return `${docComment(`${type} is one of the values below; a newer server may send others, kept as they are.${schema.description ? `\n${schema.description}` : ''}`)}type ${type} string

// Values of ${type} this SDK version knows.
const (
${constants.join('\n')}
)
`;
}

export interface GoField {
  name: string;
  wire: string;
  type: string;
  required: boolean;
  description?: string;
}

/** A struct's fields, in schema order; `skip` is a union discriminator the union writes itself. */
export function structFields(schema: Json, schemas: Record<string, Json>, skip?: string): GoField[] {
  const required = new Set<string>(schema.required ?? []);
  return Object.entries<Json>(schema.properties ?? {})
    .filter(([wire]) => wire !== skip)
    .map(([wire, property]) => ({
      name: exported(wordsOf(wire)),
      wire,
      type: fieldType(property, required.has(wire), schemas),
      required: required.has(wire),
      description: property.description,
    }));
}

export function fieldLines(fields: GoField[]): string {
  return fields.map((f) => `${docComment(f.description, '\t')}\t${f.name} ${f.type} \`json:"${f.wire}${f.required ? '' : ',omitempty'}"\``).join('\n');
}

function emitStruct(name: string, schema: Json, schemas: Record<string, Json>, discriminator?: string): string {
  const type = typeName(name);
  const fields = structFields(schema, schemas, discriminator);
  const known = Object.keys(schema.properties ?? {}).map((wire) => JSON.stringify(wire));
  const fieldsVar = `${type[0].toLowerCase()}${type.slice(1)}Fields`;
  return `${docComment(`${type}${schema.description ? `: ${schema.description}` : ' is an object of the API.'}`)}type ${type} struct {
${fieldLines(fields)}
	// JSON keeps the raw object and the fields this SDK version does not know.
	JSON ResponseJSON \`json:"-"\`
}

var ${fieldsVar} = fieldSet(${known.join(', ')})

// UnmarshalJSON decodes ${type} and keeps the fields it does not know in JSON.ExtraFields.
func (r *${type}) UnmarshalJSON(data []byte) error {
	type plain ${type}
	if err := json.Unmarshal(data, (*plain)(r)); err != nil {
		return err
	}
	return r.JSON.capture(data, ${fieldsVar})
}
`;
}

function emitUnion(name: string, schema: Json): string {
  const type = typeName(name);
  const property: string = schema.discriminator.propertyName;
  const variants = Object.entries<string>(schema.discriminator.mapping).map(([value, ref]) => ({ value, field: exported(wordsOf(value)), variant: typeName(ref.split('/').pop()!) }));
  const discriminatorField = exported(wordsOf(property));
  return `${docComment(`${type} is one of its variants, chosen by ${JSON.stringify(property)}: set exactly one variant field
to send it. A variant this SDK version does not know decodes with every variant field nil; its
${discriminatorField} and JSON.RawJSON() keep it reachable.`)}type ${type} struct {
	// ${discriminatorField} names the variant (filled in when decoded).
	${discriminatorField} string \`json:"-"\`
${variants.map((v) => `\t// ${v.field} is set when ${discriminatorField} is ${JSON.stringify(v.value)}.\n\t${v.field} *${v.variant} \`json:"-"\``).join('\n')}
	// JSON keeps the raw object.
	JSON ResponseJSON \`json:"-"\`
}

// MarshalJSON writes the variant that is set, with its ${JSON.stringify(property)}; an unknown one as it was read.
func (u ${type}) MarshalJSON() ([]byte, error) {
	switch {
${variants.map((v) => `\tcase u.${v.field} != nil:\n\t\treturn marshalVariant(${JSON.stringify(property)}, ${JSON.stringify(v.value)}, u.${v.field})`).join('\n')}
	}
	if raw := u.JSON.RawJSON(); raw != "" {
		return []byte(raw), nil
	}
	return nil, &json.UnsupportedValueError{Str: "${type} with no variant set"}
}

// UnmarshalJSON decodes the variant its ${JSON.stringify(property)} names; any other is kept raw.
func (u *${type}) UnmarshalJSON(data []byte) error {
	kind, err := discriminatorOf(data, ${JSON.stringify(property)})
	if err != nil {
		return err
	}
	*u = ${type}{${discriminatorField}: kind}
	u.JSON.keepRaw(data)
	switch kind {
${variants.map((v) => `\tcase ${JSON.stringify(v.value)}:\n\t\tu.${v.field} = new(${v.variant})\n\t\treturn json.Unmarshal(data, u.${v.field})`).join('\n')}
	}
	return nil
}
`;
}
