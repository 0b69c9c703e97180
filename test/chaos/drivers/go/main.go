// The chaos run's Go column: steady traffic through the Go SDK (protocol in test/chaos/columns.ts).
// Each iteration creates a memory, reads it back and records a usage metric, each named by the
// iteration so the store audit can count it; the SDK sends its own Idempotency-Keys.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	cognitionos "github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func envInt(name string) int {
	value, err := strconv.Atoi(os.Getenv(name))
	if err != nil {
		panic(fmt.Sprintf("%s: %v", name, err))
	}
	return value
}

// call makes one SDK call and prints it as one JSON line: what it was for, and how it ended as the
// caller saw it. fields gives the id (and whether the answer matched) of a successful call.
func call(op, key string, run func() (map[string]any, error)) map[string]any {
	started := time.Now()
	line := map[string]any{"op": op, "key": key}
	fields, err := run()
	if err == nil {
		line["ok"] = true
		for name, value := range fields {
			line[name] = value
		}
	} else {
		line["ok"] = false
		line["error"] = fmt.Sprintf("%T", err)
		var apiErr *cognitionos.Error
		if errors.As(err, &apiErr) {
			line["status"] = apiErr.StatusCode
		}
		var timeout *cognitionos.TimeoutError
		line["timeout"] = errors.As(err, &timeout)
	}
	line["ms"] = time.Since(started).Milliseconds()
	out, _ := json.Marshal(line)
	fmt.Println(string(out))
	return line
}

func main() {
	client := cognitionos.NewClient(
		option.WithAPIKey(os.Getenv("COGNITIONOS_API_KEY")),
		option.WithBaseURL(os.Getenv("COGNITIONOS_BASE_URL")),
		option.WithRequestTimeout(time.Duration(envInt("CHAOS_TIMEOUT_MS"))*time.Millisecond),
		option.WithMaxRetries(envInt("CHAOS_MAX_RETRIES")),
	)
	marker := os.Getenv("CHAOS_MARKER")
	ctx := context.Background()
	fmt.Println(`{"ready":true}`)
	text, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	endAt, err := strconv.ParseInt(strings.TrimSpace(text), 10, 64)
	if err != nil {
		panic(err)
	}
	for i := 0; time.Now().UnixMilli() < endAt && i < envInt("CHAOS_MAX_ITERATIONS"); i++ {
		content := fmt.Sprintf("%s %d", marker, i)
		var id string
		created := call("create", content, func() (map[string]any, error) {
			memory, err := client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopePrivate, Content: content})
			if err != nil {
				return nil, err
			}
			id = memory.ID
			return map[string]any{"id": memory.ID}, nil
		})
		if created["ok"] == true {
			call("retrieve", content, func() (map[string]any, error) {
				memory, err := client.Memories.Get(ctx, id)
				if err != nil {
					return nil, err
				}
				return map[string]any{"id": memory.ID, "mismatch": memory.Content != content}, nil
			})
		}
		metric := fmt.Sprintf("chaos_%s_%d", marker, i)
		call("record", metric, func() (map[string]any, error) {
			record, err := client.Usage.Record(ctx, cognitionos.UsageRecordParams{Metric: metric, Quantity: 1})
			if err != nil {
				return nil, err
			}
			return map[string]any{"id": record.ID}, nil
		})
		time.Sleep(time.Duration(envInt("CHAOS_PAUSE_MS")) * time.Millisecond)
	}
}
