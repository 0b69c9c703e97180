// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { pollUntilDone, type PollOptions } from '../core/polling.js';
import { path } from '../internal/path.js';
import type { Execution, ExecutionCreateParams, ExecutionListParams } from '../types.js';

/** `client.workflows.executions`: `create` (`POST /workflows/{workflow_id}/executions`), `list` (`GET /workflows/{workflow_id}/executions`), `retrieve` (`GET /workflows/{workflow_id}/executions/{execution_id}`), `cancel` (`POST /workflows/{workflow_id}/executions/{execution_id}/cancel`). */
export class Executions extends APIResource {
  /**
   * Start an execution: `POST /workflows/{workflow_id}/executions`
   *
   * Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.
   */
  create(workflowId: string, params: ExecutionCreateParams = {}, options?: RequestOptions): APIPromise<Execution> {
    return this._client.post(path('/workflows/{workflow_id}/executions', { workflowId }), { body: params, ...options });
  }

  /** Like `create` (`POST /workflows/{workflow_id}/executions`), then re-reads it until `status` is succeeded, failed, canceled. */
  createAndPoll(workflowId: string, params: ExecutionCreateParams = {}, options?: PollOptions): Promise<Execution> {
    return pollUntilDone(this.create(workflowId, params, options), (id, readOptions) => this.retrieve(workflowId, id, readOptions), { statusField: 'status', terminal: ['succeeded', 'failed', 'canceled'], intervalMs: 500, timeoutMs: 300000 }, options);
  }

  /**
   * List a workflow's executions: `GET /workflows/{workflow_id}/executions`
   *
   * Oldest first, whatever their status.
   */
  list(workflowId: string, params: ExecutionListParams = {}, options?: RequestOptions): PagePromise<Execution> {
    return this._client.getAPIList(path('/workflows/{workflow_id}/executions', { workflowId }), { query: params, ...options });
  }

  /**
   * Retrieve an execution: `GET /workflows/{workflow_id}/executions/{execution_id}`
   *
   * Its status and each step's; poll it until `status` is final.
   */
  retrieve(workflowId: string, executionId: string, options?: RequestOptions): APIPromise<Execution> {
    return this._client.get(path('/workflows/{workflow_id}/executions/{execution_id}', { workflowId, executionId }), { ...options });
  }

  /**
   * Cancel an execution: `POST /workflows/{workflow_id}/executions/{execution_id}/cancel`
   *
   * Stops an unfinished execution; a finished one is a 409.
   */
  cancel(workflowId: string, executionId: string, options?: RequestOptions): APIPromise<Execution> {
    return this._client.post(path('/workflows/{workflow_id}/executions/{execution_id}/cancel', { workflowId, executionId }), { ...options });
  }
}
