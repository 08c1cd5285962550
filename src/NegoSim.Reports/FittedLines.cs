namespace NegoSim.Reports;

/// <summary>
/// Writes lines no wider than a class projector shows (100 columns, or the terminal's width when writing to one):
/// a longer line breaks at its last " · ", then two spaces, then a space that fits, and goes on under its own indent
/// plus four spaces.
/// </summary>
public sealed class FittedLines(TextWriter writer, int width)
{
    public const int DefaultWidth = 100;

    public int Width { get; } = width;

    /// <summary>Fits to the terminal when <paramref name="writer"/> is the console on one, else to <see cref="DefaultWidth"/>.</summary>
    public static FittedLines For(TextWriter writer) =>
        new(writer, ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && TerminalWidth() is >= 60 and var columns ? columns - 1 : DefaultWidth);

    public void WriteLine(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var indent = new string(' ', text.Length - text.TrimStart(' ').Length);
        var continuation = indent + "    ";
        var rest = text;
        var prefix = "";
        while (prefix.Length + rest.Length > Width)
        {
            var room = Width - prefix.Length;
            var cut = Break(rest, room, prefix.Length == 0 ? indent.Length : 0);
            if (cut <= 0)
            {
                break;
            }

            writer.WriteLine((prefix + rest[..cut]).TrimEnd());
            rest = rest[cut..].TrimStart(' ', '·');
            prefix = continuation;
        }

        writer.WriteLine(prefix + rest);
    }

    /// <summary>Where to break <paramref name="text"/> to fit <paramref name="room"/> columns: at a separator past the indent, or 0 if none fits.</summary>
    private static int Break(string text, int room, int indent)
    {
        var limit = Math.Min(room, text.Length - 1);
        foreach (var separator in new[] { " · ", "  ", " " })
        {
            var at = text.LastIndexOf(separator, limit, StringComparison.Ordinal);
            if (at > indent)
            {
                return at;
            }
        }

        return 0;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
