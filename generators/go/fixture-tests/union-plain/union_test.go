package cognitionos

import (
	"encoding/json"
	"testing"
)

// Without a discriminator the value itself picks the variant; a value that fits none is kept raw
// and written back as it came.
func TestUndiscriminatedUnion(t *testing.T) {
	var cells []Cell
	data := `[{"id":"a","value":"text"},{"id":"b","value":1.5},{"id":"c","value":{"expression":"=A1"}},{"id":"d","value":[1,2]}]`
	if err := json.Unmarshal([]byte(data), &cells); err != nil {
		t.Fatal(err)
	}
	if v := cells[0].Value; v.String == nil || *v.String != "text" || v.Number != nil || v.Formula != nil {
		t.Errorf("string variant: %+v", v)
	}
	if v := cells[1].Value; v.Number == nil || *v.Number != 1.5 || v.String != nil {
		t.Errorf("number variant: %+v", v)
	}
	if v := cells[2].Value; v.Formula == nil || v.Formula.Expression != "=A1" {
		t.Errorf("formula variant: %+v", v)
	}
	if v := cells[3].Value; v.String != nil || v.Number != nil || v.Formula != nil || v.JSON.RawJSON() != "[1,2]" {
		t.Errorf("unknown variant: %+v", v)
	}
	for i, want := range []string{`"text"`, `1.5`, `{"expression":"=A1"}`, `[1,2]`} {
		if got, err := json.Marshal(cells[i].Value); err != nil || string(got) != want {
			t.Errorf("marshal %d: %s %v", i, got, err)
		}
	}
	if _, err := json.Marshal(CellValue{}); err == nil {
		t.Error("a union with no variant set marshalled")
	}
}
