package cognitionos

import (
	"encoding/json"
	"testing"
)

// A nullable optional params field is an Opt: left zero it is not sent, NewOpt sends its value
// (even the zero value), Null sends null.
func TestNullableParams(t *testing.T) {
	cases := []struct {
		params ProfileUpdateParams
		want   string
	}{
		{ProfileUpdateParams{}, `{}`},
		{ProfileUpdateParams{Nickname: NewOpt(""), Age: NewOpt[int64](0)}, `{"nickname":"","age":0}`},
		{ProfileUpdateParams{Nickname: Null[string]()}, `{"nickname":null}`},
	}
	for _, c := range cases {
		body, err := json.Marshal(c.params)
		if err != nil || string(body) != c.want {
			t.Errorf("%+v: %s, %v; want %s", c.params, body, err, c.want)
		}
	}
}
