package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.keukentafel.sync.server.http.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI description and the running server's routes are the same set, with the same public ones. */
class OpenApiContractTest {
    private static TestServer server;
    private static final OpenApiSpec SPEC = OpenApiSpec.load();

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsServed() {
        Set<String> served = server.server.routes().stream().map(route -> route.method() + " " + route.path())
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = SPEC.operations().stream().map(OpenApiSpec.Operation::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(described).isEqualTo(served);
    }

    @Test
    void exactlyTheServersPublicRoutesDeclareAnEmptySecurityRequirement() {
        Map<String, Boolean> served = server.server.routes().stream()
            .collect(Collectors.toMap(route -> route.method() + " " + route.path(), Route::isPublic));
        Map<String, Boolean> described = SPEC.operations().stream()
            .collect(Collectors.toMap(OpenApiSpec.Operation::key, OpenApiSpec.Operation::isPublic));
        assertThat(described).isEqualTo(served);
        assertThat(described).containsEntry("GET /health", true).containsEntry("POST /auth/login", true)
            .containsEntry("POST /sync/push", false);
    }

    @Test
    void theBearerSchemeIsDeclaredGlobally() {
        JsonNode document = SPEC.document();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(document.path("security").get(0).has("bearer")).isTrue();
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        collectBrokenReferences(SPEC.document(), SPEC.document(), broken);
        assertThat(broken).isEmpty();
    }

    private static void collectBrokenReferences(JsonNode root, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && (!reference.asText().startsWith("#/") || root.at(reference.asText().substring(1)).isMissingNode())) {
                broken.add(reference.asText());
            }
            node.forEach(child -> collectBrokenReferences(root, child, broken));
        } else if (node.isArray()) {
            node.forEach(child -> collectBrokenReferences(root, child, broken));
        }
    }
}
