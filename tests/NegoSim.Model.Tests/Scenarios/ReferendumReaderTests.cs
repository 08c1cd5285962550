using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Scenarios;

/// <summary>How a scenario states a referendum, repeated votes and reopened talks, and how it is told it got them wrong.</summary>
public sealed class ReferendumReaderTests
{
    private const string Board = """
          board:
            role: ratifier
            ratifies: buyer
            threshold: 6
            factions:
              hawks: {seats: 10, weights: {price: 1}, values: {price: {best: 0}}, reservation: 0.3}
        """;

    private const string Electorate = """
          board:
            role: ratifier
            ratifies: buyer
            votes: 2
            reopen: {rounds: 4, times: 3}
            referendum:
              voters: 2000
              turnout: 0.6
              spread: 0.1
              swing: 0.05
              drift: 0.02
              weights: {price: 1}
              values: {price: {best: 0}}
              reservation: 0.3
        """;

    private static CompiledScenario Read(string board) => ScenarioText.Read(ScenarioText.Replace(Board, board));

    [Fact]
    public void A_ratifier_may_be_an_electorate_with_its_votes_and_reopenings()
    {
        var ratifier = Assert.Single(Read(Electorate).Scenario.Ratifiers);

        Assert.Equal(new Referendum(2000, 0.6, 0.1, 0.05, 0.02), ratifier.Referendum);
        var voters = Assert.Single(ratifier.Factions);
        Assert.Equal((Referendum.VotersFaction, 1200, 0.3), (voters.Name, voters.Seats, voters.Reservation));
        Assert.Equal(601, ratifier.Threshold);
        Assert.Equal(2, ratifier.VotesPerText);
        Assert.Equal(new Reopening(4, 3), ratifier.Reopening);
        Assert.True(ratifier.IsUncertain);
    }

    [Fact]
    public void A_parliament_reopens_once_unless_told_and_votes_once_on_a_text()
    {
        var ratifier = Assert.Single(Read(Board.Replace("threshold: 6", "threshold: 6\n    reopen: {rounds: 3}", StringComparison.Ordinal)).Scenario.Ratifiers);

        Assert.Equal(new Reopening(3, 1), ratifier.Reopening);
        Assert.Equal(1, ratifier.VotesPerText);
        Assert.Null(ratifier.Referendum);
    }

    [Theory]
    [InlineData("      spread: 0.1\n", "      spread: 0\n", "spread: 0 is out of range; allowed: a number above 0")]
    [InlineData("      voters: 2000\n", "", "voters")]
    [InlineData("    referendum:\n", "    threshold: 6\n    referendum:\n", "a referendum has neither factions nor a threshold")]
    [InlineData("    reopen: {rounds: 4, times: 3}\n", "    reopen: {rounds: 0}\n", "reopen.rounds")]
    [InlineData("    votes: 2\n", "    votes: many\n", "votes")]
    public void A_referendum_stated_wrongly_is_refused_at_its_place(string oldText, string newText, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => Read(Electorate.Replace(oldText, newText, StringComparison.Ordinal)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("t.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_may_fall_in_reopened_talks_but_not_beyond_them()
    {
        var reopening = Board.Replace("threshold: 6", "threshold: 6\n    reopen: {rounds: 3}", StringComparison.Ordinal);
        var election = "\nevents:\n  - {round: 9, note: an election, set: {parties.board.threshold: 7}}\n";

        // Deadline 6 and three reopened rounds: round 9 is the last a run can reach.
        var file = ScenarioText.Read(ScenarioText.Replace(Board, reopening) + election);
        Assert.Equal(9, Assert.Single(file.Scenario.Events).Round);

        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace(Board, reopening) + election.Replace("round: 9", "round: 10", StringComparison.Ordinal)));
        Assert.Contains("10 is out of range", error.Message, StringComparison.Ordinal);
    }
}
