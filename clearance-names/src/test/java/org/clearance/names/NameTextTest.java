package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.names.abjad.AbjadLetters;
import org.junit.jupiter.api.Test;

/** The comparable form of names from the lists, in every script they come in. */
class NameTextTest {
    @Test
    void latinNamesFoldCaseDiacriticsAndPunctuation() {
        assertThat(NameText.tokens("ZHU, Hailun")).containsExactly("zhu", "hailun");
        assertThat(NameText.tokens("Andrés Eloy MÉNDEZ GONZÁLEZ")).containsExactly("andres", "eloy", "mendez", "gonzalez");
        assertThat(NameText.tokens("Đorđe Müller-Straße")).containsExactly("dorde", "muller", "strasse");
        assertThat(NameText.tokens("ANGLO-CARIBBEAN CO., LTD.")).containsExactly("anglo", "caribbean", "co", "ltd");
    }

    @Test
    void apostrophesMarkSyllablesNotWords() {
        assertThat(NameText.tokens("Teng Hsiao-p'ing")).containsExactly("teng", "hsiao", "ping");
        assertThat(NameText.tokens("Rebiya Kade’er")).containsExactly("rebiya", "kadeer");
        assertThat(NameText.tokens("Hamid Hamad Hamid AL-'ALI")).containsExactly("hamid", "hamad", "hamid", "al", "ali");
    }

    @Test
    void otherScriptsAreTransliterated() {
        assertThat(NameText.tokens("Владимир Путин")).containsExactly("vladimir", "putin");
        assertThat(NameText.tokens("朱海仑")).containsExactly("zhu", "hai", "lun");
        assertThat(NameText.tokens("Αλέξης Τσίπρας")).containsExactly("alexis", "tsipras");
        assertThat(NameText.tokens("김정은")).isNotEmpty().allMatch(t -> t.matches("[a-z]+"));
        assertThat(NameText.tokens("محمد")).containsExactly("mhmd");
    }

    @Test
    void cyrillicAndGreekAreWrittenAsTheListsWriteThem() {
        // BGN/PCGN, as OFAC writes KUDRYAVTSEV, Konstantin Borisovich and YELISEYEV, Sergey, not ISO 9
        assertThat(NameText.tokens("Кудрявцев Константин Борисович")).containsExactly("kudryavtsev", "konstantin", "borisovich");
        assertThat(NameText.tokens("Елисеев Сергей")).containsExactly("yeliseyev", "sergey");
        assertThat(NameText.tokens("Юсуф Измайлов")).containsExactly("yusuf", "izmaylov");
        // Greek as ELOT 743 writes it, as Greek passports and the lists do (GEORGIOS, KONSTANTINOS), not the 1962
        // BGN/PCGN system (Yeoryios, Khatziyeoryiou)
        assertThat(NameText.tokens("Γεώργιος Χατζηγεωργίου")).containsExactly("georgios", "chatzigeorgiou");
        assertThat(NameText.tokens("Κωνσταντίνος Μητσοτάκης")).containsExactly("konstantinos", "mitsotakis");
        // the language's own system where its letters show it: Ukrainian и is y, Serbian ђ is d
        assertThat(NameText.tokens("Віктор Янукович")).containsExactly("viktor", "yanukovych");
        assertThat(NameText.tokens("Ђорђе")).containsExactly("dorde");
        // the ISO 9 spelling beside it, and nothing for other scripts, empty, missing or hostile names
        assertThat(NameText.otherTokens("Юсуф Измайлов")).containsExactly("usuf", "izmajlov");
        assertThat(NameText.otherTokens("Yusuf")).isEmpty();
        assertThat(NameText.otherTokens("")).isEmpty();
        assertThat(NameText.otherTokens(null)).isEmpty();
        assertThat(String.join("", NameText.otherTokens("Ж".repeat(1_000_000))).length()).isLessThanOrEqualTo(2 * NameText.MAX_CHARS);
        // a mixed or unknown text still comes out in Latin letters
        assertThat(NameText.tokens("Иван Ivanov 李")).containsExactly("ivan", "ivanov", "li");
    }


    @Test
    void bgnSeparatorsStayInsideTheWord() {
        // BGN/PCGN's middle dot (э after a consonant, тс, шч) and the hard sign's double prime mark letters apart;
        // the lists write the word whole (Devid, Tetcher, Podyachev), and each once split a name's word in two
        assertThat(NameText.tokens("Дэвид Кэмерон")).containsExactly("devid", "kemeron");
        assertThat(NameText.tokens("Маргарет Тэтчер")).containsExactly("margaret", "tetcher");
        assertThat(NameText.tokens("Сюй Лэй")).containsExactly("syuy", "ley");
        assertThat(NameText.tokens("Подъячев Братский")).containsExactly("podyachev", "bratskiy");
        // separators alone, an empty text and an oversized one: no word, or words bounded as every name's are
        assertThat(NameText.tokens("\u00B7\u02BA \u00B7")).isEmpty();
        assertThat(NameText.tokens("")).isEmpty();
        assertThat(String.join("", NameText.tokens("Дэ".repeat(500_000))).length()).isLessThanOrEqualTo(2 * NameText.MAX_CHARS);
        assertThat(String.join("", NameText.tokens("Γεώ".repeat(500_000))).length()).isLessThanOrEqualTo(2 * NameText.MAX_CHARS);
    }
    @Test
    void compatibilityFormsAreNormalised() {
        // full-width Latin and ligatures as NFKC folds them
        assertThat(NameText.tokens("ＸＰＣＣ")).containsExactly("xpcc");
        assertThat(NameText.tokens("ﬁrm")).containsExactly("firm");
    }

    @Test
    void hostileInputGivesNoTokensOrBoundedOnes() {
        assertThat(NameText.tokens(null)).isEmpty();
        assertThat(NameText.tokens("")).isEmpty();
        assertThat(NameText.tokens("!!! ??? ...")).isEmpty();
        assertThat(NameText.tokens("\u0000\u0007\u001b")).isEmpty();
        List<String> long_ = NameText.tokens("ab ".repeat(5000));
        assertThat(long_.size()).isLessThanOrEqualTo(NameText.MAX_CHARS);
    }

    @Test
    void scriptDetectionIgnoresSpacesAndPunctuation() {
        assertThat(Scripts.hasHan("艾尔肯·吐尼亚孜")).isTrue();
        assertThat(Scripts.hasHan("Erkin Tuniyaz")).isFalse();
        assertThat(NameText.script("  - Путин")).isEqualTo(com.ibm.icu.lang.UScript.CYRILLIC);
    }

    @Test
    void greekForeignNamesAlsoReadTheirBDAndGAsSounds() {
        // Greek Wikipedia's Abdullah and Fahd bin Abdulaziz, Donald Trump, Barack Obama
        assertThat(NameText.otherTokens("Αμπντάλα")).containsExactly("abdala");
        // (ιμπ, a misspelt ιμπν ibn, ends in the mp of Trump)
        assertThat(NameText.otherTokens("Φαχντ ιμπ Αμπντ Αλ-Αζίζ")).containsExactly("fakhd", "imp", "abd", "al", "aziz");
        assertThat(NameText.otherTokens("Ντόναλντ Τραμπ")).containsExactly("donald", "tramp");
        assertThat(NameText.otherTokens("Μπαράκ Ομπάμα")).containsExactly("barak", "obama");
        // the ELOT 743 spelling stays the name's text
        assertThat(NameText.tokens("Αμπντάλα")).containsExactly("ampntala");
    }

    @Test
    void indicNamesLeaveOutTheInherentVowelTheirLanguagesDoNotSay() {
        // Hindi and Marathi Wikipedia's Salman, Faisal, Abdullah bin Abdulaziz; Narendra Modi, Manmohan Singh,
        // Arvind Kejriwal; Bengali Osama bin Laden and Gujarati Narendra Modi
        assertThat(NameText.tokens("किंग सलमान")).containsExactly("king", "salman");
        assertThat(NameText.tokens("राजा फैसल")).containsExactly("raja", "phaisal");
        assertThat(NameText.tokens("अब्दुल्ला बिन अब्दुल")).containsExactly("abdulla", "bin", "abdul");
        assertThat(NameText.tokens("नरेंद्र मोदी")).containsExactly("narendra", "modi"); // a vowel after a conjunct is said
        assertThat(NameText.tokens("मनमोहन")).containsExactly("manmohan");
        assertThat(NameText.tokens("अरविंद केजरीवाल")).containsExactly("arvind", "kejrival");
        assertThat(NameText.tokens("ওসামা বিন লাদেন")).containsExactly("osama", "bin", "laden");
        assertThat(NameText.tokens("નરેન્દ્ર મોદી")).containsExactly("narendra", "modi");
        // as the Hunterian system spells names: Amit Shah, Sushma Swaraj, Chhagan Bhujbal, Sheikh Hasina; P. Chidambaram
        assertThat(NameText.tokens("अमित शाह")).containsExactly("amit", "shah");
        assertThat(NameText.tokens("सुषमा")).containsExactly("sushma");
        assertThat(NameText.tokens("छगन भुजबल")).containsExactly("chhagan", "bhujbal");
        assertThat(NameText.tokens("শেখ হাসিনা")).containsExactly("shekh", "hasina");
        assertThat(NameText.tokens("சிதம்பரம்")).containsExactly("chitamparam");
        // a word of one syllable keeps it, and the Dravidian scripts, which write the virama, are read as written
        assertThat(NameText.tokens("न")).containsExactly("na");
        assertThat(NameText.tokens("യൂസുഫ്")).containsExactly("yusuph");
    }

    @Test
    void indicNamesFromArabicAlsoReadTheFAndZWrittenWithoutANukta() {
        // Hindi and Marathi Wikipedia's Faisal, Abdullah bin Abdulaziz; Malayalam's Yusuf al-Qaradawi
        assertThat(NameText.otherTokens("राजा फैसल")).containsExactly("raja", "faisal");
        assertThat(NameText.otherTokens("अब्दुल्ला बिन अब्दुल अझिझ")).containsExactly("abdulla", "bin", "abdul", "aziz");
        assertThat(NameText.otherTokens("യൂസുഫ് അൽഖറദാവി")).containsExactly("yusuf", "alkharadavi");
        // a name without them has no other reading
        assertThat(NameText.otherTokens("नरेंद्र मोदी")).isEmpty();
    }

    @Test
    void malayalamTwoPartVowelsAreOneVowel() {
        // Malayalam Wikipedia's Ghazi al-Gosaibi, Saudi Arabia's Saud, Mohanlal, and the older au sign
        assertThat(NameText.tokens("ഗാസി അൽഗൊസൈബി")).containsExactly("gasi", "algosaibi");
        assertThat(NameText.tokens("സൗദ്")).containsExactly("saud");
        assertThat(NameText.tokens("സൌദ്")).containsExactly("saud");
        assertThat(NameText.tokens("മോഹൻലാൽ")).containsExactly("mohanlal");
    }

    @Test
    void ethiopicSixthOrderVowelIsWrittenE() {
        // Amharic Wikipedia's Negus and Fahd
        assertThat(NameText.tokens("ንጉሥ")).containsExactly("negus");
        assertThat(NameText.tokens("ፋህድ")).containsExactly("fahed");
    }

    @Test
    void titlesAreKnown() {
        assertThat(Titles.isTitle("sheikh")).isTrue();
        assertThat(Titles.isTitle("hailun")).isFalse();
        // royal styles in other languages, as the names' transliteration writes them
        assertThat(Titles.isTitle("principe")).isTrue();
        assertThat(Titles.isTitle("prints")).isTrue(); // принц
        assertThat(Titles.isTitle("vasilias")).isTrue(); // βασιλιάς
        assertThat(Titles.isTitle("king")).isTrue(); // किंग
        assertThat(Titles.isTitle("rey")).isFalse(); // also a family name
        // rigour's person name prefixes, word by word ("His Royal Highness", "His Excellency"), but names among them
        assertThat(Titles.isTitle("excellency")).isTrue();
        assertThat(Titles.isTitle("royal")).isTrue();
        assertThat(Titles.isTitle("baron")).isFalse();
        assertThat(Titles.isTitle(String.join("", NameText.tokens("Шейх")))).isTrue();
        // Persian clerical ranks written with a zero-width non-joiner, by their letters
        assertThat(Titles.isTitle(AbjadLetters.of("حجت\u200Cالاسلام"))).isTrue();
        assertThat(Titles.isTitle(AbjadLetters.of("آیت\u200Cالله"))).isTrue();
    }

    @Test
    void aTitleWrittenWithStopsIsOneTitle() {
        // H.R.H. reaches the title list as three letters
        assertThat(Titles.joinLetters(List.of("h", "r", "h", "prince", "turki"))).containsExactly("hrh", "prince", "turki");
        // initials of a name stay apart, and so does a run longer than the title
        assertThat(Titles.joinLetters(List.of("j", "r", "r", "tolkien"))).containsExactly("j", "r", "r", "tolkien");
        assertThat(Titles.joinLetters(List.of("a", "h", "r", "h", "khan"))).containsExactly("a", "h", "r", "h", "khan");
        assertThat(Titles.joinLetters(List.of("m", "r", "radha"))).containsExactly("m", "r", "radha");
        assertThat(Titles.joinLetters(List.of("dr", "m", "r", "mohammed", "h", "r", "h"))).containsExactly("dr", "m", "r", "mohammed", "hrh");
    }

    @Test
    void countriesAreFoundByNameCodeAndListSpelling() {
        assertThat(Countries.code("China")).isEqualTo("CN");
        assertThat(Countries.code("CHN")).isEqualTo("CN");
        assertThat(Countries.code("Russian Federation")).isEqualTo("RU");
        assertThat(Countries.code("Korea, North")).isEqualTo("KP");
        assertThat(Countries.code("Atlantis")).isNull();
    }

    @Test
    void skeletonsKeepConsonantClasses() {
        assertThat(PhoneticSkeleton.of("emerson")).isEqualTo("MLSN");
        assertThat(PhoneticSkeleton.of("schonfeld")).isEqualTo(PhoneticSkeleton.of("shenfeierde"));
        assertThat(PhoneticSkeleton.of("kim")).isEqualTo(PhoneticSkeleton.of("gim"));
    }

    @Test
    void cyrillicWordsAreTakenOnlyFromACyrillicName() {
        assertThat(NameText.cyrillicWords(" Цзиньпин, Си ")).containsExactly("цзиньпин", "си");
        assertThat(NameText.cyrillicWords("Пак Кын-хе")).containsExactly("пак", "кынхе");
        assertThat(NameText.cyrillicWords("")).isEmpty();
        assertThat(NameText.cyrillicWords("  ,  ")).isEmpty();
        assertThat(NameText.cyrillicWords("Xi Цзиньпин")).isEmpty();
        assertThat(NameText.cyrillicWords("习近平")).isEmpty();
        assertThat(NameText.cyrillicWords("Ли ".repeat(100_000))).hasSize(100_000);
    }
}
