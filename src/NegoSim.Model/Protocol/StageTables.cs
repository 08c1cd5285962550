using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Protocol;

/// <summary>
/// One stage of a scenario's timeline: its parties, which deals each ratifier must vote on, each ratifier's win-set,
/// and each negotiator's tables (built when first asked for).
/// </summary>
public sealed class StageTables
{
    private readonly NegotiatorTables?[] _negotiatorTables;
    private readonly double[]?[] _passProbabilities;
    private readonly CompiledParts? _parts;

    internal StageTables(Scenario scenario, int stage, CompiledParts? parts)
        : this(scenario, stage, parts, stage == 0 ? scenario.Ratifiers : scenario.Events[stage - 1].Ratifiers, [])
    {
    }

    /// <param name="scenario">The scenario.</param>
    /// <param name="stage">The stage of its timeline.</param>
    /// <param name="parts">Where sets equal to those of a template's other scenarios are found, or null.</param>
    /// <param name="ratifiers">The ratifiers as the negotiators see them (after the votes they heard, <see cref="RatifierProfile.After"/>).</param>
    /// <param name="claims">The claims made so far about ratifiers.</param>
    internal StageTables(Scenario scenario, int stage, CompiledParts? parts, ImmutableArray<RatifierProfile> ratifiers, ImmutableArray<Claim> claims)
    {
        _parts = parts;
        Claims = claims;
        Space = scenario.Space;
        Negotiators = stage == 0 ? scenario.Negotiators : scenario.Events[stage - 1].Negotiators;
        Ratifiers = ratifiers;
        Required = [.. Ratifiers.Select(r => parts?.Required(r.Required, Space) ?? r.Required.RequiredIn(Space))];
        WinSets = [.. Ratifiers.Select(r => parts?.WinSet(r, Space) ?? Ratifier.WinSetOf(r, Space))];
        _negotiatorTables = new NegotiatorTables?[Negotiators.Length];
        _passProbabilities = new double[]?[Ratifiers.Length];
    }

    public OutcomeSpace Space { get; }

    /// <summary>The claims made so far that a negotiator's ratifiers would refuse a text.</summary>
    public ImmutableArray<Claim> Claims { get; }

    public ImmutableArray<NegotiatorProfile> Negotiators { get; }

    public ImmutableArray<RatifierProfile> Ratifiers { get; }

    /// <summary>For each ratifier, the deals that would need its vote.</summary>
    public ImmutableArray<OutcomeSet> Required { get; }

    /// <summary>For each ratifier, the deals it would pass with full discipline (its factions at their median reservations when some are known only by beliefs).</summary>
    public ImmutableArray<OutcomeSet> WinSets { get; }

    /// <summary>
    /// The probability that ratifier <paramref name="index"/> passes each outcome under the beliefs about its factions
    /// (<see cref="PassProbability"/>; 0 or 1 when it has none), worked out when first asked for.
    /// </summary>
    public double[] PassProbabilities(int index)
    {
        var probabilities = Volatile.Read(ref _passProbabilities[index]);
        if (probabilities is not null)
        {
            return probabilities;
        }

        var made = Ratifiers[index].IsUncertain
            ? _parts?.PassProbabilities(Ratifiers[index], Space) ?? PassProbability.Of(Ratifiers[index], Space)
            : [.. Enumerable.Range(0, Space.Count).Select(o => WinSets[index].Contains(o) ? 1.0 : 0.0)];
        return Interlocked.CompareExchange(ref _passProbabilities[index], made, null) ?? made;
    }

    public int IndexOfNegotiator(string name) => IndexOf(Negotiators, n => n.Name == name, name);

    public int IndexOfRatifier(string name) => IndexOf(Ratifiers, r => r.Name == name, name);

    /// <summary>The tables of negotiator <paramref name="index"/> at this stage.</summary>
    public NegotiatorTables TablesOf(int index)
    {
        // Two threads may build them at once; both build the same tables, and the first one kept is used.
        var tables = Volatile.Read(ref _negotiatorTables[index]);
        return tables ?? Interlocked.CompareExchange(ref _negotiatorTables[index], MakeTables(index), null) ?? _negotiatorTables[index]!;
    }

    /// <summary>True for deals that need no ratification, or that every ratifier concerned would pass.</summary>
    public bool Ratifiable(int outcome)
    {
        for (var i = 0; i < Ratifiers.Length; i++)
        {
            if (Required[i].Contains(outcome) && !WinSets[i].Contains(outcome))
            {
                return false;
            }
        }

        return true;
    }

    private NegotiatorTables MakeTables(int index)
    {
        var self = Negotiators[index];
        // A negotiator that learns the others' utilities from their offers is not given them.
        var opponents = ImmutableArray.CreateBuilder<UtilityFunction>(Negotiators.Length - 1);
        foreach (var other in Negotiators)
        {
            if (other.Name != self.Name && !LearnedModel.Learns(self.OpponentModel))
            {
                opponents.Add(other.Utility);
            }
        }

        RatificationConstraint? constraint = null;
        if (self.AnticipatesRatification)
        {
            for (var r = 0; r < Ratifiers.Length; r++)
            {
                var own = Ratifiers[r].Ratifies == self.Name;
                if (own || self.AnticipatesOthers)
                {
                    // Known only by beliefs, the ratifier passes what the negotiator is sure enough it passes; the
                    // other side's claims about it weigh as far as they are credible.
                    var claimed = own ? null : ClaimedAbout(r);
                    var winSet = claimed is not null ? ClaimedWinSet(r, self.Confidence, claimed.Value)
                        : Ratifiers[r].IsUncertain ? BelievedWinSet(r, self.Confidence) : WinSets[r];
                    var heeded = new RatificationConstraint(Ratifiers[r].Name, Required[r], winSet);

                    // Several ratifiers (two chambers, a parliament and a court) must all pass what they must vote on.
                    constraint = constraint is null ? heeded : constraint.And(heeded, Space.Count);
                }
            }
        }

        return new NegotiatorTables(self, opponents.DrainToImmutable(), constraint, _parts);
    }

    /// <summary>The texts claimed refused by the negotiator ratifier <paramref name="index"/> answers to, with its credibility; null without a credible claim.</summary>
    private (double Credibility, List<int> Texts)? ClaimedAbout(int index)
    {
        var claimer = Ratifiers[index].Ratifies;
        var credibility = Negotiators.FirstOrDefault(n => n.Name == claimer)?.Credibility ?? 0;
        if (credibility <= 0 || Claims.IsDefaultOrEmpty)
        {
            return null;
        }

        var texts = Claims.Where(c => c.Claimer == claimer).Select(c => c.Text).ToList();
        return texts.Count == 0 ? null : (credibility, texts);
    }

    /// <summary>
    /// The outcomes ratifier <paramref name="index"/> passes with at least probability <paramref name="confidence"/>
    /// once claims are weighed: a claim that it refuses text x makes every outcome its factions like no more than x
    /// (each faction's utility at most its utility of x) pass with (1 − κ) times the chance believed before, κ the
    /// claimer's credibility. Outcomes several claims cover are discounted once.
    /// </summary>
    private OutcomeSet ClaimedWinSet(int index, double confidence, (double Credibility, List<int> Texts) claimed)
    {
        var probabilities = PassProbabilities(index);
        var factions = Ratifiers[index].Factions;
        return OutcomeSet.Where(Space.Count, o =>
        {
            var p = probabilities[o];
            foreach (var text in claimed.Texts)
            {
                if (factions.All(f => f.Utility.Table[o] <= f.Utility.Table[text] + Tolerance.Utility))
                {
                    p *= 1 - claimed.Credibility;
                    break;
                }
            }

            return p >= confidence - Tolerance.Utility;
        });
    }

    /// <summary>The outcomes ratifier <paramref name="index"/> passes with at least probability <paramref name="confidence"/>.</summary>
    private OutcomeSet BelievedWinSet(int index, double confidence)
    {
        var probabilities = PassProbabilities(index);
        OutcomeSet Make() => OutcomeSet.Where(Space.Count, o => probabilities[o] >= confidence - Tolerance.Utility);
        return _parts?.BelievedWinSet(probabilities, confidence, Make) ?? Make();
    }

    private static int IndexOf<T>(ImmutableArray<T> items, Func<T, bool> match, string name)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{name}' is not a party of this scenario.", nameof(name));
    }
}
