package org.dossier.server.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load generator for a server on the loopback interface only (it can only address 127.0.0.1, by
 * port): {@code clients} threads each send GETs of the given kinds in turn (a kind: a name and its paths,
 * taken round-robin) until {@code seconds} have passed or {@code maxRequests} were sent in all, while
 * {@code slowClients} sockets trickle an unfinished request a byte a second (a slow client must block nobody).
 * Every answer other than 200, and every failure to get one within the timeout, is an error. Used by the latency
 * benchmark and the load test.
 */
public final class LoadGenerator {
    /** A kind of request: its name and the paths to send, in turn. */
    public record Kind(String name, List<String> paths) {
        public Kind {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("a kind needs a path: " + name);
            }
        }
    }

    /** What one kind got: requests, errors (with the first few messages) and latencies in milliseconds. */
    public record KindResult(String name, int requests, int errors, List<String> firstErrors, double medianMs,
                             double p95Ms, double p99Ms, double maxMs) {}

    /** What a run got: per kind, in all, over how many seconds. */
    public record Result(List<KindResult> kinds, int requests, int errors, double seconds) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    private final int port;
    private final int clients;
    private final Duration timeout;

    /** For the server on 127.0.0.1:{@code port}; each request must answer within {@code timeout}. */
    public LoadGenerator(int port, int clients, Duration timeout) {
        if (clients < 1 || clients > 256) {
            throw new IllegalArgumentException("clients must be from 1 to 256");
        }
        this.port = port;
        this.clients = clients;
        this.timeout = timeout;
    }

    /** The timed run (warm the server up first: the run measures what it gets). */
    public Result run(List<Kind> kinds, double seconds, long maxRequests, int slowClients) throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < slowClients; i++) {
            slow.add(slowClient());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            AtomicLong budget = new AtomicLong(maxRequests);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            Future<?> trickle = pool.submit(() -> trickle(slow, end));
            List<Future<Map<String, Sample>>> work = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(pool.submit(() -> client(kinds, client, end, budget)));
            }
            Map<String, Sample> all = new LinkedHashMap<>();
            kinds.forEach(k -> all.put(k.name(), new Sample()));
            for (Future<Map<String, Sample>> f : work) {
                f.get((long) seconds + timeout.toSeconds() * 2 + 30, TimeUnit.SECONDS).forEach((k, s) -> all.get(k).add(s));
            }
            double took = (System.nanoTime() - start) / 1e9;
            trickle.cancel(true);
            List<KindResult> out = new ArrayList<>();
            int requests = 0;
            int errors = 0;
            for (Map.Entry<String, Sample> e : all.entrySet()) {
                KindResult r = e.getValue().result(e.getKey());
                out.add(r);
                requests += r.requests();
                errors += r.errors();
            }
            return new Result(out, requests, errors, took);
        } finally {
            pool.shutdownNow();
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private Map<String, Sample> client(List<Kind> kinds, int client, long end, AtomicLong budget) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        Map<String, Sample> samples = new LinkedHashMap<>();
        kinds.forEach(k -> samples.put(k.name(), new Sample()));
        int[] next = new int[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            next[i] = client * 7919 % kinds.get(i).paths().size();
        }
        for (long n = client; System.nanoTime() < end && budget.decrementAndGet() >= 0; n++) {
            int k = (int) (n % kinds.size());
            Kind kind = kinds.get(k);
            String path = kind.paths().get(next[k]++ % kind.paths().size());
            samples.get(kind.name()).add(get(http, path));
        }
        return samples;
    }

    /** One GET: its latency in nanoseconds, or the reason it failed. */
    private record Answer(long nanos, String error) {}

    private Answer get(HttpClient http, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(timeout).GET().build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            return new Answer(t, r.statusCode() == 200 ? null : path + " answered " + r.statusCode());
        } catch (IOException e) {
            return new Answer(System.nanoTime() - t0, path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(System.nanoTime() - t0, path + ": interrupted");
        }
    }

    private Socket slowClient() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.getOutputStream().write("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static void trickle(List<Socket> slow, long end) {
        try {
            while (System.nanoTime() < end && !slow.isEmpty()) {
                for (Socket s : slow) {
                    OutputStream o = s.getOutputStream();
                    o.write('X');
                    o.flush();
                }
                Thread.sleep(1_000);
            }
        } catch (IOException | InterruptedException e) {
            // the server closed a slow client (allowed), or the run ended
        }
    }

    /** Latencies and errors of one kind. */
    private static final class Sample {
        private final List<Long> nanos = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private int errorCount;

        void add(Answer a) {
            nanos.add(a.nanos());
            if (a.error() != null) {
                errorCount++;
                if (errors.size() < 5) {
                    errors.add(a.error());
                }
            }
        }

        void add(Sample other) {
            nanos.addAll(other.nanos);
            errorCount += other.errorCount;
            other.errors.stream().limit(Math.max(0, 5 - errors.size())).forEach(errors::add);
        }

        KindResult result(String name) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new KindResult(name, sorted.size(), errorCount, List.copyOf(errors), ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double ms(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int i = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
        }
    }
}
