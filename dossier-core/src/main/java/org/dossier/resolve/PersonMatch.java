package org.dossier.resolve;

/** Decides whether two cleaned person names can denote the same person, allowing romanisation variants. */
final class PersonMatch {
    private PersonMatch() {}

    /** Whether the names have similar surnames and compatible given names (both full names). */
    public static boolean fullNames(NameParts a, NameParts b) {
        return surnames(a, b) && givenNames(a, b);
    }

    /** Whether the surnames are the same up to transliteration. */
    public static boolean surnames(NameParts a, NameParts b) {
        return NameKey.similar(NameKey.of(a.surname()), NameKey.of(b.surname()));
    }

    /** Whether the given names agree: similar keys, a matching initial, or one a short form of the other. */
    public static boolean givenNames(NameParts a, NameParts b) {
        String ka = NameKey.of(a.given());
        String kb = NameKey.of(b.given());
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (a.givenIsInitial() || b.givenIsInitial()) {
            return ka.charAt(0) == kb.charAt(0);
        }
        if (NameKey.similar(ka, kb)) {
            return true;
        }
        String shorter = ka.length() < kb.length() ? ka : kb;
        String longer = ka.length() < kb.length() ? kb : ka;
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    /** Whether a name is a full name (a capitalised given name before the surname). */
    public static boolean isFull(NameParts p) {
        return p.tokens().size() >= 2 && Character.isUpperCase(p.given().charAt(0));
    }
}
