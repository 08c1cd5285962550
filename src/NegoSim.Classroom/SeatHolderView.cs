using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom;

/// <summary>
/// A seat of a table and who plays it: a student's name, or null for the scenario's strategy; <see cref="Computer"/>
/// when the teacher handed the student's seat to the computer.
/// </summary>
public sealed record SeatHolderView(string Seat, string? Student, bool Computer = false)
{
    public static SeatHolderView Of(TableSnapshot table, string seat)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new SeatHolderView(seat, table.StudentAt(seat), table.IsComputer(seat));
    }
}
