package org.dossier.resolve;

import static org.dossier.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.Test;

/** A name written in Cyrillic and in several Latin romanisations is one person, named as most sources write it. */
class NamesAcrossScriptsTest {
    private final NameResolver resolver = new NameResolver();

    private List<Entity> people(List<org.dossier.model.AnnotatedArticle> articles) {
        return resolver.resolve(articles).stream().filter(e -> e.type().equals("PERSON")).toList();
    }

    @Test
    void cyrillicAndLatinSpellingsOfASurnameShareAKey() {
        String key = NameKey.of("Ryabkov");
        assertEquals(key, NameKey.of("\u0420\u044f\u0431\u043a\u043e\u0432"));
        assertEquals(key, NameKey.of("Riabkov"));
        assertEquals(key, NameKey.of("Rjabkow"));
    }

    @Test
    void ukrainianLettersAreRomanisedTheUkrainianWay() {
        // "Київ" has the Ukrainian "ї"; "Володимир" has no letter only Ukrainian uses, and its key still meets
        assertEquals(NameKey.of("Kyiv"), NameKey.of("\u041a\u0438\u0457\u0432"));
        assertEquals(NameKey.of("Volodymyr"), NameKey.of("\u0412\u043e\u043b\u043e\u0434\u0438\u043c\u0438\u0440"));
    }

    @Test
    void fourSpellingsOfOnePresidentAreOnePersonNamedAsMostSourcesWriteIt() {
        List<org.dossier.model.AnnotatedArticle> in = List.of(
                article("a", "Volodymyr Zelensky spoke in the capital on Monday.").person("Volodymyr Zelensky").build(),
                article("b", "President Volodymyr Zelenskyy thanked the allies.").person("Volodymyr Zelenskyy").build(),
                article("c", "Wolodymyr Selenskyj sprach am Montag.").person("Wolodymyr Selenskyj").build(),
                article("d", "Володимир Зеленський заявив.")
                        .person("Володимир Зеленський").build(),
                article("e", "Volodymyr Zelensky met the mayor. Zelensky left.").person("Volodymyr Zelensky", "Zelensky")
                        .build());
        List<Entity> people = people(in);
        assertEquals(1, people.size(), people.toString());
        assertEquals("Volodymyr Zelensky", people.get(0).name());
        assertEquals(5, people.get(0).articles().size());
    }

    @Test
    void differentCyrillicSurnamesStayApart() {
        List<Entity> people = people(List.of(
                article("a", "\u0421\u0435\u0440\u0433\u0435\u0439 \u0420\u044f\u0431\u043a\u043e\u0432 \u0438"
                        + " \u0421\u0435\u0440\u0433\u0435\u0439 \u041b\u0430\u0432\u0440\u043e\u0432.")
                        .person("\u0421\u0435\u0440\u0433\u0435\u0439 \u0420\u044f\u0431\u043a\u043e\u0432",
                                "\u0421\u0435\u0440\u0433\u0435\u0439 \u041b\u0430\u0432\u0440\u043e\u0432").build(),
                article("b", "Sergei Ryabkov spoke.").person("Sergei Ryabkov").build()));
        assertEquals(2, people.size(), people.toString());
        assertTrue(people.stream().anyMatch(e -> e.articles().size() == 2));
        assertFalse(people.stream().allMatch(e -> e.articles().size() == 2));
    }
}
