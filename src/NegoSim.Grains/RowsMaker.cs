using System.Collections.Immutable;
using System.Text;
using NegoSim.Grains.Messages;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Sweeps;

namespace NegoSim.Grains;

/// <summary>
/// Makes the lines of a sweep's output for a batch's runs, point by point, where the runs are played. The columns are
/// the first point's: a sweep sends only points with the same terms and negotiators.
/// </summary>
internal sealed class RowsMaker(RowRequest request, int runs)
{
    private SweepFormat? _format;
    private readonly StringBuilder _text = new(runs * 160);
    private readonly ImmutableArray<int>.Builder _lengths = ImmutableArray.CreateBuilder<int>(runs);
    private readonly ImmutableArray<sbyte>.Builder _statuses = ImmutableArray.CreateBuilder<sbyte>(runs);
    private readonly ImmutableArray<int>.Builder _deals = ImmutableArray.CreateBuilder<int>(runs);
    private readonly ImmutableArray<short>.Builder _rounds = ImmutableArray.CreateBuilder<short>(runs);
    private readonly ImmutableArray<double>.Builder _utilities = ImmutableArray.CreateBuilder<double>(runs * 2);

    /// <summary>Adds the rows of one point's runs.</summary>
    public void Add(BatchPoint point, ScenarioFile file, BatchResult played)
    {
        var format = _format ??= SweepFormat.Create(request.Format, SweepColumns.For(request.Axes, file.Scenario));
        var values = point.Values();
        for (var i = 0; i < point.Seeds.Length; i++)
        {
            var result = played.Results[i];
            var before = _text.Length;
            format.Append(_text, new RunOutcome(point.FirstRun + i, point.Seeds[i], values, result, played.Errors[i], result is null ? null : file.Tables.Distances));
            _lengths.Add(_text.Length - before);
            _statuses.Add(result is null ? (sbyte)-1 : (sbyte)result.Status);
            _deals.Add(result?.Deal ?? -1);
            _rounds.Add(result is { IsSigned: true } ? (short)result.Round : (short)0);
            for (var n = 0; n < file.Scenario.Negotiators.Length; n++)
            {
                _utilities.Add(result is null ? double.NaN : result.Utilities[n]);
            }
        }
    }

    public BatchRows Rows() => new(_text.ToString(), _lengths.DrainToImmutable(), _statuses.DrainToImmutable(), _deals.DrainToImmutable(), _rounds.DrainToImmutable(), _utilities.DrainToImmutable());
}
