package org.dossier.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tasks run on a pool and their results come back in submission order, with a bounded number in flight. */
class InOrderTest {
    @Test
    void resultsComeInSubmissionOrderWhenLaterTasksFinishFirst() {
        List<Integer> out = new ArrayList<>();
        try (InOrder<Integer> work = new InOrder<>("test", 4, 8, out::add)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                work.submit(() -> {
                    Thread.sleep((40 - n) % 7); // early tasks sleep longer than some later ones
                    return n;
                });
            }
            work.finish();
        }
        assertEquals(IntStream.range(0, 40).boxed().toList(), out);
    }

    @Test
    void noMoreThanTheWindowIsEverInFlight() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        try (InOrder<Integer> work = new InOrder<>("test", 3, 3, out::add)) {
            for (int i = 0; i < 30; i++) {
                int n = i;
                work.submit(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(2);
                    running.decrementAndGet();
                    return n;
                });
                assertTrue(work.pending() <= 3, "pending " + work.pending());
            }
            work.finish();
        }
        assertTrue(most.get() <= 3, "at most the window runs at once: " + most.get());
        assertEquals(30, out.size());
    }

    @Test
    void tasksRunOffTheSubmittingThreadAndResultsArriveOnIt() {
        Thread caller = Thread.currentThread();
        List<String> ranOn = new ArrayList<>();
        List<Thread> deliveredOn = new ArrayList<>();
        try (InOrder<String> work = new InOrder<>("named", 2, 4, s -> {
            ranOn.add(s);
            deliveredOn.add(Thread.currentThread());
        })) {
            for (int i = 0; i < 6; i++) {
                work.submit(() -> Thread.currentThread().getName());
            }
            work.finish();
        }
        assertTrue(ranOn.stream().allMatch(n -> n.startsWith("named-")), ranOn.toString());
        assertTrue(deliveredOn.stream().allMatch(t -> t == caller));
    }

    @Test
    void aTasksExceptionReachesTheCallerUnwrapped() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (InOrder<Integer> work = new InOrder<>("test", 2, 2, r -> { })) {
            // handed on by submit when the task is already done, else by finish: either way the caller gets it
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                work.submit(() -> {
                    throw boom;
                });
                work.finish();
            });
            assertSame(boom, thrown);
        }
    }

    @Test
    void aWindowSmallerThanTheWorkersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InOrder<Integer>("test", 4, 2, r -> { }));
    }
}
