package org.clearance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.io.InputLimits;
import org.clearance.io.ListInput;
import org.clearance.lists.ca.CaSemaXmlFormat;
import org.clearance.lists.ofac.OfacLegacyCsvFormat;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Link;
import org.clearance.match.links.LinkDecision;
import org.clearance.match.links.Linker;
import org.clearance.model.Entity;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.IndexCache;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts' link decisions on the real UN and Canadian lists: four eyes, audited, and a split that holds when a
 * newer UN list is imported and the lists are linked again by the rules.
 */
class LinkReviewsTest {
    private static final Caller ANALYST = Caller.user("ana", Role.ANALYST);
    private static final Caller APPROVER = Caller.user("carol", Role.APPROVER);
    private static CaseDatabases databases;

    @BeforeAll
    static void start() {
        databases = new CaseDatabases();
    }

    @AfterAll
    static void stop() throws Exception {
        databases.close();
    }

    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data", "lists").resolve(relative);
    }

    @Test
    void aSplitLinkStaysSplitAfterAListUpdateAndTheLinkingAgain(@TempDir Path tmp) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            importer.importFiles(List.of(shared("un/history/consolidated-2025-04-19.xml"),
                    shared("ca/sema-autonomous-sanctions.xml")), null, null);
            IndexCache indexes = new IndexCache(tmp.resolve("index"));
            PrintWriter quiet = new PrintWriter(new StringWriter());
            LinkReviews reviews = new LinkReviews(db);
            Link link;
            Entity un;
            Entity ca;
            try (MatchIndex before = indexes.open(store, quiet)) {
                // a party the UN lists and Canada lists after it, linked by the rules
                link = before.groups().links().stream()
                        .filter(l -> dataset(before, l.left()).startsWith("ca_") && dataset(before, l.right()).startsWith("un_"))
                        .findFirst().orElseThrow();
                ca = before.entity(link.left()).orElseThrow();
                un = before.entity(link.right()).orElseThrow();
                LinkReviews.LinkReview proposed = reviews.propose(un, ca, LinkDecision.Kind.SPLIT, "different people: the "
                        + "birth places differ", ANALYST);
                assertThat(proposed.status()).isEqualTo(LinkReviews.Status.PENDING_APPROVAL);
                assertThat(proposed.left()).isEqualTo(ca.id());
                // proposed, not yet approved: nothing in effect
                assertThat(reviews.inEffect()).isEmpty();
                assertThat(before.decide(reviews.inEffect()).groups().groupId(ca.id()))
                        .isEqualTo(before.groups().groupId(un.id()));

                // four eyes: the proposer, even as an approver, may not approve; an analyst approves nothing
                Caller anaAsApprover = Caller.user("ana", Role.APPROVER);
                assertThatThrownBy(() -> reviews.approve(proposed.id(), true, "fine", anaAsApprover))
                        .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("four eyes");
                assertThatThrownBy(() -> reviews.approve(proposed.id(), true, "fine", Caller.user("bob", Role.ANALYST)))
                        .isInstanceOf(DecisionRefusedException.class);
                assertThatThrownBy(() -> reviews.propose(un, ca, LinkDecision.Kind.CONFIRM, "one", APPROVER))
                        .isInstanceOf(AlertConflictException.class).hasMessageContaining("waits for approval");
                LinkReviews.LinkReview approved = reviews.approve(proposed.id(), true, "checked the birth places", APPROVER);
                assertThat(approved.status()).isEqualTo(LinkReviews.Status.APPROVED);
                assertThat(approved.decidedBy()).isEqualTo("carol");
                assertThatThrownBy(() -> reviews.approve(proposed.id(), false, "again", Caller.user("dan", Role.APPROVER)))
                        .isInstanceOf(AlertConflictException.class);

                Linker.Decided decided = before.decide(reviews.inEffect());
                assertThat(decided.groups().groupId(ca.id())).isNotEqualTo(decided.groups().groupId(un.id()));
                assertThat(before.groups()).isSameAs(decided.groups());
            }

            // the UN publishes a newer list: a new index, linked again by the rules, which link the pair again
            importer.importFiles(List.of(shared("un/consolidated.xml")), null, null);
            try (MatchIndex after = indexes.open(store, quiet)) {
                assertThat(after.entities()).hasSizeGreaterThan(0);
                assertThat(after.groups().groupId(ca.id())).as("the rules alone link the pair again")
                        .isEqualTo(after.groups().groupId(un.id()));
                Linker.Decided decided = after.decide(reviews.inEffect());
                assertThat(decided.groups().groupId(ca.id())).isNotEqualTo(decided.groups().groupId(un.id()));
                assertThat(decided.entriesGone()).isEmpty();
            }

            // each step written to the audit log, by who took it
            List<AuditEntry> audit = new ArrayList<>();
            new AuditLog(db).forEach(1, e -> {
                if (e.subject().equals("link:" + ca.id() + "|" + un.id())) {
                    audit.add(e);
                }
            });
            assertThat(audit).extracting(AuditEntry::action).containsExactly("link.propose", "link.approve");
            assertThat(audit).extracting(AuditEntry::actor).containsExactly("user:ana", "user:carol");
            assertThat(audit.get(0).detail()).contains("split").contains("birth places differ");
            assertThat(new AuditLog(db).verify().intact()).isTrue();
        }
    }

    /** Erkin Tuniyaz's entries on the SDN list and Canada's, and another Canadian entry, as their files publish them. */
    private static List<Entity> realEntries() throws Exception {
        List<Entity> out = new ArrayList<>();
        new OfacLegacyCsvFormat().parse(ListInput.of(shared("ofac/sdn.csv")), "us_ofac_sdn", e -> {
            if (e.id().equals("us_ofac_sdn-34119")) {
                out.add(e);
            }
        });
        new CaSemaXmlFormat().parse(ListInput.of(shared("ca/sema-autonomous-sanctions.xml")), "ca_sema", e -> {
            if (e.id().equals("ca_sema-china_part-1_6") || e.id().equals("ca_sema-china_part-1_5")) {
                out.add(e);
            }
        });
        assertThat(out).hasSize(3);
        return out;
    }

    /** The link decisions table and its four eyes, on H2 and on PostgreSQL as a shared server runs it. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aRejectedDecisionChangesNothingALaterApprovedOneReplacesAnEarlierAndEntriesOfOneListAreNotLinked(String kind,
            @TempDir Path tmp) throws Exception {
        try (Database db = databases.open(kind, tmp)) {
            LinkReviews reviews = new LinkReviews(db);
            List<Entity> real = realEntries();
            Entity a = real.get(0);
            Entity b = real.stream().filter(e -> e.id().equals("ca_sema-china_part-1_6")).findFirst().orElseThrow();
            Entity c = real.stream().filter(e -> e.id().equals("ca_sema-china_part-1_5")).findFirst().orElseThrow();
            assertThatThrownBy(() -> reviews.propose(b, c, LinkDecision.Kind.CONFIRM, "same", ANALYST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both on ca_sema");
            assertThatThrownBy(() -> reviews.propose(a, b, LinkDecision.Kind.CONFIRM, " ", ANALYST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> reviews.propose(a, b, LinkDecision.Kind.CONFIRM, "same", Caller.key("s", Role.SCREEN)))
                    .isInstanceOf(DecisionRefusedException.class);
            LinkReviews.LinkReview p = reviews.propose(a, b, LinkDecision.Kind.SPLIT, "the father's entry", ANALYST);
            assertThatThrownBy(() -> reviews.propose(b, a, LinkDecision.Kind.CONFIRM, "one", APPROVER))
                    .isInstanceOf(AlertConflictException.class).hasMessageContaining("waits for approval");
            assertThatThrownBy(() -> reviews.approve(p.id(), true, "mine", Caller.user("ana", Role.APPROVER)))
                    .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("four eyes");
            assertThat(reviews.approve(p.id(), false, "the same man, born 1961 on both lists", APPROVER).status())
                    .isEqualTo(LinkReviews.Status.REJECTED);
            assertThatThrownBy(() -> reviews.approve(p.id(), true, "again", Caller.user("dan", Role.APPROVER)))
                    .isInstanceOf(AlertConflictException.class);
            assertThat(reviews.inEffect()).isEmpty();
            // a later decision on the pair replaces an earlier one once approved
            LinkReviews.LinkReview confirm = reviews.propose(a, b, LinkDecision.Kind.CONFIRM, "one man: XUAR chairman", ANALYST);
            reviews.approve(confirm.id(), true, "seen both entries", APPROVER);
            LinkReviews.LinkReview split = reviews.propose(a, b, LinkDecision.Kind.SPLIT, "court ruling: two men", APPROVER);
            reviews.approve(split.id(), true, "read the ruling", Caller.user("dan", Role.APPROVER));
            assertThat(reviews.inEffect()).containsExactly(new LinkDecision(split.id(), b.id(), a.id(), LinkDecision.Kind.SPLIT));
            assertThat(reviews.all()).extracting(LinkReviews.LinkReview::id).containsExactly(split.id(), confirm.id(), p.id());
            assertThat(reviews.review(confirm.id()).orElseThrow().decidedBy()).isEqualTo("carol");
            List<String> actions = new ArrayList<>();
            new AuditLog(db).forEach(1, e -> {
                if (e.subject().equals("link:" + b.id() + "|" + a.id())) {
                    actions.add(e.action());
                }
            });
            assertThat(actions).containsExactly("link.propose", "link.reject", "link.propose", "link.approve", "link.propose",
                    "link.approve");
            assertThat(new AuditLog(db).verify().intact()).isTrue();
        }
    }

    private static String dataset(MatchIndex index, String id) {
        return index.entity(id).map(Entity::dataset).orElseThrow();
    }
}
