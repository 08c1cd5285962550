namespace NegoSim.Classroom.Grains;

/// <summary>What a table waits for from a student.</summary>
public enum TurnKind
{
    Propose,
    Respond,
    Vote,
}
