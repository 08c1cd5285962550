using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Parties;

/// <summary>
/// What each learning negotiator of a run learned: its frequency models replayed from the transcript's offers it
/// received (exactly what it saw), and how well they rank the outcomes as the others truly do.
/// </summary>
public static class OpponentLearning
{
    /// <returns>For each negotiator with <see cref="OpponentModel.Frequency"/>: the offers it learned from, and Spearman's correlation between its estimate of the others' summed utility and the truth.</returns>
    public static IReadOnlyList<(string Negotiator, int Offers, double Accuracy)> Of(Scenario scenario, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var learned = new List<(string, int, double)>();
        foreach (var learner in scenario.Negotiators.Where(n => n.OpponentModel == OpponentModel.Frequency))
        {
            var models = new Dictionary<string, FrequencyModel>(StringComparer.Ordinal);
            var offers = 0;
            foreach (var round in result.Rounds.Where(r => r.Offer >= 0 && r.Proposer != learner.Name))
            {
                if (!models.TryGetValue(round.Proposer, out var model))
                {
                    models[round.Proposer] = model = new FrequencyModel(scenario.Space);
                }

                model.Observe(round.Offer);
                offers++;
            }

            var estimated = new double[scenario.Space.Count];
            foreach (var model in models.Values)
            {
                model.AddEstimates(estimated);
            }

            var others = scenario.Negotiators.Where(n => n.Name != learner.Name).Select(n => n.Utility).ToList();
            var truth = Enumerable.Range(0, scenario.Space.Count).Select(o => others.Sum(u => u.Evaluate(o))).ToArray();
            learned.Add((learner.Name, offers, scenario.Space.Count < 2 ? 0 : RankCorrelation.Spearman(estimated, truth)));
        }

        return learned;
    }
}
