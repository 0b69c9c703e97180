package cognitionos

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// An operation with path, query and body parameters: the query ones go in the URL only, the body
// ones in the JSON body only.
func TestQueryParamsInTheURLBodyFieldsInTheBody(t *testing.T) {
	var path, query, body string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		path, query, body = r.URL.EscapedPath(), r.URL.RawQuery, string(raw)
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"hits":["a"],"took_ms":2}`)
	}))
	defer server.Close()
	client := NewClient(option.WithBaseURL(server.URL), option.WithAPIKey("k"))
	result, err := client.Indexes.Query(context.Background(), "idx 1", IndexQueryParams{Text: "hi", TopK: Int(3), Explain: Bool(true), TimeoutMs: 250})
	if err != nil {
		t.Fatal(err)
	}
	if path != "/indexes/idx%201/query" || query != "explain=true&timeout_ms=250" || body != `{"text":"hi","top_k":3}` {
		t.Errorf("path %s, query %s, body %s", path, query, body)
	}
	if len(result.Hits) != 1 || result.TookMs == nil || *result.TookMs != 2 {
		t.Errorf("result %+v", result)
	}
}
