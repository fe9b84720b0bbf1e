package org.dossier.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} tags indexed once by property, name and itemprop (lower-cased keys). */
final class MetaTags {
    private static final ThreadLocal<Map.Entry<Document, Map<String, String>>> LAST = new ThreadLocal<>();

    private MetaTags() {
    }

    static void index(Document doc) {
        Map<String, String> map = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    map.putIfAbsent(k, content);
                }
            }
        }
        LAST.set(Map.entry(doc, map));
    }

    static String get(Document doc, String key) {
        Map.Entry<Document, Map<String, String>> e = LAST.get();
        if (e == null || e.getKey() != doc) {
            index(doc);
            e = LAST.get();
        }
        return e.getValue().get(key.toLowerCase(Locale.ROOT));
    }
}
