package cognitionos

import (
	"encoding/json"
	"testing"
	"time"
)

// date-time is a time.Time, int32 an int32, int64 an int64; date, uuid and uri stay strings.
func TestFormats(t *testing.T) {
	var event Event
	data := `{"id":"5f0c6a4e-8a43-4c1e-9a3b-0e1f2a3b4c5d","at":"2026-12-04T10:00:00Z","day":"2026-12-04","count":2147483647,"total":9007199254740993,"ratio":0.5,"link":"https://x.example/a","ok":true}`
	if err := json.Unmarshal([]byte(data), &event); err != nil {
		t.Fatal(err)
	}
	var count int32 = event.Count
	var total int64 = event.Total
	if !event.At.Equal(time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)) || *event.Day != "2026-12-04" || count != 2147483647 || total != 9007199254740993 || *event.Link != "https://x.example/a" {
		t.Errorf("%+v", event)
	}
	if err := json.Unmarshal([]byte(`{"id":"x","at":"2026-12-04T10:00:00Z","count":2147483648,"total":1}`), &event); err == nil {
		t.Error("an int32 overflow decoded")
	}
	body, err := json.Marshal(EventNewParams{At: time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC), Count: Int32(5)})
	if err != nil || string(body) != `{"at":"2026-12-04T10:00:00Z","count":5}` {
		t.Errorf("params %s %v", body, err)
	}
}
