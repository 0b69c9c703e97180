// models.go: a Go type per named type of the model the surface reads or sends. Enums are string (or
// int64) types with a constant per known value (an unknown value still decodes); objects are structs
// that keep the fields this version does not know in JSON.ExtraFields; maps and aliases are Go type
// aliases; a union is a struct with one pointer per variant: a discriminated one picks the variant by
// its discriminator, an undiscriminated one takes the first variant that decodes, and either keeps
// what it cannot place as raw JSON.
import type { AliasType, EnumType, Field, MapType, NamedType, ObjectType, SdkModel, UnionType } from '../model/types.ts';
import { docComment, fieldType, goType, goTypeNamed, namedDescription, namedIn, typeName, withDeprecation } from './go-types.ts';
import { exported, joinWords, methodPath } from './naming.ts';
import { GENERATED } from './header.ts';

export function emitModels(model: SdkModel): string {
  const blocks = emittedTypes(model).map((type) => emitType(model, type));
  const imports = [...(blocks.some((b) => b.includes('json.')) ? ['encoding/json'] : []), ...(blocks.some((b) => /\btime\.[A-Z]/.test(b)) ? ['time'] : [])];
  const importBlock = imports.length ? `import (\n${imports.map((i) => `\t"${i}"`).join('\n')}\n)\n\n` : '';
  return `${GENERATED}\n\npackage cognitionos\n\n${importBlock}${blocks.join('\n')}`;
}

/** Request bodies become params types and list pages Page[T], so neither is a model, unless another
 * type or an answer names it. */
export function emittedTypes(model: SdkModel): NamedType[] {
  const named = new Set(model.methods.flatMap((m) => (m.response.kind === 'model' ? [m.response.type] : [])));
  for (const type of model.types) for (const ref of refsOf(type)) if (ref !== type.name) named.add(ref);
  return model.types.filter((type) => type.kind !== 'object' || type.role === 'model' || named.has(type.name));
}

function refsOf(type: NamedType): string[] {
  switch (type.kind) {
    case 'object':
      return [...type.fields.flatMap((f) => namedIn(f.type)), ...(type.additional ? namedIn(type.additional) : [])];
    case 'union':
      return type.variants.flatMap((v) => namedIn(v.type));
    case 'map':
      return namedIn(type.value);
    case 'alias':
      return namedIn(type.target);
    case 'enum':
      return [];
  }
}

function emitType(model: SdkModel, type: NamedType): string {
  switch (type.kind) {
    case 'object':
      return emitStruct(model, type);
    case 'enum':
      return emitEnum(type);
    case 'union':
      return type.discriminator ? emitDiscriminatedUnion(model, type) : emitPlainUnion(model, type);
    case 'map':
    case 'alias':
      return emitAlias(model, type);
  }
}

function emitAlias(model: SdkModel, type: MapType | AliasType): string {
  const name = typeName(type);
  const target = goType(model, type.kind === 'map' ? { kind: 'map', value: type.value } : type.target);
  const fallback = type.kind === 'map' ? 'A JSON object of free-form values.' : `Another name for ${target}.`;
  return `${docComment(withDeprecation(namedDescription(name, type.description ?? fallback), type.deprecated))}type ${name} = ${target}\n`;
}

function emitEnum(type: EnumType): string {
  const name = typeName(type);
  const seen = new Map<string, string | number>();
  const constants = type.values.map(({ value, words }) => {
    const constant = `${name}${words.length ? exported(words) : 'Empty'}`;
    if (seen.has(constant)) throw new Error(`enum ${type.name}: values ${JSON.stringify(seen.get(constant))} and ${JSON.stringify(value)} both spell ${constant} in Go`);
    seen.set(constant, value);
    return `\t// ${constant} is ${JSON.stringify(value)}.\n\t${constant} ${name} = ${JSON.stringify(value)}`;
  });
  const text = `${name} is one of the values below; a newer server may send others, kept as they are.${type.description ? `\n${type.description}` : ''}`;
  return `${docComment(withDeprecation(text, type.deprecated))}type ${name} ${type.base === 'string' ? 'string' : 'int64'}

// Values of ${name} this SDK version knows.
const (
${constants.join('\n')}
)
`;
}

export interface GoField {
  name: string;
  wire: string;
  type: string;
  /** The json tag's options: `omitempty` for an optional field; `-` for a field sent elsewhere. */
  tag: string;
  description?: string;
}

/** A model field as a Go struct field. */
export function goField(model: SdkModel, field: Field): GoField {
  const constant = field.constant !== undefined ? `Always ${JSON.stringify(field.constant)}; the SDK fills it in when it sends one.` : undefined;
  const name = exported(field.words);
  const text = [field.description ?? wireOf(name, field), constant].filter(Boolean).join('\n');
  return {
    name,
    wire: field.wire,
    type: fieldType(model, field),
    tag: `${field.wire}${field.required ? '' : ',omitempty'}`,
    description: withDeprecation(text, field.deprecated),
  };
}

// A field the spec does not describe still says what it is on the wire: its JSON name, whether the
// answer may leave it out, and whether it may be null.
function wireOf(name: string, field: Field): string {
  const presence = [field.required ? '' : 'optional', field.nullable ? 'may be null' : ''].filter(Boolean).join(', ');
  return `${name} is the JSON field ${JSON.stringify(field.wire)}${presence ? ` (${presence})` : ''}.`;
}

export function fieldLines(fields: GoField[]): string {
  return fields.map((f) => `${docComment(f.description, '\t')}\t${f.name} ${f.type} \`json:"${f.tag}"\``).join('\n');
}

// A variant of a discriminated union leaves its discriminator out: the union writes it.
function emitStruct(model: SdkModel, type: ObjectType): string {
  const name = typeName(type);
  const fields = type.fields.filter((f) => !f.discriminator).map((f) => goField(model, f));
  const known = type.fields.map((f) => JSON.stringify(f.wire));
  const fieldsVar = `${name[0]!.toLowerCase()}${name.slice(1)}Fields`;
  const text = type.description ? namedDescription(name, type.description) : `${name} ${usageOf(model, type)}`;
  return `${docComment(withDeprecation(text, type.deprecated))}type ${name} struct {
${fieldLines(fields)}
	// JSON keeps the raw object and the fields this SDK version does not know.
	JSON ResponseJSON \`json:"-"\`
}

var ${fieldsVar} = fieldSet(${known.join(', ')})

// UnmarshalJSON decodes ${name} and keeps the fields it does not know in JSON.ExtraFields.
func (r *${name}) UnmarshalJSON(data []byte) error {
	type plain ${name}
	if err := json.Unmarshal(data, (*plain)(r)); err != nil {
		return err
	}
	return r.JSON.capture(data, ${fieldsVar})
}
${type.usage.request ? emitMarshal(model, name, type.fields.filter((f) => !f.discriminator), fields) : ''}${emitRedaction(model, type)}`;
}

/** A MarshalJSON for a type the SDK sends, when encoding/json alone would send it wrong: it writes each
 * constant field's one value (a caller never has to set it), and, when an optional field is a map, a
 * list, free JSON or an Opt, it marshals field by field (marshalFields) so that an empty map or list is
 * sent rather than dropped and an unset Opt is left out. Nothing when neither applies. Query fields
 * (tag `-`) are not part of the JSON. */
export function emitMarshal(model: SdkModel, name: string, fields: Field[], goFields: GoField[]): string {
  const constants = fields.filter((f) => f.constant !== undefined);
  const fieldByField = goFields.some((f) => f.tag.endsWith(',omitempty') && emptyIsAValue(model, f));
  if (constants.length === 0 && !fieldByField) return '';
  const lines = constants.map((field, i) => {
    const goName = exported(field.words);
    const value = JSON.stringify(field.constant);
    if (!fieldType(model, field).startsWith('*')) return `\tr.${goName} = ${value}`;
    return `\tconstant${i + 1} := ${goType(model, field.type)}(${value})\n\tr.${goName} = &constant${i + 1}`;
  });
  const what = [constants.length ? 'its constant fields set to their one value' : '', fieldByField ? 'an empty map or list sent, not dropped' : ''].filter(Boolean).join(', and ');
  return `
// MarshalJSON writes ${name} with ${what}.
func (r ${name}) MarshalJSON() ([]byte, error) {
	type plain ${name}
${lines.join('\n')}${lines.length ? '\n' : ''}	return ${fieldByField ? 'marshalFields' : 'json.Marshal'}(plain(r))
}
`;
}

/** Whether a Go field's empty value (an empty map or list) differs from leaving it unset. */
function emptyIsAValue(model: SdkModel, field: GoField): boolean {
  return /^(\[\]|map\[|Opt\[|any$)/.test(field.type) || /^map\[/.test(aliasTarget(model, field.type));
}

function aliasTarget(model: SdkModel, goName: string): string {
  const type = model.types.find((t) => typeName(t) === goName);
  if (type?.kind === 'map') return 'map[';
  if (type?.kind === 'alias') return goType(model, type.target);
  return '';
}

// A secret the API returns once (`x-cognitionos-secret`) must not reach a log through fmt: the
// model's string forms (%v, %+v, %s, %#v) are its JSON with each secret replaced; the field itself
// and JSON.RawJSON() keep the value.
function emitRedaction(model: SdkModel, type: ObjectType): string {
  const secrets = type.fields.filter((f) => f.secret);
  if (secrets.length === 0) return '';
  const name = typeName(type);
  const lines = secrets.map((field) => {
    const goName = exported(field.words);
    const fieldGoType = fieldType(model, field);
    if (fieldGoType === 'string') return `\tr.${goName} = redacted`;
    if (fieldGoType === '*string') return `\tif r.${goName} != nil {\n\t\tr.${goName} = String(redacted)\n\t}`;
    throw new Error(`${type.name}.${field.wire}: a secret field must be a string, not ${fieldGoType}`);
  });
  return `
// String is ${name} as JSON with ${secrets.map((f) => exported(f.words)).join(', ')} redacted, so printing or logging it
// never shows the secret.
func (r ${name}) String() string {
	type plain ${name}
${lines.join('\n')}
	return stringForm(plain(r))
}

// GoString is String, so %#v hides the secret too.
func (r ${name}) GoString() string { return r.String() }
`;
}

interface GoVariant {
  value: string;
  field: string;
  type: string;
}

function emitDiscriminatedUnion(model: SdkModel, type: UnionType): string {
  const name = typeName(type);
  const property = type.discriminator!.wire;
  const variants: GoVariant[] = type.variants.map((v) => ({ value: v.value!, field: exported(v.words), type: goType(model, v.type) }));
  const discriminatorField = exported(type.discriminator!.words);
  const text = `${name} is one of its variants, chosen by ${JSON.stringify(property)}: set exactly one variant field
to send it. A variant this SDK version does not know decodes with every variant field nil; its
${discriminatorField} and JSON.RawJSON() keep it reachable.${type.description ? `\n${type.description}` : ''}`;
  return `${docComment(withDeprecation(text, type.deprecated))}type ${name} struct {
	// ${discriminatorField} names the variant (filled in when decoded).
	${discriminatorField} string \`json:"-"\`
${variants.map((v) => `\t// ${v.field} is set when ${discriminatorField} is ${JSON.stringify(v.value)}.\n\t${v.field} *${v.type} \`json:"-"\``).join('\n')}
	// JSON keeps the raw object.
	JSON ResponseJSON \`json:"-"\`
}

// MarshalJSON writes the variant that is set, with its ${JSON.stringify(property)}; an unknown one as it was read.
func (u ${name}) MarshalJSON() ([]byte, error) {
	switch {
${variants.map((v) => `\tcase u.${v.field} != nil:\n\t\treturn marshalVariant(${JSON.stringify(property)}, ${JSON.stringify(v.value)}, u.${v.field})`).join('\n')}
	}
	if raw := u.JSON.RawJSON(); raw != "" {
		return []byte(raw), nil
	}
	return nil, &json.UnsupportedValueError{Str: "${name} with no variant set"}
}

// UnmarshalJSON decodes the variant its ${JSON.stringify(property)} names; any other is kept raw.
func (u *${name}) UnmarshalJSON(data []byte) error {
	kind, err := discriminatorOf(data, ${JSON.stringify(property)})
	if err != nil {
		return err
	}
	*u = ${name}{${discriminatorField}: kind}
	u.JSON.keepRaw(data)
	switch kind {
${variants.map((v) => `\tcase ${JSON.stringify(v.value)}:\n\t\tu.${v.field} = new(${v.type})\n\t\treturn json.Unmarshal(data, u.${v.field})`).join('\n')}
	}
	return nil
}
`;
}

// Without a discriminator the JSON itself must tell: the first variant (in spec order) it decodes
// into is taken, so a string, a number and an object never mix up; JSON none decodes into is kept raw.
function emitPlainUnion(model: SdkModel, type: UnionType): string {
  const name = typeName(type);
  const taken = new Set<string>();
  const variants = type.variants.map((v, i) => {
    let field = exported(v.words);
    if (taken.has(field) || field === 'JSON') field = `${field}${i + 1}`;
    taken.add(field);
    return { field, type: goType(model, v.type) };
  });
  const text = `${name} is one of its variants: set exactly one variant field to send it. A value is decoded
into the first variant it fits, in this order; one that fits none has every variant field nil and
is kept in JSON.RawJSON().${type.description ? `\n${type.description}` : ''}`;
  return `${docComment(withDeprecation(text, type.deprecated))}type ${name} struct {
${variants.map((v) => `\t// ${v.field} is set when the value is a ${v.type}.\n\t${v.field} *${v.type} \`json:"-"\``).join('\n')}
	// JSON keeps the raw value.
	JSON ResponseJSON \`json:"-"\`
}

// MarshalJSON writes the variant that is set; a value that fit no variant as it was read.
func (u ${name}) MarshalJSON() ([]byte, error) {
	switch {
${variants.map((v) => `\tcase u.${v.field} != nil:\n\t\treturn json.Marshal(u.${v.field})`).join('\n')}
	}
	if raw := u.JSON.RawJSON(); raw != "" {
		return []byte(raw), nil
	}
	return nil, &json.UnsupportedValueError{Str: "${name} with no variant set"}
}

// UnmarshalJSON decodes the first variant the value fits; a value that fits none is kept raw.
func (u *${name}) UnmarshalJSON(data []byte) error {
	*u = ${name}{}
	u.JSON.keepRaw(data)
${variants.map((v) => `\tif v := new(${v.type}); json.Unmarshal(data, v) == nil {\n\t\tu.${v.field} = v\n\t\treturn nil\n\t}`).join('\n')}
	return nil
}
`;
}

/** For a type the spec does not describe: what uses it, by the Go names a caller meets (the methods
 * answering it, else the fields or unions holding it). */
function usageOf(model: SdkModel, type: ObjectType): string {
  const answering = model.methods.filter((m) => (m.response.kind === 'model' && m.response.type === type.name) || (m.response.kind === 'page' && m.response.item === type.name));
  if (answering.length) return `is answered by ${joinWords(answering.map((m) => `${methodPath(model, m)}${m.response.kind === 'page' ? ' (in a Page)' : ''}`))}.`;
  if (type.variantOf) return `is the ${JSON.stringify(type.variantOf.value)} variant of ${goTypeNamed(model, type.variantOf.union)}.`;
  const holders = model.types.flatMap((owner) => (owner.kind === 'object' ? owner.fields.filter((f) => namedIn(f.type).includes(type.name)).map((f) => `${typeName(owner)}.${exported(f.words)}`) : []));
  return holders.length ? `is the type of ${joinWords(holders)}.` : 'is sent to the API.';
}

/** The Go type a method answers: a model, or a page of its items. */
export function resultType(model: SdkModel, response: SdkModel['methods'][number]['response']): string | undefined {
  if (response.kind === 'none') return undefined;
  return response.kind === 'page' ? `Page[${goTypeNamed(model, response.item)}]` : goTypeNamed(model, response.type);
}
