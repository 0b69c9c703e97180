package cognitionos

import (
	"encoding/json"
	"testing"
)

// The discriminator picks the variant and is written by the union; an unknown variant is kept.
func TestDiscriminatedUnion(t *testing.T) {
	var drawing Drawing
	data := `{"id":"d","shapes":[{"kind":"circle","radius":2},{"kind":"triangle","sides":3}],"main":{"kind":"square","side":1}}`
	if err := json.Unmarshal([]byte(data), &drawing); err != nil {
		t.Fatal(err)
	}
	circle, unknown := drawing.Shapes[0], drawing.Shapes[1]
	if circle.Circle == nil || circle.Circle.Radius != 2 || circle.Kind != "circle" {
		t.Errorf("circle %+v", circle)
	}
	if unknown.Kind != "triangle" || unknown.Circle != nil || unknown.Square != nil || unknown.JSON.RawJSON() != `{"kind":"triangle","sides":3}` {
		t.Errorf("unknown %+v", unknown)
	}
	if drawing.Main == nil || drawing.Main.Square == nil || drawing.Main.Square.Side != 1 {
		t.Errorf("main %+v", drawing.Main)
	}
	body, err := json.Marshal(DrawingNewParams{Shapes: []Shape{{Square: &Square{Side: 4}}, unknown}})
	if err != nil || string(body) != `{"shapes":[{"kind":"square","side":4},{"kind":"triangle","sides":3}]}` {
		t.Errorf("params %s %v", body, err)
	}
}
