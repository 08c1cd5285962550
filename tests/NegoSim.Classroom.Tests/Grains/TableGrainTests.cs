using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;

namespace NegoSim.Classroom.Tests.Grains;

[Collection(nameof(ClassroomCluster))]
public sealed class TableGrainTests(ClassroomClusterFixture fixture)
{
    private ITableGrain NewTable() => fixture.Client.GetGrain<ITableGrain>(TableKeys.Of($"T{Guid.NewGuid():N}", 1));

    private static TableSeating Seating(string seat, string student) => new(Split.Source, 1, seat, student);

    [Fact]
    public async Task A_student_buyer_accepts_the_strategy_sellers_offer_and_the_student_bloc_votes_it_through()
    {
        var table = NewTable();
        Assert.Null(await table.Seat(Seating("buyer", "Ann")));
        Assert.Null(await table.Seat(Seating("parliament/bloc", "Ben")));
        await table.Start();

        // The seller (a hardliner, no student) opens with the whole share, 10, which is outcome 10.
        var waiting = await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.Equal(new Turn("buyer", TurnKind.Respond, 1, 10), Assert.Single(waiting.Awaiting));
        var opening = Assert.Single(waiting.Rounds);
        Assert.Equal(("seller", 10, 1.0), (opening.Proposer, opening.Offer, opening.Target));

        Assert.True((await table.Act("buyer", new SeatAction(ActionKind.Accept, 1))).IsTaken);

        // Signed at share 10: the model's bloc (needs 1 − 10/10 ≥ 0.5) would vote no; the student votes its 6 seats yes.
        waiting = await Tables.Awaiting(table, "parliament/bloc", TurnKind.Vote);
        Assert.Equal((TablePhase.Ratifying, 10), (waiting.Phase, waiting.SignedDeal));
        Assert.True((await table.Act("parliament/bloc", new SeatAction(ActionKind.VoteYes, 0))).IsTaken);

        var result = (await Tables.Ended(table)).Result!;
        Assert.Equal((OutcomeStatus.Ratified, 1, 10), (result.Status, result.Round, result.Deal));
        var vote = Assert.Single(result.Votes);
        Assert.Equal((6, 4), (vote.Yes, vote.No));
        Assert.Equal((true, 6), (vote.Factions.Single(f => f.Name == "bloc").Line, vote.Factions.Single(f => f.Name == "bloc").Yes));
        Assert.Equal((false, 0), (vote.Factions.Single(f => f.Name == "rest").Line, vote.Factions.Single(f => f.Name == "rest").Yes));
    }

    [Fact]
    public async Task Two_students_sign_a_deal_the_modelled_parliament_then_votes_down()
    {
        var table = NewTable();
        await table.Seat(Seating("seller", "Ann"));
        await table.Seat(Seating("buyer", "Ben"));
        await table.Start();

        await Tables.Awaiting(table, "seller", TurnKind.Propose);
        Assert.True((await table.Act("seller", new SeatAction(ActionKind.Propose, 1, 6))).IsTaken);
        await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.True((await table.Act("buyer", new SeatAction(ActionKind.Accept, 1))).IsTaken);

        // Share 6 is worth 0.4 to both factions: below the bloc's 0.5 and the rest's 0.9, so 0 of 10 seats say yes.
        var ended = await Tables.Ended(table);
        var result = ended.Result!;
        Assert.Equal((OutcomeStatus.NotRatified, 6), (result.Status, result.Deal));
        Assert.Equal((0, 10), (result.Votes[0].Yes, result.Votes[0].No));
        Assert.Equal([0.6, 0.4], result.Utilities.Select(u => Math.Round(u, 9)));
        var round = Assert.Single(ended.Rounds);
        Assert.Equal(0.6, round.Target, 9);
        Assert.Equal(Verdict.Accept, Assert.Single(round.Responses).Verdict);
    }

    [Fact]
    public async Task Moves_out_of_turn_or_malformed_are_refused_in_words_and_change_nothing()
    {
        var table = NewTable();
        await table.Seat(Seating("buyer", "Ann"));
        await table.Seat(Seating("parliament/bloc", "Ben"));
        Assert.Equal("the seat buyer is taken.", await table.Seat(Seating("buyer", "Cat")));

        // Students seated together are seated all or none: two on one seat seat neither, nor the one beside them.
        Assert.Equal("the seat seller is taken.", await table.Seat([Seating("parliament/rest", "Eve"), Seating("seller", "Fay"), Seating("seller", "Gus")]));
        Assert.Equal(["buyer", "parliament/bloc"], (await table.Snapshot()).Students.Select(s => s.Seat));
        Assert.Equal("the table has not started yet.", (await table.Act("buyer", new SeatAction(ActionKind.Accept, 1))).Problem);
        await table.Start();
        Assert.Equal("the table has started.", await table.Seat(Seating("seller", "Dan")));

        var before = await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.Equal(
            "the table waits for you to accept or reject the offer of round 1; proposing is not a move now.",
            (await table.Act("buyer", new SeatAction(ActionKind.Propose, 1, 0))).Problem);
        Assert.Equal("round 2 is not the round in play: it is round 1.", (await table.Act("buyer", new SeatAction(ActionKind.Reject, 2))).Problem);
        Assert.Equal(
            "it is not your turn: the table waits for buyer to accept or reject the offer of round 1.",
            (await table.Act("parliament/bloc", new SeatAction(ActionKind.VoteYes, 0))).Problem);
        var after = await table.Snapshot();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Awaiting.AsEnumerable(), after.Awaiting);

        // Rejected, the buyer proposes in round 2; a deal that does not exist is refused, and the turn stays.
        Assert.True((await table.Act("buyer", new SeatAction(ActionKind.Reject, 1))).IsTaken);
        await Tables.Awaiting(table, "buyer", TurnKind.Propose);
        Assert.Equal("outcome 11 is not a deal of this scenario (0 to 10).", (await table.Act("buyer", new SeatAction(ActionKind.Propose, 2, 11))).Problem);
        Assert.Equal(new Turn("buyer", TurnKind.Propose, 2, -1), Assert.Single((await table.Snapshot()).Awaiting));
    }

    [Fact]
    public async Task A_table_deactivated_mid_negotiation_plays_its_stored_moves_back_and_waits_where_it_was()
    {
        var table = NewTable();
        await table.Seat(Seating("buyer", "Ann"));
        await table.Start();
        await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        await table.Act("buyer", new SeatAction(ActionKind.Reject, 1));
        await Tables.Awaiting(table, "buyer", TurnKind.Propose);
        await table.Act("buyer", new SeatAction(ActionKind.Propose, 2, 4));
        var before = await Tables.Until(table, s => s.Awaiting.Any(t => t.Round == 3));

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = await Tables.Until(table, s => !s.Awaiting.IsEmpty);
        Assert.True(after.Version > before.Version, $"a new activation must start above the versions before it: {before.Version} then {after.Version}");
        Assert.Equal(new Turn("buyer", TurnKind.Respond, 3, 10), Assert.Single(after.Awaiting));
        Assert.Equal(
            [(1, "seller", 10, Verdict.Rejected), (2, "buyer", 4, Verdict.BelowTarget), (3, "seller", 10, (Verdict)(-1))],
            after.Rounds.Select(r => (r.Round, r.Proposer, r.Offer, r.Responses.IsEmpty ? (Verdict)(-1) : r.Responses[0].Verdict)));
    }
    [Fact]
    public async Task When_a_students_time_runs_out_the_seats_strategy_moves_and_the_move_is_kept()
    {
        var table = NewTable();
        Assert.Null(await table.Seat(Seating("buyer", "Ann") with { Timers = new TurnTimers(1, 1) }));
        await table.Start();

        // The seller opens with 10; the buyer's turn has a due time. Ann does nothing: the buyer's strategy, a
        // hardliner that accepts only 0 and offers only 0 (the scenario), rejects, then proposes 0 in round 2.
        var waiting = await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.NotNull(Assert.Single(waiting.Awaiting).Due);
        var moved = await Tables.Until(table, s => s.ComputerMoves.Length >= 2);
        Assert.Equal(
            [new TakenAction("buyer", new SeatAction(ActionKind.Reject, 1), ByComputer: true), new TakenAction("buyer", new SeatAction(ActionKind.Propose, 2, 0), ByComputer: true)],
            moved.ComputerMoves.Take(2).Select(m => m with { At = null }));
        Assert.All(moved.ComputerMoves, m => Assert.NotNull(m.At));
        Assert.Equal(("buyer", 0), (moved.Rounds[1].Proposer, moved.Rounds[1].Offer));

        // Ann's late answer to round 1 is refused with what happened.
        Assert.Equal("the computer has already answered for your seat in round 1.", (await table.Act("buyer", new SeatAction(ActionKind.Reject, 1))).Problem);
    }

    [Fact]
    public async Task The_teacher_hands_a_seat_to_the_computer_and_gives_it_back()
    {
        var table = NewTable();
        await table.Seat(Seating("seller", "Ann"));
        await table.Seat(Seating("buyer", "Ben"));
        await table.Start();
        await Tables.Awaiting(table, "seller", TurnKind.Propose);

        // Handed over while the table waits for Ann: the seller's strategy, a hardliner, proposes 10 at once; then the
        // table waits for Ben.
        await table.Hand("seller", toComputer: true);
        var handed = await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.True(handed.IsComputer("seller"));
        Assert.Equal(("seller", 10), (handed.Rounds[0].Proposer, handed.Rounds[0].Offer));

        // Given back: Ben's offer of round 2 waits for Ann's own answer.
        await table.Hand("seller", toComputer: false);
        Assert.True((await table.Act("buyer", new SeatAction(ActionKind.Reject, 1))).IsTaken);
        await Tables.Awaiting(table, "buyer", TurnKind.Propose);
        Assert.True((await table.Act("buyer", new SeatAction(ActionKind.Propose, 2, 5))).IsTaken);
        var back = await Tables.Awaiting(table, "seller", TurnKind.Respond);
        Assert.False(back.IsComputer("seller"));
        Assert.Equal(2, back.Awaiting.Single(t => t.Seat == "seller").Round);
        Assert.Single(back.ComputerMoves);
    }

    [Fact]
    public async Task A_faction_student_out_of_time_votes_as_the_model_does()
    {
        var table = NewTable();
        await table.Seat(Seating("buyer", "Ann"));
        Assert.Null(await table.Seat(Seating("parliament/bloc", "Ben") with { Timers = new TurnTimers(0, 1) }));
        await table.Start();
        await Tables.Awaiting(table, "buyer", TurnKind.Respond);
        Assert.True((await table.Act("buyer", new SeatAction(ActionKind.Accept, 1))).IsTaken);

        // Share 10 is worth 0 to the bloc, below its 0.5: the model's bloc votes no, and so does the computer for Ben.
        var result = (await Tables.Ended(table)).Result!;
        Assert.Equal(OutcomeStatus.NotRatified, result.Status);
        Assert.Equal((false, 0), (result.Votes[0].Factions.Single(f => f.Name == "bloc").Line, result.Votes[0].Factions.Single(f => f.Name == "bloc").Yes));
    }
}
