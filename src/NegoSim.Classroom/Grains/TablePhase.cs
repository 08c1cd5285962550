namespace NegoSim.Classroom.Grains;

/// <summary>Where a table is: taking students, negotiating, voting on a signed deal, or done.</summary>
public enum TablePhase
{
    Seating,
    Negotiating,
    Ratifying,
    Ended,
}
