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

// capture records the raw object and the fields outside known.
func (r *ResponseJSON) capture(data []byte, known map[string]struct{}) error {
	r.keepRaw(data)
	r.ExtraFields = nil
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	for name, value := range fields {
		if _, ok := known[name]; ok {
			continue
		}
		if r.ExtraFields == nil {
			r.ExtraFields = map[string]json.RawMessage{}
		}
		r.ExtraFields[name] = value
	}
	return nil
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

// discriminatorOf reads a union member's discriminator field.
func discriminatorOf(data []byte, discriminator string) (string, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return "", err
	}
	var value string
	if raw, ok := fields[discriminator]; ok {
		if err := json.Unmarshal(raw, &value); err != nil {
			return "", fmt.Errorf("union discriminator %q: %w", discriminator, err)
		}
	}
	return value, nil
}
