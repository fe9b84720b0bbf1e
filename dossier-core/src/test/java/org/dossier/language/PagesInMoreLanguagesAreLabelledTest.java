package org.dossier.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * News sentences in languages the detector did not tell before (Polish, Czech, Swedish, Turkish, Indonesian, Greek,
 * Japanese, Korean) get their own code instead of "und" or a neighbour's code (Czech read as Spanish, Swedish as
 * Dutch), and their neighbours keep theirs.
 */
class PagesInMoreLanguagesAreLabelledTest {
    private static LinguaIdentifier stage;

    @BeforeAll
    static void detector() {
        stage = new LinguaIdentifier();
    }

    @Test
    void polishNewsIsPolish() {
        assertEquals("pl", stage.identify("Rząd zapowiedział w poniedziałek, że w przyszłym roku nie podniesie "
                + "podatków, poinformował minister finansów podczas konferencji prasowej w Warszawie."));
    }

    @Test
    void czechNewsIsCzechNotSpanish() {
        assertEquals("cs", stage.identify("Vláda v pondělí oznámila, že příští rok nezvýší daně, řekl ministr "
                + "financí novinářům v Praze po jednání kabinetu."));
    }

    @Test
    void swedishNewsIsSwedishNotDutch() {
        assertEquals("sv", stage.identify("Regeringen meddelade på måndagen att skatterna inte kommer att höjas "
                + "nästa år, sade finansministern till journalister i Stockholm."));
    }

    @Test
    void turkishNewsIsTurkish() {
        assertEquals("tr", stage.identify("Hükümet pazartesi günü yaptığı açıklamada gelecek yıl vergilerin "
                + "artırılmayacağını duyurdu, Maliye Bakanı gazetecilere Ankara'da konuştu."));
    }

    @Test
    void indonesianNewsIsIndonesian() {
        assertEquals("id", stage.identify("Pemerintah mengumumkan pada hari Senin bahwa pajak tidak akan dinaikkan "
                + "tahun depan, kata menteri keuangan kepada wartawan di Jakarta."));
    }

    @Test
    void greekJapaneseAndKoreanNewsGetTheirCodes() {
        assertEquals("el", stage.identify("Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι δεν θα αυξήσει τους φόρους τον "
                + "επόμενο χρόνο, δήλωσε ο υπουργός Οικονομικών στην Αθήνα."));
        assertEquals("ja", stage.identify("政府は月曜日、来年は増税しないと発表した。財務大臣が東京で記者団に語った。"));
        assertEquals("ko", stage.identify("정부는 월요일 내년에 세금을 인상하지 않겠다고 발표했다고 재무장관이 서울에서 기자들에게 말했다."));
    }

    @Test
    void theNeighboursOfTheAddedLanguagesKeepTheirCodes() {
        assertEquals("es", stage.identify("El Gobierno anunció este lunes que no subirá los impuestos el próximo "
                + "año, según el ministro de Hacienda, que habló con los periodistas en Madrid."));
        assertEquals("nl", stage.identify("De regering heeft maandag besloten de belastingen volgend jaar niet te "
                + "verhogen, zei de minister van Financiën tegen verslaggevers in Den Haag."));
        assertEquals("ru", stage.identify("Правительство объявило в понедельник, что не будет повышать налоги в "
                + "следующем году, сообщил министр финансов журналистам в Москве."));
    }
}
