using System.CommandLine;

namespace NegoSim.Cli.Commands;

/// <summary>Options several commands share, built fresh for each command.</summary>
internal static class CommonOptions
{
    public static Argument<string> ScenarioFile() => NonEmptyPath(new Argument<string>("FILE") { Description = "The scenario file (YAML)." });

    /// <summary>Refuses an empty path, or one with a control character, at parse time (one line, exit 2).</summary>
    public static Argument<string> NonEmptyPath(Argument<string> file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl))
            {
                result.AddError(string.IsNullOrWhiteSpace(path) ? $"{file.Name}: the path is empty; give a file's path." : $"{file.Name}: the path holds a control character; give a file's path.");
            }
        });
        return file;
    }

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "Seeds the run's random generator (faction discipline below 1). Same seed, same output. A number from 0 to 2^64 − 1, or a negative one as a trace shows a large seed (the same 64 bits).",
        DefaultValueFactory = _ => 0,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed))
            {
                return seed;
            }

            if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var signed))
            {
                return unchecked((ulong)signed);
            }

            result.AddError($"--seed {Model.Excerpt.Of(text, 60)}: a whole number from 0 to 18446744073709551615 (or, as traces show a seed of 2^63 or more, its negative form).");
            return 0;
        },
    };

    public static Option<long> InductionSteps() => new("--induction-steps")
    {
        Description = $"The most steps backward induction may take to work out the subgame-perfect agreement (rounds × deals worth considering; about {Model.Analysis.OutcomeTheory.StepsPerSecond:N0} a second); beyond, the analysis says it is not worked out.",
        HelpName = "N",
        DefaultValueFactory = _ => Model.Analysis.OutcomeTheory.SubgamePerfectSteps,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (long.TryParse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var steps) && steps > 0)
            {
                return steps;
            }

            result.AddError($"--induction-steps {Model.Excerpt.Of(text, 60)}: a whole number from 1 to {long.MaxValue}.");
            return 0;
        },
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
}
