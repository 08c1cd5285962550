namespace NegoSim.Model;

/// <summary>What an error repeats of a long value: at most so many characters, its start and its end with "…" between.</summary>
public static class Excerpt
{
    public static string Of(string text, int most)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= most)
        {
            return text;
        }

        var half = (most - 1) / 2;
        return string.Concat(text.AsSpan(0, half), "…", text.AsSpan(text.Length - half));
    }
}
