package org.tilmash.steps.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text logic of the repairs, one class at a time. */
class TextRepairsTest {

    private final RepairCounts counts = new RepairCounts();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "бiлiм | білім",
        "Бiздiң елiмiзде | Біздің елімізде",
        "түсiнiстiкті | түсіністікті",
        "ХХI ғасыр | ХХІ ғасыр",
        "Kazаkhstan | Kazakhstan",
        "Рroject | Project"})
    void mixedScriptWordsGetOneScript(String damaged, String repaired) {
        assertEquals(repaired, MixedScriptWords.fix(damaged, counts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "білім беру",
        "iPhone-ға тапсырыс",
        "XXI ғасыр, ХХІ ғасыр",
        "ЕурАзЭҚ және EurAsEC",
        "COVID-19 пандемиясы"})
    void wordsOfOneScriptAreNeverTouched(String text) {
        assertEquals(text, MixedScriptWords.fix(text, counts));
        assertEquals(0, counts.count(RepairKind.MIXED_SCRIPT_WORDS));
    }

    @Test
    void countsEveryMixedWord() {
        MixedScriptWords.fix("бiлiм мен бiлiк", counts);
        assertEquals(2, counts.count(RepairKind.MIXED_SCRIPT_WORDS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "деп жариялан-  ды: | деп жарияланды:",
        "құру  жөнінде-  гі келісімге | құру  жөніндегі келісімге",
        "аймақтар- мен қатар | аймақтармен қатар",
        "ТМД-  ға қатысушы | ТМД-ға қатысушы",
        "5-  бап | 5-бап"})
    void hyphenBrokenWordsAreRejoined(String damaged, String repaired) {
        assertEquals(repaired, HyphenatedBreaks.rejoin(damaged, counts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "саяси-экономикалық және әлеуметтік-саяси",
        "2008-2009 жылдары",
        "2008- 2009 жылдары",
        "ауыл-  және орман шаруашылығы",
        "двух- и трёхкомнатные",
        "Астана - Еуразияның жүрегі",
        "интеграция- Бұл"})
    void realHyphensAreKept(String text) {
        assertEquals(text, HyphenatedBreaks.rejoin(text, counts));
    }

    @Test
    void spacesBecomeOnePlainSpace() {
        assertEquals("Қазақстан Республикасы", Spaces.normalize("Қазақстан \u00A0 Республикасы", true, counts));
        assertEquals("а б в", Spaces.normalize("а\u202Fб\tв", true, counts));
        assertEquals("а б", Spaces.normalize("  а б  ", true, counts));
        assertEquals(" а б ", Spaces.normalize("  а б  ", false, counts));
        assertEquals("а\nб", Spaces.normalize("а\nб", true, counts));
        assertEquals(7, counts.count(RepairKind.NORMALIZED_SPACES));
    }

    @Test
    void charactersXmlCannotCarryAreRemoved() {
        assertEquals("аб\tв😀", InvalidXmlCharacters.remove("а\u0001б\t\u000Bв\uFFFE😀\uD800", counts));
        assertEquals(4, counts.count(RepairKind.REMOVED_INVALID_XML_CHARACTERS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Н. | Назарбаев Орта Азия | Н. Назарбаев Орта Азия",
        "1994 жылы М.В. | Ломоносов атындағы | 1994 жылы М.В. Ломоносов атындағы",
        "болытын..Н. | Назарбаев өзінің | болытын..Н. Назарбаев өзінің",
        "өткен «Н.Ә. | Назарбаевтың | өткен «Н.Ә. Назарбаевтың",
        "үндестіру және т. | б..2011 жылдың | үндестіру және т. б..2011 жылдың",
        "деп жариялан- | ды: | деп жарияланды:",
        "ТМД- | ға қатысушы | ТМД-ға қатысушы",
        "Қазақстан, | Ресей және Беларусь | Қазақстан, Ресей және Беларусь"})
    void joinsLinesBrokenInsideASentence(String line, String next, String joined) {
        assertEquals(joined, LineJoin.join(line, next));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ТМД құру туралы Декларацияға 9 республика қол қойды. | Кейінірек оған басқалары да қосылды.",
        "Бұл жағдайды геосаяси жеңіс деп қарастыруға болады. | «Бірақ оны",
        "Өтінішке мыналар қоса беріледі: | а) жеке куәлік;",
        "а) жеке куәлік; | ә) анықтама;",
        "1) бірінші; | 2) екінші.",
        "Кіріспе | XX ғасырдың соңы",
        "Витамин С. | 2010 жылы",
        "Оны ТМД. | Кейін"})
    void keepsParagraphEnds(String line, String next) {
        assertNull(LineJoin.join(line, next));
    }

    @Test
    void paragraphJointsBecomeParagraphs() {
        assertEquals(List.of("елдері бірікті.", "Бұрынғы кеңестік"),
                ParagraphJoints.split("елдері бірікті..Бұрынғы кеңестік", counts));
        assertEquals(List.of("болатын [1].", "Егемен"), ParagraphJoints.split("болатын [1]..Егемен", counts));
        assertEquals(List.of("банк т.б.", "Еуразиялық"), ParagraphJoints.split("банк т.б..Еуразиялық", counts));
        assertEquals(List.of("қалыптасты.", "2001-2002 жылдар"),
                ParagraphJoints.split("қалыптасты..2001-2002 жылдар", counts));
        assertEquals(List.of("таныды.", "Әдебиеттер."), ParagraphJoints.split("таныды....Әдебиеттер..", counts));
        assertEquals(6, counts.count(RepairKind.PARAGRAPH_JOINTS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ол тоқтады... Содан кейін",
        "Ол тоқтады...Содан кейін",
        "Ол ойланды.. бірақ үндемеді",
        "Индекс 1..5 аралығында"})
    void ellipsesAreNotJoints(String text) {
        assertEquals(List.of(text), ParagraphJoints.split(text, counts));
    }
}
