package org.clearance.api;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The service's Prometheus metrics, served at {@code GET /metrics} in the text exposition format:
 * requests by route template, method and status, latency by route, requests in flight, the age of each
 * dataset's current list and the entities loaded. Other parts of the service add their own figures
 * through {@link #gauge}.
 */
public final class Metrics {
    /**
     * Latency bucket bounds in seconds: fine below 20 ms, where a screening request should land (the
     * service's target is a p99 under 20 ms), coarse above, where only "how slow" matters.
     */
    static final double[] LATENCY_BUCKETS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};
    /**
     * The route label of requests that matched no route (unknown paths, static files): one value for all,
     * since a label per raw path grows without bound with every scan of the server.
     */
    static final String UNMATCHED = "unmatched";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests = Counter.builder().name("clearance_http_requests_total")
            .help("HTTP requests answered, by route template, method and status")
            .labelNames("route", "method", "status").register(registry);
    private final Histogram latency = Histogram.builder().name("clearance_http_request_duration_seconds")
            .help("Time from receiving a request to its answer, by route template")
            .labelNames("route").classicOnly().classicUpperBounds(LATENCY_BUCKETS).register(registry);
    private final Gauge inFlight = Gauge.builder().name("clearance_http_requests_in_flight")
            .help("Requests being answered now").register(registry);

    /** Adds the metrics of the lists {@code lists} gives (null while they load), their ages counted by {@code clock}. */
    void watch(Supplier<LoadedLists> lists, Clock clock) {
        GaugeWithCallback.builder().name("clearance_list_age_days")
                .help("Days since the publication of each dataset's current list version")
                .labelNames("dataset")
                .callback(cb -> {
                    LoadedLists l = lists.get();
                    if (l != null) {
                        LocalDate today = LocalDate.now(clock);
                        l.versions().forEach(v -> cb.call(ChronoUnit.DAYS.between(v.publicationDate(), today), v.dataset()));
                    }
                }).register(registry);
        gauge("clearance_entities_loaded", "Entities in the current list versions (0 while the lists load)", () -> {
            LoadedLists l = lists.get();
            return l == null ? 0 : l.byId().size();
        });
    }

    /**
     * Adds a gauge read at each scrape, e.g. {@code gauge("clearance_alerts_open", "Alerts not yet
     * decided", alerts::countOpen)}. The name must be a new valid Prometheus name.
     *
     * @throws IllegalArgumentException if the name is invalid or already registered
     */
    public void gauge(String name, String help, DoubleSupplier value) {
        GaugeWithCallback.builder().name(name).help(help)
                .callback(cb -> cb.call(value.getAsDouble())).register(registry);
    }

    /**
     * Adds a gauge with one label, its values read at each scrape, e.g. the age of each dataset's last
     * fetch. The name must be a new valid Prometheus name.
     */
    public void gaugeByLabel(String name, String help, String label, Supplier<Map<String, Double>> values) {
        GaugeWithCallback.builder().name(name).help(help).labelNames(label)
                .callback(cb -> values.get().forEach((value, number) -> cb.call(number, value))).register(registry);
    }

    void started() {
        inFlight.inc();
    }

    /** Counts one answered request; {@code route} is a route template or {@link #UNMATCHED}, never a raw path. */
    void finished(String route, String method, int status, double seconds) {
        inFlight.dec();
        requests.labelValues(route, method, Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
    }

    String contentType() {
        return writer.getContentType();
    }

    void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }
}
