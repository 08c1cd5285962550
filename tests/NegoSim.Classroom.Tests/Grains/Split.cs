using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Tests.Grains;

/// <summary>
/// A scenario small enough to follow by hand: a seller and a buyer split shares 0–10 (the seller's utility share/10,
/// the buyer's 1 − share/10), both hardliners (the seller offers and accepts only 10, the buyer offers only 0), four
/// rounds. The buyer's parliament has a bloc of 6 seats that passes a share of at most 5, and 4 seats that pass at most 1;
/// 6 votes pass a deal. Its seats, in the order students fill them: seller, buyer, parliament/bloc, parliament/rest.
/// </summary>
internal static class Split
{
    public const string Text = """
        name: split
        terms:
          share: {range: [0, 10], step: 1}
        parties:
          seller:
            role: negotiator
            weights: {share: 1}
            values: {share: {best: 10}}
            reservation: 0.2
            strategy: hardliner
          buyer:
            role: negotiator
            weights: {share: 1}
            values: {share: {best: 0}}
            reservation: 0.2
            strategy: hardliner
          parliament:
            role: ratifier
            ratifies: buyer
            threshold: 6
            factions:
              rest: {seats: 4, weights: {share: 1}, values: {share: {best: 0}}, reservation: 0.9}
              bloc: {seats: 6, weights: {share: 1}, values: {share: {best: 0}}, reservation: 0.5}
        protocol:
          order: [seller, buyer]
          deadline: 4
          ratification: always
        """;

    public static ScenarioSource Source { get; } = new([new SourceFile("/classroom-tests/split.yaml", "split.yaml", Text)]);
}
