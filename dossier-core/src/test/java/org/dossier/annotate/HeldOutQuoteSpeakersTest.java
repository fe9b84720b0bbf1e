package org.dossier.annotate;

import java.util.List;
import org.dossier.annotate.QuoteSpeakerSets.Case;
import org.junit.jupiter.api.Test;

/**
 * Quote speakers in German, French and Spanish on a held-out set: short articles written after news patterns once
 * the rules were done, and never used to tune them (the rules were developed on {@link ModelLessQuoteSpeakersTest}).
 * It holds the harder patterns of real reporting too: a speaker named again only by role ("sagte der
 * 52-Jährige", "a ajouté l'Italien"), "Pour la CGT, « … »", a weekday between verb and speaker, verbs that are not in
 * the reporting lists. Each language's speaker accuracy must be at least 0.85, without a model and, where the Maven
 * profile {@code languages} is built, with the language's model.
 */
class HeldOutQuoteSpeakersTest {
    static final List<Case> GERMAN = List.of(
            new Case("""
                    Der Bundespräsident hat zur Besonnenheit aufgerufen. „Wir dürfen uns nicht spalten lassen“, sagte \
                    Frank Neumann bei einer Rede in Leipzig.

                    „Wer nur noch schreit, hört niemanden mehr“, sagte der Bundespräsident.""",
                    "Wir dürfen uns", "Frank Neumann", "Wer nur noch", "Frank Neumann"),
            new Case("""
                    Die Europäische Zentralbank lässt den Leitzins unverändert. EZB-Präsidentin Carla Rossi sagte in \
                    Frankfurt: „Die Inflation ist noch nicht besiegt.“ Ökonomen hatten damit gerechnet.

                    „Eine Zinssenkung im Sommer ist wahrscheinlich“, sagte Bank-Chefvolkswirt Michael Seidel.""",
                    "Die Inflation ist", "Carla Rossi", "Eine Zinssenkung im", "Michael Seidel"),
            new Case("""
                    „Wir sind von der Entscheidung des Gerichts enttäuscht“, hieß es in einer Mitteilung des \
                    Unternehmens.""",
                    "Wir sind von", "~Unternehmens"),
            new Case("""
                    Innenministerin Sabine Krause kündigte härtere Strafen an. „Wer Rettungskräfte angreift, greift \
                    uns alle an“, sagte die SPD-Politikerin der Zeitung.""",
                    "Wer Rettungskräfte angreift", "Sabine Krause"),
            new Case("""
                    Nach Angaben von Feuerwehrsprecher Tim Berg brach das Feuer im Keller aus. „Die Bewohner konnten \
                    sich rechtzeitig in Sicherheit bringen“, sagte Berg.""",
                    "Die Bewohner konnten", "Tim Berg"),
            new Case("""
                    Trainer Stefan Maier war nach dem Spiel bedient. „Das war in der zweiten Halbzeit einfach zu \
                    wenig“, sagte der 52-Jährige. „Wir müssen jetzt schnell die richtigen Schlüsse ziehen.“""",
                    "Das war in", "Stefan Maier", "Wir müssen jetzt", "Stefan Maier"),
            new Case("""
                    „Die Lage an der Front ist angespannt“, erklärte der ukrainische Präsident Wolodymyr Selenskyj in \
                    seiner abendlichen Videoansprache.""",
                    "Die Lage an", "Wolodymyr Selenskyj"),
            new Case("""
                    Die Ärztin Miriam Wolf warnt vor einer neuen Welle. „Die Zahlen steigen seit Wochen deutlich an“, \
                    sagte Wolf dem Radiosender. Sie rät zu Vorsicht: „Wer Symptome hat, sollte zu Hause bleiben.“""",
                    "Die Zahlen steigen", "Miriam Wolf", "Wer Symptome hat", "Miriam Wolf"),
            new Case("""
                    Auch die Opposition meldete sich zu Wort. Linken-Chef Paul Winter nannte den Beschluss „einen \
                    Schlag ins Gesicht der Beschäftigten“.""",
                    "einen Schlag ins", "Paul Winter"),
            new Case("""
                    Regierungssprecher Jan Hellwig sagte am Freitag: „Der Kanzler hat volles Vertrauen in die \
                    Ministerin.“""",
                    "Der Kanzler hat", "Jan Hellwig"),
            new Case("""
                    „Wir haben keine Angst vor den Baggern“, sagt Anwohnerin Gisela Brandt, die seit 40 Jahren in dem \
                    Viertel lebt.""",
                    "Wir haben keine", "Gisela Brandt"),
            new Case("""
                    Der Konzern wies die Vorwürfe zurück. „Wir halten uns an alle geltenden Gesetze“, teilte ein \
                    Sprecher von Nordwerk mit.""",
                    "Wir halten uns", "~Sprecher"));

    static final List<Case> FRENCH = List.of(
            new Case("""
                    Le chef de la diplomatie, Jean-Marc Lambert, s'est rendu à Kiev. « La France restera aux côtés de \
                    l'Ukraine aussi longtemps qu'il le faudra », a-t-il assuré lors d'une conférence de presse.""",
                    "La France restera", "Jean-Marc Lambert"),
            new Case("""
                    « Nous n'avons pas d'autre choix que de fermer l'usine », explique Thierry Roux, le directeur du \
                    site, qui emploie 300 salariés.""",
                    "Nous n'avons pas", "Thierry Roux"),
            new Case("""
                    Pour la CGT, « cette décision est un scandale absolu ».""",
                    "cette décision est", "CGT"),
            new Case("""
                    Le procureur de Lyon, Nicolas Girard, a indiqué que l'enquête avait été confiée à la police \
                    judiciaire. « Aucune piste n'est écartée à ce stade », a-t-il précisé.""",
                    "Aucune piste n'est", "Nicolas Girard"),
            new Case("""
                    « On a tout perdu en une nuit », témoigne Martine, 67 ans, dont la maison a été inondée.""",
                    "On a tout perdu", "Martine"),
            new Case("""
                    La maire de Paris, Anne Delorme, a salué « une victoire pour tous les habitants de la \
                    capitale ».""",
                    "une victoire pour", "Anne Delorme"),
            new Case("""
                    Selon le ministère des Armées, « deux frégates ont été déployées en Méditerranée orientale ».""",
                    "deux frégates ont", "~ministère"),
            new Case("""
                    Dans un message publié sur les réseaux sociaux, l'ancien président a dénoncé « une chasse aux \
                    sorcières orchestrée par ses adversaires ».""",
                    "une chasse aux", "~président"),
            new Case("""
                    « Le climat ne peut plus attendre », a martelé la militante écologiste Léa Morel devant le \
                    Parlement européen.""",
                    "Le climat ne", "Léa Morel"),
            new Case("""
                    L'entraîneur du club, Marco Bellini, ne cache pas sa déception. « Nous avons manqué de réalisme \
                    devant le but », a-t-il reconnu après le match.

                    « Il faudra faire beaucoup mieux mercredi », a ajouté l'Italien. « Mais je crois en ce \
                    groupe », a-t-il conclu.""",
                    "Nous avons manqué", "Marco Bellini", "Il faudra faire", "Marco Bellini", "Mais je crois",
                    "Marco Bellini"),
            new Case("""
                    « Je ne me représenterai pas aux prochaines élections », a annoncé jeudi soir le sénateur Paul \
                    Chevalier.""",
                    "Je ne me", "Paul Chevalier"),
            new Case("""
                    Interrogée sur une radio, la porte-parole du gouvernement, Aurélie Blanc, a estimé que « la \
                    réforme est juste et nécessaire ».""",
                    "la réforme est", "Aurélie Blanc"),
            new Case("""
                    « Les négociations reprendront la semaine prochaine », a déclaré un diplomate européen sous \
                    couvert d'anonymat.""",
                    "Les négociations reprendront", "~diplomate"));

    static final List<Case> SPANISH = List.of(
            new Case("""
                    El presidente del Gobierno regional, Jordi Puig, compareció ante los medios. «Nuestra comunidad no \
                    renunciará a sus competencias», afirmó Puig.""",
                    "Nuestra comunidad no", "Jordi Puig"),
            new Case("""
                    «Estamos ante la peor sequía de las últimas décadas», advirtió la consejera de Agricultura, Rosa \
                    Martín.""",
                    "Estamos ante la", "Rosa Martín"),
            new Case("""
                    Fuentes de la investigación aseguraron que «el detenido confesó los hechos ante el juez».""",
                    "el detenido confesó", "~Fuentes"),
            new Case("""
                    El portavoz del partido, Miguel Serrano, calificó la medida de «chapuza improvisada y sin \
                    consenso».""",
                    "chapuza improvisada y", "Miguel Serrano"),
            new Case("""
                    Las calles siguen cubiertas de barro.

                    —Aquí no ha venido nadie a ayudarnos —lamentaba Antonia, vecina del barrio, mientras retiraba \
                    barro de su portal.""",
                    "Aquí no ha", "Antonia"),
            new Case("""
                    La presidenta del Banco Central, Laura Méndez, explicó que «la inflación seguirá moderándose en \
                    los próximos meses».""",
                    "la inflación seguirá", "Laura Méndez"),
            new Case("""
                    «No vamos a tolerar ningún tipo de violencia en los estadios», dijo el ministro del Interior, \
                    Fernando Gómez, en declaraciones a la radio.""",
                    "No vamos a tolerar", "Fernando Gómez"),
            new Case("""
                    El técnico Julio Herrera se mostró satisfecho tras la victoria. «El equipo ha respondido como \
                    esperaba», dijo. «Ahora toca descansar y pensar en el próximo partido», añadió el técnico.""",
                    "El equipo ha", "Julio Herrera", "Ahora toca descansar", "Julio Herrera"),
            new Case("""
                    Según ha informado la Guardia Civil, «los dos fallecidos eran vecinos de la localidad».""",
                    "los dos fallecidos", "Guardia Civil"),
            new Case("""
                    La escritora Carmen Ibáñez recibió el premio con emoción: «Este galardón es para todas las mujeres \
                    que escriben en silencio».""",
                    "Este galardón es", "Carmen Ibáñez"),
            new Case("""
                    «La economía crecerá un 2,5% este año», pronosticó el Banco de España en su informe trimestral.""",
                    "La economía crecerá", "Banco de España"),
            new Case("""
                    El alcalde, Ramón Díaz, pidió calma a los vecinos. «Los servicios de emergencia están trabajando \
                    sin descanso», señaló.""",
                    "Los servicios de", "Ramón Díaz"),
            new Case("""
                    «Hemos recibido más de mil llamadas en una sola noche», relató una operadora del servicio de \
                    emergencias.""",
                    "Hemos recibido más", "~operadora"),
            new Case("""
                    «Nunca había visto algo así», reconoció el bombero Andrés Vega, con veinte años de servicio.""",
                    "Nunca había visto", "Andrés Vega"),
            new Case("""
                    «Es un día histórico para nuestro país», declaró el primer ministro portugués, Rui Almeida.""",
                    "Es un día", "Rui Almeida"));

    @Test
    void withoutAModelEachLanguageNamesAtLeast85PercentOfSpeakersRight() {
        QuoteSpeakerSets.assertBarWithoutModel(GERMAN, FRENCH, SPANISH, "held-out set");
    }

    @Test
    void withTheLanguagesModelTheSameRulesReachTheSameBar() {
        QuoteSpeakerSets.assertBarWithModels(GERMAN, FRENCH, SPANISH, "held-out set");
    }
}
