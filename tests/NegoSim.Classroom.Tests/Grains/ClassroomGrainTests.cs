using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom.Tests.Grains;

[Collection(nameof(ClassroomCluster))]
public sealed class ClassroomGrainTests(ClassroomClusterFixture fixture)
{
    private async Task<IClassroomGrain> Open(int tableSize)
    {
        var classroom = fixture.Client.GetGrain<IClassroomGrain>($"C{Guid.NewGuid():N}");
        Assert.Null(await classroom.Open(Opening(tableSize)));
        return classroom;
    }

    [Fact]
    public async Task Students_fill_negotiators_first_then_the_largest_faction_and_a_full_table_starts()
    {
        var classroom = await Open(tableSize: 3);
        var seats = new List<(int, string)>();
        foreach (var name in new[] { "Ann", "Ben", "Cat", "Dan" })
        {
            var ticket = (await classroom.Join(new JoinRequest(name))).Ticket!;
            seats.Add((ticket.Table, ticket.Seat));
        }

        Assert.Equal([(1, "seller"), (1, "buyer"), (1, "parliament/bloc"), (2, "seller")], seats);
        var first = fixture.Client.GetGrain<ITableGrain>(TableKeys.Of(classroom.GetPrimaryKeyString(), 1));
        Assert.NotEqual(TablePhase.Seating, (await first.Snapshot()).Phase);
        var second = fixture.Client.GetGrain<ITableGrain>(TableKeys.Of(classroom.GetPrimaryKeyString(), 2));
        Assert.Equal(TablePhase.Seating, (await second.Snapshot()).Phase);

        // The teacher starts the half-full table: the strategies take its empty seats, and the seller's student is asked.
        await classroom.StartAll();
        await Tables.Awaiting(second, "seller", TurnKind.Propose);
    }

    [Fact]
    public async Task Students_who_join_at_one_moment_are_seated_in_turn_as_if_each_came_alone()
    {
        // Tables of two; Ben and Ann join first, alone. Then one group: Cat asks for table 1 (full and started: refused,
        // naming table 2), Dan takes table 2's seller, Obi watches, "ann" is Ann's name again, Eve asks for the buyer's
        // seat (table 2's), Fay for the seller's (table 3's, the first with it free), Gus sits beside Fay.
        var classroom = await Open(tableSize: 2);
        Assert.Equal((1, "seller"), Seat(await classroom.Join(new JoinRequest("Ben"))));
        Assert.Equal((1, "buyer"), Seat(await classroom.Join(new JoinRequest("Ann"))));
        var group = await classroom.Join(
        [
            new JoinRequest("Cat", Table: 1), new JoinRequest("Dan"), new JoinRequest("Obi", SeatPlan.Observer), new JoinRequest("ann"),
            new JoinRequest("Eve", "buyer"), new JoinRequest("Fay", "seller"), new JoinRequest("Gus"),
        ]);

        Assert.Equal("table 1 has started; tables with a free seat: none open, or a new table 2.", group[0].Problem);
        Assert.Equal((2, "seller"), Seat(group[1]));
        Assert.Equal((1, SeatPlan.Observer), Seat(group[2]));
        Assert.StartsWith("someone in this classroom is called ann already", group[3].Problem, StringComparison.Ordinal);
        Assert.Equal((2, "buyer"), Seat(group[4]));
        Assert.Equal((3, "seller"), Seat(group[5]));
        Assert.Equal((3, "buyer"), Seat(group[6]));

        // Tables 2 and 3 were filled by the group, so both started; every ticket is stored with its seat.
        foreach (var number in new[] { 2, 3 })
        {
            Assert.NotEqual(TablePhase.Seating, (await fixture.Client.GetGrain<ITableGrain>(TableKeys.Of(classroom.GetPrimaryKeyString(), number)).Snapshot()).Phase);
        }

        foreach (var joined in group.Where(j => j.Ticket is not null))
        {
            Assert.Equal(joined.Ticket, await fixture.Client.GetGrain<ISeatGrain>(joined.Ticket!.Token).Ticket());
        }

        // The classroom counts 2 + 5 students, and the next student opens table 4.
        Assert.Equal((4, "seller"), Seat(await classroom.Join(new JoinRequest("Hal"))));
    }

    [Fact]
    public async Task A_group_whose_table_started_meanwhile_sits_at_the_next_tables()
    {
        // Table 1 has Ann and is started by the teacher; the classroom hears of it only from the table, maybe after the
        // group is placed. A group of three without wishes then sits at tables 2 and 3 (the one placed at table 1 is
        // placed again once the table refuses).
        var classroom = await Open(tableSize: 2);
        Assert.Equal((1, "seller"), Seat(await classroom.Join(new JoinRequest("Ann"))));
        await fixture.Client.GetGrain<ITableGrain>(TableKeys.Of(classroom.GetPrimaryKeyString(), 1)).Start();
        var group = await classroom.Join([new JoinRequest("Ben"), new JoinRequest("Cat"), new JoinRequest("Dan")]);
        Assert.Equal([(2, "buyer"), (2, "seller"), (3, "seller")], group.Select(Seat).Order());
    }

    [Fact]
    public async Task Observers_take_no_seat_even_after_the_classroom_is_activated_again()
    {
        // Tables of two: the observer of table 1 must not count as its second student, before or after the
        // classroom's grain is collected and activated again from storage.
        var classroom = await Open(tableSize: 2);
        Assert.Equal((1, "seller"), Seat(await classroom.Join(new JoinRequest("Ann"))));
        Assert.Equal((1, SeatPlan.Observer), Seat(await classroom.Join(new JoinRequest("Obi", SeatPlan.Observer))));
        await fixture.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal((1, "buyer"), Seat(await classroom.Join(new JoinRequest("Ben"))));
        Assert.Equal((2, "seller"), Seat(await classroom.Join(new JoinRequest("Cat"))));
    }

    [Fact]
    public async Task A_wished_seat_goes_to_the_first_table_where_it_is_free_and_a_seat_that_does_not_exist_is_named()
    {
        var classroom = await Open(tableSize: 4);
        Assert.Equal((1, "buyer"), Seat(await classroom.Join(new JoinRequest("Ann", "buyer"))));
        Assert.Equal((2, "buyer"), Seat(await classroom.Join(new JoinRequest("Ben", "buyer"))));
        Assert.Equal((1, "seller"), Seat(await classroom.Join(new JoinRequest("Cat"))));
        Assert.Equal((1, "parliament/rest"), Seat(await classroom.Join(new JoinRequest("Dan", "parliament/rest"))));

        var refused = await classroom.Join(new JoinRequest("Eve", "senate"));
        Assert.Null(refused.Ticket);
        Assert.Equal("there is no seat 'senate'; the seats are seller, buyer, parliament/bloc, parliament/rest (or observer, to watch a table).", refused.Problem);
    }

    [Fact]
    public async Task A_student_who_comes_back_with_the_token_finds_the_same_seat_and_acts_only_for_it()
    {
        var classroom = await Open(tableSize: 2);
        var ann = (await classroom.Join(new JoinRequest("Ann"))).Ticket!;
        var ben = (await classroom.Join(new JoinRequest("Ben"))).Ticket!;

        Assert.Equal(ann, await fixture.Client.GetGrain<ISeatGrain>(ann.Token).Ticket());
        Assert.Null(await fixture.Client.GetGrain<ISeatGrain>("0123456789abcdef0123456789abcdef").Ticket());
        Assert.Equal("no seat has this token.", (await fixture.Client.GetGrain<ISeatGrain>("unknown").Act(new SeatAction(ActionKind.Accept, 1))).Problem);

        // The table is full, so it started; the seller (Ann) proposes first. Ben's token cannot propose for her.
        var table = fixture.Client.GetGrain<ITableGrain>(ann.TableKey);
        await Tables.Awaiting(table, "seller", TurnKind.Propose);
        Assert.StartsWith("it is not your turn", (await fixture.Client.GetGrain<ISeatGrain>(ben.Token).Act(new SeatAction(ActionKind.Propose, 1, 3))).Problem);
        Assert.True((await fixture.Client.GetGrain<ISeatGrain>(ann.Token).Act(new SeatAction(ActionKind.Propose, 1, 3))).IsTaken);
        var snapshot = await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.Equal(("seller", 3), (snapshot.Rounds[0].Proposer, snapshot.Rounds[0].Offer));
    }

    [Fact]
    public async Task Only_an_open_classroom_seats_students_and_it_opens_once()
    {
        var closed = fixture.Client.GetGrain<IClassroomGrain>($"C{Guid.NewGuid():N}");
        Assert.Equal("no classroom with this code is open.", (await closed.Join(new JoinRequest("Ann"))).Problem);
        Assert.Null(await closed.Opening());

        var open = await Open(tableSize: 2);
        Assert.Equal(2, (await open.Opening())!.TableSize);
        Assert.Equal("a classroom with this code is open already.", await open.Open(Opening(2)));
        Assert.Equal("a table of this scenario takes 1 to 4 students.", await fixture.Client.GetGrain<IClassroomGrain>($"C{Guid.NewGuid():N}").Open(Opening(5)));
    }

    [Fact]
    public async Task A_name_already_in_the_classroom_is_refused_whatever_its_case_or_spacing()
    {
        var classroom = await Open(tableSize: 2);
        Assert.NotNull((await classroom.Join(new JoinRequest("Ann Lee"))).Ticket);
        foreach (var same in new[] { "Ann Lee", "ann lee", "ANN  LEE" })
        {
            Assert.StartsWith("someone in this classroom is called", (await classroom.Join(new JoinRequest(same))).Problem ?? same);
        }

        Assert.NotNull((await classroom.Join(new JoinRequest("Ann Leem"))).Ticket);
    }

    [Fact]
    public async Task A_deleted_classroom_forgets_its_tables_and_seats_and_leaves_the_register()
    {
        var classroom = await Open(tableSize: 2);
        var ann = (await classroom.Join(new JoinRequest("Ann"))).Ticket!;
        Assert.Contains(await fixture.Client.GetGrain<IClassroomRegisterGrain>(0).List(), e => e.Code == classroom.GetPrimaryKeyString());

        await classroom.Close();

        Assert.Null(await fixture.Client.GetGrain<ISeatGrain>(ann.Token).Ticket());
        Assert.Null(await classroom.Opening());
        Assert.Empty((await fixture.Client.GetGrain<ITableGrain>(ann.TableKey).Snapshot()).Students);
        Assert.DoesNotContain(await fixture.Client.GetGrain<IClassroomRegisterGrain>(0).List(), e => e.Code == classroom.GetPrimaryKeyString());
    }

    [Fact]
    public async Task A_new_link_for_a_seat_works_and_the_old_one_stops()
    {
        var classroom = await Open(tableSize: 2);
        var ann = (await classroom.Join(new JoinRequest("Ann"))).Ticket!;
        var reissued = (await classroom.Reissue(ann.Table, ann.Seat)).Ticket!;
        Assert.NotEqual(ann.Token, reissued.Token);
        Assert.Equal((ann.Table, ann.Seat, ann.Student), (reissued.Table, reissued.Seat, reissued.Student));
        Assert.Null(await fixture.Client.GetGrain<ISeatGrain>(ann.Token).Ticket());
        Assert.Equal(reissued, await fixture.Client.GetGrain<ISeatGrain>(reissued.Token).Ticket());
        Assert.Equal("no student sits at buyer of table 1.", (await classroom.Reissue(1, "buyer")).Problem);
    }

    [Fact]
    public async Task The_teacher_sees_every_table_as_it_changes()
    {
        var classroom = await Open(tableSize: 2);
        await classroom.Join(new JoinRequest("Ann"));
        await classroom.Join(new JoinRequest("Ben"));
        await classroom.Join(new JoinRequest("Cat"));

        var snapshot = await classroom.Watch(0, TimeSpan.Zero);
        for (var changes = 0; snapshot.Tables.Length < 2 || snapshot.Tables[0].Awaiting.IsEmpty; changes++)
        {
            Assert.True(changes < 100, "the classroom never heard from both tables");
            snapshot = await classroom.Watch(snapshot.Version, TimeSpan.FromSeconds(10));
        }

        Assert.Equal([1, 2], snapshot.Tables.Select(t => t.Table));
        Assert.Equal([new SeatHolder("seller", "Ann"), new SeatHolder("buyer", "Ben")], snapshot.Tables[0].Students.AsEnumerable());
        Assert.Equal(new Turn("seller", TurnKind.Propose, 1, -1), Assert.Single(snapshot.Tables[0].Awaiting));
        Assert.Equal(TablePhase.Seating, snapshot.Tables[1].Phase);
    }

    private static ClassroomOpening Opening(int tableSize) => new(Split.Source, tableSize, TurnTimers.None, [], new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc));

    private static (int, string) Seat(JoinResult result) => (result.Ticket!.Table, result.Ticket.Seat);
}
