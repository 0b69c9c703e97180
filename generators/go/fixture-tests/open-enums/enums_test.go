package cognitionos

import (
	"encoding/json"
	"testing"
)

// Enums stay open: a value this version does not know decodes and is kept, string or integer.
func TestUnknownEnumValuesKept(t *testing.T) {
	var job Job
	if err := json.Unmarshal([]byte(`{"id":"j","priority":"urgent","state":"paused","level":7,"mode":"fast"}`), &job); err != nil {
		t.Fatal(err)
	}
	if job.Priority != Priority("urgent") || job.State != JobState("paused") || job.Level == nil || *job.Level != Level(7) || job.Mode != JobModeFast {
		t.Errorf("%+v", job)
	}
	body, err := json.Marshal(JobNewParams{Priority: PriorityHigh})
	if err != nil || string(body) != `{"priority":"high"}` {
		t.Errorf("params %s %v", body, err)
	}
}
