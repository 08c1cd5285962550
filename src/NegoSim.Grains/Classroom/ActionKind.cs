namespace NegoSim.Grains.Classroom;

/// <summary>What a student does at a seat.</summary>
public enum ActionKind
{
    Propose,
    Accept,
    Reject,
    VoteYes,
    VoteNo,
}
