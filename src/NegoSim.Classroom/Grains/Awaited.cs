namespace NegoSim.Classroom.Grains;

/// <summary>
/// A move a table waits for: the turn, the student's move when it comes, what the seat's strategy would do instead,
/// and the timer after which it does.
/// </summary>
internal sealed record Awaited(Turn Turn, TaskCompletionSource<SeatAction> Move, Func<ValueTask<SeatAction>> Computer, IGrainTimer? Timer);
