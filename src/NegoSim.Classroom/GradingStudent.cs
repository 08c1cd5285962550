namespace NegoSim.Classroom;

/// <summary>A student in a grading export: where they sat, and every move made at their seat.</summary>
public sealed record GradingStudent(string Student, int Table, string Seat, IReadOnlyList<GradingMove> Moves);
