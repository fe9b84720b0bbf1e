package org.dossier.resolve;

import com.ibm.icu.text.Transliterator;

/**
 * Writes a name in another script in Latin letters, so that a name key compares it with the Latin spellings of
 * other outlets: Cyrillic by the BGN/PCGN romanisation of Ukrainian when the name has a letter only Ukrainian uses
 * (і, ї, є, ґ), else of Russian ("Рябков" gives "Ryabkov"); any other script by ICU's general Latin transliteration;
 * then accents removed. Latin text is returned as it is. Safe from several threads (one transliterator per thread).
 */
final class Romanizer {
    private static final String TAIL = "; Any-Latin; Latin-ASCII";
    private static final ThreadLocal<Transliterator> RUSSIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN" + TAIL));
    private static final ThreadLocal<Transliterator> UKRAINIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN" + TAIL));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Romanizer() {}

    /** The text in Latin letters; unchanged when it has no letter of another script. */
    static String latin(String s) {
        boolean cyrillic = false;
        boolean other = false;
        boolean ukrainian = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x250 || !Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                cyrillic = true;
                ukrainian |= "іїєґІЇЄҐ".indexOf(c) >= 0;
            } else if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                other = true;
            }
        }
        if (!cyrillic && !other) {
            return s;
        }
        Transliterator t = !cyrillic ? ANY.get() : ukrainian ? UKRAINIAN.get() : RUSSIAN.get();
        return t.transliterate(s);
    }
}
