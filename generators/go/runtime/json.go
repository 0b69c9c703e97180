package cognitionos

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// ResponseJSON keeps what a decoded object held beyond the fields this SDK version knows: an
// answer from a newer server never fails to decode, and its new fields stay reachable.
type ResponseJSON struct {
	// ExtraFields holds each field the SDK does not know, as raw JSON.
	ExtraFields map[string]json.RawMessage
	raw         []byte
}

// RawJSON is the object exactly as the server sent it.
func (r ResponseJSON) RawJSON() string { return string(r.raw) }

// keepRaw records the raw object (a union's fields belong to its variant).
func (r *ResponseJSON) keepRaw(data []byte) { r.raw = bytes.Clone(data) }

// capture records the raw object and the fields outside known. data has just been decoded, so it
// is valid JSON: one pass over its top level finds the unknown fields without decoding any value.
func (r *ResponseJSON) capture(data []byte, known map[string]struct{}) error {
	r.keepRaw(data)
	r.ExtraFields = nil
	return topLevelFields(r.raw, func(name []byte, value []byte) {
		if _, ok := known[string(name)]; ok {
			return
		}
		if r.ExtraFields == nil {
			r.ExtraFields = map[string]json.RawMessage{}
		}
		r.ExtraFields[string(name)] = value
	})
}

// topLevelFields calls field with each name and raw value of a JSON object.
func topLevelFields(data []byte, field func(name, value []byte)) error {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return fmt.Errorf("cognitionos: expected a JSON object, got %.20q", data)
	}
	for i = skipSpace(data, i+1); i < len(data) && data[i] != '}'; i = skipSpace(data, i) {
		if data[i] == ',' {
			i = skipSpace(data, i+1)
		}
		keyEnd := valueEnd(data, i)
		name, err := fieldName(data[i:keyEnd])
		if err != nil {
			return err
		}
		start := skipSpace(data, skipSpace(data, keyEnd)+1) // past the ':'
		i = valueEnd(data, start)
		field(name, data[start:i])
	}
	return nil
}

// fieldName unquotes a JSON object key; one without escapes is a slice of data, not a copy.
func fieldName(quoted []byte) ([]byte, error) {
	if len(quoted) >= 2 && !bytes.ContainsRune(quoted, '\\') {
		return quoted[1 : len(quoted)-1], nil
	}
	var name string
	err := json.Unmarshal(quoted, &name)
	return []byte(name), err
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// valueEnd is the index just past the JSON value starting at i (strings, nesting and escapes
// respected).
func valueEnd(data []byte, i int) int {
	depth, inString := 0, false
	for j := i; j < len(data); j++ {
		c := data[j]
		switch {
		case inString && c == '\\':
			j++
		case c == '"':
			inString = !inString
			if !inString && depth == 0 {
				return j + 1
			}
		case inString:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth == 0 {
				return j
			}
			if depth--; depth == 0 {
				return j + 1
			}
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return j
		}
	}
	return len(data)
}

// fieldSet is the known-field set of a model, built once per type.
func fieldSet(names ...string) map[string]struct{} {
	set := make(map[string]struct{}, len(names))
	for _, name := range names {
		set[name] = struct{}{}
	}
	return set
}

// marshalVariant writes a union member's object with its discriminator first.
func marshalVariant(discriminator, value string, variant any) ([]byte, error) {
	body, err := json.Marshal(variant)
	if err != nil {
		return nil, err
	}
	head, _ := json.Marshal(map[string]string{discriminator: value})
	if bytes.Equal(body, []byte("{}")) {
		return head, nil
	}
	return append(head[:len(head)-1:len(head)-1], append([]byte{','}, body[1:]...)...), nil
}

// discriminatorOf reads a union member's discriminator field ("" when absent).
func discriminatorOf(data []byte, discriminator string) (string, error) {
	var raw []byte
	err := topLevelFields(data, func(name, value []byte) {
		if string(name) == discriminator {
			raw = value
		}
	})
	if err != nil || raw == nil {
		return "", err
	}
	var value string
	if err := json.Unmarshal(raw, &value); err != nil {
		return "", fmt.Errorf("union discriminator %q: %w", discriminator, err)
	}
	return value, nil
}

// redacted stands in for a secret in a model's string form.
const redacted = "[redacted]"

// stringForm is a model's text for fmt: its JSON (the raw answer is not part of it).
func stringForm(v any) string {
	text, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%T(%v)", v, err)
	}
	return string(text)
}
