using System.Collections.Immutable;
using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains;

/// <summary>
/// Runs <see cref="AlternatingOffers"/>: one run through its party grains (<see cref="Run"/>), or a batch of runs
/// (<see cref="Play"/>) through party grains it keeps for the batches that follow, or with the model in its own turn.
/// </summary>
public sealed class NegotiationGrain(ScenarioCatalog catalog) : Grain, INegotiationGrain
{
    private readonly HashSet<PartyGrain> _called = [];

    public async Task<NegotiationResult> Run(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var tables = catalog.Get(request.Scenario).Tables;
            var parties = new GrainParties(GrainFactory, this.GetPrimaryKeyString(), request.Scenario, _called);
            return await AlternatingOffers.RunAsync(tables, request.Seed, parties, request.RecordRounds);
        }
        finally
        {
            await Retire();
        }
    }

    public async Task<BatchResult> Play(BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = ImmutableArray.CreateBuilder<RunSummary?>(request.Runs);
        var errors = ImmutableArray.CreateBuilder<string?>(request.Runs);
        foreach (var point in request.Points)
        {
            // The points of a sweep share the request's source object, and with it the hash of its files.
            var source = point.Varies.SequenceEqual(request.Scenario.Varies) ? request.Scenario : request.Scenario.WithVaries(point.Varies);
            ScenarioTables tables;
            try
            {
                tables = catalog.Get(source).Tables;
            }
            catch (ScenarioException e)
            {
                results.AddRange(Enumerable.Repeat<RunSummary?>(null, point.Seeds.Length));
                errors.AddRange(Enumerable.Repeat<string?>($"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "), point.Seeds.Length));
                continue;
            }

            IPartyDirectory parties = request.ThroughParties
                ? new GrainParties(GrainFactory, this.GetPrimaryKeyString(), source, _called)
                : new LocalParties(tables);
            var played = await Batch.PlayAsync(tables, point.Seeds, parties);
            results.AddRange(played.Results);
            errors.AddRange(played.Errors);
        }

        return new BatchResult(results.MoveToImmutable(), errors.MoveToImmutable());
    }

    public Task Ping() => Task.CompletedTask;

    public async Task Retire()
    {
        await GrainParties.RetireAsync(GrainFactory, this.GetPrimaryKeyString(), _called);
        DeactivateOnIdle();
    }
}
