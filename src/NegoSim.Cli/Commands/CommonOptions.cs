using System.CommandLine;
using NegoSim.Model;

namespace NegoSim.Cli.Commands;

/// <summary>Options several commands share, built fresh for each command.</summary>
internal static class CommonOptions
{
    public static Argument<string> CompiledScenario() => new("FILE") { Description = "The scenario file (YAML)." };

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "Seeds the run's random generator (faction discipline below 1). Same seed, same output.",
        DefaultValueFactory = _ => 0,
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Change a parameter or setting for this run: NAME=VALUE, where NAME is a parameter (see 'negosim list') or a dotted path such as parties.kyiv.reservation. Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "NAME=VALUE",
    };

    public static Option<string?> Trace() => new Option<string?>("--trace")
    {
        Description = "Trace the negotiation: tree (the rounds as a readable tree on stderr), console (OpenTelemetry's console exporter, on stderr) or otlp (to OTEL_EXPORTER_OTLP_ENDPOINT; see docs/telemetry.md).",
        HelpName = "tree|console|otlp",
    }.AcceptOnlyFromAmong("tree", "console", "otlp");

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    public static Option<string?> Report() => new("--report")
    {
        Description = "Also write a self-contained HTML report with charts (opens offline; see docs/reports.md).",
        HelpName = "FILE.html",
    };

    public static Option<string?> ReportPair() => new("--report-pair")
    {
        Description = "The two negotiators whose utilities are the outcome space's axes in --report (default: the first two).",
        HelpName = "A,B",
    };

    /// <summary>
    /// Refuses a --report path that is empty, a folder, in a folder that does not exist, or one of the files the
    /// command reads: checked before any work is done.
    /// </summary>
    public static void CheckReport(string? report, params string?[] inputs)
    {
        if (report is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(report))
        {
            throw new InputException("--report: give a file name, e.g. --report report.html.");
        }

        if (Directory.Exists(report))
        {
            throw new InputException($"--report {report}: that is a folder; give a file name, e.g. {Path.Combine(report, "report.html")}.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(report));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InputException($"--report {report}: the folder {folder} does not exist.");
        }

        if (inputs.Any(i => i is not null && Path.GetFullPath(i) == Path.GetFullPath(report)))
        {
            throw new InputException($"--report {report}: that is a file this command reads or writes; choose another name.");
        }
    }
}
