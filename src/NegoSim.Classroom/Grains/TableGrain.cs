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
    private readonly SortedDictionary<string, (Turn Turn, TaskCompletionSource<SeatAction> Move)> _awaiting = new(StringComparer.Ordinal);
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

    public async Task<string?> Seat(TableSeating seating)
    {
        ArgumentNullException.ThrowIfNull(seating);
        var table = state.State;
        if (table.Started)
        {
            return "the table has started.";
        }

        if (table.Students.Any(s => s.Seat == seating.Seat))
        {
            return $"the seat {seating.Seat} is taken.";
        }

        table.Scenario ??= seating.Scenario;
        table.Seed = seating.Seed;
        table.Students.Add(new SeatHolder(seating.Seat, seating.Student));
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
        if (!_awaiting.TryGetValue(seat, out var pending))
        {
            return new ActResult(NotYourTurn());
        }

        if (Check(pending.Turn, action) is { } problem)
        {
            return new ActResult(problem);
        }

        _awaiting.Remove(seat);
        state.State.Actions.Add(new TakenAction(seat, action));
        await state.WriteStateAsync();
        pending.Move.SetResult(action);
        Changed();
        return ActResult.Taken;
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

    /// <summary>Waits for the student at <paramref name="turn"/>'s seat to move; a move stored before is played back at once.</summary>
    internal async ValueTask<SeatAction> AwaitAsync(Turn turn)
    {
        if (_replay.TryGetValue(turn.Seat, out var stored) && stored.Count > 0)
        {
            return stored.Dequeue();
        }

        var move = new TaskCompletionSource<SeatAction>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaiting[turn.Seat] = (turn, move);
        Changed();
        return await move.Task;
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
        _awaiting.Clear();
        Changed();
    }

    private void Changed()
    {
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
        _signed,
        _result,
        _problem);

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
