package org.clearance.api;

/**
 * What keeps slow clients from taking every thread of the service. A request's body is read by a thread that
 * waits for each byte, so clients that send a declared body a byte a second could hold them all (issue 18: 270
 * such connections froze {@code /healthz}, {@code /login} and {@code /match}).
 *
 * @param maxThreads            the request threads, Javalin's own default
 * @param bodyReadersPerClient  requests of one client address reading their bodies at once; more are refused with
 *                              429 before their body is read
 * @param minBodyBytesPerSecond a body arriving slower than this is cut off with 408 (Jetty's minimum request data
 *                              rate, measured from its first byte, and checked only while the server waits for
 *                              more of it); 0 for none
 */
public record ConnectionLimits(int maxThreads, int bodyReadersPerClient, long minBodyBytesPerSecond) {
    /**
     * 250 threads (Javalin's default). 32 body readers per client: reading a body takes milliseconds for any client
     * not trickling it, so even a busy batch client or a proxy in front of many users stays far below, while one
     * client can hold no more than an eighth of the threads. 128 bytes a second: low, because the rate counts from
     * a body's first byte, so a small body whose last packet is delayed (a TCP retransmission waits 200 ms to
     * seconds) must not fall under it; a byte-a-second client is still cut off within seconds, and one trickling
     * just above it holds at most its 32 threads.
     */
    public static final ConnectionLimits DEFAULT = new ConnectionLimits(250, 32, 128);

    public ConnectionLimits {
        if (maxThreads < 8 || bodyReadersPerClient < 1 || minBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("connection limits out of range: " + maxThreads + " threads, "
                    + bodyReadersPerClient + " body readers per client, " + minBodyBytesPerSecond + " bytes/s");
        }
    }
}
