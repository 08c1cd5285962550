using System.Security.Cryptography;
using NegoSim.Grains;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A classroom, keyed by its join code. It seats each student who joins at the first table that has the seat asked
/// for (or any seat) free and has not started, opening a new table when none has; a table starts when its last seat is
/// taken or when the teacher starts every table. Tables tell it what changes. Its state (how it was opened, every
/// ticket) is in the classroom's grain storage, so a restarted server has it back.
/// </summary>
public sealed class ClassroomGrain(
    [PersistentState("classroom", ClassroomStorage.Name)] IPersistentState<ClassroomState> state,
    ScenarioCatalog catalog) : Grain, IClassroomGrain
{
    /// <summary>The most students a classroom seats (each is a few hundred bytes of state).</summary>
    public const int MostStudents = 2_000;

    private readonly SortedDictionary<int, TableSnapshot> _tables = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _version = Random.Shared.NextInt64();
    private SeatPlan? _plan;
    private bool _closing;

    // The students' name keys and the seats taken at each table, kept beside the tickets: a join looked through every
    // ticket, twice (its name, then each table's seats), and a burst of 400 joins goes through this grain one by one.
    private HashSet<string>? _names;
    private Dictionary<int, List<string>>? _taken;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        for (var table = 1; table <= state.State.Tables; table++)
        {
            _tables[table] = await Table(table).Snapshot();
        }
    }

    public async Task<string?> Open(ClassroomOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (state.State.Opening is not null)
        {
            return "a classroom with this code is open already.";
        }

        var scenario = catalog.Get(opening.Scenario).Scenario;
        try
        {
            _plan = new SeatPlan(scenario, opening.TableSize);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
        }

        var code = this.GetPrimaryKeyString();
        if (!await Register.Add(new ClassroomEntry(code, scenario.Name, opening.Sets, opening.TableSize, opening.Opened)))
        {
            return $"this server keeps at most {ClassroomRegisterGrain.Most} classrooms; delete old ones first.";
        }

        state.State.Opening = opening;
        _closing = false;
        await state.WriteStateAsync();
        Changed();
        return null;
    }

    public Task<ClassroomOpening?> Opening() => Task.FromResult(state.State.Opening);

    public Task<SeatTicket?> TicketOf(string token) =>
        Task.FromResult(_closing ? null : state.State.Tickets.Find(t => t.Token == token));

    public async Task<string?> Finish(int table)
    {
        if (table < 1 || table > state.State.Tables)
        {
            return $"there is no table {table}.";
        }

        if (state.State.Started.Add(table))
        {
            await state.WriteStateAsync();
        }

        await Table(table).Finish();
        Changed();
        return null;
    }

    public async Task<string?> Hand(int table, string seat, bool toComputer)
    {
        if (!state.State.Tickets.Any(t => t.Table == table && t.Seat == seat))
        {
            return $"no student sits at {seat} of table {table}.";
        }

        await Table(table).Hand(seat, toComputer);
        return null;
    }

    public Task<JoinResult> Reissue(int table, string seat) => ReissueAsync(state.State.Tickets.FindIndex(t => t.Table == table && t.Seat == seat), $"no student sits at {seat} of table {table}.");

    /// <summary>A new token for the ticket at <paramref name="index"/>; the old one stops working.</summary>
    private async Task<JoinResult> ReissueAsync(int index, string missing)
    {
        if (index < 0)
        {
            return new JoinResult(null, missing);
        }

        var old = state.State.Tickets[index];
        var ticket = old with { Token = SeatToken.New(old.Classroom) };
        await GrainFactory.GetGrain<ISeatGrain>(ticket.Token).Take(ticket);
        state.State.Tickets[index] = ticket;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISeatGrain>(old.Token).Close();
        return new JoinResult(ticket);
    }

    public async Task<(RejoinRequest? Request, string? Problem)> AskToRejoin(string student)
    {
        ArgumentNullException.ThrowIfNull(student);
        var name = StudentName.Key(student);
        if (state.State.Opening is null || state.State.Tickets.FirstOrDefault(t => StudentName.Key(t.Student) == name) is not { } ticket)
        {
            return (null, $"nobody in this classroom is called {student}; join under your name instead.");
        }

        if (state.State.Requests.Count(r => r.IsWaiting) >= MostStudents)
        {
            return (null, "too many requests are waiting for the teacher; ask the teacher.");
        }

        var request = new RejoinRequest(NewToken(), ticket.Student, ticket.Table, ticket.Seat);
        state.State.Requests.Add(request);
        await state.WriteStateAsync();
        Changed();
        return (request, null);
    }

    public Task<RejoinRequest?> Rejoin(string id) => Task.FromResult(state.State.Requests.FirstOrDefault(r => r.Id == id));

    public async Task<string?> Answer(string id, bool approve)
    {
        var index = state.State.Requests.FindIndex(r => r.Id == id && r.IsWaiting);
        if (index < 0)
        {
            return "no request with this id is waiting.";
        }

        var request = state.State.Requests[index];
        string? token = null;
        if (approve)
        {
            // By name too: a table may have several observers.
            var issued = await ReissueAsync(
                state.State.Tickets.FindIndex(t => t.Table == request.Table && t.Seat == request.Seat && t.Student == request.Student),
                $"{request.Student} no longer sits at {request.Seat} of table {request.Table}.");
            if (issued.Ticket is not { } ticket)
            {
                return issued.Problem;
            }

            token = ticket.Token;
        }

        state.State.Requests[index] = request with { Token = token, Refused = !approve };
        await state.WriteStateAsync();
        Changed();
        return null;
    }

    public async Task Close()
    {
        // From now on no seat grain is given its ticket again, while the seats are closed one by one.
        _closing = true;
        foreach (var ticket in state.State.Tickets)
        {
            await GrainFactory.GetGrain<ISeatGrain>(ticket.Token).Close();
        }

        for (var table = 1; table <= state.State.Tables; table++)
        {
            await Table(table).Close();
        }

        await Register.Remove(this.GetPrimaryKeyString());
        await state.ClearStateAsync();
        (_names, _taken) = (null, null);
        _tables.Clear();
        Changed();
        DeactivateOnIdle();
    }

    public async Task<JoinResult[]> Join(JoinRequest[] requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (state.State.Opening is not { } opening)
        {
            return [.. requests.Select(_ => new JoinResult(null, "no classroom with this code is open."))];
        }

        var plan = Plan(opening);
        var results = new JoinResult?[requests.Length];
        var places = new (int Table, string Seat)[requests.Length];
        try
        {
            // Each student in the order they came, as if alone: the seat given (or the table watched) and the name are
            // reserved at once, so the next student sits beside them.
            var watching = state.State.Tickets.Where(t => t.Seat == SeatPlan.Observer).CountBy(t => t.Table).ToDictionary();
            var seating = new List<int>();
            var admitted = 0;
            for (var i = 0; i < requests.Length; i++)
            {
                results[i] = Admit(plan, requests[i], admitted, watching, out places[i]);
                admitted += results[i] is null ? 1 : 0;
                if (results[i] is null && places[i].Seat != SeatPlan.Observer)
                {
                    seating.Add(i);
                }
            }

            // Every table gets its new students in one call, and starts if they fill it. A table may have started since
            // this classroom last heard from it; then its students are seated again at the next table with their seat
            // free (or told, when they chose that table).
            while (seating.Count > 0)
            {
                var byTable = seating.GroupBy(i => places[i].Table).ToList();
                var full = byTable.Select(g => TakenAt(g.Key).Count >= plan.TableSize).ToList();
                var refused = await Task.WhenAll(byTable.Select((g, k) => Table(g.Key).Seat([.. g.Select(i => new TableSeating(opening.Scenario, (ulong)g.Key, places[i].Seat, requests[i].Student, opening.Timers))], full[k])));
                seating = [];
                foreach (var ((students, refusal), filled) in byTable.Zip(refused).Zip(full))
                {
                    if (refusal is null)
                    {
                        if (filled)
                        {
                            state.State.Started.Add(students.Key);
                        }

                        continue;
                    }

                    state.State.Started.Add(students.Key);
                    var taken = TakenAt(students.Key);
                    taken.RemoveAll(s => students.Any(i => places[i].Seat == s));
                    foreach (var i in students)
                    {
                        if (requests[i].Table is not null)
                        {
                            results[i] = new JoinResult(null, Refusal(plan, students.Key, taken, requests[i].Seat));
                            Names().Remove(StudentName.Key(requests[i].Student));
                            continue;
                        }

                        places[i] = Choose(plan, requests[i].Seat);
                        TakenAt(places[i].Table).Add(places[i].Seat);
                        seating.Add(i);
                    }
                }
            }

            var code = this.GetPrimaryKeyString();
            var tickets = Enumerable.Range(0, requests.Length).Where(i => results[i] is null).Select(i => (Index: i, Ticket: new SeatTicket(SeatToken.New(code), code, places[i].Table, places[i].Seat, requests[i].Student))).ToList();
            // A seat grain asks the classroom for its ticket when first called (SeatToken): the classroom's one write
            // below stores the whole group's.
            state.State.Tickets.AddRange(tickets.Select(t => t.Ticket));
            foreach (var (i, ticket) in tickets)
            {
                results[i] = new JoinResult(ticket);
            }

            // The students of one moment are stored together. (Their tables have started already if they filled
            // them: a server stopped at this instant has such a table play on with no token for the seats of the
            // students it never answered; their timers, or the teacher's hand, move those seats.)
            await state.WriteStateAsync();
        }
        catch
        {
            // The reserved names and seats are made again from the tickets.
            (_names, _taken) = (null, null);
            throw;
        }

        Changed();
        return [.. results.Select(r => r!)];
    }

    /// <summary>
    /// Whether a student may join, as things stand with the <paramref name="before"/> students who came before them in
    /// this moment (null when they may; else why not), and where they sit: <paramref name="place"/>, the table and the
    /// seat (or the table they watch, for an observer), reserved with their name at once.
    /// </summary>
    private JoinResult? Admit(SeatPlan plan, JoinRequest request, int before, Dictionary<int, int> watching, out (int Table, string Seat) place)
    {
        place = default;
        if (state.State.Tickets.Count + before >= MostStudents)
        {
            return new JoinResult(null, $"this classroom is full ({MostStudents:N0} students).");
        }

        var name = StudentName.Key(request.Student);
        if (Names().Contains(name))
        {
            return new JoinResult(null, $"someone in this classroom is called {request.Student} already; if it is you and you lost your link, ask for your seat back (the teacher approves it); else add your initial.");
        }

        if (request.Seat == SeatPlan.Observer)
        {
            // An observer takes no seat, so a table's size, start and play are as without them; without a table asked
            // for, they watch the (first) table with fewest observers.
            var tables = state.State.Tables;
            if (tables == 0)
            {
                return new JoinResult(null, "no table has students yet: an observer watches a table, so join once the class has sat down (or take a seat).");
            }

            if (request.Table is { } asked && (asked < 1 || asked > tables))
            {
                return new JoinResult(null, $"there is no table {asked}; an observer watches one of tables 1 to {tables}.");
            }

            var table = request.Table ?? Enumerable.Range(1, tables).MinBy(t => watching.GetValueOrDefault(t));
            watching[table] = watching.GetValueOrDefault(table) + 1;
            place = (table, SeatPlan.Observer);
        }
        else
        {
            if (request.Seat is { } wanted && !plan.IsSeat(wanted))
            {
                return new JoinResult(null, $"there is no seat '{wanted}'; the seats are {string.Join(", ", plan.Seats)} (or {SeatPlan.Observer}, to watch a table).");
            }

            if (request.Table is { } asked && Refusal(plan, asked, TakenAt(asked), request.Seat) is { } refused)
            {
                return new JoinResult(null, refused);
            }

            place = request.Table is { } chosen ? (chosen, plan.SeatAt(TakenAt(chosen), request.Seat)!) : Choose(plan, request.Seat);
            state.State.Tables = Math.Max(state.State.Tables, place.Table);
            TakenAt(place.Table).Add(place.Seat);
        }

        Names().Add(name);
        return null;
    }

    /// <summary>Stores a student just moved (their seat already among the table's taken ones), and starts the table if that filled it.</summary>
    private async Task<JoinResult> SeatedAsync(SeatPlan plan, SeatTicket ticket)
    {
        var full = TakenAt(ticket.Table).Count >= plan.TableSize;
        if (full)
        {
            state.State.Started.Add(ticket.Table);
        }

        await state.WriteStateAsync();
        if (full)
        {
            await Table(ticket.Table).Start();
        }

        Changed();
        return new JoinResult(ticket);
    }

    public async Task<JoinResult> Move(int table, string seat, int toTable, string? toSeat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        if (state.State.Opening is not { } opening)
        {
            return new JoinResult(null, "no classroom with this code is open.");
        }

        var plan = Plan(opening);
        var index = state.State.Tickets.FindIndex(t => t.Table == table && t.Seat == seat);
        if (index < 0)
        {
            return new JoinResult(null, $"no student sits at {seat} of table {table}.");
        }

        if (seat == SeatPlan.Observer)
        {
            return new JoinResult(null, "an observer takes no seat to move from; they may join again to watch another table.");
        }

        if (state.State.Started.Contains(table))
        {
            return new JoinResult(null, $"table {table} has started: its students play on (hand a seat to the computer instead).");
        }

        if (toSeat is not null && !plan.IsSeat(toSeat))
        {
            return new JoinResult(null, $"there is no seat '{toSeat}'; the seats are {string.Join(", ", plan.Seats)}.");
        }

        if (toTable == table && (toSeat is null || toSeat == seat))
        {
            return new JoinResult(null, $"the student sits at {seat} of table {table} already.");
        }

        // Within one table the student's own seat counts as free.
        var taken = toTable == table ? [.. TakenAt(table).Where(s => s != seat)] : TakenAt(toTable);

        // Without a seat asked for, the student keeps the same seat if it is free there, else takes any free one.
        var wanted = toSeat ?? (plan.SeatAt(taken, seat) is not null ? seat : null);
        if (Refusal(plan, toTable, taken, wanted) is { } refused)
        {
            return new JoinResult(null, refused);
        }

        var ticket = state.State.Tickets[index];
        var moved = ticket with { Table = toTable, Seat = plan.SeatAt(taken, wanted)! };
        state.State.Tables = Math.Max(state.State.Tables, toTable);
        if (toTable != table || moved.Seat != seat)
        {
            if (toTable == table)
            {
                await Table(table).Unseat(seat);
            }

            if (await Table(toTable).Seat([new TableSeating(opening.Scenario, (ulong)toTable, moved.Seat, ticket.Student, opening.Timers)]) is { } problem)
            {
                // The table started meanwhile: within one table the student goes back to the seat they left.
                if (toTable == table)
                {
                    await Table(table).Seat([new TableSeating(opening.Scenario, (ulong)table, seat, ticket.Student, opening.Timers)]);
                }

                state.State.Started.Add(toTable);
                return new JoinResult(null, $"table {toTable}: {problem}");
            }

            if (toTable != table)
            {
                await Table(table).Unseat(seat);
            }
        }

        await GrainFactory.GetGrain<ISeatGrain>(ticket.Token).Take(moved);
        TakenAt(table).Remove(seat);
        TakenAt(toTable).Add(moved.Seat);
        state.State.Tickets[index] = moved;
        return await SeatedAsync(plan, moved);
    }

    public async Task StartAll()
    {
        var waiting = state.State.Tickets.Select(t => t.Table).Distinct().Where(t => !state.State.Started.Contains(t)).Order().ToList();
        state.State.Started.UnionWith(waiting);
        await state.WriteStateAsync();
        foreach (var table in waiting)
        {
            await Table(table).Start();
        }

        Changed();
    }

    public async Task<ClassSnapshot> Watch(long seen, TimeSpan wait)
    {
        if (seen == _version)
        {
            await Task.WhenAny(_changed.Task, Task.Delay(wait));
        }

        return new ClassSnapshot(this.GetPrimaryKeyString(), _version, state.State.Opening?.TableSize ?? 0, [.. _tables.Values], [.. state.State.Requests.Where(r => r.IsWaiting)], [.. state.State.Tickets.Where(t => t.Seat == SeatPlan.Observer).Select(t => new Observer(t.Table, t.Student))]);
    }

    public Task TableChanged(TableSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        // A closed classroom keeps nothing: a table's last word may arrive after Close.
        if (state.State.Opening is null)
        {
            return Task.CompletedTask;
        }

        // One-way messages may arrive out of order: an older snapshot must not take the place of a newer one, or the
        // teacher would see a table wait for no one until its next change (seen once in CI: a table's turn lost).
        if (_tables.TryGetValue(snapshot.Table, out var held) && held.Version >= snapshot.Version)
        {
            return Task.CompletedTask;
        }

        _tables[snapshot.Table] = snapshot;
        if (snapshot.Phase != TablePhase.Seating)
        {
            state.State.Started.Add(snapshot.Table);
        }

        Changed();
        return Task.CompletedTask;
    }

    /// <summary>The first table that has not started and has the seat free, or a new one.</summary>
    private (int Table, string Seat) Choose(SeatPlan plan, string? wanted)
    {
        for (var table = 1; table <= state.State.Tables; table++)
        {
            if (!state.State.Started.Contains(table)
                && plan.SeatAt(TakenAt(table), wanted) is { } free)
            {
                return (table, free);
            }
        }

        state.State.Tables++;
        return (state.State.Tables, wanted ?? plan.Seats[0]);
    }

    /// <summary>
    /// Why a student cannot sit at <paramref name="wanted"/> (any seat when null) of <paramref name="table"/>, whose
    /// seats <paramref name="taken"/> are taken, with the tables that could take them; null when they can.
    /// </summary>
    private string? Refusal(SeatPlan plan, int table, IReadOnlyCollection<string> taken, string? wanted)
    {
        var why = table < 1 || table > state.State.Tables + 1 ? $"there is no table {table}"
            : state.State.Started.Contains(table) ? $"table {table} has started"
            : plan.SeatAt(taken, wanted) is null ? (wanted is null || taken.Count >= plan.TableSize ? $"table {table} is full" : $"the seat {wanted} at table {table} is taken")
            : null;
        if (why is null)
        {
            return null;
        }

        var open = Enumerable.Range(1, state.State.Tables).Where(t => !state.State.Started.Contains(t) && plan.SeatAt(TakenAt(t), wanted) is not null).ToList();
        return $"{why}; {(wanted is null ? "tables with a free seat" : $"tables with {wanted} free")}: {(open.Count == 0 ? "none open" : string.Join(", ", open))}, or a new table {state.State.Tables + 1}.";
    }

    private HashSet<string> Names() => _names ??= [.. state.State.Tickets.Select(t => StudentName.Key(t.Student))];

    private List<string> TakenAt(int table)
    {
        // Observers take no seat.
        _taken ??= state.State.Tickets.Where(t => t.Seat != SeatPlan.Observer).GroupBy(t => t.Table).ToDictionary(g => g.Key, g => g.Select(t => t.Seat).ToList());
        if (!_taken.TryGetValue(table, out var seats))
        {
            _taken[table] = seats = [];
        }

        return seats;
    }

    private SeatPlan Plan(ClassroomOpening opening) => _plan ??= new SeatPlan(catalog.Get(opening.Scenario).Scenario, opening.TableSize);

    private IClassroomRegisterGrain Register => GrainFactory.GetGrain<IClassroomRegisterGrain>(0);

    private ITableGrain Table(int table) => GrainFactory.GetGrain<ITableGrain>(TableKeys.Of(this.GetPrimaryKeyString(), table));

    private void Changed()
    {
        _version++;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.SetResult();
    }

    /// <summary>128 random bits: a request's id cannot be guessed from another's.</summary>
    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
