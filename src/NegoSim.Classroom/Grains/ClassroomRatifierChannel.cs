using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A ratifier whose factions may have students: the strategy grain votes as the model does, then each faction with a
/// student votes all its seats the way the student chose (or, when the student's time runs out or the teacher hands the
/// seat to the computer, the way the model did).
/// </summary>
public sealed class ClassroomRatifierChannel(TableGrain table, ScenarioTables tables, string name, IRatifierChannel inner) : IRatifierChannel
{
    public async ValueTask<RatificationVote> Vote(VoteRequest request)
    {
        table.Ratifying(request.Deal);
        var vote = await inner.Vote(request);
        var at = tables.Stage(request.Stage);
        var seated = at.Ratifiers[at.IndexOfRatifier(name)].Factions.Select(f => SeatPlan.FactionSeat(name, f.Name)).Where(table.HasStudent).ToList();
        if (seated.Count == 0)
        {
            return vote;
        }

        // The computer votes a faction's seats as the model did (its line).
        var modelled = vote.Factions.ToDictionary(f => SeatPlan.FactionSeat(name, f.Name), f => f.Line);
        var moves = await Task.WhenAll(seated.Select(seat => table.AwaitAsync(
            new Turn(seat, TurnKind.Vote, 0, request.Deal),
            () => ValueTask.FromResult(new SeatAction(modelled[seat] ? ActionKind.VoteYes : ActionKind.VoteNo, 0))).AsTask()));
        var lines = seated.Zip(moves).ToDictionary(p => p.First, p => p.Second.Kind == ActionKind.VoteYes);
        var factions = ImmutableArray.CreateBuilder<FactionVote>(vote.Factions.Length);
        int yes = 0, no = 0;
        foreach (var faction in vote.Factions)
        {
            var cast = lines.TryGetValue(SeatPlan.FactionSeat(name, faction.Name), out var line)
                ? faction with { Line = line, Yes = line ? faction.Seats : 0, No = line ? 0 : faction.Seats }
                : faction;
            factions.Add(cast);
            yes += cast.Yes;
            no += cast.No;
        }

        return vote with { Yes = yes, No = no, Factions = factions.MoveToImmutable() };
    }
}
