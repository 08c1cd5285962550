using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    [Fact]
    public void Reads_terms_parties_protocol_and_defaults()
    {
        var file = ScenarioText.Read(ScenarioText.Valid);
        var s = file.Scenario;

        Assert.Equal(22, s.Space.Count);
        Assert.Equal(["seller", "buyer"], s.Negotiators.Select(n => n.Name));
        Assert.Same(TimeDependentStrategy.Linear, s.Negotiators[0].Strategy);
        Assert.Equal(0.5, ((TimeDependentStrategy)s.Negotiators[1].Strategy).Exponent);
        Assert.Equal(1, s.Negotiators[0].Discount);
        Assert.True(s.Negotiators[1].AnticipatesRatification);
        Assert.Equal("buyer", Assert.Single(s.Ratifiers).Ratifies);
        Assert.Equal(6, s.Protocol.Deadline);
    }

    [Fact]
    public void A_faction_reservation_may_be_a_belief_and_a_negotiator_a_confidence()
    {
        var file = ScenarioText.Read(ScenarioText.Replace("reservation: 0.3}", "reservation: {uniform: [0.2, 0.6]}}")
            .Replace("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {kind: time-dependent, exponent: 0.5}\n    confidence: 0.8", StringComparison.Ordinal));
        var faction = Assert.Single(Assert.Single(file.Scenario.Ratifiers).Factions);

        Assert.Equal(new ReservationBelief("uniform", 0.2, 0.6), faction.Belief);
        Assert.Equal(0.4, faction.Reservation, 9);
        Assert.Equal(0.8, file.Scenario.Negotiators[1].Confidence);
        Assert.Equal(NegotiatorProfile.DefaultConfidence, file.Scenario.Negotiators[0].Confidence);
    }

    [Theory]
    [InlineData("{uniform: [0.6, 0.2]}", "0.2 is out of range; allowed: a number from the low end 0.6 to 1")]
    [InlineData("{normal: [0.5, 0]}", "0 is out of range; allowed: a standard deviation above 0, at most 1")]
    [InlineData("{uniform: [0.2]}", "expected [low, high]")]
    [InlineData("{beta: [1, 2]}", "beta")]
    public void A_belief_that_is_no_distribution_is_refused_at_its_place(string belief, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("reservation: 0.3}", $"reservation: {belief}}}")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("t.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{more-than: 0.5}", 6)]      // 10 seats: a majority is 6
    [InlineData("{at-least: 0.5}", 5)]       // half of 10
    [InlineData("{at-least: 0.6667}", 7)]    // 6.667 seats: 7
    [InlineData("{more-than: 0.6}", 7)]      // more than 6
    [InlineData("3", 3)]
    public void A_threshold_may_be_a_share_of_the_seats(string threshold, int seats)
    {
        var file = ScenarioText.Read(ScenarioText.Replace("threshold: 6", $"threshold: {threshold}"));

        Assert.Equal(seats, Assert.Single(file.Scenario.Ratifiers).Threshold);
    }

    [Fact]
    public void A_threshold_may_be_a_share_of_the_votes_cast_with_a_quorum_and_abstentions()
    {
        var file = ScenarioText.Read(ScenarioText.Replace("threshold: 6", "threshold: {more-than: 0.5, of: cast}\n    quorum: {at-least: 0.4}")
            .Replace("reservation: 0.3}", "reservation: 0.3, abstains-within: 0.1}", StringComparison.Ordinal));
        var ratifier = Assert.Single(file.Scenario.Ratifiers);

        Assert.Equal(new CastShare(0.5, true), ratifier.OfCast);
        Assert.Equal(4, ratifier.Quorum);
        Assert.Equal(0.1, Assert.Single(ratifier.Factions).AbstainBand);
        Assert.Equal(3, ratifier.Needed(4));
        Assert.Equal(1, ratifier.Needed(1));
    }

    [Fact]
    public void A_threshold_of_neither_seats_nor_votes_cast_is_refused()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("threshold: 6", "threshold: {more-than: 0.5, of: present}")));

        Assert.Contains("'present' is neither seats", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proposer: random", 0.5)]
    [InlineData("proposer: {random: {seller: 0.7, buyer: 0.3}}", 0.7)]
    public void A_proposer_may_be_drawn_each_round(string proposer, double seller)
    {
        var file = ScenarioText.Read(ScenarioText.Replace("deadline: 6", "deadline: 6\n  " + proposer));

        Assert.Equal(seller, file.Scenario.Protocol.Recognition[0], 9);
        Assert.True(file.Scenario.Protocol.RandomProposer);
    }

    [Theory]
    [InlineData("proposer: {random: {seller: 0.7, buyer: 0.2}}", "add up to 0.9")]
    [InlineData("proposer: dictator", "unknown proposer rule 'dictator'")]
    [InlineData("proposer: {random: {sellr: 1}}", "sellr")]
    public void A_proposer_rule_stated_wrongly_is_refused(string proposer, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("deadline: 6", "deadline: 6\n  " + proposer)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negotiator_may_learn_its_opponent_and_accept_by_conditions()
    {
        var file = ScenarioText.Read(ScenarioText.Replace("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {kind: time-dependent, exponent: 0.5}\n    opponent-model: frequency\n    acceptance: {next: true, const: 0.8, time: 0.95}"));
        var buyer = file.Scenario.Negotiators[1];

        Assert.Equal(OpponentModel.Frequency, buyer.OpponentModel);
        Assert.Equal(new Acceptance(true, 0.8, 0.95), buyer.Acceptance);
        Assert.Null(file.Scenario.Negotiators[0].Acceptance);
        Assert.Contains("at least one condition", Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: linear\n    acceptance: {next: false}"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strategy_may_be_given_as_its_three_parts()
    {
        var parts = ScenarioText.Read(ScenarioText.Replace("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {bidding: boulware, opponent-model: frequency, acceptance: {time: 0.9}}")).Scenario.Negotiators[1];
        var keys = ScenarioText.Read(ScenarioText.Replace("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: boulware\n    opponent-model: frequency\n    acceptance: {time: 0.9}")).Scenario.Negotiators[1];

        Assert.Equal((keys.Strategy, keys.OpponentModel, keys.Acceptance), (parts.Strategy, parts.OpponentModel, parts.Acceptance));
        Assert.Equal(OpponentModel.Frequency, parts.OpponentModel);

        var twice = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {bidding: linear, opponent-model: none}\n    opponent-model: full")));
        Assert.Contains("opponent-model is given twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negotiator_may_have_two_ratifiers()
    {
        var board = ScenarioText.Valid[ScenarioText.Valid.IndexOf("  board:", StringComparison.Ordinal)..ScenarioText.Valid.IndexOf("protocol:", StringComparison.Ordinal)];
        var file = ScenarioText.Read(ScenarioText.Valid.Replace(board, board + board.Replace("board:", "court:", StringComparison.Ordinal), StringComparison.Ordinal));

        Assert.Equal(["board", "court"], file.Scenario.Ratifiers.Select(r => r.Name));
        Assert.All(file.Scenario.Ratifiers, r => Assert.Equal("buyer", r.Ratifies));
    }

    /// <summary>
    /// The test scenario with named fallbacks: the status quo is price 6, fast; a freeze gives the buyer 0.1. By hand:
    /// the seller (weights price 0.5, speed 0.5; price best 10, speed best slow) values the status quo at
    /// 0.5·0.6 + 0.5·0 = 0.3; the buyer (weights 1, 1; price best 0, fast worth 1) at 0.5·0.4 + 0.5·1 = 0.7; the hawks
    /// (price only, best 0) at 0.4.
    /// </summary>
    private static string WithFallbacks(string buyerReservation) => ScenarioText.Valid
        .Replace("parties:\n", "fallbacks:\n  status-quo: {terms: {price: 6, speed: fast}}\n  freeze: {worth: {buyer: 0.1}}\nparties:\n", StringComparison.Ordinal)
        .Replace("    reservation: 0.2\n    strategy:", $"    reservation: {buyerReservation}\n    strategy:", StringComparison.Ordinal)
        .Replace("  seller:\n    role: negotiator\n    weights: {price: $greed, speed: 0.5}\n    values:\n      price: {best: 10}\n      speed: {best: slow}\n    reservation: 0.2", "  seller:\n    role: negotiator\n    weights: {price: $greed, speed: 0.5}\n    values:\n      price: {best: 10}\n      speed: {best: slow}\n    reservation: {fallback: status-quo}", StringComparison.Ordinal)
        .Replace("reservation: 0.3}", "reservation: {fallback: status-quo}}", StringComparison.Ordinal);

    [Fact]
    public void A_reservation_may_be_the_worth_of_a_named_fallback()
    {
        var s = ScenarioText.Read(WithFallbacks("{fallback: status-quo}")).Scenario;

        Assert.Equal(0.3, s.Negotiators[0].Reservation, 9);
        Assert.Equal(0.7, s.Negotiators[1].Reservation, 9);
        Assert.Equal(0.4, Assert.Single(s.Ratifiers[0].Factions).Reservation, 9);
        Assert.Equal(0.1, ScenarioText.Read(WithFallbacks("{fallback: freeze}")).Scenario.Negotiators[1].Reservation, 9);
    }

    [Fact]
    public void An_event_may_move_the_fallback_while_preferences_stay()
    {
        var text = WithFallbacks("{fallback: status-quo}") + "\nevents:\n  - round: 3\n    set: {parties.buyer.reservation: {fallback: freeze}}\n";

        var s = ScenarioText.Read(text).Scenario;

        Assert.Equal(0.7, s.Negotiators[1].Reservation, 9);
        Assert.Equal(0.1, Assert.Single(s.Events).Negotiators[1].Reservation, 9);
        Assert.Equal(
            Enumerable.Range(0, s.Space.Count).Select(s.Negotiators[1].Utility.Evaluate),
            Enumerable.Range(0, s.Space.Count).Select(s.Events[0].Negotiators[1].Utility.Evaluate));
    }

    [Theory]
    [InlineData("{fallback: war}", "no fallback 'war'; fallbacks: freeze, status-quo.")]
    public void An_unknown_fallback_is_refused_with_the_names_there_are(string reservation, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(WithFallbacks(reservation)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("t.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_dollar_is_text_and_only_a_plain_one_names_a_parameter()
    {
        var text = ScenarioText.Valid
            .Replace("speed: {options: [slow, fast]}", "speed: {options: [\"$slow\", '$fast']}", StringComparison.Ordinal)
            .Replace("speed: {best: slow}", "speed: {best: \"$slow\"}", StringComparison.Ordinal)
            .Replace("speed: {values: {slow: 0, fast: 1}}", "speed: {values: {\"$slow\": 0, \"$fast\": 1}}", StringComparison.Ordinal)
            .Replace("when: {speed: fast}", "when: {speed: \"$fast\"}", StringComparison.Ordinal);

        var speed = Assert.IsType<OptionTerm>(ScenarioText.Read(text).Scenario.Space.Terms[1]);
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(text.Replace("best: \"$slow\"", "best: $slow", StringComparison.Ordinal)));

        Assert.Equal(["$slow", "$fast"], speed.Options.ToArray());
        Assert.Contains("uses parameter '$slow', which is not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_set_from_outside_reaches_every_use()
    {
        var file = ScenarioText.Read(ScenarioText.Valid, "greed=0");

        Assert.Equal("0", Assert.Single(file.Parameters).Value);
        Assert.Equal(0, file.Scenario.Negotiators[0].Utility.Weights[0]);
    }

    [Fact]
    public void A_path_override_may_add_a_key_the_file_lacks_and_take_yaml()
    {
        var file = ScenarioText.Read(
            ScenarioText.Valid,
            "parties.seller.discount=0.9",
            "parties.seller.strategy={kind: hardliner}",
            "protocol.order=[buyer, seller]");

        Assert.Equal(0.9, file.Scenario.Negotiators[0].Discount);
        Assert.Same(HardlinerStrategy.Instance, file.Scenario.Negotiators[0].Strategy);
        Assert.Equal("buyer", file.Scenario.Protocol.ProposerOf(1));
    }

    [Fact]
    public void Events_compile_to_the_parties_from_their_round_on()
    {
        var text = ScenarioText.Valid + """

            events:
              - {round: 3, set: {parties.seller.reservation: 0.6}, note: seller hardens}
              - {round: 5, set: {greed: 1}}
            """;

        var events = ScenarioText.Read(text).Scenario.Events;

        Assert.Equal([3, 5], events.Select(e => e.Round));
        Assert.Equal("seller hardens", events[0].Note);
        Assert.Equal(0.6, events[0].Negotiators[0].Reservation);
        Assert.Equal(0.6, events[1].Negotiators[0].Reservation); // events accumulate
        Assert.Equal(2 / 3.0, events[1].Negotiators[0].Utility.Weights[0], 12);
    }

    [Theory]
    [InlineData("{round: 3, set: {protocol.deadline: 4}}", "an event may change parameters and parties.* settings only")]
    [InlineData("{round: 9, set: {greed: 1}}", "9 is out of range; allowed: [1, 6]")]
    [InlineData("{round: 2, set: {parties.seller.reservation: 2}}", "parties.seller.reservation: 2 is out of range")]
    public void Bad_events_are_refused(string entry, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Valid + $"\nevents:\n  - {entry}\n"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task A_read_scenario_plays_with_proposers_alternating_in_order()
    {
        var file = ScenarioText.Read(ScenarioText.Valid);

        var result = await AlternatingOffers.RunAsync(file.Tables, 0, new LocalParties(file.Tables));

        Assert.NotEqual(OutcomeStatus.NotRatified, result.Status);
        Assert.All(result.Rounds, r => Assert.Equal(r.Round % 2 == 1 ? "seller" : "buyer", r.Proposer));
    }

    [Fact]
    public void Ratification_conditions_read_any_all_and_comparisons()
    {
        var file = ScenarioText.Read(ScenarioText.Replace(
            "ratification: {when: {speed: fast}}",
            "ratification: {when: {any: [{speed: fast}, {price: {at-least: 8}}, {all: [{speed: slow}, {price: {below: 2}}]}]}}"));

        // 11 prices × 2 speeds: fast (11), or slow with price ≥ 8 (3) or price < 2 (2).
        Assert.Equal(16, file.Scenario.Ratifiers[0].Required.RequiredIn(file.Scenario.Space).Count);
    }

    [Theory]
    [InlineData("{when: {speed: {above: 1}}}", "not a numeric term")]
    [InlineData("{when: {price: {more: 1}}}", "unknown key 'more'")]
    [InlineData("{when: {any: {speed: fast}}}", "expected a list of conditions")]
    [InlineData("{when: {any: []}}", "give at least one condition")]
    public void Bad_ratification_conditions_are_refused_where_they_are_written(string rule, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("ratification: {when: {speed: fast}}", $"ratification: {rule}")));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("t.yaml:32:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negotiator_may_choose_without_an_opponent_model()
    {
        var file = ScenarioText.Read(ScenarioText.Replace("    strategy: {kind: time-dependent, exponent: 0.5}", "    strategy: {kind: time-dependent, exponent: 0.5}\n    opponent-model: none"));

        Assert.Equal(OpponentModel.None, file.Scenario.Negotiators[1].OpponentModel);
        Assert.Equal(OpponentModel.Full, file.Scenario.Negotiators[0].OpponentModel);
    }

    [Fact]
    public void Stop_after_plays_the_first_rounds_of_talks_that_run_to_the_deadline()
    {
        var file = ScenarioText.Read(ScenarioText.Replace("deadline: 6", "deadline: 6\n  stop-after: 2"));

        Assert.Equal(2, file.Scenario.Protocol.LastRound);
        Assert.Throws<ScenarioException>(() => ScenarioText.Read(ScenarioText.Replace("deadline: 6", "deadline: 6\n  stop-after: 7")));
    }
}
