// Copied from generators/go/contract/tenants_test.go by npm run generate: do not edit here, edit there.

//go:build contract

package contract

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

func TestTenants(t *testing.T) {
	ctx := context.Background()
	t.Run("tenants.crud", func(t *testing.T) {
		name := unique("Acme")
		created := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: name, Metadata: cognitionos.Metadata{"region": "eu"}}))(t)
		if created.Name != name || created.Status != cognitionos.TenantStatusActive || created.Metadata["region"] != "eu" || !strings.HasPrefix(created.ID, "ten_") {
			t.Fatalf("created %+v", created)
		}
		read := must(admin.Tenants.Get(ctx, created.ID))(t)
		if read.JSON.RawJSON() != created.JSON.RawJSON() {
			t.Errorf("read %s, created %s", read.JSON.RawJSON(), created.JSON.RawJSON())
		}
		updated := must(admin.Tenants.Update(ctx, created.ID, cognitionos.TenantUpdateParams{
			Name:     cognitionos.String(name + " Ltd"),
			Status:   cognitionos.TenantStatusSuspended,
			Metadata: cognitionos.Metadata{"region": "us"},
		}))(t)
		if updated.ID != created.ID || updated.Name != name+" Ltd" || updated.Status != cognitionos.TenantStatusSuspended || updated.Metadata["region"] != "us" {
			t.Errorf("updated %+v", updated)
		}
		// An empty map is sent as {} and clears the metadata (issue 23, defect 5).
		cleared := must(admin.Tenants.Update(ctx, created.ID, cognitionos.TenantUpdateParams{Metadata: cognitionos.Metadata{}}))(t)
		if len(cleared.Metadata) != 0 || cleared.Name != name+" Ltd" {
			t.Errorf("after clearing metadata %s", cleared.JSON.RawJSON())
		}
		if err := admin.Tenants.Delete(ctx, created.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := admin.Tenants.Get(ctx, created.ID); !errors.Is(err, cognitionos.ErrNotFound) {
			t.Errorf("after delete: %v", err)
		}
	})

	t.Run("tenants.list.autopaging", func(t *testing.T) {
		created := map[string]bool{}
		for range 5 {
			created[must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("page")}))(t).ID] = true
		}
		walk := func() []string {
			var ids []string
			for tenant, err := range admin.Tenants.ListAutoPaging(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(2)}) {
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, tenant.ID)
			}
			return ids
		}
		first := walk()
		distinct := map[string]bool{}
		mine := 0
		for _, id := range first {
			distinct[id] = true
			if created[id] {
				mine++
			}
		}
		if len(distinct) != len(first) || len(first) <= 4 || mine != 5 {
			t.Errorf("%d ids (%d distinct), %d of the 5 created", len(first), len(distinct), mine)
		}
		if second := walk(); !slices.Equal(first, second) {
			t.Error("a second walk gave another order")
		}
		page := must(admin.Tenants.List(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(2)}))(t)
		if len(page.Data) != 2 || !page.HasNextPage() {
			t.Errorf("first page %+v", page)
		}
	})

	t.Run("api_keys.lifecycle", func(t *testing.T) {
		tenant := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("keys")}))(t)
		key := must(admin.Tenants.APIKeys.New(ctx, tenant.ID, cognitionos.TenantAPIKeyNewParams{Name: "ci"}))(t)
		if !strings.HasPrefix(key.Secret, "cog_") {
			t.Fatalf("secret %q", key.Secret)
		}
		var mine *cognitionos.APIKey
		for listed, err := range admin.Tenants.APIKeys.ListAutoPaging(ctx, tenant.ID, cognitionos.TenantAPIKeyListParams{}) {
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(listed.JSON.RawJSON(), key.Secret) {
				t.Errorf("listed key shows its secret: %s", listed.JSON.RawJSON())
			}
			if listed.ID == key.ID {
				mine = &listed
			}
		}
		if mine == nil || strings.Contains(mine.Masked, key.Secret) {
			t.Fatalf("listed %+v", mine)
		}
		retrieved := must(admin.Tenants.APIKeys.Get(ctx, tenant.ID, key.ID))(t)
		if retrieved.Masked != mine.Masked || retrieved.RevokedAt != nil {
			t.Errorf("retrieved %+v", retrieved)
		}
		if own := must(clientFor(key.Secret, "COGNITIONOS_BASE_URL").Tenants.Get(ctx, tenant.ID))(t); own.ID != tenant.ID {
			t.Errorf("the key read %+v", own)
		}
		if revoked := must(admin.Tenants.APIKeys.Revoke(ctx, tenant.ID, key.ID))(t); revoked.RevokedAt == nil {
			t.Errorf("revoked %+v", revoked)
		}
	})

	t.Run("api_keys.revoked", func(t *testing.T) {
		tenant := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("revoked")}))(t)
		key := must(admin.Tenants.APIKeys.New(ctx, tenant.ID, cognitionos.TenantAPIKeyNewParams{Name: "old"}))(t)
		must(admin.Tenants.APIKeys.Revoke(ctx, tenant.ID, key.ID))(t)
		_, err := clientFor(key.Secret, "COGNITIONOS_BASE_URL").Tenants.Get(ctx, tenant.ID)
		var apiErr *cognitionos.Error
		if !errors.Is(err, cognitionos.ErrAuthentication) || !errors.As(err, &apiErr) || apiErr.StatusCode != 401 {
			t.Errorf("revoked key: %v", err)
		}
	})

	t.Run("subscription.lifecycle", func(t *testing.T) {
		tenant := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("sub")}))(t)
		sub := must(admin.Tenants.Subscription.Get(ctx, tenant.ID))(t)
		if sub.TenantID != tenant.ID || sub.Plan != cognitionos.PlanStarter || sub.CancelAtPeriodEnd {
			t.Errorf("subscription %+v", sub)
		}
		plan := cognitionos.PlanEnterprise
		updated := must(admin.Tenants.Subscription.Update(ctx, tenant.ID, cognitionos.TenantSubscriptionUpdateParams{Plan: plan, Seats: cognitionos.Int(25)}))(t)
		if updated.Plan != plan || updated.Seats != 25 {
			t.Errorf("updated %+v", updated)
		}
		if canceled := must(admin.Tenants.Subscription.Cancel(ctx, tenant.ID))(t); !canceled.CancelAtPeriodEnd {
			t.Errorf("canceled %+v", canceled)
		}
		if again := must(admin.Tenants.Subscription.Get(ctx, tenant.ID))(t); again.Plan != plan || !again.CancelAtPeriodEnd {
			t.Errorf("read after cancel %+v", again)
		}
	})

	t.Run("plugins.crud", func(t *testing.T) {
		tenant := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("plugins")}))(t)
		plugin := must(admin.Tenants.Plugins.Install(ctx, tenant.ID, cognitionos.TenantPluginInstallParams{
			Name: "crm-sync", Version: "1.2.0",
			Permissions: []cognitionos.PluginPermission{cognitionos.PluginPermissionMemoryRead, cognitionos.PluginPermissionUsageRead},
			Config:      cognitionos.PluginConfig{"channel": "#ops"},
		}))(t)
		if plugin.Name != "crm-sync" || plugin.Version != "1.2.0" || !plugin.Enabled || plugin.Config["channel"] != "#ops" {
			t.Fatalf("installed %+v", plugin)
		}
		page := must(admin.Tenants.Plugins.List(ctx, tenant.ID, cognitionos.TenantPluginListParams{}))(t)
		if !slices.ContainsFunc(page.Data, func(p cognitionos.Plugin) bool { return p.ID == plugin.ID }) {
			t.Errorf("list lacks %s", plugin.ID)
		}
		if read := must(admin.Tenants.Plugins.Get(ctx, tenant.ID, plugin.ID))(t); read.JSON.RawJSON() != plugin.JSON.RawJSON() {
			t.Errorf("read %s, installed %s", read.JSON.RawJSON(), plugin.JSON.RawJSON())
		}
		disabled := must(admin.Tenants.Plugins.Update(ctx, tenant.ID, plugin.ID, cognitionos.TenantPluginUpdateParams{Enabled: cognitionos.Bool(false), Config: cognitionos.PluginConfig{"channel": "#alerts"}}))(t)
		if disabled.Enabled || !reflect.DeepEqual(disabled.Config, cognitionos.PluginConfig{"channel": "#alerts"}) {
			t.Errorf("updated %+v", disabled)
		}
		if err := admin.Tenants.Plugins.Uninstall(ctx, tenant.ID, plugin.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := admin.Tenants.Plugins.Get(ctx, tenant.ID, plugin.ID); !errors.Is(err, cognitionos.ErrNotFound) {
			t.Errorf("after uninstall: %v", err)
		}
	})
}
