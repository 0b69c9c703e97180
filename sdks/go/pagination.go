// Copied from generators/go/runtime/pagination.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
)

// Page is one page of a list: its items, and the cursor of the next page when there is one.
type Page[T any] struct {
	// Data holds the page's items, in the list's order.
	Data []T `json:"data"`
	// HasMore tells whether another page follows.
	HasMore bool `json:"has_more"`
	// NextCursor fetches the next page (as the list's cursor param); nil on the last page.
	NextCursor *string `json:"next_cursor"`
	// JSON keeps the raw page and any field this SDK version does not know.
	JSON ResponseJSON `json:"-"`
	// next fetches the page at a cursor with the params and options this page was fetched with
	// (set by the List method that answered it).
	next func(ctx context.Context, cursor *string) (*Page[T], error)
}

var pageFields = fieldSet("data", "has_more", "next_cursor")

// UnmarshalJSON decodes a page and keeps its unknown fields in JSON.
func (p *Page[T]) UnmarshalJSON(data []byte) error {
	type plain Page[T]
	if err := json.Unmarshal(data, (*plain)(p)); err != nil {
		return err
	}
	return p.JSON.capture(data, pageFields)
}

// HasNextPage tells whether another page follows.
func (p *Page[T]) HasNextPage() bool {
	return p.HasMore && p.NextCursor != nil && *p.NextCursor != ""
}

// GetNextPage fetches the page after this one, with the params and options of the call that
// fetched this one; after the last page it answers nil, nil.
func (p *Page[T]) GetNextPage(ctx context.Context) (*Page[T], error) {
	if !p.HasNextPage() {
		return nil, nil
	}
	if p.next == nil {
		return nil, errors.New("cognitionos: GetNextPage needs a page answered by a List method")
	}
	return p.next(ctx, p.NextCursor)
}

// autoPaging walks every page from the first: list is called with nil, then each next cursor. It
// stops after the first error (yielded with the zero item) or when the caller breaks.
func autoPaging[T any](list func(cursor *string) (*Page[T], error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var cursor *string
		for {
			page, err := list(cursor)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range page.Data {
				if !yield(item, nil) {
					return
				}
			}
			if !page.HasNextPage() {
				return
			}
			cursor = page.NextCursor
		}
	}
}
