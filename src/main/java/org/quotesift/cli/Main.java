package org.quotesift.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The command-line entry point. The only place that calls {@link System#exit}; everything else runs
 * on injected streams.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Picocli registers converters for java.sql and java.time types by loading and initialising
    // those classes; no option here has such a type, and a one-file run would pay for them.
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }
    // A FileOutputStream on fd 1 reports EPIPE as an IOException, which System.out would swallow;
    // that is how "| head" ends the run quietly.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter stderr = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, System.in, stdout, stderr, new Terminals(isTerminal(0), isTerminal(1), isTerminal(2)));
    stderr.flush();
    System.exit(code);
  }

  /**
   * Runs quotesift with the given streams and returns the exit code.
   *
   * @param terminals which standard streams are terminals (standard input is then never read
   *     implicitly; the summary line goes to a terminal only)
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintWriter err,
      Terminals terminals) {
    PrintWriter outText = new PrintWriter(
        new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    Streams streams = new Streams(in, out, terminals);
    CommandLine cli = new CommandLine(new QuotesiftCommand().spec());
    // Only the command being run is built when the first argument names it: each command's model
    // (some forty options) costs start-up time in the interpreter. Help, version and errors at the
    // top level see both.
    String first = args.length > 0 ? args[0] : "";
    if (!first.equals("clean")) {
      cli.addSubcommand("extract", new ExtractCommand(streams).spec());
    }
    if (!first.equals("extract")) {
      cli.addSubcommand("clean", new CleanCommand(streams).spec());
    }
    documentExitCodes(cli);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(outText);
    cli.setErr(err);
    ErrorReporting errors = new ErrorReporting();
    cli.setExitCodeExceptionMapper(errors);
    cli.setParameterExceptionHandler(errors);
    cli.setExecutionExceptionHandler(errors);
    int code = cli.execute(args);
    outText.flush();
    return code;
  }

  /**
   * How usage errors and failures are reported, and their exit codes. A class rather than lambdas:
   * the start-up archive cannot hold lambdas of picocli's interfaces (they are in the old class-file
   * format CDS leaves out once linked), so each lambda was spun into a class on every run.
   */
  private static final class ErrorReporting implements CommandLine.IExitCodeExceptionMapper,
      CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    @Override
    public int getExitCode(Throwable exception) {
      return ExitStatus.SOFTWARE.code();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("quotesift: " + ex.getMessage());
      e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
      e.flush();
      return ExitStatus.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine,
        CommandLine.ParseResult parseResult) {
      PrintWriter e = commandLine.getErr();
      e.println("quotesift: internal error: " + ex);
      if (parseResult.hasMatchedOption("--verbose")) {
        ex.printStackTrace(e);
      } else {
        e.println("quotesift: (run with --verbose for the stack trace)");
      }
      e.flush();
      return ExitStatus.SOFTWARE.code();
    }
  }

  private static void documentExitCodes(CommandLine cli) {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (ExitStatus s : ExitStatus.values()) {
      codes.put(Integer.toString(s.code()), s.meaning());
    }
    cli.getCommandSpec().usageMessage().exitCodeList(codes);
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().usageMessage().exitCodeList(codes);
    }
  }

  /**
   * Which standard streams are terminals.
   *
   * @param stdin whether standard input is a terminal
   * @param stdout whether standard output is a terminal
   * @param stderr whether standard error is a terminal
   */
  public record Terminals(boolean stdin, boolean stdout, boolean stderr) {
    /** None is a terminal, as under cron or in a test. */
    public static final Terminals NONE = new Terminals(false, false, false);
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java has no isatty for one stream: read the
   * link behind the descriptor where the OS has /proc, else fall back to the console check.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.exists(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      }
    } catch (Exception e) {
      // fall through to the portable check
    }
    return System.console() != null;
  }
}
