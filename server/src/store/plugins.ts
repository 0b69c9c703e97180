import type { z } from 'zod';
import type { PluginInstallParams, Plugin as PluginSchema, PluginUpdateParams } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { json, limitBy, now, page, parsed, type Db, type WithJson } from './db.ts';

export type Plugin = z.output<typeof PluginSchema>;
/** The table's row: the spec's Plugin with lists and maps as JSON text and the flag as 0/1. */
type PluginRow = Omit<WithJson<Plugin, 'permissions' | 'config'>, 'enabled'> & { enabled: number };

const toPlugin = (row: PluginRow): Plugin => ({
  ...row,
  permissions: parsed(row.permissions),
  enabled: row.enabled === 1,
  config: parsed(row.config),
});

const distinct = <T>(values: T[]) => [...new Set(values)];

export function pluginStore(db: Db) {
  const insert = db.prepare('INSERT INTO plugins VALUES (@id, @tenant_id, @name, @version, @permissions, @enabled, @config, @created_at, @updated_at)');
  const byId = db.prepare<[string, string], PluginRow>('SELECT * FROM plugins WHERE tenant_id = ? AND id = ?');
  const byName = db.prepare<[string, string], Pick<PluginRow, 'id'>>('SELECT id FROM plugins WHERE tenant_id = ? AND name = ?');
  const listAfter = db.prepare<[string, string, number], PluginRow>(`SELECT * FROM plugins WHERE tenant_id = ? AND id > ? ORDER BY id ${limitBy('?')}`);
  const update = db.prepare('UPDATE plugins SET version = @version, permissions = @permissions, enabled = @enabled, config = @config, updated_at = @updated_at WHERE id = @id');
  const remove = db.prepare('DELETE FROM plugins WHERE id = ?');
  const toRow = (plugin: Plugin) => ({ ...plugin, permissions: json(distinct(plugin.permissions)), enabled: plugin.enabled ? 1 : 0, config: json(plugin.config) });

  return {
    get: (tenantId: string, id: string) => {
      const row = byId.get(tenantId, id);
      return row && toPlugin(row);
    },
    list: (tenantId: string, after: string, limit: number) => page(listAfter.all(tenantId, after, limit + 1).map(toPlugin), limit),
    /** null when the tenant already has a plugin of that name. */
    install(tenantId: string, input: z.output<typeof PluginInstallParams>): Plugin | null {
      if (byName.get(tenantId, input.name)) return null;
      const at = now();
      const plugin = { id: newId('plg'), tenant_id: tenantId, ...input, permissions: distinct(input.permissions), config: input.config ?? {}, created_at: at, updated_at: at };
      insert.run(toRow(plugin));
      return plugin;
    },
    update(plugin: Plugin, changes: z.output<typeof PluginUpdateParams>): Plugin {
      const next = { ...plugin, ...changes, updated_at: now() };
      next.permissions = distinct(next.permissions);
      update.run(toRow(next));
      return next;
    },
    uninstall: (id: string) => remove.run(id),
  };
}
