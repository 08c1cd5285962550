using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop;

/// <summary>
/// Writes a scenario's negotiators as GeniusWeb JSON: a domain with every term as a discrete issue (its values'
/// labels: a range term's steps become options, so every utility is kept exactly, whatever its value function) and
/// one <c>LinearAdditiveUtilitySpace</c> profile per negotiator, with NegMAS's <c>reserved_value</c> and
/// <c>discount_factor</c> (the per-round discount over the whole deadline). What GeniusWeb cannot hold — ratifiers,
/// events, strategies, the protocol — is named in <c>Dropped</c>.
/// </summary>
public static class GeniusWebWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static (string DomainName, string Domain, ImmutableArray<(string Party, string Profile)> Profiles, ImmutableArray<string> Dropped) Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var domain = Json(w => Domain(w, scenario));
        var profiles = scenario.Negotiators.Select(n => (n.Name, Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("LinearAdditiveUtilitySpace");
            w.WriteStartObject("issueUtilities");
            for (var t = 0; t < scenario.Space.Terms.Length; t++)
            {
                var term = scenario.Space.Terms[t];
                w.WriteStartObject(term.Name);
                w.WriteStartObject("DiscreteValueSetUtilities");
                w.WriteStartObject("valueUtilities");
                for (var i = 0; i < term.Count; i++)
                {
                    w.WriteNumber(term.Label(i), n.Utility.ValueOf(t, i));
                }

                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartObject("issueWeights");
            for (var t = 0; t < scenario.Space.Terms.Length; t++)
            {
                w.WriteNumber(scenario.Space.Terms[t].Name, n.Utility.Weights[t]);
            }

            w.WriteEndObject();
            w.WritePropertyName("domain");
            Domain(w, scenario);
            w.WriteString("name", n.Name);
            w.WriteNumber("reserved_value", n.Reservation);
            if (n.Discount < 1)
            {
                w.WriteNumber("discount_factor", Math.Pow(n.Discount, scenario.Protocol.Deadline - 1));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }))).ToImmutableArray();

        var dropped = ImmutableArray.CreateBuilder<string>();
        dropped.AddRange(scenario.Ratifiers.Select(r => $"ratifier {r.Name}"));
        if (!scenario.Events.IsEmpty)
        {
            dropped.Add($"{scenario.Events.Length} event(s)");
        }

        return (scenario.Name, domain, profiles, dropped.ToImmutable());
    }

    private static void Domain(Utf8JsonWriter w, Scenario scenario)
    {
        w.WriteStartObject();
        w.WriteString("name", scenario.Name);
        w.WriteStartObject("issuesValues");
        foreach (var term in scenario.Space.Terms)
        {
            w.WriteStartObject(term.Name);
            w.WriteStartArray("values");
            for (var i = 0; i < term.Count; i++)
            {
                w.WriteStringValue(term.Label(i));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
