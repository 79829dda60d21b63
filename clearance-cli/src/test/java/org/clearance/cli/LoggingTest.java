package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** The CLI's logging: JSON lines, the service's loggers on, the libraries' INFO off. */
class LoggingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    @Test
    void anEventIsOneJsonLineWithItsKeyValuesAsFields() throws Exception {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        LoggingEvent e = new LoggingEvent(null, ctx.getLogger("org.clearance.api.requests"), Level.INFO,
                "request \"quoted\"\nsecond line", new IllegalStateException("boom"), null);
        e.setInstant(Instant.parse("2026-11-29T04:00:00.123Z"));
        e.addKeyValuePair(new KeyValuePair("route", "/match/{dataset}"));
        e.addKeyValuePair(new KeyValuePair("status", 200));
        e.addKeyValuePair(new KeyValuePair("ms", 1.25));
        String line = new JsonLogLayout().doLayout(e);

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode j = JSON.readTree(line);
        assertThat(j.path("time").asText()).isEqualTo("2026-11-29T04:00:00.123Z");
        assertThat(j.path("level").asText()).isEqualTo("INFO");
        assertThat(j.path("logger").asText()).isEqualTo("org.clearance.api.requests");
        assertThat(j.path("message").asText()).isEqualTo("request \"quoted\"\nsecond line");
        assertThat(j.path("route").asText()).isEqualTo("/match/{dataset}");
        assertThat(j.path("status").isIntegralNumber()).isTrue();
        assertThat(j.path("status").asInt()).isEqualTo(200);
        assertThat(j.path("ms").asDouble()).isEqualTo(1.25);
        assertThat(j.path("error").asText()).contains("IllegalStateException: boom").contains("at org.clearance.cli.LoggingTest");
    }

    @Test
    void printedLinesBecomeOneEventEach() {
        Logger logger = (Logger) LoggerFactory.getLogger("org.clearance.test.lines");
        ListAppender<ILoggingEvent> seen = listen(logger);
        try (PrintWriter w = new PrintWriter(new LineLogger(logger), true)) {
            w.printf("Ready: %,d entities%n", 12345);
            w.print("Stopping ");
            w.print("now");
            w.println();
            w.print("unfinished");
        }
        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Ready: 12,345 entities", "Stopping now", "unfinished");
        assertThat(seen.list).allMatch(x -> x.getLevel() == Level.INFO);
    }

    @Test
    void theServiceLogsAndTheLibrariesKeepQuiet() {
        assertThat(LoggerFactory.getLogger("org.clearance.api.requests").isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.clearance.serve").isInfoEnabled()).isTrue();
        for (String library : List.of("org.eclipse.jetty.server.Server", "io.javalin.Javalin", "org.flywaydb.core.Flyway",
                "h2database")) {
            assertThat(LoggerFactory.getLogger(library).isInfoEnabled()).as(library).isFalse();
            assertThat(LoggerFactory.getLogger(library).isWarnEnabled()).as(library).isTrue();
        }
    }

    @Test
    void aScreeningCommandLogsNothing() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> seen = listen(root);
        try {
            Cli.Run r = Cli.run(Cli.readOnlyHome(), "match", "--schema", "Person", "Chen Quanguo");
            assertThat(r.code()).as(r.err()).isZero();
        } finally {
            root.detachAppender(seen);
        }
        assertThat(seen.list).as("log events of a command other than serve").isEmpty();
    }

    private static ListAppender<ILoggingEvent> listen(Logger logger) {
        ListAppender<ILoggingEvent> a = new ListAppender<>();
        a.setContext(logger.getLoggerContext());
        a.start();
        logger.addAppender(a);
        return a;
    }
}
