package cognitionos

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
)

// Opt is an optional field the API also lets you set to null. Its zero value is unset and is not
// sent; NewOpt(v) sends v (even a zero v); Null[T]() sends null.
type Opt[T any] struct {
	value T
	state optState
}

type optState uint8

const (
	optUnset optState = iota
	optValue
	optNull
)

// NewOpt is an Opt set to v.
func NewOpt[T any](v T) Opt[T] { return Opt[T]{value: v, state: optValue} }

// Null is an Opt set to null.
func Null[T any]() Opt[T] { return Opt[T]{state: optNull} }

// Get is the value and whether one is set (false when unset or null).
func (o Opt[T]) Get() (T, bool) { return o.value, o.state == optValue }

// IsNull tells whether the Opt is set to null.
func (o Opt[T]) IsNull() bool { return o.state == optNull }

// IsZero tells whether the Opt is unset, so it is left out of the JSON.
func (o Opt[T]) IsZero() bool { return o.state == optUnset }

// MarshalJSON writes the value, or null when the Opt is null (or unset, outside a params struct).
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if o.state != optValue {
		return []byte("null"), nil
	}
	return json.Marshal(o.value)
}

// UnmarshalJSON reads null as Null and anything else as a value.
func (o *Opt[T]) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		*o = Null[T]()
		return nil
	}
	*o = Opt[T]{state: optValue}
	return json.Unmarshal(data, &o.value)
}

// marshalFields writes a struct as a JSON object field by field, as encoding/json would, except
// that an omitempty field is left out only when it is unset: a nil pointer, map, slice or
// interface, an enum's "", an unset Opt. So an empty map or list is sent as {} or [] (which the
// API reads as "clear it"), where encoding/json's omitempty would drop it. Go 1.24's omitzero does
// the same, but the module supports Go 1.23.
func marshalFields(v any) ([]byte, error) {
	value := reflect.ValueOf(v)
	out := bytes.NewBufferString("{")
	for i := range value.NumField() {
		field := value.Type().Field(i)
		name, options, _ := strings.Cut(field.Tag.Get("json"), ",")
		if !field.IsExported() || name == "-" || (options == "omitempty" && unset(value.Field(i))) {
			continue
		}
		encoded, err := json.Marshal(value.Field(i).Interface())
		if err != nil {
			return nil, err
		}
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		quoted, _ := json.Marshal(name)
		out.Write(quoted)
		out.WriteByte(':')
		out.Write(encoded)
	}
	out.WriteByte('}')
	return out.Bytes(), nil
}

// unset is what an omitempty field of a generated params type holds when the caller left it alone.
func unset(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		return v.IsNil()
	case reflect.String:
		return v.Len() == 0
	}
	if zero, ok := v.Interface().(interface{ IsZero() bool }); ok {
		return zero.IsZero()
	}
	return v.IsZero()
}
