namespace NegoSim.Classroom.Grains;

/// <summary>What a classroom keeps: how it was opened, every student's ticket, how many tables it has and which have started, and the requests for a seat back.</summary>
[GenerateSerializer, Alias("negosim.classroomState")]
public sealed class ClassroomState
{
    [Id(0)]
    public ClassroomOpening? Opening { get; set; }

    [Id(1)]
    public List<SeatTicket> Tickets { get; set; } = [];

    [Id(2)]
    public int Tables { get; set; }

    [Id(3)]
    public HashSet<int> Started { get; set; } = [];

    [Id(4)]
    public List<RejoinRequest> Requests { get; set; } = [];
}
