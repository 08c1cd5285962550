using System.Globalization;
using Microsoft.Extensions.Logging;
using NegoSim.Grains;
using NegoSim.Model.Protocol;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// Plays one table's negotiation with <see cref="AlternatingOffers"/>, as any run is played: the seats with a student
/// wait for the student's move (<see cref="Act"/>), the others are the scenario's strategy grains. The play runs in the
/// grain's own turn, beside its calls: while it waits for a student, the grain takes calls. Every move taken is stored
/// before it is played, so a table activated again replays its moves and waits where it was.
/// </summary>
public sealed partial class TableGrain(
    [PersistentState("table", ClassroomStorage.Name)] IPersistentState<TableState> state,
    ScenarioCatalog catalog,
    ILogger<TableGrain> logger) : Grain, ITableGrain
{
    private readonly Dictionary<string, Queue<SeatAction>> _replay = [];
    private readonly SortedDictionary<string, Awaited> _awaiting = new(StringComparer.Ordinal);
    private readonly List<RoundRecord> _rounds = [];
    private readonly HashSet<PartyGrain> _called = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // A new activation starts from a version no watcher has seen, and above every version of the activations before
    // it (the clock's ticks; a table changes far less than ten million times a second), so that the classroom can
    // tell a newer snapshot from an older one.
    private long _version = DateTime.UtcNow.Ticks;
    private TablePhase _phase;
    private int _stage;
    private int _signed = -1;
    private NegotiationResult? _result;
    private string? _problem;
    private bool _closed;

    // The store of a move in flight: a timer's computer move interleaves with Close, which waits for it so that the
    // move cannot write the table's state back after Close cleared it.
    private Task _storing = Task.CompletedTask;

    // The key is {classroom}/{table}, read once.
    private string _classroom = "";
    private int _number;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        _classroom = key[..key.LastIndexOf('/')];
        _number = int.Parse(key[(key.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        if (state.State.Started)
        {
            Begin();
        }

        return Task.CompletedTask;
    }

    public async Task<string?> Seat(TableSeating[] seatings, bool start = false)
    {
        ArgumentNullException.ThrowIfNull(seatings);
        var table = state.State;
        if (table.Started)
        {
            return "the table has started.";
        }

        if (seatings.FirstOrDefault(seating => table.Students.Any(s => s.Seat == seating.Seat) || seatings.Count(s => s.Seat == seating.Seat) > 1) is { } taken)
        {
            return $"the seat {taken.Seat} is taken.";
        }

        foreach (var seating in seatings)
        {
            table.Scenario ??= seating.Scenario;
            table.Seed = seating.Seed;
            table.Timers = seating.Timers ?? TurnTimers.None;
            table.Students.Add(new SeatHolder(seating.Seat, seating.Student));
        }

        // Seated and started in one write: a class that sits down at once waits for one write per table, not two.
        table.Started = start;
        await state.WriteStateAsync();
        if (start)
        {
            Begin();
        }
        else
        {
            Changed();
        }

        return null;
    }

    public async Task<string?> Unseat(string seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var table = state.State;
        if (table.Started)
        {
            return "the table has started.";
        }

        if (table.Students.RemoveAll(s => s.Seat == seat) == 0)
        {
            return $"no student sits at {seat}.";
        }

        await state.WriteStateAsync();
        Changed();
        return null;
    }

    public async Task Start()
    {
        if (state.State.Started || state.State.Scenario is null)
        {
            return;
        }

        state.State.Started = true;
        await state.WriteStateAsync();
        Begin();
    }

    public async Task<ActResult> Act(string seat, SeatAction action)
    {
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentNullException.ThrowIfNull(action);
        var waiting = _awaiting.TryGetValue(seat, out var pending);
        var problem = waiting ? Check(pending!.Turn, action) : null;
        if (!waiting || problem is not null)
        {
            // A move made already (by another window, or by the computer when time ran out) says so.
            return new ActResult(AlreadyMoved(seat, action) ?? problem ?? NotYourTurn());
        }

        await TakeAsync(seat, pending!, action, byComputer: false);
        return ActResult.Taken;
    }

    public async Task Hand(string seat, bool toComputer)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var computer = state.State.Computer;
        if (!HasStudent(seat) || computer.Contains(seat) == toComputer)
        {
            return;
        }

        if (toComputer)
        {
            computer.Add(seat);
        }
        else
        {
            computer.Remove(seat);
        }

        await state.WriteStateAsync();
        Changed();
        if (toComputer && _awaiting.TryGetValue(seat, out var pending))
        {
            await ComputerMovesAsync(seat, pending);
        }
    }

    public async Task Finish()
    {
        foreach (var seat in state.State.Students.Select(s => s.Seat).ToList())
        {
            await Hand(seat, toComputer: true);
        }

        await Start();
    }

    public async Task Close()
    {
        foreach (var pending in _awaiting.Values)
        {
            pending.Timer?.Dispose();
        }

        _awaiting.Clear();
        _closed = true;
        try
        {
            await _storing;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The move's store failed; the table is being cleared anyway.
        }

        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task<TableSnapshot> Snapshot() => Task.FromResult(Now());

    public async Task<TableSnapshot> Watch(long seen, TimeSpan wait)
    {
        if (seen == _version)
        {
            await Task.WhenAny(_changed.Task, Task.Delay(wait));
        }

        return Now();
    }

    internal bool HasStudent(string seat) => state.State.Students.Any(s => s.Seat == seat);

    /// <summary>
    /// Waits for the student at <paramref name="turn"/>'s seat to move; a move stored before is played back at once. When
    /// the seat is the computer's, or the classroom's timer runs out first, <paramref name="computer"/> moves instead,
    /// and that move is stored like the student's.
    /// </summary>
    internal async ValueTask<SeatAction> AwaitAsync(Turn turn, Func<ValueTask<SeatAction>> computer)
    {
        if (_replay.TryGetValue(turn.Seat, out var stored) && stored.Count > 0)
        {
            return stored.Dequeue();
        }

        var move = new TaskCompletionSource<SeatAction>(TaskCreationOptions.RunContinuationsAsynchronously);
        var limit = state.State.Timers.For(turn.Kind);
        var waiting = turn with { Due = limit is { } time ? DateTime.UtcNow + time : null };
        IGrainTimer? timer = null;
        if (limit is { } after && !state.State.Computer.Contains(turn.Seat))
        {
            timer = this.RegisterGrainTimer(
                static (timed, _) => timed.Grain.TimeUpAsync(timed.Turn),
                (Grain: this, Turn: waiting),
                new GrainTimerCreationOptions(after, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        }

        var pending = _awaiting[turn.Seat] = new Awaited(waiting, move, computer, timer);
        Changed();
        if (state.State.Computer.Contains(turn.Seat))
        {
            await ComputerMovesAsync(turn.Seat, pending);
        }

        return await move.Task;
    }

    /// <summary>The timer of <paramref name="turn"/> ran out: if the table still waits for that move, the computer makes it.</summary>
    private Task TimeUpAsync(Turn turn) =>
        _awaiting.TryGetValue(turn.Seat, out var pending) && pending.Turn == turn ? ComputerMovesAsync(turn.Seat, pending) : Task.CompletedTask;

    private async Task ComputerMovesAsync(string seat, Awaited pending)
    {
        SeatAction action;
        try
        {
            action = await pending.Computer();
        }
        catch (Exception e)
        {
            LogStopped(logger, e, this.GetPrimaryKeyString());
            return;
        }

        // The student may have moved while the strategy was asked.
        if (_awaiting.TryGetValue(seat, out var still) && ReferenceEquals(still, pending))
        {
            await TakeAsync(seat, pending, action, byComputer: true);
        }
    }

    /// <summary>Stores the move, then plays it: a table activated again replays exactly what was played.</summary>
    private async Task TakeAsync(string seat, Awaited pending, SeatAction action, bool byComputer)
    {
        _awaiting.Remove(seat);
        pending.Timer?.Dispose();
        if (_closed)
        {
            return;
        }

        state.State.Actions.Add(new TakenAction(seat, action, byComputer, DateTime.UtcNow));
        await (_storing = state.WriteStateAsync());
        pending.Move.SetResult(action);
        Changed();
    }

    internal void Briefed(int stage)
    {
        _stage = stage;
        Changed();
    }

    internal void Proposed(RoundRecord round)
    {
        _rounds.Add(round);
        Changed();
    }

    internal void Responded(int round, Response response)
    {
        var last = _rounds.Count - 1;
        if (last >= 0 && _rounds[last].Round == round)
        {
            _rounds[last] = _rounds[last] with { Responses = _rounds[last].Responses.Add(response) };
            Changed();
        }
    }

    internal void Ratifying(int deal)
    {
        _phase = TablePhase.Ratifying;
        _signed = deal;
        Changed();
    }

    private void Begin()
    {
        foreach (var taken in state.State.Actions)
        {
            if (!_replay.TryGetValue(taken.Seat, out var moves))
            {
                _replay[taken.Seat] = moves = new Queue<SeatAction>();
            }

            moves.Enqueue(taken.Action);
        }

        _phase = TablePhase.Negotiating;
        Changed();
        _ = PlayAsync();
    }

    private async Task PlayAsync()
    {
        var source = state.State.Scenario!;
        try
        {
            var file = catalog.Get(source);
            var strategies = new GrainParties(GrainFactory, $"{this.GetPrimaryKeyString()}/strategy", source, _called);
            _result = await AlternatingOffers.RunAsync(file.Tables, state.State.Seed, new TableParties(this, file.Tables, strategies));
        }
        catch (Exception e)
        {
            _problem = $"the table stopped: {e.Message}";
            LogStopped(logger, e, this.GetPrimaryKeyString());
        }

        try
        {
            await GrainParties.RetireAsync(GrainFactory, $"{this.GetPrimaryKeyString()}/strategy", _called);
        }
        catch (Exception e)
        {
            LogStopped(logger, e, this.GetPrimaryKeyString());
        }

        _phase = TablePhase.Ended;
        foreach (var pending in _awaiting.Values)
        {
            pending.Timer?.Dispose();
        }

        _awaiting.Clear();
        Changed();
    }

    private void Changed()
    {
        if (_closed)
        {
            return;
        }

        _version++;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.SetResult();
        _ = GrainFactory.GetGrain<IClassroomGrain>(_classroom).TableChanged(Now());
    }

    private TableSnapshot Now() => new(
        _classroom,
        _number,
        _version,
        _phase,
        state.State.Seed,
        [.. state.State.Students],
        _result is { } result ? result.Rounds : [.. _rounds],
        [.. _awaiting.Values.Select(a => a.Turn)],
        _stage,
        _result is { IsSigned: true } signed ? signed.Deal : _signed,
        _result,
        _problem,
        [.. state.State.Computer],
        [.. state.State.Actions]);

    /// <summary>Two windows on one seat, or a move after the timer: the seat has made this move already.</summary>
    private string? AlreadyMoved(string seat, SeatAction action)
    {
        if (state.State.Actions.LastOrDefault(a => a.Seat == seat && Past(a.Action.Kind) == Past(action.Kind) && a.Action.Round == action.Round) is not { } done)
        {
            return null;
        }

        var when = action.Round > 0 ? $" in round {action.Round}" : "";
        return done.ByComputer
            ? $"the computer has already {Past(action.Kind)} for your seat{when}."
            : $"your seat has already {Past(action.Kind)}{when} (from another window or tab?); the page now shows the table as it is.";
    }

    private string NotYourTurn()
    {
        if (_phase == TablePhase.Seating)
        {
            return "the table has not started yet.";
        }

        if (_phase == TablePhase.Ended)
        {
            return "the table has ended.";
        }

        return _awaiting.Count == 0
            ? "it is not your turn: the computer is moving for the other seats."
            : $"it is not your turn: the table waits for {string.Join(", ", _awaiting.Values.Select(a => $"{a.Turn.Seat} to {Describe(a.Turn)}"))}.";
    }

    private string? Check(Turn turn, SeatAction action)
    {
        var fits = turn.Kind switch
        {
            TurnKind.Propose => action.Kind == ActionKind.Propose,
            TurnKind.Respond => action.Kind is ActionKind.Accept or ActionKind.Reject,
            _ => action.Kind is ActionKind.VoteYes or ActionKind.VoteNo,
        };
        if (!fits)
        {
            return $"the table waits for you to {Describe(turn)}; {Verb(action.Kind)} is not a move now.";
        }

        if (turn.Kind != TurnKind.Vote && action.Round != turn.Round)
        {
            return $"round {action.Round} is not the round in play: it is round {turn.Round}.";
        }

        var outcomes = catalog.Get(state.State.Scenario!).Scenario.Space.Count;
        return action.Kind == ActionKind.Propose && (action.Outcome < 0 || action.Outcome >= outcomes)
            ? $"outcome {action.Outcome} is not a deal of this scenario (0 to {outcomes - 1})."
            : null;
    }

    private static string Describe(Turn turn) => turn.Kind switch
    {
        TurnKind.Propose => $"propose in round {turn.Round}",
        TurnKind.Respond => $"accept or reject the offer of round {turn.Round}",
        _ => "vote on the signed deal",
    };

    private static string Past(ActionKind kind) => kind switch
    {
        ActionKind.Propose => "proposed",
        ActionKind.Accept or ActionKind.Reject => "answered",
        _ => "voted",
    };

    private static string Verb(ActionKind kind) => kind switch
    {
        ActionKind.Propose => "proposing",
        ActionKind.Accept => "accepting",
        ActionKind.Reject => "rejecting",
        _ => "voting",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Table {Table} stopped.")]
    private static partial void LogStopped(ILogger logger, Exception exception, string table);
}
