using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Reflection;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Telemetry;

/// <summary>
/// The <c>NegoSim</c> <see cref="ActivitySource"/> and <see cref="Meter"/>. Spans: <c>negotiation SCENARIO run N</c>
/// (or <c>seed S</c>) → <c>round</c> → <c>propose</c> (or <c>counter-offer</c>) / <c>respond</c>, and <c>ratify</c>
/// (faction votes as events). The spans below a run's are made only when its <c>negotiation</c> span is recorded, so a
/// run a sampler drops costs one decision. Attribute names follow OpenTelemetry's rules: lower case, a party or term
/// is a value (<c>negosim.party</c>) or the last part of a name (<c>negosim.offer.scope</c>), never in the middle.
/// </summary>
public static class NegotiationTelemetry
{
    public const string Name = "NegoSim";

    private static readonly string? Version = typeof(NegotiationTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource Source = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Negotiations played, by final status (tag <c>negosim.status</c>).</summary>
    public static readonly Counter<long> Negotiations = Meter.CreateCounter<long>("negosim.negotiations", "{negotiation}", "Negotiations played, by status.");

    /// <summary>The round in which a deal was signed.</summary>
    public static readonly Histogram<int> RoundsToAgreement = Meter.CreateHistogram<int>("negosim.rounds_to_agreement", "{round}", "The round of signature of signed deals.");

    /// <summary>The rounds each negotiation took (its last round: of signature, or where the talks ended without a deal).</summary>
    public static readonly Histogram<int> Rounds = Meter.CreateHistogram<int>("negosim.rounds", "{round}", "The rounds each negotiation took.");

    /// <summary>Ratification votes held, by ratifier (<c>negosim.ratifier</c>) and result (<c>negosim.passed</c>).</summary>
    public static readonly Counter<long> Votes = Meter.CreateCounter<long>("negosim.votes", "{vote}", "Ratification votes held, by ratifier and result.");

    /// <summary>The name of a run's span: <c>negotiation SCENARIO run N</c> in a sweep, <c>negotiation SCENARIO seed S</c> alone.</summary>
    public static string RunSpanName(string scenario, ulong seed, long? run) =>
        run is { } number
            ? string.Create(CultureInfo.InvariantCulture, $"negotiation {scenario} run {number}")
            : string.Create(CultureInfo.InvariantCulture, $"negotiation {scenario} seed {seed}");

    /// <summary>
    /// A seed as an attribute: OpenTelemetry's integers are signed 64-bit, so a seed of 2^63 or more appears as its
    /// same 64 bits read as negative (<c>--seed</c> takes either form).
    /// </summary>
    public static long SeedValue(ulong seed) => unchecked((long)seed);

    /// <summary>Each term of <paramref name="outcome"/> as an attribute <c>PREFIX.TERM</c>: a number for a range, the option's name otherwise.</summary>
    public static void TagOutcome(Activity span, string prefix, OutcomeSpace space, int outcome)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(space);
        for (var i = 0; i < space.Terms.Length; i++)
        {
            var term = space.Terms[i];
            span.SetTag($"{prefix}.{term.Name}", term.Value(space.Digit(outcome, i)));
        }
    }

    /// <summary>An offer's terms (<c>negosim.offer.TERM</c>) and its worth to each negotiator (a <c>worth</c> event each).</summary>
    public static void TagOffer(Activity span, OutcomeSpace space, ImmutableArray<NegotiatorProfile> negotiators, int outcome)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(space);
        TagOutcome(span, "negosim.offer", space, outcome);
        Span<double> worth = stackalloc double[negotiators.Length];
        for (var i = 0; i < worth.Length; i++)
        {
            worth[i] = negotiators[i].Utility.Evaluate(outcome);
        }

        AddPartyEvents(span, "worth", negotiators, worth);
    }

    /// <summary>One event <paramref name="name"/> per negotiator: <c>negosim.party</c> and its <c>negosim.utility</c> of <paramref name="utilities"/>.</summary>
    public static void AddPartyEvents(Activity span, string name, ImmutableArray<NegotiatorProfile> negotiators, ReadOnlySpan<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(span);
        for (var i = 0; i < negotiators.Length && i < utilities.Length; i++)
        {
            span.AddEvent(new ActivityEvent(name, tags: new ActivityTagsCollection
            {
                ["negosim.party"] = negotiators[i].Name,
                ["negosim.utility"] = utilities[i],
            }));
        }
    }

    /// <summary>The parameters in force, each as <c>negosim.parameter.NAME</c>: a number where the value is one, else its text.</summary>
    public static void TagParameters(Activity span, ImmutableArray<ScenarioParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(span);
        foreach (var parameter in parameters.IsDefault ? [] : parameters)
        {
            span.SetTag(
                $"negosim.parameter.{parameter.Name}",
                double.TryParse(parameter.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : parameter.Value);
        }
    }
}
