// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { Workflow, WorkflowCreateParams, WorkflowListParams, WorkflowUpdateParams } from '../types.js';
import { Executions } from './executions.js';

/** `client.workflows`: `create` (`POST /workflows`), `list` (`GET /workflows`), `retrieve` (`GET /workflows/{workflow_id}`), `update` (`PATCH /workflows/{workflow_id}`), `delete` (`DELETE /workflows/{workflow_id}`). */
export class Workflows extends APIResource {
  /** The `workflows.executions` calls. */
  readonly executions: Executions = new Executions(this._client);

  /**
   * Create a workflow: `POST /workflows`
   *
   * Stores a workflow in the caller's tenant; run it with an execution.
   */
  create(params: WorkflowCreateParams, options?: RequestOptions): APIPromise<Workflow> {
    return this._client.post('/workflows', { body: params, ...options });
  }

  /**
   * List workflows: `GET /workflows`
   *
   * The tenant's workflows, oldest first.
   */
  list(params: WorkflowListParams = {}, options?: RequestOptions): PagePromise<Workflow> {
    return this._client.getAPIList('/workflows', { query: params, ...options });
  }

  /**
   * Retrieve a workflow: `GET /workflows/{workflow_id}`
   *
   * One workflow of the tenant, by id.
   */
  retrieve(workflowId: string, options?: RequestOptions): APIPromise<Workflow> {
    return this._client.get(path('/workflows/{workflow_id}', { workflowId }), { ...options });
  }

  /**
   * Update a workflow: `PATCH /workflows/{workflow_id}`
   *
   * Running executions keep the steps they started with.
   */
  update(workflowId: string, params: WorkflowUpdateParams = {}, options?: RequestOptions): APIPromise<Workflow> {
    return this._client.patch(path('/workflows/{workflow_id}', { workflowId }), { body: params, ...options });
  }

  /**
   * Delete a workflow: `DELETE /workflows/{workflow_id}`
   *
   * Cancels its unfinished executions and deletes them with it.
   */
  delete(workflowId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path('/workflows/{workflow_id}', { workflowId }), { ...options });
  }
}
