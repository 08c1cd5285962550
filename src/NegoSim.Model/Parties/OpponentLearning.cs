using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Parties;

/// <summary>
/// What each learning negotiator of a run learned: its models (frequency or Bayesian) replayed from the transcript's
/// offers it received (exactly what it saw), and how well they rank the outcomes as the others truly do.
/// </summary>
public static class OpponentLearning
{
    /// <returns>For each learning negotiator: its model, the offers it learned from, and Spearman's correlation between its estimate of the others' summed utility and the truth.</returns>
    public static IReadOnlyList<(string Negotiator, OpponentModel Model, int Offers, double Accuracy)> Of(Scenario scenario, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var learned = new List<(string, OpponentModel, int, double)>();
        foreach (var learner in scenario.Negotiators.Where(n => LearnedModel.Learns(n.OpponentModel)))
        {
            var models = new Dictionary<string, LearnedModel>(StringComparer.Ordinal);
            var offers = 0;
            foreach (var round in result.Rounds.Where(r => r.Offer >= 0 && r.Proposer != learner.Name))
            {
                if (!models.TryGetValue(round.Proposer, out var model))
                {
                    models[round.Proposer] = model = LearnedModel.Start(learner.OpponentModel, scenario.Space);
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
            learned.Add((learner.Name, learner.OpponentModel, offers, scenario.Space.Count < 2 ? 0 : RankCorrelation.Spearman(estimated, truth)));
        }

        return learned;
    }
}
