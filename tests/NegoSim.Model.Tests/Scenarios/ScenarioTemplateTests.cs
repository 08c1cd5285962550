using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NegoSim.Model.Analysis;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Scenarios;

/// <summary>
/// A sweep compiles its points from one <see cref="ScenarioTemplate"/>, sharing the parts their values leave unchanged;
/// each point must be the scenario that reading it afresh gives: the same analysis, the same runs.
/// </summary>
public sealed class ScenarioTemplateTests
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    /// <summary>What a user could see of a compiled scenario: its parameters, its analysis, three runs, each stage's feasible sets.</summary>
    private static string Seen(CompiledScenario file)
    {
        var runs = Enumerable.Range(1, 3).Select(seed =>
            AlternatingOffers.RunAsync(file.Tables, (ulong)seed, new LocalParties(file.Tables)).AsTask().GetAwaiter().GetResult());
        var stages = Enumerable.Range(0, file.Scenario.Events.Length + 1).Select(file.Tables.Stage).Select(stage =>
            Enumerable.Range(0, stage.Negotiators.Length).Select(n => (stage.TablesOf(n).BestFeasible, stage.TablesOf(n).ByOwnUtility.Take(stage.TablesOf(n).FeasibleCount).ToArray())).ToList());
        return JsonSerializer.Serialize(new { file.Parameters, Analysis = OutcomeAnalysis.Analyze(file.Tables), runs, stages }, Json);
    }

    /// <summary>What a user sees of compiling a point: the scenario, or the error that refuses it (a value may not fit, as 30.5 rounds for a deadline).</summary>
    private static string Outcome(Func<CompiledScenario> compile)
    {
        try
        {
            return Seen(compile());
        }
        catch (ScenarioException e)
        {
            return $"refused: {e.Message}";
        }
    }

    private static ScenarioSource Shipped(string relative)
    {
        SourceFile? Open(string path) => File.Exists(path) ? new SourceFile(path, Path.GetRelativePath(Repo.Root, path), File.ReadAllText(path)) : null;
        return new ScenarioSource(ScenarioReader.Files(Open(Path.Combine(Repo.Root, relative))!, (path, _) => Open(path)));
    }

    public static TheoryData<string> ShippedScenarios() =>
    [
        .. Directory.GetFiles(Path.Combine(Repo.Root, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Append(Path.Combine(Repo.Root, "bench", "scenarios", "sweep-benchmark.yaml"))
            .Select(p => Path.GetRelativePath(Repo.Root, p))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_point_compiled_from_the_template_is_the_point_read_afresh(string scenario)
    {
        // Random points of the scenario's parameters (within their ranges) and of a negotiator's reservation (a path
        // into the file), visited in an order that comes back to earlier values, so that parts are shared.
        var source = Shipped(scenario);
        var plain = ScenarioReader.Read(source);
        var axes = plain.Parameters.Where(p => p.Min is not null && p.Max is not null)
            .Select(p => (Name: p.Name, Values: Enumerable.Range(0, 3).Select(i => Math.Round(p.Min!.Value + ((p.Max!.Value - p.Min.Value) * i / 2.0), 2)).ToArray()))
            .Append((Name: $"parties.{plain.Scenario.Negotiators[0].Name}.reservation", Values: [0.1, 0.3]))
            .ToList();
        var template = new ScenarioTemplate(source);
        var random = new RunRandom(7);
        for (var point = 0; point < 12; point++)
        {
            ImmutableArray<string> varies = [.. axes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Name}={a.Values[(int)(random.NextUInt64() % (ulong)a.Values.Length)]}"))];

            Assert.Equal(Outcome(() => ScenarioReader.Read(source.WithVaries(varies))), Outcome(() => template.At(varies)));
        }
    }

    [Fact]
    public async Task Points_that_outgrow_what_a_template_keeps_are_still_the_points_read_afresh()
    {
        // 68,921 outcomes and a weight varied over 80 values: more utility tables than the template keeps, so it
        // forgets what it has and starts again during the sweep.
        var text = """
            name: big
            parameters: {w: {default: 1, range: [0, 100]}}
            terms:
              a: {range: [0, 40], step: 1}
              b: {range: [0, 40], step: 1}
              c: {range: [0, 40], step: 1}
            parties:
              one: {role: negotiator, weights: {a: $w, b: 1, c: 1}, values: {a: {best: 40}, b: {best: 0}, c: {best: 40}}, reservation: 0.2}
              two: {role: negotiator, weights: {a: 1, b: 1, c: 2}, values: {a: {best: 0}, b: {best: 40}, c: {best: 0}}, reservation: 0.2}
            protocol: {deadline: 3}
            """;
        var source = new ScenarioSource([new SourceFile("/big.yaml", "big.yaml", text)]);
        var template = new ScenarioTemplate(source);
        foreach (var w in Enumerable.Range(0, 80).Concat([3, 70, 5]))
        {
            ImmutableArray<string> varies = [$"w={w}"];
            var (fresh, shared) = (ScenarioReader.Read(source.WithVaries(varies)), template.At(varies));

            Assert.Equal(OutcomeAnalysis.Nash(fresh.Tables)?.Deal, OutcomeAnalysis.Nash(shared.Tables)?.Deal);
            Assert.Equal(OutcomeAnalysis.Pareto(fresh.Tables).Select(p => p.Deal), OutcomeAnalysis.Pareto(shared.Tables).Select(p => p.Deal));
            var freshRun = await AlternatingOffers.RunAsync(fresh.Tables, 1, new LocalParties(fresh.Tables));
            var sharedRun = await AlternatingOffers.RunAsync(shared.Tables, 1, new LocalParties(shared.Tables));
            Assert.Equal(JsonSerializer.Serialize(freshRun, Json), JsonSerializer.Serialize(sharedRun, Json));
        }
    }

    [Fact]
    public void A_point_whose_values_make_no_scenario_is_refused_as_reading_it_afresh_refuses_it()
    {
        var source = Shipped("scenarios/minerals-2025/minerals-deal.yaml");
        var template = new ScenarioTemplate(source);
        _ = template.At(["guarantee_weight=0.5"]);
        ImmutableArray<string> bad = ["guarantee_weight=2"];

        var fresh = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(source.WithVaries(bad)));
        var shared = Assert.Throws<ScenarioException>(() => template.At(bad));

        Assert.Equal(fresh.Message, shared.Message);
        Assert.Contains("outside the parameter's range", shared.Message);
    }

    [Fact]
    public void A_point_has_the_texts_of_its_own_values_though_points_share_texts_that_did_not_change()
    {
        // The template reads the texts again only when a parameter a text is, or a path override, changes: the
        // seller's briefing is the parameter `brief`, the buyer's description is set by a path at some points.
        var text = """
            name: texts
            parameters: {w: {default: 1, range: [0, 10]}, brief: {default: hold}}
            terms:
              share: {range: [0, 10], step: 1, description: the seller's share}
            parties:
              seller: {role: negotiator, briefing: $brief, weights: {share: $w}, values: {share: {best: 10}}}
              buyer: {role: negotiator, description: the one who buys, weights: {share: 1}, values: {share: {best: 0}}}
            protocol: {deadline: 3}
            """;
        var source = new ScenarioSource([new SourceFile("/texts.yaml", "texts.yaml", text)]);
        var template = new ScenarioTemplate(source);
        ImmutableArray<string>[] points =
        [
            ["w=1", "brief=hold"], ["w=2", "brief=hold"], ["w=2", "brief=give"], ["w=3", "brief=give"],
            ["w=3", "brief=give", "parties.buyer.description=a reseller"], ["w=4", "brief=give", "parties.buyer.description=a reseller"],
            ["w=4", "brief=give", "parties.buyer.description=a broker"], ["w=5", "brief=hold"],
        ];
        string[] briefings = ["hold", "hold", "give", "give", "give", "give", "give", "hold"];
        string[] buyers = ["the one who buys", "the one who buys", "the one who buys", "the one who buys", "a reseller", "a reseller", "a broker", "the one who buys"];
        for (var i = 0; i < points.Length; i++)
        {
            var shared = template.At(points[i]).Scenario.Texts!;

            Assert.Equal(briefings[i], shared.Briefing("parties.seller"));
            Assert.Equal(buyers[i], shared.Description("parties.buyer"));
            Assert.Equal("the seller's share", shared.Description("terms.share"));
        }
    }

    [Fact]
    public void What_a_point_alone_needs_dies_with_it_and_what_two_points_share_is_made_once()
    {
        // A sampled sweep draws every parameter anew at each point: nothing of such a point may outlive it (kept, its
        // utilities' tables and its ratifier's tables were carried through collections until the budget forgot them).
        var template = new ScenarioTemplate(Shipped("scenarios/minerals-2025/minerals-deal.yaml"));
        var made = Enumerable.Range(1, 3).SelectMany(i => PlayedAlone(template, i)).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.All(made, part => Assert.False(part.Value.TryGetTarget(out _), $"{part.Key} outlived its point"));

        // A grid meets a value again while the point that first had it is still in use: the two points share it.
        ImmutableArray<string> row = ["guarantee_weight=0.35", "reimbursement_demand=100"];
        var first = template.At(row);
        var second = template.At(row.SetItem(1, "reimbursement_demand=105"));
        UtilityFunction Of(CompiledScenario file, string party) => file.Scenario.Negotiators.Single(n => n.Name == party).Utility;
        Assert.Same(Of(first, "kyiv"), Of(second, "kyiv"));
        Assert.NotSame(Of(first, "washington"), Of(second, "washington"));
        var (before, after) = (first.Tables.Stage(0).WinSets[0], second.Tables.Stage(0).WinSets[0]);
        GC.KeepAlive(first); // in use while the second point is made, as a grid's point in flight is
        Assert.Same(before, after);
    }

    /// <summary>
    /// Compiles and plays a point whose five parameters no other point has, and says where its parts are: each
    /// negotiator's utility and the outcomes it may propose, each ratifier's win-set and chances of passing.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Dictionary<string, WeakReference<object>> PlayedAlone(ScenarioTemplate template, int point)
    {
        var x = point / 10.0;
        ImmutableArray<string> varies =
        [
            string.Create(CultureInfo.InvariantCulture, $"guarantee_weight={0.1 + x:0.00}"), string.Create(CultureInfo.InvariantCulture, $"reimbursement_demand={200 + point}"),
            string.Create(CultureInfo.InvariantCulture, $"rada_demand={0.2 + x:0.00}"), string.Create(CultureInfo.InvariantCulture, $"kyiv_reservation={0.05 + x:0.00}"),
            string.Create(CultureInfo.InvariantCulture, $"washington_reservation={0.15 + x:0.00}"),
        ];
        var file = template.At(varies);
        _ = AlternatingOffers.RunAsync(file.Tables, 1, new LocalParties(file.Tables)).AsTask().GetAwaiter().GetResult();
        _ = file.Tables.Distances;
        var stage = file.Tables.Stage(0);
        var parts = new Dictionary<string, WeakReference<object>>();
        for (var n = 0; n < stage.Negotiators.Length; n++)
        {
            parts[$"point {point}: {stage.Negotiators[n].Name}'s utility"] = new(stage.Negotiators[n].Utility);
            parts[$"point {point}: {stage.Negotiators[n].Name}'s outcomes in order"] = new(stage.TablesOf(n).ByOwnUtility);
        }

        for (var r = 0; r < stage.Ratifiers.Length; r++)
        {
            parts[$"point {point}: {stage.Ratifiers[r].Name}'s win-set"] = new(stage.WinSets[r]);
            parts[$"point {point}: {stage.Ratifiers[r].Name}'s chances"] = new(stage.PassProbabilities(r));
        }

        return parts;
    }
}
