// Copied from generators/go/contract/environment_test.go by npm run generate: do not edit here, edit there.

//go:build contract

// Package contract is the Go column of the contract matrix: one subtest per scenario id of
// test/contract/scenarios.json, against the servers test/contract/run.ts starts and names in
// environment variables. Run without them it fails at once: a suite that quietly skips proves nothing.
package contract

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

var required = []string{
	"COGNITIONOS_BASE_URL",
	"COGNITIONOS_DIRECT_BASE_URL",
	"COGNITIONOS_ADMIN_KEY",
	"COGNITIONOS_LIMITED_BASE_URL",
	"COGNITIONOS_SLOW_BASE_URL",
	"COGNITIONOS_NEWER_BASE_URL",
	"COGNITIONOS_FAULTY_BASE_URL",
	"COGNITIONOS_FAULTFREE_BASE_URL",
	"COGNITIONOS_REPORT_FILE",
}

var env = map[string]string{}

var admin *cognitionos.Client

func TestMain(m *testing.M) {
	for _, name := range required {
		if env[name] = os.Getenv(name); env[name] == "" {
			fmt.Fprintf(os.Stderr, "contract suite needs %s: run it through test/contract/run.ts (npm test), not on its own\n", name)
			os.Exit(1)
		}
	}
	admin = clientFor(env["COGNITIONOS_ADMIN_KEY"], "COGNITIONOS_BASE_URL")
	if err := checkSpecVersion(admin); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// checkSpecVersion: the server must speak the spec this SDK was generated from.
func checkSpecVersion(client *cognitionos.Client) error {
	var resp *http.Response
	if _, err := client.Health.Check(context.Background(), option.WithResponseInto(&resp)); err != nil {
		return err
	}
	if got := resp.Header.Get(policy.SpecVersionHeader); got != cognitionos.SpecVersion {
		return fmt.Errorf("server spec version %q, SDK generated from %q", got, cognitionos.SpecVersion)
	}
	return nil
}

func clientFor(apiKey, server string, opts ...option.RequestOption) *cognitionos.Client {
	return cognitionos.NewClient(append([]option.RequestOption{option.WithAPIKey(apiKey), option.WithBaseURL(env[server])}, opts...)...)
}

// unique is a name no other test (or earlier run on the same server) uses.
func unique(prefix string) string {
	random := make([]byte, 4)
	_, _ = rand.Read(random)
	return prefix + "-" + hex.EncodeToString(random)
}

// session is a fresh tenant with its own key (tenant-scoped resources need a tenant key).
type session struct {
	tenant *cognitionos.Tenant
	apiKey string
	client *cognitionos.Client
}

func newTenant(t *testing.T, server string, opts ...option.RequestOption) session {
	t.Helper()
	ctx := context.Background()
	tenantAdmin := clientFor(env["COGNITIONOS_ADMIN_KEY"], server)
	tenant := must(tenantAdmin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("contract")}))(t)
	key := must(tenantAdmin.Tenants.APIKeys.New(ctx, tenant.ID, cognitionos.TenantAPIKeyNewParams{Name: "contract"}))(t)
	return session{tenant: tenant, apiKey: key.Secret, client: clientFor(key.Secret, server, opts...)}
}

// must fails the test on err, else gives the value: must(client.Tenants.Get(ctx, id))(t).
func must[T any](value T, err error) func(t *testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return value
	}
}

// exchange is one attempt as the recording transport saw it.
type exchange struct {
	header     http.Header
	sentAt     time.Time
	status     int
	retryAfter string
}

// recorder is an http.RoundTripper that only records what each attempt sent and got.
type recorder struct {
	mu        sync.Mutex
	exchanges []exchange
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	index := len(r.exchanges)
	r.exchanges = append(r.exchanges, exchange{header: req.Header.Clone(), sentAt: time.Now()})
	r.mu.Unlock()
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil {
		r.mu.Lock()
		r.exchanges[index].status, r.exchanges[index].retryAfter = resp.StatusCode, resp.Header.Get("Retry-After")
		r.mu.Unlock()
	}
	return resp, err
}

func (r *recorder) client() option.RequestOption {
	return option.WithHTTPClient(&http.Client{Transport: r})
}

func (r *recorder) seen() []exchange {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]exchange(nil), r.exchanges...)
}
