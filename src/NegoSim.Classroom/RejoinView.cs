namespace NegoSim.Classroom;

/// <summary>A student asking for their seat back, as the teacher sees it: the request's id (to answer it), the name, and the seat.</summary>
public sealed record RejoinView(string Id, string Student, int Table, string Seat);
