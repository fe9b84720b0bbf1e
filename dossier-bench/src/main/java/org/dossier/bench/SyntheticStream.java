package org.dossier.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.dossier.cluster.StoryClusterer.Doc;

/**
 * A reproducible stream of synthetic articles made by recombining base texts: each takes a random base
 * article, drops one of its lines, swaps two neighbouring lines, sometimes adds a line of another base
 * article, and gets a new id and a date advancing evenly over {@code days} days.
 */
public final class SyntheticStream implements Iterable<Doc> {
    private final List<Doc> bases;
    private final long count;
    private final int days;
    private final long seed;

    public SyntheticStream(List<Doc> bases, long count, int days, long seed) {
        this.bases = List.copyOf(bases);
        this.count = count;
        this.days = days;
        this.seed = seed;
    }

    @Override
    public Iterator<Doc> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2020, 1, 1);
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Doc next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                LocalDate date = start.plusDays(i * days / count);
                return recombine("syn-" + i++, date, random);
            }
        };
    }

    private Doc recombine(String id, LocalDate date, SplittableRandom random) {
        Doc base = bases.get(random.nextInt(bases.size()));
        List<String> lines = new ArrayList<>(List.of((base.text() == null ? "" : base.text()).split("\n")));
        if (lines.size() > 2) {
            lines.remove(random.nextInt(lines.size()));
            int j = random.nextInt(lines.size() - 1);
            lines.set(j, lines.set(j + 1, lines.get(j)));
        }
        if (random.nextInt(4) == 0) {
            String[] other = String.valueOf(bases.get(random.nextInt(bases.size())).text()).split("\n");
            lines.add(other[random.nextInt(other.length)]);
        }
        return Doc.of(id, base.title(), String.join("\n", lines), date, base.lang());
    }
}
