package org.clearance.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.Actors;
import org.clearance.cases.AlertConflictException;
import org.clearance.cases.DecisionRefusedException;
import org.clearance.cases.LinkReviews;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Link;
import org.clearance.match.links.LinkDecision;
import org.clearance.match.links.Linker;
import org.clearance.match.links.LinkRule;
import org.clearance.match.links.PartyGroups;
import org.clearance.model.Entity;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clearance lists links [--dataset D]}: the parties the current lists' entries are linked into, as the
 * screening index was built and the analysts' decisions changed it: counts per pair of lists and rule, then each
 * party with its listings and links. With {@code --split}/{@code --confirm} it proposes a decision, with
 * {@code --approve}/{@code --reject} it takes the second look, with {@code --decisions} it lists them
 * ({@link LinkReviews}). The command acts as the operating-system account that runs it, so the four eyes of a
 * decision taken here are two accounts.
 */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Show the entries of different lists linked as one party: counts per pair of lists and rule,",
                "then each party with its listings and the rule and evidence of each link.",
                "Propose to split or confirm a link (--split A B / --confirm A B --reason R); another person approves",
                "or rejects it (--approve ID / --reject ID --reason R); --decisions lists the decisions and their effect."})
final class ListsLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--split", arity = "2", paramLabel = "ENTRY", description = "Propose that these two entries are not one party.")
    List<String> split;

    @Option(names = "--confirm", arity = "2", paramLabel = "ENTRY", description = "Propose that these two entries are one party.")
    List<String> confirm;

    @Option(names = "--approve", paramLabel = "ID", description = "Approve a proposed decision (someone else's).")
    Long approve;

    @Option(names = "--reject", paramLabel = "ID", description = "Reject a proposed decision (someone else's).")
    Long reject;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why: required with --split, --confirm, --approve and --reject.")
    String reason;

    @Option(names = "--decisions", description = "List the link decisions, newest first, with what each does now.")
    boolean decisions;

    @Option(names = "--dataset", paramLabel = "D", description = "Only the parties one of whose listings is in this dataset.")
    String dataset;

    @Option(names = "--counts", description = "Print the counts only, not each party.")
    boolean countsOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long actions = java.util.stream.Stream.of(split, confirm, approve, reject).filter(java.util.Objects::nonNull).count()
                + (decisions ? 1 : 0);
        if (actions > 1) {
            throw new Errors.UserException("give one of --split, --confirm, --approve, --reject and --decisions");
        }
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            LinkReviews reviews = new LinkReviews(store.database());
            if (split != null || confirm != null) {
                List<String> pair = split != null ? split : confirm;
                Entity a = entry(index, pair.get(0));
                Entity b = entry(index, pair.get(1));
                LinkReviews.LinkReview r = decide(() -> reviews.propose(a, b, split != null ? LinkDecision.Kind.SPLIT
                        : LinkDecision.Kind.CONFIRM, reason, caller(Role.ANALYST)));
                out.printf("Proposed decision %d: %s %s (%s) and %s (%s). It takes effect when another person approves it "
                        + "(clearance lists links --approve %d --reason ...).%n", r.id(), r.kind().wire(), r.left(), r.leftDataset(),
                        r.right(), r.rightDataset(), r.id());
                out.flush();
                return 0;
            }
            if (approve != null || reject != null) {
                long id = approve != null ? approve : reject;
                LinkReviews.LinkReview r = decide(() -> reviews.approve(id, approve != null, reason, caller(Role.APPROVER)));
                out.printf("Decision %d (%s %s and %s, proposed by %s) %s.%n", r.id(), r.kind().wire(), r.left(), r.right(),
                        r.proposedBy(), r.status().wire());
                out.flush();
                return 0;
            }
            if (decisions) {
                printDecisions(out, reviews.all(), index.decide(reviews.inEffect()));
                out.flush();
                return 0;
            }
            if (dataset != null && index.entities().stream().noneMatch(e -> e.dataset().equals(dataset))) {
                throw new Errors.UserException("no current list version of dataset '" + dataset + "' (see: clearance lists)");
            }
            PartyGroups groups = index.groups();
            Map<String, Map<LinkRule, Integer>> byPair = new TreeMap<>();
            for (Link l : groups.links()) {
                String a = dataset(index, l.left());
                String b = dataset(index, l.right());
                if (dataset == null || dataset.equals(a) || dataset.equals(b)) {
                    String pair = a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
                    byPair.computeIfAbsent(pair, k -> new EnumMap<>(LinkRule.class)).merge(l.rule(), 1, Integer::sum);
                }
            }
            Map<String, List<String>> shown = new TreeMap<>();
            groups.groups().forEach((id, members) -> {
                if (dataset == null || members.stream().anyMatch(m -> dataset.equals(dataset(index, m)))) {
                    shown.put(id, members);
                }
            });
            out.printf("%,d %s listed by more than one list%s (%,d listings), linked when the screening index was built, with the analysts' decisions.%n%n",
                    shown.size(), shown.size() == 1 ? "party" : "parties", dataset == null ? "" : ", " + dataset + " among them",
                    shown.values().stream().mapToInt(List::size).sum());
            Table t = new Table(header()).right(rangeFrom(1, LinkRule.values().length + 1));
            byPair.forEach((pair, rules) -> {
                Object[] row = new Object[LinkRule.values().length + 2];
                row[0] = pair;
                row[1] = String.format("%,d", rules.values().stream().mapToInt(Integer::intValue).sum());
                for (LinkRule r : LinkRule.values()) {
                    row[r.ordinal() + 2] = String.format("%,d", rules.getOrDefault(r, 0));
                }
                t.row(row);
            });
            t.print(out);
            out.println();
            for (LinkRule r : LinkRule.values()) {
                out.printf("  %-20s %s%n", r.id(), r.description());
            }
            if (!countsOnly) {
                for (var g : shown.entrySet()) {
                    out.println();
                    out.printf("%s%n", g.getKey());
                    for (String id : g.getValue()) {
                        Entity e = index.entity(id).orElseThrow();
                        out.printf("  %-16s %-32s  %s%n", e.dataset(), e.id(), e.caption());
                    }
                    for (Link l : groups.linksOf(g.getKey())) {
                        out.printf("  link %s: %s = %s: %s%n", l.rule().id(), l.left(), l.right(), l.evidence());
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    /** The account running the command, in the role the step needs: whoever can run it holds the home's database. */
    private static Caller caller(Role role) {
        return new Caller(System.getProperty("user.name", "unknown"), role, Actors.localUser());
    }

    private static Entity entry(MatchIndex index, String id) throws Errors.UserException {
        return index.entity(id).orElseThrow(() -> new Errors.UserException("no entry '" + id + "' in the current lists "
                + "(entry ids as 'clearance lists links' and 'clearance match' print them)"));
    }

    /** Runs a step, turning a refusal into the command's error. */
    private static LinkReviews.LinkReview decide(java.util.function.Supplier<LinkReviews.LinkReview> step) throws Errors.UserException {
        try {
            return step.get();
        } catch (IllegalArgumentException | DecisionRefusedException | AlertConflictException e) {
            throw new Errors.UserException(e.getMessage());
        }
    }

    private static void printDecisions(PrintWriter out, List<LinkReviews.LinkReview> all, Linker.Decided decided) {
        if (all.isEmpty()) {
            out.println("No link decisions yet.");
            return;
        }
        java.util.Set<Long> gone = new java.util.HashSet<>();
        decided.entriesGone().forEach(d -> gone.add(d.id()));
        java.util.Set<Long> refused = new java.util.HashSet<>();
        decided.refused().forEach(d -> refused.add(d.id()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        Table t = new Table("ID", "DECISION", "LEFT", "RIGHT", "STATUS", "EFFECT", "PROPOSED BY", "DECIDED BY", "REASON");
        for (LinkReviews.LinkReview r : all) {
            boolean newest = r.status() == LinkReviews.Status.APPROVED && seen.add(r.left() + "\t" + r.right());
            String effect = switch (r.status()) {
                case PENDING_APPROVAL -> "waits for approval";
                case REJECTED -> "none";
                case APPROVED -> !newest ? "replaced by a later decision"
                        : gone.contains(r.id()) ? "entry no longer listed"
                        : refused.contains(r.id()) ? "contradicted by a later decision" : "applied";
            };
            t.row(r.id(), r.kind().wire(), r.left() + " (" + r.leftDataset() + ")", r.right() + " (" + r.rightDataset() + ")",
                    r.status().wire(), effect, r.proposedBy(), r.decidedBy() == null ? "" : r.decidedBy(),
                    r.decidedReason() == null ? r.reason() : r.reason() + " / " + r.decidedReason());
        }
        t.print(out);
    }

    private static String[] header() {
        String[] h = new String[LinkRule.values().length + 2];
        h[0] = "LISTS";
        h[1] = "LINKS";
        for (LinkRule r : LinkRule.values()) {
            h[r.ordinal() + 2] = r.id().toUpperCase(java.util.Locale.ROOT);
        }
        return h;
    }

    private static int[] rangeFrom(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).toArray();
    }

    private static String dataset(MatchIndex index, String entityId) {
        return index.entity(entityId).map(Entity::dataset).orElse("?");
    }
}
