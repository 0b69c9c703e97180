// What `npm start` tells the person who started it (on stderr: stdout is the JSON log): where the API
// and its docs are, which admin key is in force, and how to get from the admin key to a tenant key.
import type { AdminKeyStart } from './admin-key.ts';

const INDENT = ' '.repeat(17);
const ROTATE = 'npm start -- --rotate-admin-key (or COGNITIONOS_ROTATE_ADMIN_KEY=1)';

function adminKeyLine(admin: AdminKeyStart, dbFile: string): string {
  switch (admin.source) {
    case 'environment':
      return 'from COGNITIONOS_ADMIN_KEY';
    case 'stored':
      return `the one printed at the first start on ${dbFile} (only its hash is kept). Lost it? ${ROTATE} prints a new one and retires it.`;
    case 'rotated':
      return `${admin.key}  (new; the previous admin key answers 401 from now on. Shown once: only its hash is kept)`;
    case 'first start':
      return dbFile === ':memory:'
        ? `${admin.key}  (the store is in memory: a new key at every start)`
        : `${admin.key}  (shown once: only its hash is kept, in ${dbFile}; it stays the same across restarts. Lost it? ${ROTATE})`;
  }
}

export function bannerLines(apiUrl: string, docsUrl: string, admin: AdminKeyStart, dbFile: string): string[] {
  return [
    `CognitionOS API  ${apiUrl}`,
    `Docs             ${docsUrl}`,
    `Admin key        ${adminKeyLine(admin, dbFile)}`,
    `${INDENT}The admin key manages tenants; workflow, memory and usage calls need a tenant key. Make one:`,
    `${INDENT}  export COGNITIONOS_BASE_URL=${apiUrl} COGNITIONOS_API_KEY=<admin key>`,
    `${INDENT}  npx cognition-cli tenants create --name acme                      # prints the tenant and its id`,
    `${INDENT}  npx cognition-cli tenants api-keys create <tenant_id> --name dev  # prints the tenant key, once`,
  ];
}
