package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.access.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 10: one client trying many names, one wrong password each (which the pause per name never
 * sees), is refused after {@link SignInPages#MAX_FAILURES_PER_CLIENT} with 429 and Retry-After, while another
 * client still signs in. The trying client is 127.0.0.2, so that the other tests' client, 127.0.0.1, is not paused.
 */
class SignInThrottleTest {
    private static final Pattern COOKIE = Pattern.compile("Set-Cookie: clearance_signin=([^;]+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void aClientTryingManyNamesIsPausedAndOthersAreNot() throws Exception {
        WebFixture fixture = WebFixture.get();
        int port = URI.create(fixture.url("/")).getPort();
        InetAddress trying = InetAddress.getByName("127.0.0.2");
        String login = send(port, trying, "GET /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String cookie = find(COOKIE, login);
        String token = find(TOKEN, login);
        int refusedAt = -1;
        String refused = null;
        for (int i = 1; i <= 40 && refused == null; i++) {
            String reply = signIn(port, trying, cookie, token, "guess-" + i, "password " + i);
            if (reply.startsWith("HTTP/1.1 429")) {
                refusedAt = i;
                refused = reply;
            } else {
                assertThat(reply).startsWith("HTTP/1.1 401");
            }
        }
        assertThat(refusedAt).isEqualTo(SignInPages.MAX_FAILURES_PER_CLIENT + 1);
        long retryAfter = Long.parseLong(find(Pattern.compile("Retry-After: (\\d+)"), refused));
        assertThat(retryAfter).isBetween(SignInPages.FAILURE_WINDOW.toSeconds() - 60, SignInPages.FAILURE_WINDOW.toSeconds() + 1);
        assertThat(refused).contains("Too many wrong sign-ins from your address");
        // the right password from that client is refused too: else the pause would only slow guessing
        String user = fixture.user("eve", Role.SCREEN);
        assertThat(signIn(port, trying, cookie, token, user, WebFixture.PASSWORD)).startsWith("HTTP/1.1 429");
        // another client is not paused
        assertThat(signIn(port, InetAddress.getByName("127.0.0.1"), cookie, token, user, WebFixture.PASSWORD))
                .startsWith("HTTP/1.1 303");
    }

    private static String signIn(int port, InetAddress from, String cookie, String token, String name, String password)
            throws Exception {
        String form = "_csrf=" + enc(token) + "&next=%2F&name=" + enc(name) + "&password=" + enc(password);
        return send(port, from, "POST /login HTTP/1.1\r\nHost: x\r\nCookie: clearance_signin=" + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
    }

    /** One request over a connection made from the address {@code from}. */
    private static String send(int port, InetAddress from, String request) throws Exception {
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port, from, 0)) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("%s in%n%s", p, text).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
