namespace NegoSim.Reports;

/// <summary>A cell of a CSV file as RFC 4180 writes it: quoted (with its quotes doubled) only when it holds a comma, a quote or a line break.</summary>
public static class CsvText
{
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
