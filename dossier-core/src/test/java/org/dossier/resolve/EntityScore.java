package org.dossier.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.StoryDossier.Entity;

/**
 * Scores a dossier's entity list against a held-out set's truth ({@code heldout-entities-*.txt}): a listed entity is
 * right when its name is one of a true entity's forms, its type is that entity's and no earlier listed entity took
 * it (a fragment, a demonym or a second entry of one entity is wrong); recall counts the true entities found; a true
 * entity with several forms written is merged when every form the dossier lists sits in its one entry; a true role is
 * found when one of the entry's roles contains it. Use it from the held-out entity tests and to print their figures.
 */
final class EntityScore {
    /** One true entity: type, its forms (canonical first) and the roles the text gives it. */
    record Truth(String type, List<String> forms, List<String> roles) {
        boolean named(String name) {
            return forms.stream().anyMatch(f -> f.equalsIgnoreCase(name.strip()));
        }
    }

    /** One held-out case (an article, or a story of articles split by a line "---") with its truth. */
    record Case(String id, LocalDate date, String language, String text, List<Truth> truth) {
        /** The case's articles: its text split at lines "---" (one article where there is none). */
        List<String> articles() {
            return java.util.Arrays.stream(text.split("\n---\n")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
    }

    /** Counts over a set, and a line per error for reading. */
    record Result(int listed, int right, int truths, int found, int merges, int merged, int roles, int rolesFound,
                  List<String> errors) {
        double precision() {
            return listed == 0 ? 0 : (double) right / listed;
        }

        double recall() {
            return truths == 0 ? 0 : (double) found / truths;
        }

        double roleRecall() {
            return roles == 0 ? 0 : (double) rolesFound / roles;
        }

        String line() {
            return String.format(Locale.ROOT, "precision %d/%d = %.3f, recall %d/%d = %.3f, merged %d/%d, roles %d/%d = %.3f",
                    right, listed, precision(), found, truths, recall(), merged, merges, rolesFound, roles, roleRecall());
        }
    }

    private EntityScore() {}

    static List<Case> cases(String resource) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = EntityScore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            String id = null;
            LocalDate date = null;
            String language = "en";
            StringBuilder text = new StringBuilder();
            List<Truth> truth = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("### ")) {
                    if (id != null) {
                        out.add(new Case(id, date, language, text.toString().strip(), truth));
                    }
                    id = line.substring(4).strip();
                    date = null;
                    language = "en";
                    text = new StringBuilder();
                    truth = new ArrayList<>();
                } else if (id == null || line.startsWith("#")) {
                    continue;
                } else if (line.startsWith("date: ")) {
                    date = LocalDate.parse(line.substring(6).strip());
                } else if (line.startsWith("lang: ")) {
                    language = line.substring(6).strip();
                } else if (line.startsWith("=== ")) {
                    truth.add(truth(line.substring(4)));
                } else {
                    text.append(line).append('\n');
                }
            }
            if (id != null) {
                out.add(new Case(id, date, language, text.toString().strip(), truth));
            }
        }
        return out;
    }

    private static Truth truth(String line) {
        List<String> forms = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        String[] cells = line.split("\\|");
        for (int i = 1; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.startsWith("role: ")) {
                roles.add(c.substring(6).strip());
            } else if (!c.isEmpty()) {
                forms.add(c);
            }
        }
        return new Truth(cells[0].strip(), forms, roles);
    }

    /** Scores one case's listed entities; errors are written as "id: what". */
    static Result score(Case c, List<Entity> listed) {
        Set<Truth> taken = new HashSet<>();
        List<String> errors = new ArrayList<>();
        int right = 0;
        int merges = 0;
        int merged = 0;
        int roles = 0;
        int rolesFound = 0;
        List<Entity> credited = new ArrayList<>();
        for (Entity e : listed) {
            Truth t = c.truth().stream().filter(x -> x.named(e.name())).findFirst().orElse(null);
            if (t == null || !t.type().equals(e.type()) || taken.contains(t)) {
                errors.add(c.id() + ": wrong " + e.name() + " (" + e.type() + ")"
                        + (t == null ? "" : taken.contains(t) ? " a second entry" : " type, truth " + t.type()));
                continue;
            }
            taken.add(t);
            right++;
            credited.add(e);
            if (t.forms().size() > 1 && t.forms().stream().filter(f -> written(c.text(), f)).count() > 1) {
                merges++;
                boolean apart = listed.stream().anyMatch(o -> o != e && t.named(o.name()));
                if (apart) {
                    errors.add(c.id() + ": not merged " + t.forms());
                } else {
                    merged++;
                }
            }
            for (String r : t.roles()) {
                roles++;
                if (e.roles().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(r.toLowerCase(Locale.ROOT)))) {
                    rolesFound++;
                } else {
                    errors.add(c.id() + ": role '" + r + "' of " + t.forms().get(0) + " not read (roles " + e.roles() + ")");
                }
            }
        }
        for (Truth t : c.truth()) {
            if (!taken.contains(t)) {
                errors.add(c.id() + ": missed " + t.forms().get(0) + " (" + t.type() + ")");
                roles += t.roles().size();
            }
        }
        return new Result(listed.size(), right, c.truth().size(), taken.size(), merges, merged, roles, rolesFound, errors);
    }

    private static boolean written(String text, String form) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(form) + "(?![\\p{L}])")
                .matcher(text).find();
    }

    /** The sum of several results. */
    static Result sum(List<Result> results) {
        int[] n = new int[8];
        List<String> errors = new ArrayList<>();
        for (Result r : results) {
            int[] v = {r.listed(), r.right(), r.truths(), r.found(), r.merges(), r.merged(), r.roles(), r.rolesFound()};
            for (int i = 0; i < n.length; i++) {
                n[i] += v[i];
            }
            errors.addAll(r.errors());
        }
        return new Result(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], errors);
    }
}
