package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** screen, pairs and match as a user runs them on the bundled lists, including what goes wrong. */
class ScreeningCliTest {

    static Cli.Run run(String... args) {
        return Cli.run(Cli.readOnlyHome(), args);
    }

    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void screenWritesTheContractColumnsInInputOrder(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("parties.csv");
        Files.writeString(in, "id,name,schema,birth_date,country\n"
                + "a1,李方伟,Person,1972,China\n"
                + "a2,Zhuhai Pantum Electronics Company Limited,Company,,\n"
                + "a3,Ingeborg Abrahamsen,Person,1972-11-21,Norway\n"
                + "a4,,Person,,\n"
                + "a5,\"Xinjiang Production and Construction Corps\",Organization,,\n");
        Path out = tmp.resolve("hits.csv");
        Cli.Run r = run("screen", in.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("parties.csv:5: skipped: the name is empty").contains("Screened 4 parties");
        List<String> header = List.of(Files.readAllLines(out).get(0).split(","));
        assertThat(header).containsExactlyElementsOf(ScreenCommand.COLUMNS);
        List<CSVRecord> rows = csv(out);
        assertThat(rows).extracting(x -> x.get("query_id")).containsSubsequence("a1", "a2", "a5");
        assertThat(rows).noneMatch(x -> x.get("query_id").equals("a3") && x.get("match").equals("true"));
        CSVRecord li = rows.stream().filter(x -> x.get("query_id").equals("a1")).findFirst().orElseThrow();
        assertThat(li.get("entity_id")).isEqualTo("us_ofac_sdn-11447");
        assertThat(li.get("match")).isEqualTo("true");
        assertThat(li.get("rank")).isEqualTo("1");
        assertThat(li.get("explanation")).contains("name_match");
        assertThat(rows).anyMatch(x -> x.get("query_id").equals("a2") && x.get("dataset").equals("us_dhs_uflpa"));
    }

    @Test
    void screenJsonCarriesTheSameFields(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("p.csv");
        Files.writeString(in, "id,name\nq,Fangwei Li\n");
        Cli.Run r = run("screen", in.toString(), "--format", "json", "--limit", "1");
        assertThat(r.code()).isZero();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
        for (String field : ScreenCommand.COLUMNS) {
            assertThat(node.has(field)).as(field).isTrue();
        }
        assertThat(node.get("entity_id").asText()).isEqualTo("us_ofac_sdn-11447");
    }

    @Test
    void screenRefusesFilesItCannotRead(@TempDir Path tmp) throws IOException {
        Path noName = tmp.resolve("noname.csv");
        Files.writeString(noName, "id,full_name\n1,Someone\n");
        Cli.Run a = run("screen", noName.toString());
        assertThat(a.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(a.err()).contains("noname.csv: the header has no column 'name'");

        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, "id,name\n1,Alice\n2,\"Bob \"the\" Builder\n");
        Cli.Run b = run("screen", broken.toString());
        assertThat(b.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(b.err()).contains("broken.csv:3").contains("malformed CSV");

        Path badDate = tmp.resolve("dates.csv");
        Files.writeString(badDate, "id,name,birth_date\n1,Alice Smith,last spring\n");
        Cli.Run c = run("screen", badDate.toString());
        assertThat(c.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(c.err()).contains("dates.csv:2: field birth_date: not a date");
    }

    @Test
    void screenSurvivesHostileNames(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("hostile.csv");
        Files.writeString(in, "id,name\n"
                + "long,\"" + "Mohammed ".repeat(1200) + "\"\n"
                + "ctl,\"A\u0007\u001bB\"\n"
                + "punct,\"!!! ??? ...\"\n"
                + "mixed,\"Vladimir Владимир 弗拉基米尔 فلاديمير\"\n"
                + "html,\"<script>alert(1)</script>\"\n");
        Cli.Run r = run("screen", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Screened 5 parties");
    }

    @Test
    void pairsAddsScoreAndMatchKeepingEveryColumn(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("pairs.csv");
        Files.writeString(in, "case,schema,name1,name2,is_match\n"
                + "c1,Person,Zhu Hailun,\"ZHU, Hailun\",true\n"
                + "c2,Person,艾尔肯·吐尼亚孜,Erkin Tuniyaz,true\n"
                + "c3,Company,Mobitronix Limited Liability Company,MOBITRONIX LLC,true\n"
                + "c4,Person,Mohammad GHOLAMI,\"GHOLAMI, Ali\",false\n");
        Path out = tmp.resolve("scored.csv");
        Cli.Run r = run("pairs", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(out);
        assertThat(rows).hasSize(4);
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("case,schema,name1,name2,is_match,score,match");
        for (CSVRecord row : rows) {
            assertThat(row.get("match")).as(row.get("case")).isEqualTo(row.get("is_match"));
            assertThat(Double.parseDouble(row.get("score"))).isBetween(0.0, 1.0);
        }
        Path missing = tmp.resolve("missing.csv");
        Files.writeString(missing, "schema,a,b\nPerson,x,y\n");
        Cli.Run bad = run("pairs", missing.toString());
        assertThat(bad.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(bad.err()).contains("no column 'name1'");
    }

    @Test
    void pairsExplainsEachScoreWhenAsked(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("pairs.csv");
        Files.writeString(in, "schema,name1,name2\nPerson,Zhu Hailun,\"ZHU, Hailun\"\nPerson,Mohammad GHOLAMI,\"GHOLAMI, Ali\"\n");
        Path out = tmp.resolve("scored.csv");
        Cli.Run r = run("pairs", in.toString(), "--explain", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("schema,name1,name2,score,match,explanation");
        List<CSVRecord> rows = csv(out);
        // the pairs the scorer made, and the part left over that kept the second below the threshold
        assertThat(rows.get(0).get("explanation")).startsWith("name_match ").contains("hailun");
        assertThat(rows.get(1).get("explanation")).contains("gholami").contains("ali");
    }

    @Test
    void matchPrintsOnePartyWithEveryListing() {
        Cli.Run r = run("match", "--schema", "Person", "Erkin Tuniyaz");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1. 1.00 MATCH  Erkin Tuniyaz  ca_sema-china_part-1_6 [Person, ca_sema]")
                .contains("one party listed 2 times (grp-ca_sema-china_part-1_6), by ca_sema, us_ofac_sdn:")
                .containsPattern("us_ofac_sdn-34119 +TUNIYAZ, Erken +GLOMAG +\\(0\\.98\\)")
                .doesNotContain("2. 0.98 MATCH  TUNIYAZ, Erken");
    }

    @Test
    void screeningListNamesGivesOneAlertPerPartyNotPerListing(@TempDir Path tmp) throws IOException {
        // a thousand names the lists themselves give: the entries of different lists that are one party are one
        // party in the output, with one rank and group_id however many lists list it
        Path entries = tmp.resolve("ca_sema.jsonl");
        Cli.Run export = run("lists", "export", "--format", "clearance", "ca_sema", "-o", entries.toString());
        assertThat(export.code()).as(export.err()).isZero();
        List<String> names = Files.readAllLines(entries).stream().limit(1000)
                .map(l -> l.replaceFirst("^.*?\"names\":\\[\\{\"full\":\"([^\"]*)\".*$", "$1")).toList();
        StringBuilder in = new StringBuilder("id,name\n");
        for (int i = 0; i < names.size(); i++) {
            in.append('q').append(i).append(",\"").append(names.get(i)).append("\"\n");
        }
        Path file = tmp.resolve("names.csv");
        Files.writeString(file, in);
        Path out = tmp.resolve("hits.csv");
        Cli.Run r = run("screen", file.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(out);
        java.util.Map<String, java.util.Set<String>> groupsByRank = new java.util.HashMap<>();
        java.util.Set<String> alerts = new java.util.HashSet<>();
        java.util.Set<String> parties = new java.util.HashSet<>();
        long linked = 0;
        for (CSVRecord x : rows) {
            groupsByRank.computeIfAbsent(x.get("query_id") + "#" + x.get("rank"), k -> new java.util.HashSet<>()).add(x.get("group_id"));
            parties.add(x.get("query_id") + " " + x.get("group_id"));
            if (x.get("match").equals("true")) {
                alerts.add(x.get("query_id") + " " + x.get("group_id"));
            }
            linked += x.get("group_id").startsWith("grp-") ? 1 : 0;
        }
        assertThat(groupsByRank.values()).allMatch(g -> g.size() == 1);
        assertThat(groupsByRank).hasSameSizeAs(parties);
        assertThat(alerts.size()).isLessThanOrEqualTo(parties.size());
        // Canada's own names find OFAC's and the UN's listings of the same people as their parties' listings
        assertThat(names).hasSize(1000);
        assertThat(linked).isGreaterThan(300);
        assertThat(rows.size()).isGreaterThan(parties.size());
    }

    @Test
    void listsLinksCountsPerPairOfListsAndShowsEachParty(@TempDir Path tmp) throws IOException {
        Cli.Run r = run("lists", "links", "--dataset", "us_dhs_uflpa");
        assertThat(r.code()).as(r.err()).isZero();
        // columns: links, then per rule: analyst_confirmed, un_reference, shared_identifier, name_and_birth_date,
        // name_and_country, exact_name
        assertThat(r.out()).containsPattern("us_dhs_uflpa \\+ us_ofac_sdn +1 +0 +0 +0 +0 +0 +1")
                .contains("grp-us_dhs_uflpa-xinjiang-production-and-construction-corps")
                .contains("link exact_name: us_dhs_uflpa-xinjiang-production-and-construction-corps = us_ofac_sdn-29299: "
                        + "the same name of 5 words: 'xinjiang production and construction corps'");
        Cli.Run all = run("lists", "links", "--counts");
        assertThat(all.out()).containsPattern("ca_sema \\+ us_ofac_sdn +[0-9,]+").doesNotContain("grp-");
        // the FollowTheMoney export carries the links as the referents of each entry
        Path ftm = tmp.resolve("uflpa.ftm.json");
        assertThat(run("lists", "export", "us_dhs_uflpa", "-o", ftm.toString()).code()).isZero();
        assertThat(Files.readAllLines(ftm)).anyMatch(l -> l.startsWith("{\"id\":\"us_dhs_uflpa-xinjiang-production-and-construction-corps\"")
                && l.endsWith("\"referents\":[\"us_ofac_sdn-29299\"]}"));
        // an analyst's split waits for a second person: the same account may not approve it
        Cli.Run split = run("lists", "links", "--split", "us_ofac_sdn-29299", "us_dhs_uflpa-xinjiang-production-and-construction-corps",
                "--reason", "test: a proposal left pending");
        assertThat(split.code()).as(split.err()).isZero();
        assertThat(split.out()).startsWith("Proposed decision ").contains("split us_dhs_uflpa-xinjiang-production-and-construction-corps");
        String id = split.out().replaceAll("(?s)^Proposed decision (\\d+):.*", "$1");
        Cli.Run own = run("lists", "links", "--approve", id, "--reason", "mine");
        assertThat(own.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(own.err()).contains("four eyes");
        assertThat(run("lists", "links", "--decisions").out()).contains("pending_approval").contains("waits for approval");
        assertThat(run("lists", "links", "--dataset", "us_dhs_uflpa").out()).contains("grp-us_dhs_uflpa-xinjiang-production-and-construction-corps");
        Cli.Run unknown = run("lists", "links", "--dataset", "eu_fsf");
        assertThat(unknown.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(unknown.err()).contains("no current list version of dataset 'eu_fsf'");
        // a split naming an entry no current list holds is refused, naming it, and proposes nothing
        String before = run("lists", "links", "--decisions").out();
        Cli.Run noEntry = run("lists", "links", "--split", "us_ofac_sdn-29299", "us_ofac_sdn-99999999", "--reason", "typo");
        assertThat(noEntry.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(noEntry.err()).contains("no entry 'us_ofac_sdn-99999999' in the current lists");
        assertThat(run("lists", "links", "--decisions").out()).isEqualTo(before);
    }

    @Test
    void matchPrintsTheExplanation() {
        Cli.Run r = run("match", "--schema", "Person", "艾尔肯·吐尼亚孜");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("MATCH").contains("name_match").containsIgnoringCase("tuniyaz");
        Cli.Run none = run("match", "--schema", "Person", "Ingeborg Abrahamsen");
        assertThat(none.out()).doesNotContain("MATCH");
        Cli.Run wrong = run("match", "--schema", "Planet", "Mars");
        assertThat(wrong.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(wrong.err()).contains("unknown schema 'Planet'");
    }

    @Test
    void asOfAnswersFromTheVersionsInForceThatDay() {
        // OFAC added MOUKALLED, Firas Hasan in the SDN version of 2024-05-03; the snapshot also holds 2024-04-26's
        Cli.Run now = run("match", "--schema", "Person", "--datasets", "us_ofac_sdn", "Firas Hasan Moukalled");
        assertThat(now.out()).contains("MATCH", "us_ofac_sdn-48325");
        Cli.Run before = run("match", "--schema", "Person", "--datasets", "us_ofac_sdn", "--as-of", "2024-04-30",
                "Firas Hasan Moukalled");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.err()).contains("As of 2024-04-30", "us_ofac_sdn", "published 2024-04-26");
        assertThat(before.out()).doesNotContain("us_ofac_sdn-48325");
        Cli.Run tooEarly = run("match", "--schema", "Person", "--as-of", "1999-01-01", "Firas Hasan Moukalled");
        assertThat(tooEarly.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(tooEarly.err()).contains("no list version stored was published on or before");
        Cli.Run notADay = run("match", "--schema", "Person", "--as-of", "2024-13-45", "Firas Hasan Moukalled");
        assertThat(notADay.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(notADay.err()).contains("--as-of", "2024-13-45");
    }

    @Test
    void aListingScreenedAsOfAPastDaySaysWhenALaterVersionDroppedIt() {
        // EMPEROR AVIATION LTD (RUSSIA-EO14024) is in the SDN version of 2024-04-26 and not in the current one
        Cli.Run now = run("match", "--schema", "Company", "--datasets", "us_ofac_sdn", "Emperor Aviation Ltd");
        assertThat(now.out()).doesNotContain("us_ofac_sdn-38556");
        // the newest version first, after the header
        String current = run("lists", "versions", "us_ofac_sdn").out().lines().skip(1).findFirst().orElseThrow();
        Cli.Run then = run("match", "--schema", "Company", "--datasets", "us_ofac_sdn", "--as-of", "2024-04-30",
                "Emperor Aviation Ltd");
        assertThat(then.code()).as(then.err()).isZero();
        assertThat(then.out()).contains("us_ofac_sdn-38556").containsPattern("(?m)^ +delisted on \\d{4}-\\d{2}-\\d{2}$");
        String delisted = then.out().lines().filter(l -> l.strip().startsWith("delisted on")).findFirst().orElseThrow().strip()
                .substring("delisted on ".length());
        assertThat(current).as("the version that dropped it is the current one").contains(delisted);
    }

    @Test
    void traceShowsThePathFromTheFinishedGoodBackToEachRisk(@TempDir Path tmp) throws IOException {
        Path example = Path.of(System.getProperty("clearance.root"), "examples", "cotton-tshirt.json");
        Cli.Run r = run("trace", example.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Supply chain: Men's cotton T-shirt")
                .contains("high priority sector")
                .contains("<- combed cotton yarn 40s (Wuxi Everbright Yarn Co., Ltd., CN)")
                .contains("xinjiang location     ginner")
                .doesNotContain("xinjiang location     spinner") // "88 Xinjiang Road, Wuxi" is a street
                .contains("GAP        farm -> ginner: missing packing_list")
                .contains("documented spinner -> knitter");
        Cli.Run json = run("trace", example.toString(), "--format", "json");
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(node.get("findings").isArray()).isTrue();
        assertThat(node.get("atRisk").get("importer")).isNotNull();

        Path html = tmp.resolve("dossier.html");
        Path pdf = tmp.resolve("dossier.pdf");
        Cli.Run dossier = run("trace", example.toString(), "--report", html.toString(), "--pdf", pdf.toString());
        assertThat(dossier.code()).as(dossier.err()).isZero();
        assertThat(dossier.err()).contains("Wrote the dossier to " + html).contains("Wrote the dossier to " + pdf);
        assertThat(Files.readString(html)).contains("<svg").contains("Awat Tianyuan Cotton Ginning Co., Ltd.")
                .contains("us_dhs_uflpa"); // the list versions used
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        Path cycle = tmp.resolve("cycle.json");
        Files.writeString(cycle, "{\"parties\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
                + " \"links\": [{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"b\", \"to\": \"a\"}]}");
        Cli.Run bad = run("trace", cycle.toString());
        assertThat(bad.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(bad.err()).contains("cycle.json: the chain has a cycle: a -> b -> a");
    }

    @Test
    void benchDossierPrintsRenderFiguresForEachChain() {
        Path example = Path.of(System.getProperty("clearance.root"), "examples", "tomato-paste.json");
        Cli.Run r = run("bench", "dossier", example.toString(), "--rounds", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Dossier rendering").contains("MEDIAN PDF ms").contains("tomato-paste.json");
        Cli.Run none = run("bench", "dossier");
        assertThat(none.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(none.err()).contains("bench dossier needs chain files");
    }
}
