package org.clearance.validation;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.match.Query;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.names.NameText;

/**
 * The filter's own tests over one match index: the exact-name test, the treatments, the negatives and the
 * labelled pairs, each case screened as a user's screening is ({@link MatchIndex#match}, every list), under
 * the configuration and, with a comparison, under the second one too. Cases are screened on all cores in
 * blocks and come back in a fixed order, so a seed gives the same cases and scores every time.
 */
public final class Validation {
    /**
     * Results looked through for the expected entry: twice the five a screening shows by default, so that an
     * entry tied with namesakes at the top still counts as found.
     */
    public static final int RESULTS = 10;
    /**
     * The lowest threshold of the curves. Cases are screened with the cutoff lowered to it (the cutoff only
     * leaves results out; it changes no score), so the curves see scores below the threshold in use.
     */
    public static final double CURVE_FROM = 0.5;
    /** Cases screened between progress reports. */
    private static final int BLOCK = 1000;

    /**
     * What to test.
     *
     * @param config   the configuration tested
     * @param compared the configuration it is compared with, or null
     * @param datasets the datasets whose entries make the cases (empty: all)
     * @param sample   entries drawn for the treatments
     * @param seed     the seed of every random choice
     */
    public record Settings(MatchConfig config, MatchConfig compared, Set<String> datasets, int sample, long seed) {
        public Settings {
            datasets = Set.copyOf(datasets);
        }

        /** Whether the compared configuration scores as the first (it changes the threshold alone), so no second screening is needed. */
        boolean sameScores() {
            return compared == null || (compared.equals(config.withThreshold(compared.threshold())) && compared.cutoff() == config.cutoff());
        }
    }

    /** Progress of a long run, for a person waiting. */
    public interface Progress {
        /** A stage starts: its name and how many cases it screens. */
        void stage(String name, int cases);

        /** Cases of the stage screened so far. */
        void done(int cases);

        Progress NONE = new Progress() {
            @Override
            public void stage(String name, int cases) {}

            @Override
            public void done(int cases) {}
        };
    }

    private final MatchIndex index;
    private final Settings settings;
    private final Progress progress;
    private final MatchConfig screened;
    private final MatchConfig screenedB;

    public Validation(MatchIndex index, Settings settings, Progress progress) {
        this.index = index;
        this.settings = settings;
        this.progress = progress;
        this.screened = lowCutoff(settings.config());
        this.screenedB = settings.compared() == null ? null : lowCutoff(settings.compared());
    }

    private static MatchConfig lowCutoff(MatchConfig c) {
        return c.cutoff() > CURVE_FROM ? c.withCutoff(CURVE_FROM) : c;
    }

    /** The entries of the chosen datasets, by id: the order every sample and list is drawn in. */
    public List<Entity> entries() {
        return index.entities().stream().filter(e -> settings.datasets().isEmpty() || settings.datasets().contains(e.dataset()))
                .sorted(Comparator.comparing(Entity::id)).toList();
    }

    /** A case to screen before it is scored. */
    private record Pending(CaseResult.Kind kind, String id, String test, Entity entry, Schema schema, String from, Query query,
            boolean mustMatch) {}

    /**
     * Every name of every entry of the chosen datasets screened as written, each to find its own entry. Weak
     * aliases are screened too, and marked by their kind ({@code WEAK_ALIAS}): the scorer leaves them out by design.
     */
    public List<CaseResult> exactNames() {
        List<Pending> cases = new ArrayList<>();
        for (Entity e : entries()) {
            List<Name> names = e.names();
            for (int i = 0; i < names.size(); i++) {
                Name n = names.get(i);
                cases.add(new Pending(CaseResult.Kind.EXACT, e.id() + "#" + i, n.kind().name(), e, e.schema(), n.full(),
                        Query.ofName(e.schema(), n.full()), true));
            }
        }
        return screen("exact names", cases);
    }

    /** The seeded sample of entries the treatments are applied to, by id. */
    public List<Entity> sample() {
        List<Entity> all = new ArrayList<>(entries());
        SplittableRandom random = new SplittableRandom(settings.seed());
        int n = Math.min(settings.sample(), all.size());
        for (int i = 0; i < n; i++) {
            // a partial Fisher-Yates shuffle: the first n places hold a uniform sample
            int j = i + random.nextInt(all.size() - i);
            Entity t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return all.subList(0, n).stream().sorted(Comparator.comparing(Entity::id)).toList();
    }

    /**
     * Every treatment applied to every sampled entry it fits, and those of {@link Treatment#everyEntry} to every entry of
     * the chosen datasets; cases in the order of the entries' ids, then of {@link Treatments#ALL}.
     */
    public List<CaseResult> treated() {
        Set<String> sampled = sample().stream().map(Entity::id).collect(java.util.stream.Collectors.toSet());
        List<Pending> cases = new ArrayList<>();
        for (Entity e : entries()) {
            for (Treatment t : Treatments.ALL) {
                if (!t.everyEntry() && !sampled.contains(e.id())) {
                    continue;
                }
                t.make(e, random(e, t)).ifPresent(v -> cases.add(new Pending(CaseResult.Kind.TREATED, e.id() + "/" + t.id(), t.id(), e,
                        e.schema(), v.from(), new Query(e.schema(), List.of(v.name()), v.birthDates(), List.of(), List.of(), null), true)));
            }
        }
        return screen("treatments", cases);
    }

    /**
     * The random choices of one treatment of one entry, from the seed, the entry and the treatment alone: adding a
     * treatment or an entry leaves every other case as it was.
     */
    static SplittableRandom random(Entity e, Treatment t, long seed) {
        return new SplittableRandom(seed * 31 + (e.id() + "\u0000" + t.id()).hashCode());
    }

    private SplittableRandom random(Entity e, Treatment t) {
        return random(e, t, settings.seed());
    }

    /** People on no list, each screened as a person. */
    public List<CaseResult> negatives(List<NegativeNames.Negative> people) {
        List<Pending> cases = people.stream().map(p -> new Pending(CaseResult.Kind.NEGATIVE, p.id(), p.locale(), null, Schema.PERSON,
                p.name(), Query.ofName(Schema.PERSON, p.name()), false)).toList();
        return screen("people on no list", cases);
    }

    /** The labelled pairs, each scored as {@code clearance pairs} scores it. */
    public List<CaseResult> pairs(List<LabelledPairs.Pair> pairs) {
        progress.stage("labelled pairs", pairs.size());
        List<CaseResult> out = blocks(pairs, p -> {
            MatchResult a = index.compare(p.schema(), p.name1(), p.name2(), screened);
            double b = screenedB == null ? Double.NaN
                    : settings.sameScores() ? a.score() : index.compare(p.schema(), p.name1(), p.name2(), screenedB).score();
            return new CaseResult(CaseResult.Kind.PAIR, p.id(), p.category(), "", "", p.schema().ftmName(), scriptOf(p.name2()),
                    p.name1(), p.name2(), a.score(), b, p.isMatch(), a.describe());
        });
        return out;
    }

    private List<CaseResult> screen(String stage, List<Pending> cases) {
        progress.stage(stage, cases.size());
        return blocks(cases, this::screen);
    }

    private <T> List<CaseResult> blocks(List<T> items, Function<T, CaseResult> score) {
        List<CaseResult> out = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += BLOCK) {
            List<T> block = items.subList(from, Math.min(items.size(), from + BLOCK));
            out.addAll(IntStream.range(0, block.size()).parallel().mapToObj(i -> score.apply(block.get(i))).toList());
            progress.done(out.size());
        }
        return out;
    }

    private CaseResult screen(Pending c) {
        List<MatchResult> results = index.match(c.query(), screened, RESULTS, Set.of());
        double score = score(c, results);
        double scoreB = screenedB == null ? Double.NaN
                : settings.sameScores() ? score : score(c, index.match(c.query(), screenedB, RESULTS, Set.of()));
        // what a reviewer wants beside a wrong outcome: the entry that alerted on a clear person, or that outranked a missed entry
        boolean wrong = c.mustMatch() != (score >= settings.config().threshold());
        String detail = !wrong ? "" : results.stream().filter(r -> c.entry() == null || !r.entity().id().equals(c.entry().id())).findFirst()
                .map(r -> r.entity().id() + " '" + r.entity().caption() + "': " + r.describe()).orElse("");
        return new CaseResult(c.kind(), c.id(), c.test(), c.entry() == null ? "" : c.entry().id(), c.entry() == null ? "" : c.entry().dataset(),
                c.schema().ftmName(), scriptOf(c.query().names().get(0)), c.from(), c.query().names().get(0), score, scoreB, c.mustMatch(), detail);
    }

    /** The expected entry's score among the results; for a negative, the best score of any entry. */
    private static double score(Pending c, List<MatchResult> results) {
        if (c.entry() == null) {
            return results.isEmpty() ? 0 : results.get(0).score();
        }
        return results.stream().filter(r -> r.entity().id().equals(c.entry().id())).mapToDouble(MatchResult::score).findFirst().orElse(0);
    }

    /** The script of a name by ICU's name for it (Latin, Han, Arabic...), or Common when it has no letters. */
    static String scriptOf(String name) {
        return UScript.getName(NameText.script(name));
    }

    /** Whether a name kind counts in the exact-name pass rate: weak aliases are left out of scoring by design. */
    public static boolean counted(CaseResult c) {
        return !(c.kind() == CaseResult.Kind.EXACT && c.test().equals(NameKind.WEAK_ALIAS.name()));
    }
}
