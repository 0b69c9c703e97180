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

// Bool returns a pointer to v: an optional field that is set, even to false.
func Bool(v bool) *bool { return &v }

// Float returns a pointer to v: an optional number field that is set, even to 0.
func Float(v float64) *float64 { return &v }

// Time returns a pointer to v: an optional time field that is set.
func Time(v time.Time) *time.Time { return &v }

// queryValue is what a query parameter may hold.
type queryValue interface {
	~string | int64 | float64 | bool | time.Time
}

// addQuery sets name in q when the value is set: a non-nil pointer, and for string types not "".
func addQuery[T queryValue](q url.Values, name string, value *T) {
	if value == nil {
		return
	}
	switch v := any(*value).(type) {
	case int64:
		q.Set(name, strconv.FormatInt(v, 10))
	case float64:
		q.Set(name, strconv.FormatFloat(v, 'f', -1, 64))
	case bool:
		q.Set(name, strconv.FormatBool(v))
	case time.Time:
		q.Set(name, v.Format(time.RFC3339Nano))
	default:
		// string types: an enum left "" (its zero value, never one of its values) is unset.
		if text := reflect.ValueOf(v).String(); text != "" {
			q.Set(name, text)
		}
	}
}
