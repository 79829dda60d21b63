package org.clearance.update;

import java.time.Duration;

/**
 * How {@link Downloader} talks to publishers: the User-Agent it sends to every one, and how often and
 * how patiently it tries again. One place for these, since each is a guess about servers we do not run.
 *
 * @param userAgent    sent with every request. OFAC's Sanctions List Service has, since 30 July 2026,
 *                     sat behind an AWS WAF rule that answers 403 unless the User-Agent starts with
 *                     {@code Mozilla/} and a digit and is at least 40 characters long (opensanctions
 *                     issue 5237); dhs.gov's Akamai front refuses non-browser agents too. The default is
 *                     therefore a browser's, with Clearance named at its end so a publisher can tell who calls
 * @param attempts     tries per file, at least 1: a network failure, a cut-off body, 408, 429 and 5xx are
 *                     tried again; a refusal (403), a missing file (404) or another 4xx are not
 * @param firstWait    the wait before the second try; each later wait doubles, up to {@code maxWait}
 * @param maxWait      the longest wait between tries, also the most a publisher's {@code Retry-After} gets
 * @param connectTimeout  how long a connection may take to open
 * @param requestTimeout  how long one whole response may take (the OFAC SDN XML is over 100 MB)
 */
public record FetchSettings(String userAgent, int attempts, Duration firstWait, Duration maxWait,
        Duration connectTimeout, Duration requestTimeout) {

    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Clearance/0.1 (sanctions list updater)";

    /** Three tries, 5 s then 10 s apart: a publisher's blip passes, a real outage fails within a minute. */
    public static final FetchSettings DEFAULT = new FetchSettings(DEFAULT_USER_AGENT, 3, Duration.ofSeconds(5),
            Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(10));

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("the User-Agent must be printable ASCII and not empty");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, not " + attempts);
        }
    }

    public FetchSettings withUserAgent(String agent) {
        return new FetchSettings(agent, attempts, firstWait, maxWait, connectTimeout, requestTimeout);
    }

    public FetchSettings withRetries(int tries, Duration first) {
        return new FetchSettings(userAgent, tries, first, maxWait.compareTo(first) < 0 ? first : maxWait,
                connectTimeout, requestTimeout);
    }

    /** The wait before try {@code next} (2 for the first retry): doubling from {@link #firstWait}, at most {@link #maxWait}. */
    Duration waitBefore(int next) {
        long millis = firstWait.toMillis() << Math.min(next - 2, 20);
        return Duration.ofMillis(Math.min(millis, maxWait.toMillis()));
    }
}
