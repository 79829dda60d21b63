package org.clearance.lists.uflpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrasings of the DHS "Name of Entity" cells, as DHS writes them. */
class UflpaNameProseTest {
    private static final List<String> NINESTAR_SUBSIDIARIES = List.of(
            "Zhuhai Ninestar Information Technology Co., Ltd.", "Zhuhai Pantum Electronics Co., Ltd.",
            "Zhuhai Apex Microelectronics Co., Ltd.", "Geehy Semiconductor Co., Ltd.",
            "Zhuhai Pu-Tech Industrial Co., Ltd.", "Zhuhai Seine Printing Technology Co., Ltd.",
            "Zhuhai Ninestar Management Co., Ltd.", "Zhuhai Ninestar Technology Co., Ltd.");

    @Test
    void aPlainNameIsJustTheName() {
        UflpaNames n = UflpaNameProse.parse("Baoding LYSZD Trade and Business Co., Ltd.");
        assertThat(n.primary()).isEqualTo("Baoding LYSZD Trade and Business Co., Ltd.");
        assertThat(n.aliases()).isEmpty();
        assertThat(n.formerNames()).isEmpty();
        assertThat(n.subsidiaries()).isEmpty();
        assertThat(n.notes()).isEmpty();
    }

    @Test
    void andTwoAliases() {
        UflpaNames n = UflpaNameProse.parse("Hetian Haolin Hair Accessories Co. Ltd. (and two aliases: "
                + "Hotan Haolin Hair Accessories; and Hollin Hair Accessories)");
        assertThat(n.primary()).isEqualTo("Hetian Haolin Hair Accessories Co. Ltd.");
        assertThat(n.aliases()).containsExactly("Hotan Haolin Hair Accessories", "Hollin Hair Accessories");
        assertThat(n.notes()).isEmpty();
    }

    @Test
    void andOneAliasWithBracketsInBothNames() {
        UflpaNames n = UflpaNameProse.parse(
                "Hoshine Silicon Industry (Shanshan) Co., Ltd (and one alias: Hesheng Silicon Industry (Shanshan) Co.)");
        assertThat(n.primary()).isEqualTo("Hoshine Silicon Industry (Shanshan) Co., Ltd");
        assertThat(n.aliases()).containsExactly("Hesheng Silicon Industry (Shanshan) Co.");
    }

    @Test
    void alsoKnownAsAList() {
        UflpaNames n = UflpaNameProse.parse("Aksu Huafu Color Spinning Co., Ltd. (also known as Aksu Huafu Textiles "
                + "Co., Ltd.; Akesu Huafu; Aksu Huafu Dyed Melange Yarn; and Akesu Huafu Melange Yarn Co., Ltd.)");
        assertThat(n.primary()).isEqualTo("Aksu Huafu Color Spinning Co., Ltd.");
        assertThat(n.aliases()).containsExactly("Aksu Huafu Textiles Co., Ltd.", "Akesu Huafu",
                "Aksu Huafu Dyed Melange Yarn", "Akesu Huafu Melange Yarn Co., Ltd.");
    }

    @Test
    void formerNamesStayApartFromAliases() {
        UflpaNames n = UflpaNameProse.parse("Changhong Meiling Co., Ltd. (formerly known as Hefei Meiling Co., Ltd.; "
                + "and Hefei Meiling Group Holdings Limited)");
        assertThat(n.primary()).isEqualTo("Changhong Meiling Co., Ltd.");
        assertThat(n.formerNames()).containsExactly("Hefei Meiling Co., Ltd.", "Hefei Meiling Group Holdings Limited");
        assertThat(n.aliases()).isEmpty();

        UflpaNames mixed = UflpaNameProse.parse(
                "Hefei Bitland Information Technology Co., Ltd. (also known as Anhui Hefei Baolongda Information "
                        + "Technology; and formerly known as Hefei Bitland Optoelectronic Technology Co., Ltd.)");
        assertThat(mixed.aliases()).containsExactly("Anhui Hefei Baolongda Information Technology");
        assertThat(mixed.formerNames()).containsExactly("Hefei Bitland Optoelectronic Technology Co., Ltd.");
    }

    @Test
    void alsoKnownAsWithoutBrackets() {
        UflpaNames n = UflpaNameProse.parse("Changji Esquel Textile Co., Ltd., also known as Changji Yida Textile Co., Ltd.");
        assertThat(n.primary()).isEqualTo("Changji Esquel Textile Co., Ltd.");
        assertThat(n.aliases()).containsExactly("Changji Yida Textile Co., Ltd.");
    }

    @Test
    void subordinateAndAffiliatedEntitiesAreANote() {
        UflpaNames n = UflpaNameProse.parse("Xinjiang Production and Construction Corps (and three aliases: XPCC; "
                + "New Construction Corps; and Bingtuan) and its subordinate and affiliated entities");
        assertThat(n.primary()).isEqualTo("Xinjiang Production and Construction Corps");
        assertThat(n.aliases()).containsExactly("XPCC", "New Construction Corps", "Bingtuan");
        assertThat(n.subsidiaries()).isEmpty();
        assertThat(n.notes()).containsExactly("Listed with its subordinate and affiliated entities");
    }

    @Test
    void namedSubsidiariesSeparatedBySemicolons() {
        UflpaNames n = UflpaNameProse.parse("Ninestar Corporation and its eight Zhuhai-based subsidiaries, which "
                + "include " + String.join("; ", NINESTAR_SUBSIDIARIES.subList(0, 7)) + "; and "
                + NINESTAR_SUBSIDIARIES.get(7));
        assertThat(n.primary()).isEqualTo("Ninestar Corporation");
        assertThat(n.subsidiaries()).extracting(UflpaNames::primary).containsExactlyElementsOf(NINESTAR_SUBSIDIARIES);
        assertThat(n.notes()).isEmpty();
    }

    @Test
    void namedSubsidiariesSeparatedByCommasKeepCoLtdWhole() {
        UflpaNames n = UflpaNameProse.parse("Ninestar Corporation and its eight Zhuhai-based subsidiaries, which "
                + "include " + String.join(", ", NINESTAR_SUBSIDIARIES.subList(0, 7)) + ", and "
                + NINESTAR_SUBSIDIARIES.get(7));
        assertThat(n.subsidiaries()).extracting(UflpaNames::primary).containsExactlyElementsOf(NINESTAR_SUBSIDIARIES);
        assertThat(n.notes()).isEmpty();
    }

    @Test
    void aSubsidiaryCanCarryItsOwnAlias() {
        UflpaNames n = UflpaNameProse.parse("Chenguang Biotech Group Co., Ltd. and its subsidiary Chenguang "
                + "Biotechnology Group Yanqi Co. Ltd. (also known as Chenguang Biotech Yanqi)");
        assertThat(n.primary()).isEqualTo("Chenguang Biotech Group Co., Ltd.");
        assertThat(n.subsidiaries()).singleElement().satisfies(s -> {
            assertThat(s.primary()).isEqualTo("Chenguang Biotechnology Group Yanqi Co. Ltd.");
            assertThat(s.aliases()).containsExactly("Chenguang Biotech Yanqi");
        });
    }

    @Test
    void unnamedSubsidiariesAreANote() {
        assertThat(UflpaNameProse.parse("Zijin Mining Group Co., Ltd. and its subsidiaries").notes())
                .containsExactly("Listed with its subsidiaries, not named");
        UflpaNames n = UflpaNameProse.parse(
                "Huafu Fashion Co., Ltd. (including one alias: Huafu Top Dyed Melange Yarn Co., Ltd.) and subsidiaries");
        assertThat(n.primary()).isEqualTo("Huafu Fashion Co., Ltd.");
        assertThat(n.aliases()).containsExactly("Huafu Top Dyed Melange Yarn Co., Ltd.");
        assertThat(n.notes()).containsExactly("Listed with its subsidiaries, not named");
        assertThat(UflpaNameProse.parse("Century Sunshine Group Holdings, Ltd., and Subsidiaries").primary())
                .isEqualTo("Century Sunshine Group Holdings, Ltd.");
    }

    @Test
    void theAnnouncedCountChoosesTheSplit() {
        // "two aliases" with a bare "and" between them: only the split on " and " gives two
        UflpaNames two = UflpaNameProse.parse("Hetian Taida Apparel Co., Ltd. (including two aliases: Hetian TEDA "
                + "Garment and Hetian Taida Garment)");
        assertThat(two.aliases()).containsExactly("Hetian TEDA Garment", "Hetian Taida Garment");
        // "one alias" whose name holds "and": not split
        UflpaNames one = UflpaNameProse.parse("Heze Cotton and Linen Economic and Trade Development Corporation "
                + "(and one alias: Heze Cotton and Linen Trading Development General Company)");
        assertThat(one.aliases()).containsExactly("Heze Cotton and Linen Trading Development General Company");
    }

    @Test
    void aCountThatNoSplitMeetsIsNoted() {
        UflpaNames n = UflpaNameProse.parse("Tanyuan Technology Co., Ltd. (and three aliases: Carbon Element "
                + "Technology; Jiangsu Tanyuan Technology Co.)");
        assertThat(n.aliases()).containsExactly("Carbon Element Technology", "Jiangsu Tanyuan Technology Co.");
        assertThat(n.notes()).singleElement().asString().startsWith("The source announces 3 names");
    }

    @Test
    void bracketsThatAreNoPhraseStayInTheName() {
        assertThat(UflpaNameProse.parse("No. 4 Vocational Skills Education Training Center (VSETC)").primary())
                .isEqualTo("No. 4 Vocational Skills Education Training Center (VSETC)");
        assertThat(UflpaNameProse.parse("Xinjiang Energy (Group) Co., Ltd.").primary())
                .isEqualTo("Xinjiang Energy (Group) Co., Ltd.");
    }
}
