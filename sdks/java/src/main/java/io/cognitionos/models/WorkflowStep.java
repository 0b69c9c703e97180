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

    /**
     * Wraps decoded JSON.
     *
     * @param json the JSON object, as the API sent it
     */
    public WorkflowStep(ObjectNode json) {
        super(json);
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /**
     * Which variant this is: its {@code type}.
     *
     * @return the {@code type} value, also one this SDK version does not know
     */
    public String type() {
        return required("type", Json.STRING);
    }

    /**
     * A {@code WorkflowStep} holding a {@link DelayStep}.
     *
     * @param delay the variant
     * @return the union of that variant
     */
    public static WorkflowStep ofDelay(DelayStep delay) {
        return new WorkflowStep(Json.MAPPER.valueToTree(delay));
    }

    /**
     * Whether its {@code type} is {@code delay}.
     *
     * @return true for a {@link DelayStep}
     */
    public boolean isDelay() {
        return "delay".equals(type());
    }

    /**
     * This value as a {@link DelayStep}.
     *
     * @return the variant, empty when this is another one
     */
    public Optional<DelayStep> delay() {
        return isDelay() ? Optional.of(new DelayStep(toJsonNode())) : Optional.empty();
    }

    /**
     * A {@code WorkflowStep} holding a {@link MemoryWriteStep}.
     *
     * @param memoryWrite the variant
     * @return the union of that variant
     */
    public static WorkflowStep ofMemoryWrite(MemoryWriteStep memoryWrite) {
        return new WorkflowStep(Json.MAPPER.valueToTree(memoryWrite));
    }

    /**
     * Whether its {@code type} is {@code memory_write}.
     *
     * @return true for a {@link MemoryWriteStep}
     */
    public boolean isMemoryWrite() {
        return "memory_write".equals(type());
    }

    /**
     * This value as a {@link MemoryWriteStep}.
     *
     * @return the variant, empty when this is another one
     */
    public Optional<MemoryWriteStep> memoryWrite() {
        return isMemoryWrite() ? Optional.of(new MemoryWriteStep(toJsonNode())) : Optional.empty();
    }

    /**
     * A {@code WorkflowStep} holding a {@link UsageRecordStep}.
     *
     * @param usageRecord the variant
     * @return the union of that variant
     */
    public static WorkflowStep ofUsageRecord(UsageRecordStep usageRecord) {
        return new WorkflowStep(Json.MAPPER.valueToTree(usageRecord));
    }

    /**
     * Whether its {@code type} is {@code usage_record}.
     *
     * @return true for a {@link UsageRecordStep}
     */
    public boolean isUsageRecord() {
        return "usage_record".equals(type());
    }

    /**
     * This value as a {@link UsageRecordStep}.
     *
     * @return the variant, empty when this is another one
     */
    public Optional<UsageRecordStep> usageRecord() {
        return isUsageRecord() ? Optional.of(new UsageRecordStep(toJsonNode())) : Optional.empty();
    }
}
