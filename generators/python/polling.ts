// Resources whose create starts something long-running: they also get create_and_poll, which waits
// for one of the final statuses. The spec has no marker for that, so this table is where it lives.
export const POLLED: Record<string, { final: string[] }> = {
  'workflows.executions': { final: ['succeeded', 'failed', 'canceled'] },
};
