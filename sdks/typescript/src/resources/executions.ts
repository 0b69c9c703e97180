// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { pollUntilDone, type PollOptions } from '../core/polling.js';
import { path } from '../internal/path.js';
import type { Execution, ExecutionCreateParams, ExecutionListParams } from '../types.js';

export class Executions extends APIResource {
  /** Start an execution: `POST /workflows/{workflow_id}/executions` */
  create(workflowId: string, params: ExecutionCreateParams = {}, options?: RequestOptions): APIPromise<Execution> {
    return this._client.post(path('/workflows/{workflowId}/executions', { workflowId }), { body: params, ...options });
  }

  /** Like `create`, then re-reads until `status` is succeeded, failed, canceled. */
  createAndPoll(workflowId: string, params: ExecutionCreateParams = {}, options?: PollOptions): Promise<Execution> {
    return pollUntilDone(this.create(workflowId, params, options), (id, readOptions) => this.retrieve(workflowId, id, readOptions), { statusField: 'status', terminal: ['succeeded', 'failed', 'canceled'], intervalMs: 500, timeoutMs: 300000 }, options);
  }

  /** List a workflow's executions: `GET /workflows/{workflow_id}/executions` */
  list(workflowId: string, params: ExecutionListParams = {}, options?: RequestOptions): PagePromise<Execution> {
    return this._client.getAPIList(path('/workflows/{workflowId}/executions', { workflowId }), { query: params, ...options });
  }

  /** Retrieve an execution: `GET /workflows/{workflow_id}/executions/{execution_id}` */
  retrieve(workflowId: string, executionId: string, options?: RequestOptions): APIPromise<Execution> {
    return this._client.get(path('/workflows/{workflowId}/executions/{executionId}', { workflowId, executionId }), { ...options });
  }

  /** Cancel an execution: `POST /workflows/{workflow_id}/executions/{execution_id}/cancel` */
  cancel(workflowId: string, executionId: string, options?: RequestOptions): APIPromise<Execution> {
    return this._client.post(path('/workflows/{workflowId}/executions/{executionId}/cancel', { workflowId, executionId }), { ...options });
  }
}
