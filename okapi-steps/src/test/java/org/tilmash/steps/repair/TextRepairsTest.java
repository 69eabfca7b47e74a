package org.tilmash.steps.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
        "оны проф. | Әлиев айтты | оны проф. Әлиев айтты",
        "мөлш. | 40 мың адам | мөлш. 40 мың адам"})
    void joinsLinesBrokenInsideASentence(String line, String next, String joined) {
        LineJoin.Reason why = LineJoin.why(line, next, 0);
        assertNotNull(why, line);
        assertEquals(joined, LineJoin.join(line, next, why));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Wrapped at 30: the next line's first word would not have fitted.
        "Қазақстан, Ресей және Беларусь | арасында | Қазақстан, Ресей және Беларусь арасында",
        "Қазақстан Ресей және Беларусь | елдері | Қазақстан Ресей және Беларусь елдері"})
    void joinsFullLinesOfAWrappedLayout(String line, String next, String joined) {
        assertEquals(LineJoin.Reason.WRAPPED_LINE, LineJoin.why(line, next, 30));
        assertEquals(joined, LineJoin.join(line, next, LineJoin.Reason.WRAPPED_LINE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Қазақстан, Ресей. | арасында",
        "Бұл не? | арасында",
        "Қазақстан «Ресей!» | арасында",
        "Қазақстан (Ресей…) | арасында",
        "Қысқа жол | арасында"})
    void neverJoinsAfterASentenceEndNorAShortLineInAWrappedLayout(String line, String next) {
        assertNull(LineJoin.why(line, next, 20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Италия конверті | prc7 конверті",
        "керек пе? | баптаулар қатесі",
        "Адамның құқықтарын тану, | ар-ождан бостандығы",
        "Қазақстан, | Ресей және Беларусь"})
    void neverJoinsListsNorParagraphsThatAreNotWrapped(String line, String next) {
        assertNull(LineJoin.why(line, next, 0));
    }

    @Test
    void aWrappedLayoutIsManyLinesCloseToOneWidth() {
        assertEquals(72, WrappedLayout.width(new int[] {70, 72, 68, 71, 66, 72, 69, 70, 72, 64}));
        // Paragraph per line: lengths spread widely.
        assertEquals(0, WrappedLayout.width(new int[] {120, 640, 88, 1500, 300, 75, 910, 420, 233, 57}));
        // A list of short strings.
        assertEquals(0, WrappedLayout.width(new int[] {12, 3, 25, 40, 8, 17, 30, 9, 22, 14}));
        // Too few lines to tell.
        assertEquals(0, WrappedLayout.width(new int[] {70, 72, 68}));
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
        assertNull(LineJoin.why(line, next, 0));
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
        "Индекс 1..5 аралығында",
        "Файл аты \"..\" болуы мүмкін емес.",
        "Бума аты \"..\""})
    void ellipsesAreNotJoints(String text) {
        assertEquals(List.of(text), ParagraphJoints.split(text, counts));
    }
}
