package org.clearance.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in user over plain HTTP (no browser), for refusals and downloads where a browser adds
 * nothing: signs in through the form as a person would, then sends the session cookie and CSRF token.
 */
final class WebSession {
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern BODY_CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final WebFixture fixture;
    private final String cookie;
    final String csrf;

    /** A session already open, such as a browser's. */
    WebSession(WebFixture fixture, String cookie) throws Exception {
        this.fixture = fixture;
        this.cookie = cookie;
        this.csrf = find(BODY_CSRF, get("/").body());
    }

    /** Signs in through the form as {@code name}. */
    static WebSession signIn(WebFixture fixture, String name) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String formCookie = cookieOf(login, "clearance_signin");
        String token = find(HIDDEN_CSRF, login.body());
        String form = "_csrf=" + enc(token) + "&next=%2F&name=" + enc(name) + "&password=" + enc(WebFixture.PASSWORD);
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login")))
                .header("Cookie", "clearance_signin=" + formCookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (in.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed: " + in.statusCode() + " " + in.body());
        }
        return new WebSession(fixture, cookieOf(in, Guard.COOKIE));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a plain form with the session's CSRF token, as a page's form without htmx does. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=" + enc(csrf));
        fields.forEach((k, v) -> form.append('&').append(enc(k)).append('=').append(enc(v)));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form: the file part and the other fields, with the session's CSRF token. */
    HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields) throws Exception {
        return upload(path, "file", fileName, content, fields);
    }

    /** Posts a multipart form whose file is in the field {@code fileField}. */
    HttpResponse<String> upload(String path, String fileField, String fileName, byte[] content, Map<String, String> fields) throws Exception {
        String boundary = "----clearance-test-boundary-7d1f";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n").append(csrf).append("\r\n");
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(fixture.url(path))).header("Cookie", Guard.COOKIE + "=" + cookie)
                .header("Accept", "text/html");
    }

    private static String cookieOf(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no cookie " + name + " in " + r.headers()));
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + p + " in " + text);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
