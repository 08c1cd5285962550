using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="RunSummary"/> into its <see cref="RunSummarySurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class RunSummaryConverter : IConverter<RunSummary, RunSummarySurrogate>
{
    public RunSummary ConvertFromSurrogate(in RunSummarySurrogate surrogate) =>
        new((OutcomeStatus)surrogate.Status, surrogate.Round, surrogate.Deal, surrogate.Utilities, surrogate.RatificationRequired, surrogate.Yes, surrogate.No, surrogate.Votes, surrogate.FailedVotes, surrogate.FactionYes);

    public RunSummarySurrogate ConvertToSurrogate(in RunSummary value) =>
        new((int)value.Status, value.Round, value.Deal, value.Utilities, value.RatificationRequired, value.Yes, value.No, value.Votes, value.FailedVotes, value.FactionYes);
}
