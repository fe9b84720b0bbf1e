package org.dossier.cli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The bad-input corpus, written at run time into a folder (no binary fixtures): one or more files per kind of
 * hostile or broken input, each with what Dossier must do with it — read it (and what the article then says) or
 * refuse it with one line naming the input (a bad record or line by its position) and the reason. Used by the
 * reader test and by the test of a whole {@code dossier ingest} process.
 */
public final class HostileCorpus {
    /** What must become of an input: an article whose text holds {@code mustRead}, or failures naming it. */
    public record Kind(String name, Path path, String mustRead, List<Refusal> refusals) {
        public boolean read() {
            return mustRead != null;
        }
    }

    /** One failure line that must come: its source ends with {@code source}, its reason holds {@code reason}. */
    public record Refusal(String source, String reason) {}

    /** A marker that must never appear in a page: the content of the local file the XXE feed points at. */
    public static final String SECRET = "local-secret-" + UUID.nameUUIDFromBytes("dossier".getBytes()).toString();

    static final String PROSE = "Officials said on Monday that the bridge over the river, closed since the flood in "
            + "March, would reopen next week after repairs to its supports, railings and the road surface. ";
    static final String PROSE2 = "The city council approved the final payment to the builders on Thursday evening, "
            + "and the transport office said buses would return to their usual routes from the first day. ";

    private final Path dir;
    private final List<Kind> kinds = new ArrayList<>();
    private final boolean root;

    private HostileCorpus(Path dir) {
        this.dir = dir;
        this.root = "root".equals(System.getProperty("user.name"));
    }

    /** Writes the corpus into {@code dir} (created) and returns it. */
    public static HostileCorpus write(Path dir) throws IOException {
        Files.createDirectories(dir);
        HostileCorpus c = new HostileCorpus(dir);
        c.build();
        return c;
    }

    public List<Kind> kinds() {
        return kinds;
    }

    /** Whether the unreadable-file kind was left out (as root every file is readable). */
    public boolean unreadableSkipped() {
        return root;
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1>" + body + "</article></body></html>";
    }

    static String englishPage(String title) {
        return page(title, "<p>" + PROSE + "</p><p>" + PROSE2 + "</p>");
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private void read(String name, Path path, String mustRead) {
        kinds.add(new Kind(name, path, mustRead, List.of()));
    }

    private void refused(String name, Path path, Refusal... refusals) {
        kinds.add(new Kind(name, path, null, List.of(refusals)));
    }

    private void mixed(String name, Path path, String mustRead, Refusal... refusals) {
        kinds.add(new Kind(name, path, mustRead, List.of(refusals)));
    }

    private static Refusal by(Path p, String reason) {
        return new Refusal(p.getFileName().toString(), reason);
    }

    private void build() throws IOException {
        Path p = file("empty.html", new byte[0]);
        refused("empty", p, by(p, "empty file"));
        p = file("blank.html", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII));
        refused("whitespace only", p, by(p, "only white space"));
        byte[] random = new byte[4096];
        new Random(15).nextBytes(random);
        p = file("binary.html", random);
        refused("binary", p, by(p, "binary content"));
        byte[] bad = ("Harbour strike ends\n\n" + PROSE + "Caf\u00e9 owners on the quay welcomed it. " + PROSE2)
                .getBytes(StandardCharsets.UTF_8);
        byte[] invalid = Arrays.copyOf(bad, bad.length + 2);
        invalid[bad.length] = (byte) 0xC3;
        invalid[bad.length + 1] = (byte) 0x28;
        p = file("invalid-utf8.txt", invalid);
        refused("invalid UTF-8", p, by(p, "invalid UTF-8 text near byte " + bad.length));
        p = file("utf16-no-bom.html", englishPage("Bridge to reopen").getBytes(StandardCharsets.UTF_16LE));
        read("UTF-16 without BOM", p, "bridge over the river");
        String russian = page("Мост откроют на следующей неделе", "<p>Власти города заявили в понедельник, что мост через "
                + "реку, закрытый после наводнения в марте, откроется на следующей неделе после ремонта опор.</p><p>Городской "
                + "совет в четверг одобрил последний платёж строителям, а транспортное управление сообщило, что автобусы "
                + "вернутся на обычные маршруты.</p>");
        p = file("cp1251-labelled-utf8.html", russian.getBytes(Charset.forName("windows-1251")));
        read("windows-1251 declared as UTF-8", p, "Власти города заявили");
        String japanese = page("橋が来週再開へ", "<p>市当局は月曜日、三月の洪水の後に閉鎖されていた川の橋が、支柱と手すりと路面の修理を"
                + "終えて来週再開すると発表した。市議会は木曜日の夜、建設会社への最後の支払いを承認した。</p><p>交通局によると、"
                + "バスは初日から通常の路線に戻る。市長は記者会見で、工事が予定より早く終わったことを住民に感謝した。</p>");
        p = file("sjis-labelled-utf8.html", japanese.getBytes(Charset.forName("Shift_JIS")));
        read("Shift_JIS declared as UTF-8", p, "市当局は月曜日");
        String french = page("Le pont rouvrira la semaine prochaine", "<p>Les autorités de la ville ont déclaré lundi que le "
                + "pont sur la rivière, fermé depuis l'inondation de mars, rouvrira la semaine prochaine après des réparations.</p>"
                + "<p>Le conseil municipal a approuvé jeudi soir le dernier paiement aux entreprises, et les bus reprendront "
                + "leurs itinéraires habituels dès le premier jour, a précisé l'office des transports.</p>");
        p = file("latin1-labelled-utf8.html", french.getBytes(StandardCharsets.ISO_8859_1));
        read("ISO-8859-1 declared as UTF-8", p, "Les autorités de la ville ont déclaré");
        p = file("unknown-charset.html", englishPage("Charset nobody knows").replace("charset=\"utf-8\"",
                "charset=\"x-no-such-charset-15\"").getBytes(StandardCharsets.UTF_8));
        read("unknown charset name", p, "bridge over the river");
        byte[] gz = gzip(englishPage("Truncated archive").getBytes(StandardCharsets.UTF_8));
        p = file("truncated.html.gz", Arrays.copyOf(gz, gz.length / 2));
        refused("truncated gzip", p, by(p, "truncated gzip"));
        p = dir.resolve("bomb.html.gz");
        gzipBomb(p, "<p>".getBytes(StandardCharsets.US_ASCII));
        refused("gzip bomb (1 GB of zeros) as a page", p, by(p, "once decompressed"));
        p = dir.resolve("bomb.jsonl.gz");
        gzipBomb(p, "{\"title\": \"x\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
        refused("gzip bomb as JSON lines", p, by(p, "decompression bomb"));
        p = dir.resolve("huge-50mb.html");
        try (OutputStream out = Files.newOutputStream(p)) {
            byte[] para = ("<p>" + PROSE + "</p>\n").getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 50L << 20; n += para.length) {
                out.write(para);
            }
        }
        refused("a 50 MB page", p, by(p, "larger than 32 MB"));
        p = file("deep-nesting.html", page("Deep nesting", "<div>".repeat(10_000) + "<p>" + PROSE + "</p><p>" + PROSE2
                + "</p>" + "</div>".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        read("10,000-deep nesting", p, "bridge over the river");
        p = file("script-20mb.html", page("Big script", "<script>var blob = '" + "x".repeat(20 << 20) + "';</script><p>"
                + PROSE + "</p><p>" + PROSE2 + "</p>").getBytes(StandardCharsets.UTF_8));
        read("20 MB of inline script", p, "bridge over the river");
        StringBuilder line = new StringBuilder("One very long line\n\n");
        while (line.length() < 5 << 20) {
            line.append(PROSE);
        }
        p = file("one-line-5mb.txt", line.toString().getBytes(StandardCharsets.US_ASCII));
        // a text page whose body is one 5 MB line of sentences: prose (many sentence ends in one line), read as such
        read("one 5 MB line", p, "bridge over the river");
        p = file("nul-bytes.html", englishPage("Nul\u0000bytes\u0000inside").getBytes(StandardCharsets.UTF_8));
        refused("NUL bytes", p, by(p, "binary content"));
        Path loops = Files.createDirectories(dir.resolve("loops"));
        Files.createSymbolicLink(loops.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(loops.resolve("loop.html"), Path.of("loop.html"));
        Files.writeString(loops.resolve("inside.html"), englishPage("Inside the looping folder").replace("bridge over",
                "footbridge over"));
        mixed("a symlink loop in a folder", loops, "footbridge over the river",
                new Refusal("loop.html", "symbolic link"));
        if (!root) {
            p = file("unreadable.html", englishPage("Unreadable").getBytes(StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(p, java.util.Set.of());
            refused("an unreadable file", p, by(p, "permission denied"));
        }
        p = Files.createDirectories(dir.resolve("x.html"));
        refused("a directory named x.html", p, by(p, "folder holds no pages"));
        byte[] one = Warc.response("https://news.example/one", englishPage("First record"));
        byte[] two = Warc.response("https://news.example/two", englishPage("Second record").replace("bridge over",
                "ferry over"));
        p = file("truncated.warc", concat(one, Arrays.copyOf(two, two.length / 2)));
        mixed("a truncated WARC", p, "bridge over the river", new Refusal("truncated.warc@" + one.length, ""));
        byte[] corrupt = Warc.response("https://news.example/bad", englishPage("Corrupt"));
        corrupt[2] = 'X'; // "WARC/1.1" becomes "WAXC/1.1"
        byte[] three = Warc.response("https://news.example/three", englishPage("Third record").replace("bridge over",
                "tunnel under"));
        p = file("corrupt-record.warc", concat(one, corrupt, three));
        mixed("a WARC with a corrupt record", p, "tunnel under the river",
                new Refusal("corrupt-record.warc@" + one.length, ""));
        String laughs = "<!DOCTYPE rss [<!ENTITY a \"lol\">" + entityLevels() + "]>";
        p = file("entity-bomb.rss", ("<?xml version=\"1.0\"?>" + laughs + "<rss version=\"2.0\"><channel><title>&j;</title>"
                + "<item><title>x</title><description>&j;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        refused("a feed with an entity-expansion bomb", p, by(p, "feed"));
        Path secret = file("secret.txt.local", SECRET.getBytes(StandardCharsets.US_ASCII));
        p = file("xxe.rss", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
                + "<item><title>Leak</title><content:encoded><![CDATA[<p>" + PROSE + "</p>]]>&xxe;</content:encoded>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        refused("a feed with an external entity (XXE)", p, by(p, "feed"));
        p = file("bad-line.jsonl", String.join("\n",
                "{\"title\": \"Bridge to reopen\", \"text\": \"" + PROSE + PROSE2 + "\"}",
                "{\"title\": \"Broken\", \"text\": \"never closed",
                "{\"title\": \"Ferry returns\", \"text\": \"" + (PROSE + PROSE2).replace("bridge over", "ferry across") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        mixed("JSON lines with a bad line", p, "ferry across the river", new Refusal("bad-line.jsonl:2", "not JSON"));
        StringBuilder links = new StringBuilder("<nav>");
        for (int i = 0; i < 100_000; i++) {
            links.append("<a href=\"/section/").append(i).append("\">Section ").append(i).append("</a> ");
        }
        p = file("links-100k.html", page("A page of 100,000 links", "<p>" + PROSE + "</p><p>" + PROSE2 + "</p>")
                .replace("</body>", links + "</nav></body>").getBytes(StandardCharsets.UTF_8));
        read("a page with 100,000 links", p, "bridge over the river");
        p = file("all-chrome.html", ("<html><head><title>Home | Example News</title></head><body><header><nav>"
                + "<a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav></header><footer>"
                + "<a href=/about>About us</a> <a href=/privacy>Privacy</a> © Example News</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        refused("a page that is all chrome", p, by(p, "no article text"));
        p = file("swahili.html", page("Daraja kufunguliwa wiki ijayo", "<p>Maafisa wa jiji walisema Jumatatu kwamba daraja "
                + "la mto, lililofungwa tangu mafuriko ya mwezi Machi, litafunguliwa tena wiki ijayo baada ya matengenezo ya "
                + "nguzo na barabara.</p><p>Baraza la jiji liliidhinisha malipo ya mwisho kwa wajenzi Alhamisi jioni, na ofisi "
                + "ya usafiri ilisema mabasi yatarudi kwenye njia zake za kawaida.</p>").getBytes(StandardCharsets.UTF_8));
        read("a page in an unsupported language (Swahili)", p, "Maafisa wa jiji walisema");
        p = file("attribute-markup.html", englishPage("Tips on layout").replace("<title>",
                "<meta name=\"description\" content=\"Tips on <style> and <svg layout\"><title>")
                .getBytes(StandardCharsets.UTF_8));
        read("markup inside an attribute value", p, "bridge over the river");
    }

    private static String entityLevels() {
        StringBuilder b = new StringBuilder();
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append("<!ENTITY ").append(c).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = c;
        }
        return b.toString();
    }

    /**
     * A gzip file that expands to over 1 GB: {@code head}, then 1 GiB of zeros, written as 64 gzip members of 16 MiB
     * each (a reader reads concatenated members as one stream), so that writing it takes milliseconds.
     */
    static void gzipBomb(Path file, byte[] head) throws IOException {
        byte[] zeros = new byte[16 << 20];
        byte[] member = gzip(zeros);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip(head));
            for (int i = 0; i < 64; i++) {
                out.write(member);
            }
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    /** WARC records written by hand. */
    static final class Warc {
        private Warc() {}

        static byte[] response(String uri, String html) {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
            String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                    + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2026-03-02T10:00:00Z\r\n"
                    + "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                    + http.length + "\r\n\r\n";
            return concat(head.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
