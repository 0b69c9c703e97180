package cognitionos

import (
	"encoding/json"
	"testing"
)

// A nullable field is a pointer (or a nil-able slice): null and absent both decode to nil.
func TestNullableFields(t *testing.T) {
	var profile Profile
	if err := json.Unmarshal([]byte(`{"id":"p","nickname":null,"manager":null,"age":null,"tags":null}`), &profile); err != nil {
		t.Fatal(err)
	}
	if profile.Nickname != nil || profile.Manager != nil || profile.Age != nil || profile.Tags != nil || profile.DeletedAt != nil {
		t.Errorf("%+v", profile)
	}
	if err := json.Unmarshal([]byte(`{"id":"p","nickname":"n","manager":{"name":"m"},"age":3}`), &profile); err != nil {
		t.Fatal(err)
	}
	if *profile.Nickname != "n" || profile.Manager.Name != "m" || *profile.Age != 3 {
		t.Errorf("%+v", profile)
	}
}
