// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/**
 * One of {@link DelayStep}, {@link MemoryWriteStep}, {@link UsageRecordStep}, told apart by {@code type}. A type this SDK
 * version does not know is kept: {@link #type()} names it and {@link #_json()} holds all of it.
 */
public final class WorkflowStep extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type");

    public WorkflowStep(ObjectNode json) {
        super(json);
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    public String type() {
        return required("type", Json.STRING);
    }

    public static WorkflowStep ofDelay(DelayStep delay) {
        return new WorkflowStep(Json.MAPPER.valueToTree(delay));
    }

    public boolean isDelay() {
        return "delay".equals(type());
    }

    public Optional<DelayStep> delay() {
        return isDelay() ? Optional.of(new DelayStep(toJsonNode())) : Optional.empty();
    }

    public static WorkflowStep ofMemoryWrite(MemoryWriteStep memoryWrite) {
        return new WorkflowStep(Json.MAPPER.valueToTree(memoryWrite));
    }

    public boolean isMemoryWrite() {
        return "memory_write".equals(type());
    }

    public Optional<MemoryWriteStep> memoryWrite() {
        return isMemoryWrite() ? Optional.of(new MemoryWriteStep(toJsonNode())) : Optional.empty();
    }

    public static WorkflowStep ofUsageRecord(UsageRecordStep usageRecord) {
        return new WorkflowStep(Json.MAPPER.valueToTree(usageRecord));
    }

    public boolean isUsageRecord() {
        return "usage_record".equals(type());
    }

    public Optional<UsageRecordStep> usageRecord() {
        return isUsageRecord() ? Optional.of(new UsageRecordStep(toJsonNode())) : Optional.empty();
    }
}
