package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearance.match.DefaultNames.score;

import org.clearance.model.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese company names written in pinyin syllable by syllable, as forms and bank messages write them, against the
 * names the lists give (UFLPA Entity List, Canadian SEMA list): in characters, traditional or simplified, and in Latin,
 * translated or in pinyin; and against other listed companies that share a place, a generic word and the legal form,
 * and persons' names in syllables against companies, at the default threshold.
 */
class CompanyNamesInSyllablesTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Heng Ye Ke Ji You Xian Gong Si | 恒燁科技有限公司",
            // the list's English name translates the generic word (科技, keji: technology)
            "Heng Ye Ke Ji You Xian Gong Si | Hengye Tech Limited.",
            "Hengye Keji Youxian Gongsi | Hengye Tech Limited.",
            "Xin Jiang Zhong Tai Ji Tuan You Xian Ze Ren Gong Si | 新疆中泰(集团)有限责任公司",
            "Xin Jiang Zhong Tai Ji Tuan You Xian Ze Ren Gong Si | Xinjiang Zhongtai Group Co., Ltd.",
            // a place of three syllables against the characters read one by one
            "Tu Lu Fan Yi Da Fang Zhi You Xian Gong Si | 吐鲁番溢达纺织有限公司",
            // traditional characters, as Hong Kong writes them
            "Fei Pu Duo Dian Zi You Xian Gong Si | 菲普多電子有限公司",
            "Yi Da Ji Tuan | 溢达集团"})
    void aCompanyInSyllablesMeetsItsListedName(String syllables, String listed) {
        assertThat(score(syllables, Schema.COMPANY, listed, Schema.COMPANY)).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score(syllables, Schema.LEGAL_ENTITY, listed, Schema.COMPANY)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // another company of the same place, trade and form (Pantum and Apex, both of Zhuhai)
            "Zhu Hai Ben Tu Dian Zi You Xian Gong Si | 珠海艾派克微电子有限公司",
            "Zhu Hai Ben Tu Dian Zi You Xian Gong Si | Zhuhai Apex Microelectronics Co., Ltd.",
            "Xin Jiang Da Quan Xin Neng Yuan Gu Fen You Xian Gong Si | 新疆协鑫新能源材料科技有限公司",
            "Xin Jiang Zhong He Gu Fen You Xian Gong Si | 新疆中泰化学股份有限公司",
            "Yi Da Ji Tuan | 今创集团"})
    void anotherCompanySharingGenericWordsIsNoMatch(String syllables, String listed) {
        assertThat(score(syllables, Schema.COMPANY, listed, Schema.COMPANY)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Wang Xiao Ming | 新疆众和股份有限公司", "Chen Guang | 晨光生物科技集团股份有限公司",
            "Li Da Quan | 新疆大全新能源股份有限公司", "Wang Ke Ji | 恒燁科技有限公司"})
    void aPersonsNameInSyllablesIsNoCompany(String person, String listed) {
        assertThat(score(person, Schema.LEGAL_ENTITY, listed, Schema.COMPANY)).isLessThan(THRESHOLD);
    }
}
