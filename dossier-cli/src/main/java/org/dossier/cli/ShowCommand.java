package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier show STORY}: the dossier of one stored story. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Write the dossier of one story.")
final class ShowCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Parameters(index = "0", paramLabel = "STORY", description = "Story id (see 'dossier stories').") String storyId;
    @Option(names = "--format", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE}).") Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path output;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Session s = Session.open(data.dir)) {
            Story story = s.workspace.story(storyId)
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no story " + storyId + " in " + data.dir));
            StoryDossier d = s.workspace.dossier(story, ProgressBars.forTerminal());
            Output.write(format.renderer.render(List.of(d)), output, spec.commandLine().getOut());
            return Output.reportUnanalysed(List.of(d), spec.commandLine().getErr());
        }
    }
}
