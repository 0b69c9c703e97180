package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.RequestOptions;
import io.cognitionos.errors.NotFoundException;
import io.cognitionos.models.DelayStep;
import io.cognitionos.models.Execution;
import io.cognitionos.models.ExecutionCreateParams;
import io.cognitionos.models.ExecutionStatus;
import io.cognitionos.models.ExecutionStepResult;
import io.cognitionos.models.Memory;
import io.cognitionos.models.MemoryListParams;
import io.cognitionos.models.MemoryScope;
import io.cognitionos.models.MemoryWriteStep;
import io.cognitionos.models.UsageRecordStep;
import io.cognitionos.models.Workflow;
import io.cognitionos.models.WorkflowCreateParams;
import io.cognitionos.models.WorkflowStep;
import io.cognitionos.models.WorkflowUpdateParams;
import io.cognitionos.services.WorkflowsService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkflowsContractTest {
    static WorkflowCreateParams delayed(String name, long durationMs) {
        return WorkflowCreateParams.builder().name(ContractEnv.unique(name)).addStep(DelayStep.builder().durationMs(durationMs).build()).build();
    }

    @Test
    @DisplayName("workflows.crud")
    void workflowLifecycle() {
        WorkflowsService workflows = ContractEnv.newTenant().client.workflows();
        String name = ContractEnv.unique("wf");
        Workflow created = workflows.create(WorkflowCreateParams.builder().name(name).description("first").addStep(DelayStep.builder().durationMs(1).build()).build());
        assertTrue(created.id().startsWith("wf_"));
        assertEquals(name, created.name());
        assertEquals(List.of(created.id()), workflows.list().autoPager().stream().map(Workflow::id).collect(Collectors.toList()));
        assertEquals("first", workflows.retrieve(created.id()).description());
        Workflow updated = workflows.update(created.id(), WorkflowUpdateParams.builder().name(name + "-2").description("second").build());
        assertEquals(name + "-2", updated.name());
        assertEquals("second", updated.description());
        assertEquals(name + "-2", workflows.update(created.id()).name(), "the short overload sends {} and changes nothing");
        workflows.delete(created.id());
        assertThrows(NotFoundException.class, () -> workflows.retrieve(created.id()));
    }

    @Test
    @DisplayName("workflows.steps.union")
    void eachStepVariantRoundTrips() {
        WorkflowsService workflows = ContractEnv.newTenant().client.workflows();
        Workflow created = workflows.create(WorkflowCreateParams.builder().name(ContractEnv.unique("union"))
                .addStep(DelayStep.builder().durationMs(25).build())
                .addStep(MemoryWriteStep.builder().scope(MemoryScope.SHARED).content("Met {{input.customer}}.").build())
                .addStep(WorkflowStep.ofUsageRecord(UsageRecordStep.builder().metric("tokens").quantity(1200).build()))
                .build());
        List<WorkflowStep> steps = workflows.retrieve(created.id()).steps();
        assertEquals(25, steps.get(0).delay().orElseThrow().durationMs());
        MemoryWriteStep memoryWrite = steps.get(1).memoryWrite().orElseThrow();
        assertEquals(MemoryScope.SHARED, memoryWrite.scope());
        assertEquals("Met {{input.customer}}.", memoryWrite.content());
        UsageRecordStep usageRecord = steps.get(2).usageRecord().orElseThrow();
        assertEquals("tokens", usageRecord.metric());
        assertEquals(1200.0, usageRecord.quantity());
    }

    @Test
    @DisplayName("executions.create_and_poll")
    void createAndPoll() {
        CognitionOSClient client = ContractEnv.newTenant().client;
        String marker = ContractEnv.unique("customer");
        Workflow workflow = client.workflows().create(WorkflowCreateParams.builder().name(ContractEnv.unique("poll"))
                .addStep(DelayStep.builder().durationMs(50).build())
                .addStep(MemoryWriteStep.builder().scope(MemoryScope.SHARED).content("Met {{input.customer}} today.").build())
                .build());
        Execution execution = client.workflows().executions().createAndPoll(workflow.id(),
                ExecutionCreateParams.builder().input(Map.of("customer", marker)).build(), RequestOptions.builder().pollInterval(Duration.ofMillis(100)).pollTimeout(Duration.ofSeconds(30)).build());
        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        Workflow delayOnly = client.workflows().create(delayed("poll-short", 10));
        assertEquals(ExecutionStatus.SUCCEEDED, client.workflows().executions().createAndPoll(delayOnly.id()).status(), "createAndPoll without params sends {}");
        assertEquals(List.of("succeeded", "succeeded"), execution.steps().stream().map(ExecutionStepResult::status).map(Object::toString).collect(Collectors.toList()));
        List<String> contents = client.memories().list(MemoryListParams.builder().scope(MemoryScope.SHARED).build()).autoPager().stream().map(Memory::content).collect(Collectors.toList());
        assertTrue(contents.contains("Met " + marker + " today."), contents.toString());
    }

    @Test
    @DisplayName("executions.list_cancel")
    void listAndCancel() throws InterruptedException {
        WorkflowsService workflows = ContractEnv.newTenant().client.workflows();
        Workflow workflow = workflows.create(delayed("cancel", 30000));
        Execution started = workflows.executions().create(workflow.id()); // the short overload sends {}
        assertEquals(List.of(started.id()), workflows.executions().list(workflow.id()).data().stream().map(Execution::id).collect(Collectors.toList()));
        workflows.executions().cancel(workflow.id(), started.id());
        Set<ExecutionStatus> terminal = Set.of(ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.CANCELED);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Execution current = workflows.executions().retrieve(workflow.id(), started.id());
        while (!terminal.contains(current.status()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            current = workflows.executions().retrieve(workflow.id(), started.id());
        }
        assertEquals(ExecutionStatus.CANCELED, current.status());
    }
}
