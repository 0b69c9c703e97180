// Copied from generators/go/runtime/params.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"net/url"
	"reflect"
	"strconv"
	"time"
)

// String returns a pointer to v: an optional field that is set, even to "".
func String(v string) *string { return &v }

// Int returns a pointer to v: an optional integer field that is set, even to 0.
func Int(v int64) *int64 { return &v }

// Int32 returns a pointer to v: an optional 32-bit integer field that is set, even to 0.
func Int32(v int32) *int32 { return &v }

// Bool returns a pointer to v: an optional field that is set, even to false.
func Bool(v bool) *bool { return &v }

// Float returns a pointer to v: an optional number field that is set, even to 0.
func Float(v float64) *float64 { return &v }

// Time returns a pointer to v: an optional time field that is set.
func Time(v time.Time) *time.Time { return &v }

// queryValue is what a query parameter may hold: a scalar, or a string or integer enum type.
type queryValue interface {
	~string | ~int32 | ~int64 | ~float64 | ~bool | time.Time
}

// addQuery adds value to name in q when it is set: a non-nil pointer, and for string types not "".
// A list parameter adds each of its items.
func addQuery[T queryValue](q url.Values, name string, value *T) {
	if value == nil {
		return
	}
	if t, ok := any(*value).(time.Time); ok {
		q.Add(name, t.Format(time.RFC3339Nano))
		return
	}
	switch v := reflect.ValueOf(*value); v.Kind() {
	case reflect.Int32, reflect.Int64:
		q.Add(name, strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		q.Add(name, strconv.FormatFloat(v.Float(), 'f', -1, 64))
	case reflect.Bool:
		q.Add(name, strconv.FormatBool(v.Bool()))
	default:
		// string types: an enum left "" (its zero value, never one of its values) is unset.
		if text := v.String(); text != "" {
			q.Add(name, text)
		}
	}
}
