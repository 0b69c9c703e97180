// The DESIGN example (Java surface), run by the Maven consumer of the release dry run.
import io.cognitionos.CognitionOSClient;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.TenantListParams;
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        CognitionOSClient client = CognitionOSClient.builder().apiKey(System.getenv("COGNITIONOS_API_KEY")).build();
        Tenant tenant = client.tenants().create(TenantCreateParams.builder().name("Acme").build());
        List<String> ids = new ArrayList<>();
        for (Tenant t : client.tenants().list(TenantListParams.builder().limit(50).build()).autoPager()) ids.add(t.id());
        if (!ids.contains(tenant.id())) throw new IllegalStateException("created " + tenant.id() + " but the list has " + ids);
        System.out.println("created " + tenant.id() + ", listed " + ids.size() + " tenants");
    }
}
