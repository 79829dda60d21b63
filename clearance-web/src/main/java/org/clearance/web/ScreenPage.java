package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.LoadedLists;
import org.clearance.api.MatchAnswer;
import org.clearance.api.MatchParams;
import org.clearance.api.MatchRequest;
import org.clearance.api.PartyExample;
import org.clearance.api.Service;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.MatchConfig;
import org.clearance.match.links.PartyMatch;
import org.clearance.match.Query;
import org.clearance.model.Schema;

/**
 * "Screen a party": a name and what else is known of the party, screened as the analyst types. The
 * screening is the API's own ({@link Service#match} with a {@link MatchRequest}), so the page and a
 * {@code POST /match} call give the same answer and leave the same audit entry, here under the
 * signed-in person. Each hit is explained in words by {@link HitView}.
 */
final class ScreenPage {
    /** One letter pairs with an initial in thousands of names: the page asks for more instead of screening. */
    static final int MIN_NAME = 2;
    /** The API's collection of every list, the page's default scope. */
    static final String ALL_LISTS = "default";
    /** The key of the page's one query. */
    private static final String QUERY = "party";

    /**
     * What the party is, as the form offers it: the schema the API takes (LegalEntity matches people
     * and organisations) and the FtM property its identifier is sent as, which the audit entry keeps.
     */
    enum PartyType {
        ANY(Schema.LEGAL_ENTITY, "idNumber"),
        PERSON(Schema.PERSON, "passportNumber"),
        COMPANY(Schema.COMPANY, "registrationNumber"),
        VESSEL(Schema.VESSEL, "imoNumber");

        final Schema schema;
        final String identifierProperty;

        PartyType(Schema schema, String identifierProperty) {
            this.schema = schema;
            this.identifierProperty = identifierProperty;
        }

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        static PartyType of(String value) {
            for (PartyType t : values()) {
                if (t.value().equals(value)) {
                    return t;
                }
            }
            throw new ApiException(400, "type: unknown party type '" + value + "' (any, person, company, vessel)");
        }
    }

    /** The form as posted, each field stripped; empty fields are not sent. */
    record Form(String name, PartyType type, String birthDate, String country, String identifier, String scope) {
        static Form of(Context ctx) {
            String type = field(ctx, "type");
            String scope = field(ctx, "scope");
            return new Form(field(ctx, "name"), PartyType.of(type.isEmpty() ? PartyType.ANY.value() : type),
                    field(ctx, "birth_date"), field(ctx, "country"), field(ctx, "identifier"), scope.isEmpty() ? ALL_LISTS : scope);
        }

        private static String field(Context ctx, String name) {
            String v = ctx.formParam(name);
            return v == null ? "" : v.strip();
        }

        /** The party as the API screens it; the identifier goes in the FtM property the audit entry keeps. */
        PartyExample party() {
            return PartyExample.of(null, type.schema).with("name", name).with("birthDate", birthDate)
                    .with("country", country).with(type.identifierProperty, identifier);
        }
    }

    private final Service service;
    private final Guard guard;
    private final View view;

    ScreenPage(Service service, Guard guard, View view) {
        this.service = service;
        this.guard = guard;
        this.view = view;
    }

    void register(Javalin app) {
        app.get("/screen", guard.page(Role.SCREEN, (ctx, v) -> view.page(ctx, 200, "screen", v, "screen",
                Map.of("types", types(), "scopes", scopes(), "min_name", MIN_NAME))));
        app.post("/screen/results", guard.page(Role.SCREEN, (ctx, v) -> {
            Form form = Form.of(ctx);
            if (form.name().codePointCount(0, form.name().length()) < MIN_NAME) {
                view.fragment(ctx, 200, "screen-results", Map.of("hint", view.messages().format("screen_too_short", MIN_NAME)));
                return;
            }
            MatchAnswer answer = service.match(form.scope(), MatchRequest.of(Map.of(QUERY, form.party())),
                    MatchParams.DEFAULT, v.caller());
            view.fragment(ctx, 200, "screen-results", results(form, answer, service.lists()));
        }));
    }

    private Map<String, Object> results(Form form, MatchAnswer answer, LoadedLists lists) {
        // one hit per party: entries of different lists linked as one party are shown together
        List<PartyMatch> found = answer.responses().get(QUERY).parties();
        Query query = Query.ofName(form.type().schema, form.name());
        HitView hits = new HitView(view.messages(), lists);
        List<Map<String, Object>> shown = new ArrayList<>();
        int matches = 0;
        int listings = 0;
        for (PartyMatch p : found) {
            shown.add(hits.of(query, form, p));
            matches += p.best().match() ? 1 : 0;
            listings += p.listings().size();
        }
        Map<String, Object> m = new HashMap<>();
        m.put("screened", Boolean.TRUE);
        m.put("hits", shown);
        m.put("summary", shown.isEmpty()
                ? view.messages().format("screen_no_hit", form.name(), percent(MatchConfig.DEFAULT.cutoff()))
                : view.messages().format("screen_summary", shown.size(), form.name(), matches, percent(MatchConfig.DEFAULT.threshold()),
                        listings));
        m.put("nohit", shown.isEmpty());
        m.put("versions", versions(form.scope(), lists));
        return m;
    }

    /** The list versions a screening of {@code scope} read: what a "no hit" is evidence of. */
    private List<String> versions(String scope, LoadedLists lists) {
        return lists.versions().stream().filter(v -> scope.equals(ALL_LISTS) || scope.equals(v.dataset()))
                .map(v -> view.messages().format("screen_version_line", DatasetCatalog.title(v.dataset()), v.dataset(),
                        v.id(), v.publicationDate().toString(), v.entityCount()))
                .toList();
    }

    private List<Map<String, Object>> types() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartyType t : PartyType.values()) {
            out.add(Map.of("value", t.value(), "label", view.messages().format("screen_type_" + t.value())));
        }
        return out;
    }

    /**
     * Every list, or one list: the scopes whose screened versions the page can name. The API's other
     * collections (sanctions, uflpa) are not offered because which datasets they hold is the API's
     * to say, and the page could not show the versions they cover.
     */
    private List<Map<String, Object>> scopes() {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of("value", ALL_LISTS, "label", view.messages().format("screen_scope_all")));
        for (DatasetCatalog.Dataset d : DatasetCatalog.all()) {
            out.add(Map.of("value", d.id(), "label", d.title()));
        }
        return out;
    }

    static long percent(double score) {
        return Math.round(score * 100);
    }
}
