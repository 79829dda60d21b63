package org.clearance.names.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.clearance.names.chinese.ChineseNames;
import org.junit.jupiter.api.Test;

/**
 * Chinese company names written in pinyin syllable by syllable, as forms and bank messages write them, on names of the
 * UFLPA Entity List and the Canadian SEMA list (their names in characters read one syllable a word), and persons'
 * names so written, which must stay persons' names.
 */
class OrgNamesSyllablesTest {
    private final OrgNames names = OrgNames.get();

    private String tags(String normalised, boolean organisation) {
        return names.analyseSyllables(List.of(normalised.split(" ")), organisation).orElseThrow().stream()
                .map(t -> t.text() + "/" + t.kind() + (t.legalFormClass() == null ? "" : ":" + t.legalFormClass()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void legalFormsGenericWordsAndPlacesAreJoinedFromTheirSyllables() {
        // 新疆中泰(集团)有限责任公司, UFLPA
        assertThat(tags("xin jiang zhong tai ji tuan you xian ze ren gong si", false))
                .isEqualTo("xinjiang/PLACE zhong/OTHER tai/OTHER jituan/GENERIC youxian zeren gongsi/LEGAL_FORM:LTD");
        // 恒燁科技有限公司, SEMA (Hengye Tech Limited)
        assertThat(tags("heng ye ke ji you xian gong si", false))
                .isEqualTo("heng/OTHER ye/OTHER keji/GENERIC youxian gongsi/LEGAL_FORM:LTD");
        // 骆驼集团股份有限公司, UFLPA: the joint-stock form
        assertThat(tags("luo tuo ji tuan gu fen you xian gong si", false)).endsWith("gufen youxian gongsi/LEGAL_FORM:LTD");
    }

    @Test
    void wordsWrittenJoinedAndSyllablesMixInOneName() {
        assertThat(tags("hengye keji you xian gong si", false))
                .isEqualTo("hengye/OTHER keji/GENERIC youxian gongsi/LEGAL_FORM:LTD");
    }

    @Test
    void aGroupWithoutLegalFormIsACompanysName() {
        // 溢达集团 (Esquel Group), UFLPA
        assertThat(tags("yi da ji tuan", false)).isEqualTo("yi/OTHER da/OTHER jituan/GENERIC");
    }

    @Test
    void aPersonsNameInSyllablesIsNoCompanys() {
        assertThat(names.analyseSyllables(List.of("wang", "xiao", "ming"), false)).isEmpty();
        // two syllables of a given name that spell a word of a trade (科技) say no company by themselves
        assertThat(names.analyseSyllables(List.of("wang", "ke", "ji"), false)).isEmpty();
        assertThat(names.analyseSyllables(List.of("li", "fang", "wei"), true)).isEmpty();
        // a name known to be an organisation's is read by any run: 新疆生产建设兵团 (XPCC), UFLPA
        assertThat(tags("xin jiang sheng chan jian she bing tuan", true))
                .isEqualTo("xinjiang/PLACE shengchan/GENERIC jianshe/GENERIC bing/OTHER tuan/OTHER");
    }

    @Test
    void latinWordsThatAreNoSyllablesAreTaggedAsWritten() {
        assertThat(names.analyseSyllables(List.of("zhuhai", "pantum", "electronics", "co", "ltd"), true)).isEmpty();
    }

    @Test
    void chineseGenericWordsMeanTheirEnglishWord() {
        assertThat(names.meaning("keji")).containsExactly("technology");
        assertThat(names.meaning("科技")).containsExactly("technology");
        assertThat(names.meaning("電子")).containsExactly("electronics");
        assertThat(names.meaning("xinnengyuan")).containsExactly("new", "energy");
        // Chang is also a surname in Latin: only 厂 means factory
        assertThat(names.meaning("chang")).isEmpty();
        assertThat(names.meaning("厂")).containsExactly("factory");
        assertThat(names.meaning("technology")).isEmpty();
    }

    @Test
    void traditionalCharactersAreTaggedAsSimplifiedAndKeptAsWritten() {
        // 菲普多電子有限公司, SEMA
        List<OrgToken> tagged = names.analyseHan("菲普多電子有限公司");
        assertThat(tagged).extracting(OrgToken::text).containsExactly("菲普多", "電子", "有限公司");
        assertThat(tagged).extracting(OrgToken::kind)
                .containsExactly(OrgTokenKind.OTHER, OrgTokenKind.GENERIC, OrgTokenKind.LEGAL_FORM);
    }

    @Test
    void syllablesAreSingleToneslessPinyinSyllables() {
        ChineseNames chinese = ChineseNames.get();
        assertThat(List.of("gong", "si", "zhuang", "lü", "lu", "er")).allMatch(chinese::isSyllable);
        assertThat(List.of("gongsi", "hengye", "ltd", "", "x")).noneMatch(chinese::isSyllable);
    }
}
