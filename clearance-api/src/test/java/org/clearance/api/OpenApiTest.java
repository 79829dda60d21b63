package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearance.api.OperationsTest.get;
import static org.clearance.api.OperationsTest.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the server's own routes: every route is described (a route added
 * without its description fails here), it parses as OpenAPI 3, and the docs page works from the jar.
 */
class OpenApiTest {
    @TempDir
    static Path home;
    private static ApiServer server;
    private static OpenAPI api;

    @BeforeAll
    static void start() {
        // the routes exist from the start; the lists are not needed, so the loader just fails
        server = OperationsTest.start(home, db -> () -> {
            throw new IllegalStateException("no lists in this test");
        }, new PrintWriter(new StringWriter()));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(OpenApi.load().json(), null, options);
        assertThat(parsed.getMessages()).as("OpenAPI parser messages").isEmpty();
        api = parsed.getOpenAPI();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyRegisteredRouteIsDescribed() {
        assertThat(server.routeList()).hasSizeGreaterThanOrEqualTo(10);
        Set<String> missing = new TreeSet<>();
        for (Operations.Route r : server.routeList()) {
            PathItem item = api.getPaths().get(openApiPath(r.path()));
            if (item == null || !item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(r.method()))) {
                missing.add(r.method() + " " + r.path());
            }
        }
        assertThat(missing).as("routes not described in clearance-api/src/main/resources/org/clearance/api/"
                + OpenApi.DOCUMENT + "; describe them there").isEmpty();
    }

    @Test
    void everyDescribedOperationIsARoute() {
        Set<String> routes = new TreeSet<>();
        server.routeList().forEach(r -> routes.add(r.method() + " " + openApiPath(r.path())));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(m ->
                assertThat(routes).as("described but not served").contains(m.name() + " " + path)));
    }

    @Test
    void operationsHaveIdsAndAnswers() {
        Set<String> ids = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((m, op) -> {
            assertThat(op.getOperationId()).as("%s %s operationId", m, path).isNotBlank();
            assertThat(ids.add(op.getOperationId())).as("unique operationId %s", op.getOperationId()).isTrue();
            assertThat(op.getResponses()).as("%s %s responses", m, path).containsKey("200");
        }));
        // the match body is yente's: queries of examples with schema and properties
        var match = api.getPaths().get("/match/{dataset}").getPost();
        var body = match.getRequestBody().getContent().get("application/json").getSchema();
        assertThat(body.get$ref()).endsWith("MatchRequest");
        assertThat(api.getComponents().getSchemas().get("QueryExample").getRequired()).contains("schema", "properties");
    }

    @Test
    void theDocumentIsServedAsJsonAndThePageFromTheJar() throws Exception {
        HttpResponse<String> doc = send(get(server, "/openapi.json"));
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(new ObjectMapper().readTree(doc.body())).isEqualTo(OpenApi.document());

        HttpResponse<String> page = send(get(server, "/docs"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(page.body()).contains("/openapi.json").doesNotContain("{{", "https://", "http://");
        Matcher m = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
        int assets = 0;
        while (m.find()) {
            HttpResponse<String> asset = send(get(server, m.group(1)));
            assertThat(asset.statusCode()).as(m.group(1)).isEqualTo(200);
            assertThat(asset.body().length()).as(m.group(1)).isGreaterThan(1000);
            assets++;
        }
        assertThat(assets).as("script and style sheet").isEqualTo(2);
    }

    /** Javalin writes path parameters {x} or <x>; OpenAPI writes {x}. */
    private static String openApiPath(String javalinPath) {
        return javalinPath.replaceAll("<([^>]+)>", "{$1}");
    }
}
