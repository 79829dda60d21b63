package org.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.evidence.Assessment;
import org.clearance.supplychain.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlDossierTest {
    /** The dossier as a reader's browser gets it: the written text, parsed again. */
    private static Document written(Assessment a) {
        return Jsoup.parse(HtmlDossier.render(Chains.dossier(a)).outerHtml(), "", Parser.xmlParser());
    }

    @Test
    void theSummarySaysAtRiskAndNamesTheListedPartyAndTheExposure() throws Exception {
        Document d = written(Chains.solar());
        Element summary = d.getElementById("summary");
        assertThat(summary.hasClass("risk")).isTrue();
        assertThat(summary.selectFirst(".headline").text()).contains("UFLPA Entity List").contains("a party in Xinjiang");
        // module gets 30 t of wafers from the listed chain and 10 t documented from Norway: 75% at risk, 25% clean
        assertThat(summary.text()).contains("Exposure of Sunfield Modules LLC").contains("75% at risk · 0% unknown · 25% documented clean");
        assertThat(summary.select("ol.next li").first().text()).contains("Hoshine Silicon (Shihezi) Co.");
    }

    @Test
    void everyFindingHasARowWithItsPartyAndEvidence() throws Exception {
        Assessment a = Chains.solar();
        Document d = written(a);
        var rows = d.select("#findings tbody tr");
        assertThat(rows).hasSize(a.trace().findings().size());
        for (Finding f : a.trace().findings()) {
            String party = a.trace().chain().parties().get(f.partyId()).name();
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.select("td").get(0).text()).isEqualTo(HtmlDossier.kind(f.kind()));
                assertThat(r.select("td").get(1).text()).startsWith(party);
                assertThat(r.select("td").get(2).text()).isEqualTo(f.detail());
            });
        }
        assertThat(d.select("#paths li").eachText()).containsExactly("Solar module 400 W <- solar cells (Hanoi Cell Co., VN)"
                + " <- mono wafers (Jiangsu Wafer Tech, CN) <- polysilicon chunks 多晶硅 (Hoshine Silicon (Shihezi) Co., CN)");
    }

    @Test
    void theMapDrawsEachPartyInItsStateAndEachGapDashed() throws Exception {
        Document d = written(Chains.solar());
        Element svg = d.selectFirst("#map svg");
        assertThat(svg.attr("viewBox")).startsWith("0 0 ");
        assertThat(svg.select("g.party")).hasSize(6);
        assertThat(svg.select("g.party.risk title").eachText()).singleElement().asString().startsWith("Hoshine Silicon");
        assertThat(svg.select("g.party.downstream")).hasSize(3); // wafer, cell, module
        assertThat(svg.select("g.party.clear")).hasSize(2); // quartz, nwafer
        assertThat(svg.select("polyline[stroke-dasharray]")).hasSize(1); // poly -> wafer holds only an invoice
    }

    @Test
    void aLinkMissingDocumentsIsAGapNamingEachMissingDocumentAndWhatItBlocks() throws Exception {
        Document d = written(Chains.solar());
        Element gap = d.select("#evidence tbody tr.gap").first();
        assertThat(gap.select("td").get(0).text()).isEqualTo("Hoshine Silicon (Shihezi) Co. → Jiangsu Wafer Tech");
        assertThat(gap.select("ul.missing li").eachText()).contains("packing list: matching the shipped goods to the invoice")
                .noneMatch(t -> t.startsWith("invoice"));
        assertThat(d.select("#evidence tbody tr.documented")).hasSize(4);
    }

    @Test
    void markupInAPartyNameIsTextEverywhere() throws Exception {
        String html = HtmlDossier.render(Chains.dossier(Chains.solar())).outerHtml();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(written(Chains.solar()).select("script")).isEmpty();
    }

    @Test
    void theListVersionsUsedAreListed() throws Exception {
        Document d = written(Chains.solar());
        assertThat(d.select("#lists tbody tr")).hasSize(2);
        assertThat(d.select("#lists tbody tr").first().text()).contains("us_dhs_uflpa").contains("2025-01-15").contains("bafa331ad1738e5b");
    }

    @Test
    void aLargeChainDrawsOnlyThePartiesOnPathsToARiskAndSaysSo() throws Exception {
        Assessment big = Chains.straight(ChainMap.MAX_PARTIES + 30);
        Document d = written(big);
        assertThat(d.select("#map g.party")).hasSize(ChainMap.MAX_PARTIES);
        assertThat(d.selectFirst("#map p.note").text()).contains("The chain has " + (ChainMap.MAX_PARTIES + 30) + " parties");
        Element svg = d.selectFirst("#map svg");
        assertThat(Double.parseDouble(svg.attr("width"))).isLessThanOrEqualTo(ChainMap.MAX_WIDTH);
    }

    @Test
    void labelsAreCutByDisplayWidthWithWideCharactersCountingTwice() {
        assertThat(ChainMap.shorten("Short name")).isEqualTo("Short name");
        assertThat(ChainMap.shorten("新疆大全新能源股份有限公司石河子分公司多晶硅工厂")).endsWith("…")
                .hasSizeLessThanOrEqualTo(13);
        assertThat(ChainMap.shorten("A".repeat(40))).isEqualTo("A".repeat(24) + "…");
    }

    @Test
    void theMapShowsEveryPartyNameWhole() throws Exception {
        Assessment solar = Chains.solar();
        Document d = written(solar);
        for (org.clearance.supplychain.Party p : solar.trace().chain().parties().values()) {
            Element g = d.select("#map g.party").stream().filter(x -> x.selectFirst("title").text().startsWith(p.name())).findFirst().orElseThrow();
            // a word longer than a line breaks inside, so compare without the spaces between lines
            assertThat(String.join("", g.select("text[font-weight=bold]").eachText()).replace(" ", "")).isEqualTo(p.name().replace(" ", ""));
        }
    }

    @Test
    void mapLabelsWrapLongNamesBetweenWordsInsteadOfCuttingThem() {
        assertThat(ChainMap.lines("Hami Jingshi Quartz Mining Co., Ltd.")).containsExactly("Hami Jingshi Quartz", "Mining Co., Ltd.");
        assertThat(ChainMap.lines("Short name")).containsExactly("Short name");
        assertThat(ChainMap.lines("新疆大全新能源股份有限公司石河子分公司多晶硅工厂")).containsExactly("新疆大全新能源股份有限公", "司石河子分公司多晶硅工厂");
        assertThat(ChainMap.lines("Word ".repeat(30))).hasSize(3).last().asString().endsWith("…");
    }

    @Test
    void aLargeChainKeepsEachTableReadableAndCountsWhatItLeavesOut() throws Exception {
        int n = HtmlDossier.MAX_ROWS + 50;
        Document d = written(Chains.straight(n)); // n parties in a row, the first one listed: n - 1 links
        assertThat(d.select("#evidence tbody tr")).hasSize(HtmlDossier.MAX_ROWS);
        assertThat(d.selectFirst("#evidence p.more").text())
                .isEqualTo(String.format("Showing %d of %d links (gaps on the way to a risk first, documented links last);"
                        + " all of them are in the output of clearance trace --format json.", HtmlDossier.MAX_ROWS, n - 1));
        Document gaps = written(Chains.straight(Summary.MAX_STEPS + 5, List.of("invoice")));
        assertThat(gaps.select("#summary ol.next li")).hasSize(Summary.MAX_STEPS);
        assertThat(gaps.selectFirst("#summary p.more").text()).startsWith("Showing " + Summary.MAX_STEPS + " of "
                + (Summary.MAX_STEPS + 5) + " steps"); // replace the listed party, and a gap on each of the links
        assertThat(d.select("#paths li")).hasSizeLessThanOrEqualTo(HtmlDossier.MAX_PATHS_PER_END);
        assertThat(d.select("#findings tbody tr")).hasSize(1); // the one listed party: nothing to cut
        assertThat(d.select("#findings p.more")).isEmpty();
    }
}
