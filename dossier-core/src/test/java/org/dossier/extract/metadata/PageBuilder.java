package org.dossier.extract.metadata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * Builds a news page at run time as a content management system lays it out: a head with the meta tags and
 * JSON-LD given, a site header (logo link, menu, optionally today's date), the article (what the case puts before
 * the body, then a few paragraphs in the page's language), then related stories, comments and a footer with their
 * own dates. Used by the metadata sets to write each page in a few lines and state its truth beside it.
 */
final class PageBuilder {
    /**
     * One page and what it states: its headline, the people who wrote it, its publication date; and when the input
     * knew when it was fetched (a WARC-Date, an HTTP Date), that time, else null.
     */
    record Case(String id, String signal, String title, List<String> authors, LocalDate date, String html,
                Instant fetchedAt) {
        Case(String id, String signal, String title, List<String> authors, LocalDate date, String html) {
            this(id, signal, title, authors, date, html, null);
        }

        String language() {
            return id.substring(0, 2);
        }
    }

    private static final Map<String, List<String>> PARAGRAPHS = byLanguage(
            "en", List.of(
                    "The decision was taken late on Monday after a debate that lasted more than four hours, officials said.",
                    "Residents who spoke at the meeting were divided, with some welcoming the plan and others warning of rising costs for families.",
                    "A spokesperson said the first work would begin in the spring and that the public would be consulted again before the summer."),
            "de", List.of(
                    "Die Entscheidung fiel am späten Montagabend nach einer mehr als vierstündigen Debatte, wie ein Sprecher mitteilte.",
                    "Die Anwohner, die sich in der Sitzung zu Wort meldeten, waren geteilter Meinung: Einige begrüßten den Plan, andere warnten vor höheren Kosten.",
                    "Die ersten Arbeiten sollen im Frühjahr beginnen, vor dem Sommer will die Verwaltung die Bürger erneut beteiligen."),
            "fr", List.of(
                    "La décision a été prise lundi soir après un débat de plus de quatre heures, a indiqué un porte-parole.",
                    "Les habitants présents à la réunion étaient partagés, certains saluant le projet, d'autres craignant une hausse des coûts pour les familles.",
                    "Les premiers travaux doivent commencer au printemps et une nouvelle consultation est prévue avant l'été."),
            "es", List.of(
                    "La decisión se tomó el lunes por la noche tras un debate de más de cuatro horas, según informó un portavoz.",
                    "Los vecinos que intervinieron en la reunión estaban divididos: algunos celebraron el plan y otros advirtieron de un aumento de los costes.",
                    "Las primeras obras comenzarán en primavera y el ayuntamiento volverá a consultar a los ciudadanos antes del verano."),
            "it", List.of(
                    "La decisione è stata presa lunedì sera dopo un dibattito durato più di quattro ore, ha spiegato un portavoce.",
                    "I residenti intervenuti alla riunione erano divisi: alcuni hanno accolto il piano, altri hanno avvertito di un aumento dei costi.",
                    "I primi lavori dovrebbero iniziare in primavera e prima dell'estate è prevista una nuova consultazione pubblica."),
            "nl", List.of(
                    "Het besluit werd maandagavond genomen na een debat van ruim vier uur, meldde een woordvoerder.",
                    "De bewoners die op de bijeenkomst het woord namen waren verdeeld: sommigen verwelkomden het plan, anderen waarschuwden voor hogere kosten.",
                    "De eerste werkzaamheden beginnen in het voorjaar en voor de zomer worden de inwoners opnieuw geraadpleegd."),
            "pt", List.of(
                    "A decisão foi tomada na segunda-feira à noite, depois de um debate que durou mais de quatro horas, disse um porta-voz.",
                    "Os moradores que falaram na reunião estavam divididos: alguns saudaram o plano e outros alertaram para o aumento dos custos.",
                    "As primeiras obras devem começar na primavera e a população será novamente consultada antes do verão."),
            "sv", List.of(
                    "Beslutet fattades sent på måndagskvällen efter en debatt som pågick i mer än fyra timmar, uppger en talesperson.",
                    "De boende som yttrade sig på mötet var splittrade: några välkomnade planen medan andra varnade för högre kostnader.",
                    "De första arbetena ska börja i vår och invånarna ska tillfrågas igen före sommaren."),
            "da", List.of(
                    "Beslutningen blev truffet sent mandag aften efter en debat, der varede mere end fire timer, oplyser en talsperson.",
                    "Beboerne, der tog ordet på mødet, var delte: nogle bød planen velkommen, mens andre advarede mod højere udgifter.",
                    "De første arbejder begynder til foråret, og borgerne bliver spurgt igen inden sommeren."),
            "nb", List.of(
                    "Vedtaket ble gjort sent mandag kveld etter en debatt som varte i mer enn fire timer, opplyser en talsperson.",
                    "Beboerne som tok ordet på møtet, var delt: noen ønsket planen velkommen, mens andre advarte mot høyere kostnader.",
                    "De første arbeidene skal starte til våren, og innbyggerne skal spørres på nytt før sommeren."),
            "cs", List.of(
                    "Rozhodnutí padlo v pondělí pozdě večer po debatě, která trvala více než čtyři hodiny, uvedl mluvčí.",
                    "Obyvatelé, kteří na setkání vystoupili, byli rozděleni: někteří plán uvítali, jiní varovali před vyššími náklady.",
                    "První práce mají začít na jaře a před létem se radnice obyvatel znovu zeptá na jejich názor."),
            "tr", List.of(
                    "Karar, dört saatten fazla süren bir tartışmanın ardından pazartesi gecesi geç saatte alındı, dedi bir sözcü.",
                    "Toplantıda söz alan mahalle sakinleri ikiye bölündü: bazıları planı memnuniyetle karşıladı, diğerleri artan maliyetler konusunda uyardı.",
                    "İlk çalışmaların ilkbaharda başlaması bekleniyor ve vatandaşlara yazdan önce yeniden danışılacak."),
            "ja", List.of(
                    "市議会は月曜日の夜、四時間以上にわたる議論の末にこの計画を決定したと広報担当者が明らかにした。",
                    "説明会で発言した住民の意見は分かれ、計画を歓迎する声がある一方で、費用の増加を心配する声も上がった。",
                    "最初の工事は春に始まる予定で、夏までに住民への説明会が改めて開かれる。"),
            "pl", List.of(
                    "Decyzja zapadła w poniedziałek wieczorem po debacie, która trwała ponad cztery godziny, poinformował rzecznik.",
                    "Mieszkańcy, którzy zabrali głos na spotkaniu, byli podzieleni: jedni poparli plan, inni ostrzegali przed wyższymi kosztami.",
                    "Pierwsze prace mają się rozpocząć wiosną, a przed latem mieszkańcy zostaną ponownie zapytani o zdanie."),
            "ro", List.of(
                    "Decizia a fost luată luni seara, după o dezbatere care a durat mai bine de patru ore, a declarat un purtător de cuvânt.",
                    "Locuitorii care au luat cuvântul la întâlnire au fost împărțiți: unii au salutat planul, alții au avertizat că vor crește costurile.",
                    "Primele lucrări ar urma să înceapă în primăvară, iar cetățenii vor fi consultați din nou înainte de vară."),
            "hu", List.of(
                    "A döntés hétfő késő este született, több mint négyórás vita után, közölte a szóvivő.",
                    "A lakossági fórumon felszólalók megosztottak voltak: egyesek üdvözölték a tervet, mások a költségek emelkedésére figyelmeztettek.",
                    "Az első munkálatok tavasszal kezdődnek, a lakosságot pedig nyár előtt ismét megkérdezik."),
            "fi", List.of(
                    "Päätös tehtiin myöhään maanantai-iltana yli neljä tuntia kestäneen keskustelun jälkeen, kertoi tiedottaja.",
                    "Kokouksessa puheenvuoron käyttäneet asukkaat olivat eri mieltä: osa kiitti suunnitelmaa, osa varoitti kustannusten noususta.",
                    "Ensimmäiset työt alkavat keväällä, ja asukkailta kysytään mielipidettä uudelleen ennen kesää."),
            "el", List.of(
                    "Η απόφαση ελήφθη αργά τη Δευτέρα το βράδυ, μετά από συζήτηση που διήρκεσε περισσότερο από τέσσερις ώρες, ανέφερε εκπρόσωπος.",
                    "Οι κάτοικοι που μίλησαν στη συνάντηση ήταν διχασμένοι: κάποιοι χαιρέτισαν το σχέδιο, ενώ άλλοι προειδοποίησαν για αύξηση του κόστους.",
                    "Οι πρώτες εργασίες αναμένεται να ξεκινήσουν την άνοιξη και οι πολίτες θα ερωτηθούν ξανά πριν από το καλοκαίρι."),
            "ru", List.of(
                    "Решение было принято поздно вечером в понедельник после дискуссии, которая длилась более четырёх часов, сообщил представитель мэрии.",
                    "Жители, выступившие на собрании, разделились: одни поддержали план, другие предупредили о росте расходов для семей.",
                    "Первые работы начнутся весной, а до лета горожан снова спросят об их мнении."),
            "uk", List.of(
                    "Рішення ухвалили пізно ввечері в понеділок після дискусії, яка тривала понад чотири години, повідомив речник.",
                    "Мешканці, які виступили на зустрічі, розділилися: одні підтримали план, інші попередили про зростання витрат.",
                    "Перші роботи почнуться навесні, а до літа мешканців знову запитають про їхню думку."),
            "id", List.of(
                    "Keputusan itu diambil pada Senin malam setelah perdebatan yang berlangsung lebih dari empat jam, kata seorang juru bicara.",
                    "Warga yang berbicara dalam pertemuan itu terbelah: sebagian menyambut rencana tersebut, sebagian lagi memperingatkan kenaikan biaya.",
                    "Pekerjaan pertama akan dimulai setelah musim hujan berakhir, dan warga akan kembali dimintai pendapat sebelum akhir tahun."),
            "vi", List.of(
                    "Quyết định được đưa ra vào tối thứ hai sau một cuộc thảo luận kéo dài hơn bốn giờ, người phát ngôn cho biết.",
                    "Những người dân phát biểu tại cuộc họp có ý kiến trái chiều: một số hoan nghênh kế hoạch, số khác lo ngại chi phí tăng cao.",
                    "Các hạng mục đầu tiên dự kiến khởi công vào mùa xuân và người dân sẽ được lấy ý kiến lại trước mùa hè."),
            "ar", List.of(
                    "اتخذ القرار في وقت متأخر من مساء الاثنين بعد نقاش استمر أكثر من أربع ساعات، بحسب ما قال متحدث باسم البلدية.",
                    "وانقسم السكان الذين تحدثوا في الاجتماع، إذ رحب بعضهم بالخطة بينما حذر آخرون من ارتفاع التكاليف على الأسر.",
                    "ومن المقرر أن تبدأ الأعمال الأولى في الربيع، على أن تتم استشارة المواطنين مجددا قبل الصيف."));

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> byLanguage(Object... languageThenParagraphs) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (int i = 0; i < languageThenParagraphs.length; i += 2) {
            out.put((String) languageThenParagraphs[i], (List<String>) languageThenParagraphs[i + 1]);
        }
        return Map.copyOf(out);
    }

    private final String lang;
    private final String site;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder top = new StringBuilder();
    private final StringBuilder article = new StringBuilder();
    private final StringBuilder after = new StringBuilder();
    private String pageTitle;
    private boolean chrome = true;
    private Instant fetchedAt;

    private PageBuilder(String lang, String site) {
        this.lang = lang;
        this.site = site;
    }

    /** A page in a language ("en", "de", ...) from a site with this name. */
    static PageBuilder page(String lang, String site) {
        return new PageBuilder(lang, site);
    }

    PageBuilder title(String t) {
        pageTitle = t;
        return this;
    }

    /** A meta tag: {@code property=} for Open Graph and article keys, {@code name=} for the others. */
    PageBuilder meta(String key, String content) {
        String attr = key.startsWith("og:") || key.startsWith("article:") ? "property" : "name";
        head.append("<meta ").append(attr).append("=\"").append(key).append("\" content=\"").append(content)
                .append("\">\n");
        return this;
    }

    PageBuilder canonical(String url) {
        head.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n");
        return this;
    }

    PageBuilder jsonLd(String json) {
        head.append("<script type=\"application/ld+json\">").append(json).append("</script>\n");
        return this;
    }

    /** Raw markup in the head (a link, a script, a meta tag written another way). */
    PageBuilder head(String html) {
        head.append(html).append('\n');
        return this;
    }

    /** Raw markup in the site header, before the article (a date bar, a breaking-news ticker). */
    PageBuilder top(String html) {
        top.append(html).append('\n');
        return this;
    }

    /** Raw markup at the start of the article: headline, byline, date line. */
    PageBuilder article(String html) {
        article.append(html).append('\n');
        return this;
    }

    /** Raw markup after the article: related stories, comments. */
    PageBuilder after(String html) {
        after.append(html).append('\n');
        return this;
    }

    /** The page as an input that knew when it was fetched delivers it (a WARC record's date, an HTTP Date). */
    PageBuilder fetched(String instant) {
        fetchedAt = Instant.parse(instant);
        return this;
    }

    /** Leaves out the standard header, menu and footer. */
    PageBuilder bare() {
        chrome = false;
        return this;
    }

    /**
     * The page, stated to carry this title, these authors (";" between, empty for none) and this date (empty when
     * the page states none: then no date is the right read).
     */
    Case states(String id, String signal, String title, String authors, String date) {
        List<String> people = new ArrayList<>();
        for (String a : authors.split(";")) {
            if (!a.isBlank()) {
                people.add(a.strip());
            }
        }
        return new Case(id, signal, title, List.copyOf(people), date.isEmpty() ? null : LocalDate.parse(date), html(),
                fetchedAt);
    }

    /** The page as {@code dossier extract} reads a file: alone, with no hint. */
    static Article read(PageBuilder p) throws Exception {
        return read(p, null);
    }

    /** The page read alone with the time its input knew it was fetched (a WARC-Date), or none when null. */
    static Article read(PageBuilder p, String fetched) throws Exception {
        Instant at = fetched == null ? null : Instant.parse(fetched);
        return new PageExtractor().extract(new RawPage("t", "t", RawPage.Kind.HTML, p.html(),
                new RawPage.Hints(null, at, null, null)));
    }

    String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head>")
                .append("<meta charset=\"utf-8\">\n");
        if (pageTitle != null) {
            b.append("<title>").append(pageTitle).append("</title>\n");
        }
        b.append(head).append("</head><body>\n");
        if (chrome) {
            b.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(site).append("</a>\n")
                    .append("<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>")
                    .append("<li><a href=\"/culture\">Culture</a></li><li><a href=\"/login\">Login</a></li></ul></nav>\n");
        }
        b.append(top);
        if (chrome) {
            b.append("</header>\n");
        }
        b.append("<main><article>\n").append(article);
        for (String p : PARAGRAPHS.get(lang)) {
            b.append("<p>").append(p).append("</p>\n");
        }
        b.append("</article>\n").append(after).append("</main>\n");
        if (chrome) {
            b.append("<footer><p>© 2024 ").append(site).append(". All rights reserved.</p>")
                    .append("<a href=\"/imprint\">Imprint</a> <a href=\"/privacy\">Privacy</a></footer>\n");
        }
        return b.append("</body></html>\n").toString();
    }
}
