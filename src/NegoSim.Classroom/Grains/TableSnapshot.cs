using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A table as it stands: who sits where, the rounds so far (the last one perhaps still being answered), whom it waits
/// for, the deal signed (while it is being voted on) and, once ended, the result; the seats the teacher handed to the
/// computer (<see cref="Computer"/>) and every move made at a students' seat, by the student or the computer (<see cref="Moves"/>). <see cref="Version"/> grows with
/// every change, so a watcher knows whether it has seen this one, and which of two snapshots is the newer.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.tableSnapshot")]
public sealed record TableSnapshot(
    [property: Id(0)] string Classroom,
    [property: Id(1)] int Table,
    [property: Id(2)] long Version,
    [property: Id(3)] TablePhase Phase,
    [property: Id(4)] ulong Seed,
    [property: Id(5)] ImmutableArray<SeatHolder> Students,
    [property: Id(6)] ImmutableArray<RoundRecord> Rounds,
    [property: Id(7)] ImmutableArray<Turn> Awaiting,
    [property: Id(8)] int Stage,
    [property: Id(9)] int SignedDeal,
    [property: Id(10)] NegotiationResult? Result,
    [property: Id(11)] string? Problem = null,
    [property: Id(12)] ImmutableArray<string> Computer = default,
    [property: Id(13)] ImmutableArray<TakenAction> Moves = default)
{
    /// <summary>The moves the computer made at students' seats.</summary>
    public ImmutableArray<TakenAction> ComputerMoves => Moves.IsDefault ? [] : [.. Moves.Where(m => m.ByComputer)];

    /// <summary>Whether the teacher handed <paramref name="seat"/> to the computer.</summary>
    public bool IsComputer(string seat) => !Computer.IsDefault && Computer.Contains(seat);

    /// <summary>The student at <paramref name="seat"/>, or null when the scenario's strategy plays it.</summary>
    public string? StudentAt(string seat)
    {
        foreach (var holder in Students)
        {
            if (holder.Seat == seat)
            {
                return holder.Student;
            }
        }

        return null;
    }
}
