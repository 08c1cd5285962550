using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom.Tests;

public sealed class JoinLineTests
{
    /// <summary>A classroom that answers each group when the test lets it, and records the groups.</summary>
    private sealed class Door
    {
        public List<string[]> Groups { get; } = [];

        public TaskCompletionSource Open { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<JoinResult[]> Seat(JoinRequest[] requests)
        {
            lock (Groups)
            {
                Groups.Add([.. requests.Select(r => r.Student)]);
            }

            await Open.Task;
            return [.. requests.Select(r => r.Student.StartsWith('X') ? new JoinResult(null, $"no {r.Student}") : new JoinResult(new SeatTicket("t-" + r.Student, "C", 1, "kyiv", r.Student)))];
        }
    }

    [Fact]
    public async Task Students_who_arrive_while_a_group_is_seated_go_in_together_next_and_each_gets_their_own_answer()
    {
        var door = new Door();
        using var emptied = new SemaphoreSlim(0);
        var line = new JoinLine(door.Seat, _ => emptied.Release());

        var ann = line.Join(new JoinRequest("Ann"));
        var later = new[] { "Ben", "Xav", "Cat" }.Select(name => line.Join(new JoinRequest(name))).ToList();

        // Ann went in alone; the three wait behind her and go in as one group once she is seated.
        Assert.Equal([["Ann"]], door.Groups);
        door.Open.SetResult();
        Assert.Equal("t-Ann", (await ann).Ticket!.Token);
        var answers = await Task.WhenAll(later);
        Assert.Equal([["Ann"], ["Ben", "Xav", "Cat"]], door.Groups);
        Assert.Equal(["t-Ben", null, "t-Cat"], answers.Select(a => a.Ticket?.Token));
        Assert.Equal("no Xav", answers[1].Problem);

        // Nobody waits: the line says so once (the server forgets it), and starts again for the next student.
        Assert.True(await emptied.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, emptied.CurrentCount);
        Assert.Equal("t-Dan", (await line.Join(new JoinRequest("Dan"))).Ticket!.Token);
        Assert.True(await emptied.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal([["Ann"], ["Ben", "Xav", "Cat"], ["Dan"]], door.Groups);
    }

    [Fact]
    public async Task When_seating_a_group_fails_every_student_of_the_group_is_told_and_the_next_group_is_still_seated()
    {
        var door = new Door();
        var line = new JoinLine(door.Seat, _ => { });
        var ann = line.Join(new JoinRequest("Ann"));
        var ben = line.Join(new JoinRequest("Ben"));
        door.Open.SetException(new TimeoutException("the classroom did not answer"));
        Assert.Equal("the classroom did not answer", (await Assert.ThrowsAsync<TimeoutException>(() => ann)).Message);
        Assert.Equal("the classroom did not answer", (await Assert.ThrowsAsync<TimeoutException>(() => ben)).Message);

        door.Open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        door.Open.SetResult();
        Assert.Equal("t-Cat", (await line.Join(new JoinRequest("Cat"))).Ticket!.Token);
    }
}
