// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos;

import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Construct;
import io.cognitionos.services.HealthServiceAsync;
import io.cognitionos.services.TenantsServiceAsync;
import io.cognitionos.services.WorkflowsServiceAsync;
import io.cognitionos.services.MemoriesServiceAsync;
import io.cognitionos.services.UsageServiceAsync;

/** {@code client.async()}: every service of the client, each method answering a CompletableFuture. */
public final class CognitionOSClientAsync {
    private final HealthServiceAsync health;
    private final TenantsServiceAsync tenants;
    private final WorkflowsServiceAsync workflows;
    private final MemoriesServiceAsync memories;
    private final UsageServiceAsync usage;

    CognitionOSClientAsync(ClientCore core) {
        this.health = Construct.service(HealthServiceAsync.class, core);
        this.tenants = Construct.service(TenantsServiceAsync.class, core);
        this.workflows = Construct.service(WorkflowsServiceAsync.class, core);
        this.memories = Construct.service(MemoriesServiceAsync.class, core);
        this.usage = Construct.service(UsageServiceAsync.class, core);
    }

    /**
     * The health operations.
     *
     * @return that service
     */
    public HealthServiceAsync health() {
        return health;
    }

    /**
     * The tenants operations.
     *
     * @return that service
     */
    public TenantsServiceAsync tenants() {
        return tenants;
    }

    /**
     * The workflows operations.
     *
     * @return that service
     */
    public WorkflowsServiceAsync workflows() {
        return workflows;
    }

    /**
     * The memories operations.
     *
     * @return that service
     */
    public MemoriesServiceAsync memories() {
        return memories;
    }

    /**
     * The usage operations.
     *
     * @return that service
     */
    public UsageServiceAsync usage() {
        return usage;
    }
}
