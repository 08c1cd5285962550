using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace NegoSim.Model.Telemetry;

/// <summary>
/// The <c>NegoSim</c> <see cref="ActivitySource"/> and <see cref="Meter"/>. Spans: <c>negotiation</c> → <c>round</c> →
/// <c>propose</c> / <c>respond</c>, and <c>ratify</c> (faction votes as events). Nothing is computed unless someone listens.
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
}
