using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom;

/// <summary>
/// The students joining one classroom through this server, in line at its door: while the classroom seats one group,
/// those who arrive wait, and go in together as the next group (one call, one write of the classroom). A class that
/// joins at once (400 students in a second) is seated in a few groups rather than one by one, and every student is
/// answered only once their seat is stored. <paramref name="seat"/> seats a group (the classroom's
/// <see cref="IClassroomGrain.Join"/>); <paramref name="emptied"/> is told when nobody waits any more (the server keeps
/// a line only while students wait in it).
/// </summary>
public sealed class JoinLine(Func<JoinRequest[], Task<JoinResult[]>> seat, Action<JoinLine> emptied)
{
    private readonly Lock _gate = new();
    private List<(JoinRequest Request, TaskCompletionSource<JoinResult> Answer)> _waiting = [];
    private bool _seating;

    /// <summary>Seats a student, with those who join at the same moment.</summary>
    public Task<JoinResult> Join(JoinRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answer = new TaskCompletionSource<JoinResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool first;
        lock (_gate)
        {
            _waiting.Add((request, answer));
            first = !_seating;
            _seating = true;
        }

        if (first)
        {
            _ = SeatAsync();
        }

        return answer.Task;
    }

    /// <summary>Seats the waiting students, group after group, until nobody waits.</summary>
    private async Task SeatAsync()
    {
        while (true)
        {
            List<(JoinRequest Request, TaskCompletionSource<JoinResult> Answer)> group;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    // A student who still finds this line starts it again: at worst two lines seat one classroom's
                    // students for a moment, each group still one call.
                    _seating = false;
                    emptied(this);
                    return;
                }

                (group, _waiting) = (_waiting, []);
            }

            try
            {
                var results = await seat([.. group.Select(g => g.Request)]);
                foreach (var (waiting, result) in group.Zip(results))
                {
                    waiting.Answer.SetResult(result);
                }
            }
            catch (Exception e)
            {
                foreach (var waiting in group)
                {
                    waiting.Answer.SetException(e);
                }
            }
        }
    }
}
