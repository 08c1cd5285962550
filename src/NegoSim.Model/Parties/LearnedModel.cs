using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Parties;

/// <summary>What a learning negotiator has learned of one opponent from the offers it received, and nothing else.</summary>
public abstract class LearnedModel
{
    /// <summary>How many offers it has seen.</summary>
    public int Offers { get; protected set; }

    /// <summary>A fresh model of the kind <paramref name="kind"/> (<see cref="OpponentModel.Frequency"/> or <see cref="OpponentModel.Bayesian"/>).</summary>
    public static LearnedModel Start(OpponentModel kind, OutcomeSpace space) => kind switch
    {
        OpponentModel.Frequency => new FrequencyModel(space),
        OpponentModel.Bayesian => new BayesianModel(space),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only frequency and bayesian models learn."),
    };

    /// <summary>Whether a negotiator with the opponent model <paramref name="kind"/> learns (and so is not given the others' utilities).</summary>
    public static bool Learns(OpponentModel kind) => kind is OpponentModel.Frequency or OpponentModel.Bayesian;

    /// <summary>Learns from the opponent's offer of <paramref name="outcome"/>.</summary>
    public abstract void Observe(int outcome);

    /// <summary>The estimated utility of every outcome, added into <paramref name="into"/>.</summary>
    public abstract void AddEstimates(double[] into);
}
