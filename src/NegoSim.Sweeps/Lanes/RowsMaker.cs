using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// Makes the lines of a sweep's output for a batch's runs, point by point, where the runs are played: as the UTF-8 bytes
/// the file gets, each run's facts beside them. The columns are the first point's: a sweep sends only points with the
/// same terms and negotiators. A caller that made the format for these columns before may give it.
/// </summary>
public sealed class RowsMaker(RowRequest request, int runs, SweepFormat? format = null)
{
    private SweepFormat? _format = format;
    private readonly StringBuilder _line = new(256);
    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly ArrayBufferWriter<byte> _text = new(runs * 128);
    private ArrayBufferWriter<byte>? _facts;
    private int _negotiators;

    /// <summary>Adds the rows of one point's runs.</summary>
    public void Add(BatchPoint point, CompiledScenario file, BatchResult played)
    {
        var format = _format ??= SweepFormat.Create(request.Format, SweepColumns.For(request.Axes, file.Scenario, request.RSafe));
        _negotiators = file.Scenario.Negotiators.Length;
        var size = RowFacts.Size(_negotiators);
        _facts ??= new ArrayBufferWriter<byte>(runs * size);
        var values = point.Values();
        for (var i = 0; i < point.Seeds.Length; i++)
        {
            var result = played.Results[i];
            _line.Clear();
            var run = point.FirstRun + i;
            format.Append(_line, new RunOutcome(run, point.Seeds[i], values, result, played.Errors[i], result is null ? null : file.Tables.Distances, run / Math.Max(1, request.RunsPerPoint)));
            var length = 0;
            foreach (var chunk in _line.GetChunks())
            {
                length += Encode(chunk.Span, flush: false);
            }

            length += Encode([], flush: true);
            var facts = result is null
                ? new RowFacts(length, -1, -1, 0, null)
                : new RowFacts(length, (sbyte)result.Status, result.Deal, result.IsSigned ? (short)result.Round : (short)0, ImmutableCollectionsMarshal.AsArray(result.Utilities));
            facts.Write(_facts.GetSpan(size), _negotiators);
            _facts.Advance(size);
        }
    }

    public BatchRows Rows() => new(_text.WrittenMemory, _facts?.WrittenMemory ?? ReadOnlyMemory<byte>.Empty, _negotiators);

    private int Encode(ReadOnlySpan<char> chars, bool flush)
    {
        var bytes = _utf8.GetBytes(chars, _text.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length)), flush);
        _text.Advance(bytes);
        return bytes;
    }
}
