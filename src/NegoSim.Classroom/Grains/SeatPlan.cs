using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// The seats of a scenario's table, in the order students fill them: the negotiators in the scenario's order, then
/// each ratifier's factions, largest first. A faction's seat is named <c>ratifier/faction</c>. A table takes at most
/// <see cref="TableSize"/> students; the seats nobody takes are played by the scenario's strategies.
/// </summary>
public sealed class SeatPlan
{
    /// <summary>
    /// The seat of a student who watches a table rather than plays it (when the class does not divide into full
    /// tables): not one of <see cref="Seats"/>, never counted in a table's size, never asked to move.
    /// </summary>
    public const string Observer = "observer";

    /// <summary>The most factions a table fills by default, beside its negotiators (a Rada of five groups).</summary>
    public const int DefaultFactions = 5;

    public SeatPlan(Scenario scenario, int tableSize)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var seats = ImmutableArray.CreateBuilder<string>();
        seats.AddRange(scenario.Negotiators.Select(n => n.Name));
        foreach (var ratifier in scenario.Ratifiers)
        {
            seats.AddRange(ratifier.Factions.OrderByDescending(f => f.Seats).Select(f => FactionSeat(ratifier.Name, f.Name)));
        }

        Seats = seats.ToImmutable();
        Negotiators = scenario.Negotiators.Length;
        if (tableSize < 1 || tableSize > Seats.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(tableSize), tableSize, $"a table of this scenario takes 1 to {Seats.Length} students.");
        }

        TableSize = tableSize;
    }

    /// <summary>Every seat, in the order students fill them.</summary>
    public ImmutableArray<string> Seats { get; }

    /// <summary>How many of <see cref="Seats"/> are negotiators (they come first).</summary>
    public int Negotiators { get; }

    public int TableSize { get; }

    /// <summary>The negotiators and up to <see cref="DefaultFactions"/> factions.</summary>
    public static int DefaultTableSize(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Negotiators.Length + Math.Min(DefaultFactions, scenario.Ratifiers.Sum(r => r.Factions.Length));
    }

    public static string FactionSeat(string ratifier, string faction) => $"{ratifier}/{faction}";

    public bool IsSeat(string seat) => Seats.Contains(seat);

    public bool IsFaction(string seat) => Seats.IndexOf(seat) >= Negotiators;

    /// <summary>
    /// The seat a student gets at a table whose students sit at <paramref name="taken"/>: <paramref name="wanted"/>
    /// if it is free, else (with no wish) the first free seat; null when the table is full or the wish is taken.
    /// </summary>
    public string? SeatAt(IReadOnlyCollection<string> taken, string? wanted)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (taken.Count >= TableSize)
        {
            return null;
        }

        if (wanted is not null)
        {
            return taken.Contains(wanted) ? null : wanted;
        }

        return Seats.FirstOrDefault(s => !taken.Contains(s));
    }
}
