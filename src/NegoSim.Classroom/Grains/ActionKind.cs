namespace NegoSim.Classroom.Grains;

/// <summary>What a student does at a seat.</summary>
public enum ActionKind
{
    Propose,
    Accept,
    Reject,
    VoteYes,
    VoteNo,
}
