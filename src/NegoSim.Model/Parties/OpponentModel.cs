namespace NegoSim.Model.Parties;

/// <summary>What a negotiator knows of the others' preferences when it chooses an offer.</summary>
public enum OpponentModel
{
    /// <summary>It knows their utilities: among the outcomes worth its target, it offers the one best for them.</summary>
    Full,

    /// <summary>It does not look: it offers the outcome closest above its target in its own utility (ties: canonical order).</summary>
    None,

    /// <summary>
    /// It learns their utilities from the offers it receives only (<see cref="FrequencyModel"/>, as HardHeaded does),
    /// and offers, among the outcomes worth its target, the one best for them by what it has learned.
    /// </summary>
    Frequency,

    /// <summary>
    /// It learns their utilities from the offers it receives only, by Bayesian learning over hypotheses of weights and
    /// value-function shapes (<see cref="BayesianModel"/>, Hindriks and Tykhonov 2008), and offers as
    /// <see cref="Frequency"/> does.
    /// </summary>
    Bayesian,
}
