package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command: one subcommand per user task. Exit codes: 0 all went well, 1 some inputs
 * failed (the rest was done), 2 usage error.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "Dossier 0.1.0",
        description = "Turns news pages from many outlets into cited story dossiers.",
        subcommands = {IngestCommand.class, StoriesCommand.class, ShowCommand.class, ReportCommand.class,
                ExtractCommand.class, AnnotateCommand.class, ClusterCommand.class, DemoCommand.class, ServeCommand.class, IndexCommand.class, CommandLine.HelpCommand.class})
public final class DossierCli implements Runnable {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new DossierCli());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dossier: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("DOSSIER_TRACE") != null) {
                e.printStackTrace(cmd.getErr()); // for a bug report: the one line above is what users see
            }
            return SOME_FAILED;
        });
        return cli.execute(args);
    }
}
