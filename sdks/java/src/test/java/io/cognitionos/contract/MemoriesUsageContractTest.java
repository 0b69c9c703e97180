// Generated from generators/java/contract/MemoriesUsageContractTest.java by generators/java. Do not edit: change that file.
package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.errors.NotFoundException;
import io.cognitionos.models.Granularity;
import io.cognitionos.models.Memory;
import io.cognitionos.models.MemoryCreateParams;
import io.cognitionos.models.MemoryListParams;
import io.cognitionos.models.MemoryScope;
import io.cognitionos.models.MemorySearchHit;
import io.cognitionos.models.MemorySearchParams;
import io.cognitionos.models.UsageRecordParams;
import io.cognitionos.models.UsageSummary;
import io.cognitionos.models.UsageSummaryParams;
import io.cognitionos.models.UsageTotal;
import io.cognitionos.services.MemoriesService;
import io.cognitionos.services.UsageService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoriesUsageContractTest {
    static List<String> ids(MemoriesService memories, MemoryListParams params) {
        return memories.list(params).autoPager().stream().map(Memory::id).collect(Collectors.toList());
    }

    @Test
    @DisplayName("memories.crud")
    void memoryLifecycle() {
        MemoriesService memories = ContractEnv.newTenant().client.memories();
        Memory mine = memories.create(MemoryCreateParams.builder().scope(MemoryScope.PRIVATE).agentId("agent-7").content("Likes tea.")
                .addTag("prefs").metadata(Map.of("source", "chat")).build());
        Memory other = memories.create(MemoryCreateParams.builder().scope(MemoryScope.SHARED).content("Office closes at six.").addTag("office").build());
        assertEquals("Likes tea.", memories.retrieve(mine.id()).content());
        assertEquals(List.of(mine.id()), ids(memories, MemoryListParams.builder().scope(MemoryScope.PRIVATE).build()));
        assertEquals(List.of(mine.id()), ids(memories, MemoryListParams.builder().agentId("agent-7").build()));
        assertEquals(List.of(other.id()), ids(memories, MemoryListParams.builder().tag("office").build()));
        memories.delete(mine.id());
        assertThrows(NotFoundException.class, () -> memories.retrieve(mine.id()));
    }

    @Test
    @DisplayName("memories.search")
    void memorySearch() {
        MemoriesService memories = ContractEnv.newTenant().client.memories();
        Memory best = memories.create(MemoryCreateParams.builder().scope(MemoryScope.SHARED)
                .content("Quarterly revenue report for the board: revenue up, revenue forecast raised.").build());
        memories.create(MemoryCreateParams.builder().scope(MemoryScope.SHARED).content("The revenue team lunch is on Friday.").build());
        memories.create(MemoryCreateParams.builder().scope(MemoryScope.SHARED).content("Parking lot is closed for repairs.").build());
        List<MemorySearchHit> hits = memories.search(MemorySearchParams.builder().query("revenue report").topK(5).build()).data();
        assertEquals(best.id(), hits.get(0).memory().id());
        List<Double> scores = hits.stream().map(MemorySearchHit::score).collect(Collectors.toList());
        assertEquals(scores.stream().sorted(Comparator.reverseOrder()).collect(Collectors.toList()), scores);
        assertTrue(scores.get(0) > 0);
    }

    @Test
    @DisplayName("usage.record_summary")
    void usage() {
        UsageService usage = ContractEnv.newTenant().client.usage();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        usage.record(UsageRecordParams.builder().metric("tokens").quantity(1200).build());
        usage.record(UsageRecordParams.builder().metric("tokens").quantity(300).build());
        UsageSummary summary = usage.summary(UsageSummaryParams.builder().start(now.minusHours(1)).end(now.plusMinutes(1)).granularity(Granularity.HOUR).build());
        Map<String, Double> totals = summary.totals().stream().collect(Collectors.toMap(UsageTotal::metric, UsageTotal::quantity));
        assertEquals(1500.0, totals.get("tokens"));
        assertTrue(totals.get("api_calls") >= 2, "the server meters the tenant's own calls");
    }
}
