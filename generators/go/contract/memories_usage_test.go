//go:build contract

package contract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

func TestMemoriesAndUsage(t *testing.T) {
	ctx := context.Background()
	client := newTenant(t, "COGNITIONOS_BASE_URL").client

	t.Run("memories.crud", func(t *testing.T) {
		agent, tag := unique("agent"), unique("tag")
		memory := must(client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopePrivate, AgentID: cognitionos.String(agent), Content: "prefers Mondays", Tags: []string{tag}, Metadata: cognitionos.Metadata{"source": "chat"}}))(t)
		if memory.Scope != cognitionos.MemoryScopePrivate || memory.AgentID == nil || *memory.AgentID != agent || memory.Content != "prefers Mondays" || !slices.Equal(memory.Tags, []string{tag}) || memory.Metadata["source"] != "chat" {
			t.Fatalf("created %s", memory.JSON.RawJSON())
		}
		must(client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopeShared, Content: "someone else", Tags: []string{"other"}}))(t)
		if read := must(client.Memories.Get(ctx, memory.ID))(t); read.ID != memory.ID || read.Content != "prefers Mondays" {
			t.Errorf("read %+v", read)
		}
		filters := []cognitionos.MemoryListParams{
			{Scope: cognitionos.MemoryScopePrivate, AgentID: cognitionos.String(agent)},
			{Tag: cognitionos.String(tag)},
			{AgentID: cognitionos.String(agent)},
		}
		for _, filter := range filters {
			page := must(client.Memories.List(ctx, filter))(t)
			if len(page.Data) != 1 || page.Data[0].ID != memory.ID {
				t.Errorf("filter %+v gave %d memories", filter, len(page.Data))
			}
		}
		if err := client.Memories.Delete(ctx, memory.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := client.Memories.Get(ctx, memory.ID); !errors.Is(err, cognitionos.ErrNotFound) {
			t.Errorf("after delete: %v", err)
		}
	})

	t.Run("memories.search", func(t *testing.T) {
		word := strings.ReplaceAll(unique("zebra"), "-", "")
		best := must(client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopeGlobal, Content: word + " " + word + " " + word + " grazing"}))(t)
		must(client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopeGlobal, Content: "one " + word + " among many other words here"}))(t)
		must(client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopeGlobal, Content: "nothing relevant at all"}))(t)
		result := must(client.Memories.Search(ctx, cognitionos.MemorySearchParams{Query: word, TopK: cognitionos.Int(5)}))(t)
		if len(result.Data) < 2 || result.Data[0].Memory.ID != best.ID {
			t.Fatalf("hits %+v", result.Data)
		}
		scores := make([]float64, len(result.Data))
		for i, hit := range result.Data {
			scores[i] = -hit.Score
		}
		if !slices.IsSorted(scores) {
			t.Errorf("scores not descending: %v", scores)
		}
	})

	t.Run("usage.record_summary", func(t *testing.T) {
		metric := "tokens_" + strings.ReplaceAll(unique("m")[2:], "-", "")
		must(client.Usage.Record(ctx, cognitionos.UsageRecordParams{Metric: metric, Quantity: 5}))(t)
		must(client.Usage.Record(ctx, cognitionos.UsageRecordParams{Metric: metric, Quantity: 7}))(t)
		summary := must(client.Usage.Summary(ctx, cognitionos.UsageSummaryParams{Granularity: cognitionos.GranularityDay}))(t)
		totals := map[string]float64{}
		for _, total := range summary.Totals {
			totals[total.Metric] = total.Quantity
		}
		if totals[metric] != 12 || totals["api_calls"] <= 0 {
			t.Errorf("totals %v", totals)
		}
		only := must(client.Usage.Summary(ctx, cognitionos.UsageSummaryParams{Metric: cognitionos.String(metric), Granularity: cognitionos.GranularityHour}))(t)
		for _, bucket := range only.Data {
			if bucket.Metric != metric {
				t.Errorf("bucket of %s in a summary of %s", bucket.Metric, metric)
			}
		}
	})
}
