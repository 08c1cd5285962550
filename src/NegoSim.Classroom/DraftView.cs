using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;

namespace NegoSim.Classroom;

/// <summary>
/// What a draft deal would mean for the seat building it: its worth to the seat against the seat's reservation and,
/// for a negotiator with a ratifier, whether the deal would go to a vote and how many seats the ratifier as modelled
/// (every faction voting its line) would give it.
/// </summary>
public sealed record DraftView(
    double Worth,
    double Reservation,
    bool AboveReservation,
    bool Anticipates,
    IReadOnlyList<DraftVote> Ratifiers)
{
    public static DraftView Of(CompiledScenario file, string seat, int stage, int outcome)
    {
        var at = file.Tables.Stage(stage);
        var worth = SeatView.WorthTo(file, seat, stage)(outcome);
        var reservation = SeatView.ReservationOf(file, seat, stage);
        var negotiator = at.Negotiators.FirstOrDefault(n => n.Name == seat);
        var votes = new List<DraftVote>();
        for (var r = 0; negotiator is not null && r < at.Ratifiers.Length; r++)
        {
            var profile = at.Ratifiers[r];
            if (profile.Ratifies == seat)
            {
                var required = at.Required[r].Contains(outcome);
                votes.Add(new DraftVote(profile.Name, required, new Ratifier(profile).SupportingSeats(outcome), profile.Threshold, at.WinSets[r].Contains(outcome)));
            }
        }

        return new DraftView(
            Numbers.Rounded(worth),
            Numbers.Rounded(reservation),
            worth >= reservation - Model.Tolerance.Utility,
            negotiator?.AnticipatesRatification ?? false,
            votes);
    }
}
