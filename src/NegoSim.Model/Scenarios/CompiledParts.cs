using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NegoSim.Model.Analysis;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Ratification;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// The parts that the scenarios compiled from one <see cref="ScenarioTemplate"/> share when they are the same: the
/// outcome space, compiled parts of the document (a party, the terms), each utility function (with its table and
/// order, built once), each ratifier's required set and win-set, the orders of the outcomes a negotiator heeding its ratifier may propose, and Pareto frontiers. A sweep point
/// that changes one party's parameter thus rebuilds only what depends on it. Bounded: what it keeps is weighed in
/// outcomes (a utility's table is one number per outcome), and when the weight passes <see cref="Budget"/> it forgets
/// everything and starts again, so a sweep over a large outcome space keeps few parts and one over a small space many.
/// </summary>
internal sealed class CompiledParts
{
    /// <summary>
    /// How many outcomes' worth of tables it keeps (about 24 MB: a utility's table and order take 12 bytes an outcome):
    /// enough for what the points of a 101 × 101 grid of the flagship share (its negotiators' 202 utilities over 5,808
    /// deals, their parties and orders). At half this, that grid forgot everything three times and built 300 utilities again.
    /// </summary>
    private const long Budget = 2_000_000;

    /// <summary>
    /// What a compiled part is weighed as, in outcomes: a party with its objects takes a few kilobytes. Weighed as
    /// less, a sweep over a continuous parameter kept one part per point for tens of thousands of points, which every
    /// garbage collection then had to look through (collections took 5 ms each instead of 3).
    /// </summary>
    private const int SubtreeWeight = 256;

    /// <summary>How many inputs seen once are remembered before they are forgotten.</summary>
    private const int SeenOnce = 1 << 16;

    private readonly Lock _gate = new();
    private readonly List<OutcomeSpace> _spaces = [];

    // The last space found to have the terms of one kept, and that one.
    private (OutcomeSpace Alias, OutcomeSpace Kept)? _sameSpace;
    private readonly Dictionary<int, List<UtilityFunction>> _utilities = [];

    // Functions met once and not kept, by fingerprint, held weakly.
    private readonly Dictionary<int, WeakReference<UtilityFunction>> _utilitiesMetOnce = [];

    // Looked up for every point by every worker, so read without the gate; kept and forgotten under it.
    private readonly ConcurrentDictionary<(OutcomeSpace, string), OutcomeSet> _required = [];
    private RequiredBy? _lastRequired;
    private readonly ConcurrentDictionary<(UtilityFunction, OutcomeSet, OutcomeSet), int[]> _permitted = [];
    private readonly ConcurrentDictionary<UtilityFunction[], ImmutableArray<UtilityPoint>> _frontiers = new(Sequence.Instance);
    private readonly ConcurrentDictionary<object[], (object Part, string[] Placed)> _subtrees = new(Inputs.Instance);
    private ImmutableArray<(RatifierProfile Profile, OutcomeSet WinSet)> _winSets = [];
    private ImmutableArray<(RatifierProfile Profile, double[] Probabilities)> _passes = [];
    private ImmutableArray<(double[] Probabilities, double Confidence, OutcomeSet WinSet)> _believed = [];
    private readonly ConditionalWeakTable<YamlNode, string[]> _parameters = [];
    private readonly ConditionalWeakTable<YamlNode, string[]> _textParameters = [];

    // The texts last read, with what they were read under: the path overrides and the values of the parameters texts use.
    private (ScenarioOverride[] Paths, string[] Values, ScenarioTexts Texts)? _texts;

    /// <summary>The inputs (their hashes) of parts compiled once and not kept: a part is kept when they come again.</summary>
    private readonly HashSet<int> _seenOnce = [];

    /// <summary>The utilities (their hashes) whose frontier was worked out once and not kept.</summary>
    private readonly HashSet<int> _frontiersSeenOnce = [];

    /// <summary>Win-sets worked out once and not kept, by their ratifiers' <see cref="VotesHash"/>, held weakly.</summary>
    private readonly Dictionary<int, MetOnce<OutcomeSet>> _winSetsMetOnce = [];

    /// <summary>Chances of passing worked out once and not kept, by their ratifiers' <see cref="VotesHash"/>, held weakly.</summary>
    private readonly Dictionary<int, MetOnce<double[]>> _passesMetOnce = [];
    private long _weight;

    // The parameters some compilation read a $name of. The first compilation reads the whole document (nothing is
    // shared yet), so after it this holds every parameter the document uses; later ones skip what they share.
    private readonly HashSet<string> _usedParameters = [];

    // Once every declared parameter has been seen used, a point asks nothing more (no lock, no set, on a sweep's path).
    private bool _allUsed;

    /// <summary>
    /// Notes the parameters a compilation used, and says which of <paramref name="declared"/> no compilation from this
    /// template used (a compilation that shared its parts reads fewer <c>$name</c>s itself).
    /// </summary>
    public IReadOnlyCollection<string> NeverUsed(IReadOnlyCollection<string> usedNow, ImmutableArray<ScenarioParameter> declared)
    {
        if (Volatile.Read(ref _allUsed))
        {
            return [];
        }

        lock (_gate)
        {
            _usedParameters.UnionWith(usedNow);
            var never = declared.Select(p => p.Name).Where(name => !_usedParameters.Contains(name)).ToList();
            Volatile.Write(ref _allUsed, never.Count == 0);
            return never;
        }
    }

    private List<(ScenarioParameter Parameter, ScenarioNode Node)>? _declarations;

    /// <summary>The parameters the template's files declare, read the first time (they do not depend on a point's values).</summary>
    public List<(ScenarioParameter Parameter, ScenarioNode Node)> Declarations(Func<List<(ScenarioParameter Parameter, ScenarioNode Node)>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Volatile.Read(ref _declarations) ?? Interlocked.CompareExchange(ref _declarations, read(), null) ?? _declarations!;
    }

    /// <summary>The space kept earlier with the same terms, or <paramref name="space"/>, now kept.</summary>
    public OutcomeSpace Intern(OutcomeSpace space)
    {
        lock (_gate)
        {
            // The terms without a parameter are one compiled part, kept at the second point, for every point after;
            // the first point's space is the one kept here: found once to have its terms, the part is not compared
            // again (term by term, label by label, it was a twentieth of preparing a grid point).
            if (_sameSpace is var (alias, same) && ReferenceEquals(alias, space))
            {
                return same;
            }

            foreach (var kept in _spaces)
            {
                if (ReferenceEquals(kept, space) || kept.Terms.SequenceEqual(space.Terms, TermComparer.Instance))
                {
                    _sameSpace = (space, kept);
                    return kept;
                }
            }

            Spend(space.Count);
            _spaces.Add(space);
            return space;
        }
    }

    /// <summary>
    /// The function kept earlier with the same space, weights and values; else the one met once before, if it is still
    /// alive, now kept; else <paramref name="utility"/>, remembered without being held. A function met at one point
    /// only (a value drawn from a continuous distribution) thus dies with its point, young, where kept it carried its
    /// table and order through collections until the budget forgot them; one that a later point meets again while its
    /// first point's is still in use (a grid's row) is not built twice.
    /// </summary>
    public UtilityFunction Intern(UtilityFunction utility)
    {
        var fingerprint = utility.Fingerprint();
        lock (_gate)
        {
            if (_utilities.TryGetValue(fingerprint, out var kept))
            {
                foreach (var candidate in kept)
                {
                    if (candidate.SameAs(utility))
                    {
                        return candidate;
                    }
                }
            }

            if (!_utilitiesMetOnce.TryGetValue(fingerprint, out var metOnce) || !metOnce.TryGetTarget(out var first) || !first.SameAs(utility))
            {
                Remember(_utilitiesMetOnce, fingerprint, new WeakReference<UtilityFunction>(utility));
                return utility;
            }

            _utilitiesMetOnce.Remove(fingerprint);
            utility = first;
            Spend(utility.Space.Count);
            if (!_utilities.TryGetValue(fingerprint, out kept))
            {
                _utilities[fingerprint] = kept = [];
            }

            kept.Add(utility);
            return utility;
        }
    }

    /// <summary>A part compiled earlier from the same inputs (see <see cref="ScenarioNode.Shared{T}(IReadOnlyList{ScenarioNode?}, Func{T}, object[])"/>), and the override paths compiling it placed.</summary>
    public (object Part, string[] Placed)? Subtree(object[] inputs) => _subtrees.TryGetValue(inputs, out var kept) ? kept : null;

    /// <summary>
    /// Keeps a compiled part for its inputs, the second time they are seen: a part made once (a party with a value
    /// of a continuous axis, met at one point only) is not kept, so that it does not outlive its point. (Kept, tens
    /// of thousands of such parts were carried through collections until the budget forgot them.)
    /// </summary>
    public void KeepSubtree(object[] inputs, object part, string[] placed)
    {
        var hash = Inputs.Instance.GetHashCode(inputs);
        lock (_gate)
        {
            if (FirstSight(_seenOnce, hash))
            {
                return;
            }

            Spend(SubtreeWeight);
            _subtrees[inputs] = (part, placed);
        }
    }

    /// <summary>The parameters (<c>$name</c> scalars) used anywhere in <paramref name="node"/>, found once per node.</summary>
    public string[] ParametersIn(YamlNode node) =>
        _parameters.GetValue(node, static n => [.. n.AllNodes.OfType<YamlScalarNode>().Where(ScenarioNode.IsParameterReference).Select(s => s.Value![1..]).Distinct()]);

    /// <summary>
    /// The parameters a <c>description</c> or <c>briefing</c> in <paramref name="node"/> is (<c>description: $name</c>),
    /// found once per node: the only parameters a scenario's texts depend on.
    /// </summary>
    public string[] TextParametersIn(YamlNode node) =>
        _textParameters.GetValue(node, static n =>
        [
            .. n.AllNodes.OfType<YamlMappingNode>()
                .SelectMany(m => m.Children)
                .Where(c => c.Key is YamlScalarNode { Value: "description" or "briefing" } && c.Value is YamlScalarNode scalar && ScenarioNode.IsParameterReference(scalar))
                .Select(c => ((YamlScalarNode)c.Value).Value![1..])
                .Distinct(),
        ]);

    /// <summary>
    /// The texts read last if they were read under the same path overrides (the same values) and the same values of
    /// the parameters texts use; else those <paramref name="read"/> gives, kept for the next. A grid point that
    /// changes a parameter no text uses does not read them again (it was an eighth of preparing a point).
    /// </summary>
    public ScenarioTexts Texts(ScenarioOverride[] paths, string[] values, Func<ScenarioTexts> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            if (_texts is { } kept && kept.Values.AsSpan().SequenceEqual(values) && Same(kept.Paths, paths))
            {
                return kept.Texts;
            }
        }

        var texts = read();
        lock (_gate)
        {
            _texts = (paths, values, texts);
        }

        return texts;
    }

    /// <summary>The same overrides: the same names, the very same values, from the same places.</summary>
    private static bool Same(ScenarioOverride[] a, ScenarioOverride[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Name != b[i].Name || !ReferenceEquals(a[i].Value, b[i].Value) || a[i].Origin != b[i].Origin)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The deals of <paramref name="space"/> that need ratification under <paramref name="rule"/>.</summary>
    public OutcomeSet Required(RatificationRule rule, OutcomeSpace space)
    {
        // The rule is a compiled part, the same object from point to point: the last one asked for is answered without
        // writing the rule out as the key (its text, made again at every point, was about a hundredth of a grid point).
        if (Volatile.Read(ref _lastRequired) is { } last && ReferenceEquals(last.Rule, rule) && ReferenceEquals(last.Space, space))
        {
            return last.Set;
        }

        var key = (space, rule.ToString());
        if (!_required.TryGetValue(key, out var set))
        {
            set = rule.RequiredIn(space);
            lock (_gate)
            {
                Spend(space.Count / 64);
                _required[key] = set;
            }
        }

        Volatile.Write(ref _lastRequired, new RequiredBy(rule, space, set));
        return set;
    }

    /// <summary>The win-set of <paramref name="profile"/>, or of a ratifier kept earlier whose factions vote the same way.</summary>
    public OutcomeSet WinSet(RatifierProfile profile, OutcomeSpace space)
    {
        foreach (var (kept, winSet) in _winSets)
        {
            if (VotesAlike(kept, profile))
            {
                return winSet;
            }
        }

        var hash = VotesHash(profile);
        lock (_gate)
        {
            if (SecondSight(_winSetsMetOnce, hash, profile, VotesAlike) is { } first)
            {
                Spend(space.Count / 64);
                _winSets = _winSets.Add((profile, first));
                return first;
            }
        }

        var set = Ratifier.WinSetOf(profile, space);
        lock (_gate)
        {
            Remember(_winSetsMetOnce, hash, new MetOnce<OutcomeSet>(profile, set));
        }

        return set;
    }

    /// <summary>The chances that <paramref name="profile"/> passes each outcome, or those of a ratifier kept earlier whose factions vote alike under the same beliefs.</summary>
    public double[] PassProbabilities(RatifierProfile profile, OutcomeSpace space)
    {
        foreach (var (kept, probabilities) in _passes)
        {
            if (VotesAlike(kept, profile) && BelievedAlike(kept, profile))
            {
                return probabilities;
            }
        }

        var hash = VotesHash(profile);
        lock (_gate)
        {
            if (SecondSight(_passesMetOnce, hash, profile, static (a, b) => VotesAlike(a, b) && BelievedAlike(a, b)) is { } first)
            {
                Spend(space.Count);
                _passes = _passes.Add((profile, first));
                return first;
            }
        }

        var made = PassProbability.Of(profile, space);
        lock (_gate)
        {
            Remember(_passesMetOnce, hash, new MetOnce<double[]>(profile, made));
        }

        return made;
    }

    /// <summary>The outcomes that pass with at least <paramref name="confidence"/> by <paramref name="probabilities"/> (made by <paramref name="make"/> the first time).</summary>
    public OutcomeSet BelievedWinSet(double[] probabilities, double confidence, Func<OutcomeSet> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        foreach (var (kept, keptConfidence, winSet) in _believed)
        {
            if (ReferenceEquals(kept, probabilities) && keptConfidence.Equals(confidence))
            {
                return winSet;
            }
        }

        var made = make();
        lock (_gate)
        {
            // Kept with its chances only: chances not kept are not met again.
            if (!Keeps(probabilities))
            {
                return made;
            }

            Spend(probabilities.Length / 64);
            _believed = _believed.Add((probabilities, confidence, made));
        }

        return made;
    }

    /// <summary>
    /// The outcomes a negotiator that heeds its ratifier may propose, in its utility's order, shared with those of the
    /// same utility and constraint (its reservation only cuts the head it uses).
    /// </summary>
    public int[] Permitted(UtilityFunction utility, RatificationConstraint constraint, Func<UtilityFunction, RatificationConstraint, int[]> make)
    {
        var key = (utility, constraint.Required, constraint.WinSet);
        if (_permitted.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var permitted = make(utility, constraint);
        var fingerprint = utility.Fingerprint();
        lock (_gate)
        {
            // Kept with its utility only: a utility not kept is not met again.
            if (!_utilities.TryGetValue(fingerprint, out var utilities) || !utilities.Exists(kept => ReferenceEquals(kept, utility)))
            {
                return permitted;
            }

            Spend(permitted.Length / 2);
            _permitted[key] = permitted;
        }

        return permitted;
    }

    /// <summary>
    /// The Pareto frontier of these utilities (the same functions, in the same order), kept the second time they are
    /// asked for: a grid whose axes change both negotiators meets each pair once, and its frontiers, kept, took a
    /// sixth of the budget and made it forget the utilities its points do share.
    /// </summary>
    public ImmutableArray<UtilityPoint> Frontier(UtilityFunction[] utilities, Func<UtilityFunction[], ImmutableArray<UtilityPoint>> make)
    {
        if (_frontiers.TryGetValue(utilities, out var kept))
        {
            return kept;
        }

        var frontier = make(utilities);
        var hash = Sequence.Instance.GetHashCode(utilities);
        lock (_gate)
        {
            if (FirstSight(_frontiersSeenOnce, hash))
            {
                return frontier;
            }

            Spend(frontier.Length + utilities.Length);
            _frontiers[utilities] = frontier;
        }

        return frontier;
    }

    /// <summary>
    /// With full discipline, the same seats vote yes on every deal: same threshold, factions with the same seats,
    /// utility (the same function, so the same space) and reservation.
    /// </summary>
    private static bool BelievedAlike(RatifierProfile a, RatifierProfile b)
    {
        for (var i = 0; i < a.Factions.Length; i++)
        {
            if (!Equals(a.Factions[i].Belief, b.Factions[i].Belief))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="probabilities"/> are chances of passing kept (under the gate).</summary>
    private bool Keeps(double[] probabilities)
    {
        foreach (var (_, kept) in _passes)
        {
            if (ReferenceEquals(kept, probabilities))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hash that ratifiers who vote alike (<see cref="VotesAlike"/>) share.</summary>
    private static int VotesHash(RatifierProfile profile)
    {
        var hash = new HashCode();
        hash.Add(profile.Threshold);
        hash.Add(profile.Quorum);
        foreach (var faction in profile.Factions)
        {
            hash.Add(faction.Seats);
            hash.Add(faction.Reservation);
            hash.Add(RuntimeHelpers.GetHashCode(faction.Utility));
        }

        return hash.ToHashCode();
    }

    private static bool VotesAlike(RatifierProfile a, RatifierProfile b)
    {
        if (a.Threshold != b.Threshold || a.Factions.Length != b.Factions.Length || !Equals(a.Referendum, b.Referendum)
            || !Equals(a.OfCast, b.OfCast) || a.Quorum != b.Quorum)
        {
            return false;
        }

        for (var i = 0; i < a.Factions.Length; i++)
        {
            var (x, y) = (a.Factions[i], b.Factions[i]);
            if (x.Seats != y.Seats || !x.Reservation.Equals(y.Reservation) || !ReferenceEquals(x.Utility, y.Utility) || !x.AbstainBand.Equals(y.AbstainBand))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="hash"/> is seen for the first time (it is remembered, under the gate); past
    /// <see cref="SeenOnce"/> remembered, the set starts again.
    /// </summary>
    private static bool FirstSight(HashSet<int> seen, int hash)
    {
        if (!seen.Add(hash))
        {
            return false;
        }

        if (seen.Count > SeenOnce)
        {
            seen.Clear();
        }

        return true;
    }

    /// <summary>
    /// What was made for a ratifier <paramref name="alike"/> <paramref name="profile"/> met once before, if both are
    /// still alive (no longer held as met once then); else null (under the gate).
    /// </summary>
    private static T? SecondSight<T>(Dictionary<int, MetOnce<T>> metOnce, int hash, RatifierProfile profile, Func<RatifierProfile, RatifierProfile, bool> alike)
        where T : class
    {
        if (!metOnce.TryGetValue(hash, out var once) || once.For(profile, alike) is not { } made)
        {
            return null;
        }

        metOnce.Remove(hash);
        return made;
    }

    /// <summary>
    /// Remembers a part met for the first time, held weakly, by its hash (under the gate); past <see cref="SeenOnce"/>
    /// remembered, the memory starts again.
    /// </summary>
    private static void Remember<T>(Dictionary<int, T> metOnce, int hash, T once)
    {
        if (metOnce.Count >= SeenOnce)
        {
            metOnce.Clear();
        }

        metOnce[hash] = once;
    }

    /// <summary>Weighs a part about to be kept (under the gate); past the budget, forgets everything kept so far.</summary>
    private void Spend(long outcomes)
    {
        _weight += Math.Max(1, outcomes);
        if (_weight <= Budget)
        {
            return;
        }

        _spaces.Clear();
        _sameSpace = null;
        _utilities.Clear();
        _required.Clear();
        _lastRequired = null;
        _winSets = [];
        _passes = [];
        _believed = [];
        _permitted.Clear();
        _frontiers.Clear();
        _subtrees.Clear();
        _weight = Math.Max(1, outcomes);
    }

    /// <summary>
    /// A ratifier met once and what was made for it, both held weakly: a later ratifier that votes alike takes it while
    /// the first one's point is still in use; a point met once lets both die with it.
    /// </summary>
    private sealed class MetOnce<T>(RatifierProfile profile, T made)
        where T : class
    {
        private readonly WeakReference<RatifierProfile> _profile = new(profile);
        private readonly WeakReference<T> _made = new(made);

        /// <summary>What was made, if it and its ratifier are alive and that ratifier is <paramref name="alike"/> <paramref name="asked"/>.</summary>
        public T? For(RatifierProfile asked, Func<RatifierProfile, RatifierProfile, bool> alike) =>
            _profile.TryGetTarget(out var met) && _made.TryGetTarget(out var made) && alike(met, asked) ? made : null;
    }

    /// <summary>The deals of <see cref="Space"/> that need ratification under <see cref="Rule"/>.</summary>
    private sealed record RequiredBy(RatificationRule Rule, OutcomeSpace Space, OutcomeSet Set);

    /// <summary>Inputs compared item by item: strings by value, anything else by reference.</summary>
    private sealed class Inputs : IEqualityComparer<object[]>
    {
        public static readonly Inputs Instance = new();

        public bool Equals(object[]? x, object[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!(x[i] is string a ? y[i] is string b && a == b : ReferenceEquals(x[i], y[i])))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object[] obj)
        {
            var hash = new HashCode();
            foreach (var item in obj)
            {
                hash.Add(item is string text ? text.GetHashCode(StringComparison.Ordinal) : RuntimeHelpers.GetHashCode(item));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Arrays of functions compared item by item, by reference (interned functions are the same object).</summary>
    private sealed class Sequence : IEqualityComparer<UtilityFunction[]>
    {
        public static readonly Sequence Instance = new();

        public bool Equals(UtilityFunction[]? x, UtilityFunction[]? y) =>
            x is not null && y is not null && x.Length == y.Length && x.Zip(y).All(p => ReferenceEquals(p.First, p.Second));

        public int GetHashCode(UtilityFunction[] obj)
        {
            var hash = new HashCode();
            foreach (var utility in obj)
            {
                hash.Add(RuntimeHelpers.GetHashCode(utility));
            }

            return hash.ToHashCode();
        }
    }
}
