package org.dossier.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.model.Json;
import org.dossier.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier stories}: lists the stories in the store. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "List the stories in the store.")
final class StoriesCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Option(names = "--json", description = "One JSON document with the stories and their article ids.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Session s = Session.open(data.dir)) {
            List<Story> stories = s.workspace.stories();
            var out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("stories", stories);
                out.println(Json.writePretty(doc));
            } else {
                for (Story st : stories) {
                    out.printf("%s\t%d articles\t%s%n", st.id(), st.articleIds().size(), st.title());
                }
            }
            out.flush();
            return DossierCli.OK;
        }
    }
}
