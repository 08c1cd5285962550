namespace NegoSim.Classroom.Grains;

/// <summary>What a seat grain keeps: its ticket, once a student has taken it.</summary>
[GenerateSerializer, Alias("negosim.seatState")]
public sealed class SeatState
{
    [Id(0)]
    public SeatTicket? Ticket { get; set; }
}
