package org.clearance.lists.ftm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.model.Schema;

/**
 * What the non-party ("helper") entities of an FtM file say about the parties, collected in a first
 * pass so that the second pass can fold them into each party as it streams the parties out.
 *
 * <p>Memory: this holds every helper entity (sanctions, addresses, documents, positions) in full
 * and one id and caption per party, but never the parties themselves. For the files here (under
 * 2,000 lines) that is a few megabytes; for a full OpenSanctions collection (about a million
 * parties and as many sanctions, ~2 GB of JSON) it would be hundreds of megabytes, so such a file
 * should be split by dataset first. The input size limit ({@code InputLimits}) caps the worst case.
 */
final class FtmLinks {
    /**
     * FtM link ("interval") schemata that relate two parties: the properties naming each end, how the
     * relation reads from each end, and the property that qualifies it (a role or kinship).
     */
    private record LinkSchema(String fromProperty, String toProperty, String forward, String reverse, String qualifier) {}

    private static final Map<String, LinkSchema> LINK_SCHEMATA = Map.of(
            "Ownership", new LinkSchema("owner", "asset", "owner of", "owned by", "role"),
            "Directorship", new LinkSchema("director", "organization", "director of", "directed by", "role"),
            "Family", new LinkSchema("person", "relative", "relative", "relative of", "relationship"),
            "Associate", new LinkSchema("person", "associate", "associate", "associate of", "relationship"),
            "Membership", new LinkSchema("member", "organization", "member of", "has member", "role"),
            "Employment", new LinkSchema("employee", "employer", "employee of", "employer of", "role"),
            "Representation", new LinkSchema("agent", "client", "agent of", "represented by", "role"),
            "Succession", new LinkSchema("predecessor", "successor", "predecessor of", "successor of", "role"),
            "UnknownLink", new LinkSchema("subject", "object", "linked to", "linked from", "role"));

    /** One end of a link as seen from a party: how it reads and the FtM id of the other end. */
    record LinkEnd(String kind, String otherId) {}

    private final Map<String, String> partyIdByAnyId = new HashMap<>();
    private final Map<String, String> captionByPartyId = new HashMap<>();
    private final Map<String, FtmRecord> addressByAnyId = new HashMap<>();
    private final Map<String, FtmRecord> positionByAnyId = new HashMap<>();
    private final Map<String, List<FtmRecord>> sanctionsByTarget = new HashMap<>();
    private final Map<String, List<FtmRecord>> documentsByHolder = new HashMap<>();
    private final Map<String, List<FtmRecord>> occupanciesByHolder = new HashMap<>();
    private final Map<String, List<LinkEnd>> linksByParty = new HashMap<>();

    /** Takes in one entity of the first pass. */
    void add(FtmRecord r) {
        if (Schema.ofFtm(r.schema()).isPresent()) {
            for (String any : r.allIds()) {
                partyIdByAnyId.putIfAbsent(any, r.id());
            }
            String caption = r.caption() != null ? r.caption() : r.first("name");
            if (caption != null) {
                captionByPartyId.put(r.id(), caption);
            }
            return;
        }
        switch (r.schema()) {
            case "Sanction" -> index(sanctionsByTarget, r.values("entity"), r);
            case "Identification", "Passport" -> index(documentsByHolder, r.values("holder"), r);
            case "Occupancy" -> index(occupanciesByHolder, r.values("holder"), r);
            case "Address" -> r.allIds().forEach(id -> addressByAnyId.putIfAbsent(id, r));
            case "Position" -> r.allIds().forEach(id -> positionByAnyId.putIfAbsent(id, r));
            default -> addLink(r);
        }
    }

    private void addLink(FtmRecord r) {
        LinkSchema s = LINK_SCHEMATA.get(r.schema());
        if (s == null) {
            return; // a schema that says nothing about a party we keep (Security, Article, ...)
        }
        String q = r.first(s.qualifier());
        String suffix = q == null ? "" : " (" + q.toLowerCase(Locale.ROOT) + ")";
        for (String from : r.values(s.fromProperty())) {
            for (String to : r.values(s.toProperty())) {
                linksByParty.computeIfAbsent(from, k -> new ArrayList<>()).add(new LinkEnd(s.forward() + suffix, to));
                linksByParty.computeIfAbsent(to, k -> new ArrayList<>()).add(new LinkEnd(s.reverse() + suffix, from));
            }
        }
    }

    private static void index(Map<String, List<FtmRecord>> map, List<String> keys, FtmRecord r) {
        for (String k : keys) {
            map.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        }
    }

    List<FtmRecord> sanctionsOf(FtmRecord party) {
        return collect(sanctionsByTarget, party);
    }

    List<FtmRecord> documentsOf(FtmRecord party) {
        return collect(documentsByHolder, party);
    }

    List<FtmRecord> occupanciesOf(FtmRecord party) {
        return collect(occupanciesByHolder, party);
    }

    List<LinkEnd> linksOf(FtmRecord party) {
        LinkedHashSet<LinkEnd> out = new LinkedHashSet<>();
        for (String id : party.allIds()) {
            out.addAll(linksByParty.getOrDefault(id, List.of()));
        }
        return new ArrayList<>(out);
    }

    /** The Address entity with this id (or referent), or null. */
    FtmRecord address(String anyId) {
        return addressByAnyId.get(anyId);
    }

    /** The Position entity with this id (or referent), or null. */
    FtmRecord position(String anyId) {
        return positionByAnyId.get(anyId);
    }

    /** The id of the party an id or referent belongs to, or null when no party of the file has it. */
    String partyId(String anyId) {
        return partyIdByAnyId.get(anyId);
    }

    /** The caption of a party of the file, or null. */
    String caption(String partyId) {
        return captionByPartyId.get(partyId);
    }

    /** Helpers can point at a party by its id or by any of its referents; each helper counts once. */
    private static List<FtmRecord> collect(Map<String, List<FtmRecord>> map, FtmRecord party) {
        LinkedHashSet<FtmRecord> out = new LinkedHashSet<>();
        for (String id : party.allIds()) {
            out.addAll(map.getOrDefault(id, List.of()));
        }
        return new ArrayList<>(out);
    }
}
