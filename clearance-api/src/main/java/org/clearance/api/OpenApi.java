package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's OpenAPI 3 document, written by hand in {@code openapi.yaml} beside this class and
 * served as JSON, and the {@code /docs} page that shows it with Swagger UI from its WebJar in the jar
 * (nothing is fetched from the internet, so the page works on a closed network).
 *
 * @param json the document as JSON
 * @param page       the HTML of the docs page
 * @param pagePolicy its Content-Security-Policy, which allows its one inline script by hash
 */
record OpenApi(String json, String page, String pagePolicy) {
    static final String DOCUMENT = "openapi.yaml";
    private static final String PAGE = "docs.html";
    /** The WebJar's own record of its version, which is part of the path its files are served under. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    static OpenApi load() {
        JsonNode doc = document();
        String page = new String(bytes(PAGE), StandardCharsets.UTF_8).replace("{{version}}", swaggerUiVersion());
        Matcher script = INLINE_SCRIPT.matcher(page);
        if (!script.find()) {
            throw new IllegalStateException(PAGE + " has no inline script to start Swagger UI");
        }
        return new OpenApi(doc.toString(), page, SecurityHeaders.pagePolicy(script.group(1)));
    }

    /** The document as a tree. */
    static JsonNode document() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(bytes(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + DOCUMENT + " (a resource of clearance-api)", e);
        }
    }

    private static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in = OpenApi.class.getResourceAsStream(SWAGGER_UI_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI WebJar is not on the class path (" + SWAGGER_UI_POM + ")");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SWAGGER_UI_POM, e);
        }
        return p.getProperty("version");
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource + " beside " + OpenApi.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
