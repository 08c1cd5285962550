using NegoSim.Model;

namespace NegoSim.Sweeps.Rows;

/// <summary>A shard's file read row by row for <c>negosim merge</c>, each row checked against the shard's run order.</summary>
public sealed class ShardReader : IDisposable
{
    private readonly string _file;
    private readonly IEnumerator<string> _lines;
    private readonly RowOrderCheck _rows;
    private long _number;

    public ShardReader(string file, SweepManifest manifest, bool csv)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        _file = file;
        if (!EndsWithNewline(file))
        {
            throw new InputException($"{file}: its last row is cut (no newline at the end); finish the shard with the same command and --resume.");
        }

        _lines = File.ReadLines(file).GetEnumerator();
        if (csv)
        {
            Header = _lines.MoveNext() ? _lines.Current : throw new InputException($"{file}: empty, where a CSV header was expected.");
            _number = 1;
        }

        _rows = new RowOrderCheck(RunOrder.Of(manifest), [.. manifest.Grid.Select(a => manifest.Columns == "r" ? SweepColumns.Safe(a.Name) : a.Name)], manifest.Format, file, Header is null ? 0 : SweepRecord.CsvCells(Header).Length, "; the shards cannot be merged");
    }

    /// <summary>The CSV header, or null for JSON Lines.</summary>
    public string? Header { get; }

    /// <summary>The shard's next row, checked.</summary>
    public string Next()
    {
        if (!_lines.MoveNext())
        {
            _rows.CheckComplete();
            throw new InputException($"{_file}: ends early; the shards cannot be merged.");
        }

        _number++;
        _rows.Check(_lines.Current, _number);
        return _lines.Current;
    }

    /// <summary>Checks that the shard had every one of its runs and nothing after them.</summary>
    public void CheckEnd()
    {
        if (_lines.MoveNext())
        {
            throw new InputException($"{_file}:{_number + 1}: a row past the shard's last run; the shards cannot be merged.");
        }

        _rows.CheckComplete();
    }

    public void Dispose() => _lines.Dispose();

    private static bool EndsWithNewline(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length == 0)
        {
            return true;
        }

        stream.Position = stream.Length - 1;
        return stream.ReadByte() == '\n';
    }
}
