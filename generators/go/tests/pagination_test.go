package cognitionos_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

func page(next string, ids ...string) answer {
	data := ""
	for i, id := range ids {
		if i > 0 {
			data += ","
		}
		data += `{"id":"` + id + `","name":"n","slug":"s","status":"active","metadata":{},"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z"}`
	}
	cursor := "null"
	if next != "" {
		cursor = `"` + next + `"`
	}
	return ok(`{"data":[` + data + `],"has_more":` + map[bool]string{true: "true", false: "false"}[next != ""] + `,"next_cursor":` + cursor + `}`)
}

func TestListAutoPaging(t *testing.T) {
	fake, client := serve(t, page("c1", "a", "b"), page("c2", "c", "d"), page("", "e"))
	var ids []string
	for tenant, err := range client.Tenants.ListAutoPaging(context.Background(), cognitionos.TenantListParams{Limit: cognitionos.Int(2)}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tenant.ID)
	}
	var queries []string
	for _, r := range fake.seen() {
		queries = append(queries, r.RawQuery)
	}
	if !slices.Equal(ids, []string{"a", "b", "c", "d", "e"}) || !slices.Equal(queries, []string{"limit=2", "cursor=c1&limit=2", "cursor=c2&limit=2"}) {
		t.Errorf("ids %v from queries %v", ids, queries)
	}
}

func TestListAutoPagingStopsOnBreak(t *testing.T) {
	fake, client := serve(t, page("c1", "a", "b"), page("", "c"))
	for range client.Tenants.ListAutoPaging(context.Background(), cognitionos.TenantListParams{}) {
		break
	}
	if len(fake.seen()) != 1 {
		t.Errorf("%d pages fetched after a break on the first item", len(fake.seen()))
	}
}

func TestListAutoPagingYieldsError(t *testing.T) {
	_, client := serve(t, page("c1", "a"), problem(404, nil))
	var ids []string
	var failures []error
	for tenant, err := range client.Tenants.ListAutoPaging(context.Background(), cognitionos.TenantListParams{}) {
		if err != nil {
			failures = append(failures, err)
			continue
		}
		ids = append(ids, tenant.ID)
	}
	if !slices.Equal(ids, []string{"a"}) || len(failures) != 1 || !errors.Is(failures[0], cognitionos.ErrNotFound) {
		t.Errorf("ids %v, errors %v", ids, failures)
	}
}

func TestPage(t *testing.T) {
	_, client := serve(t, page("c1", "a", "b"))
	p, err := client.Tenants.List(context.Background(), cognitionos.TenantListParams{})
	if err != nil || len(p.Data) != 2 || !p.HasNextPage() || *p.NextCursor != "c1" {
		t.Errorf("page %+v, %v", p, err)
	}
}
