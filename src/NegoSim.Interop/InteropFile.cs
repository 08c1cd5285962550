namespace NegoSim.Interop;

/// <summary>A file to import: how errors name it (its path as given) and its text.</summary>
public sealed record InteropFile(string Name, string Text)
{
    /// <summary>The file's name without folder and extension: what a party from it is called.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(Name);

    /// <summary>Where <paramref name="token"/> (a JSON key, quoted) first appears, as FILE:LINE:COL, or FILE alone.</summary>
    public string Locate(string token)
    {
        var at = Text.IndexOf(token, StringComparison.Ordinal);
        if (at < 0)
        {
            return Name;
        }

        var line = 1 + Text.AsSpan(0, at).Count('\n');
        var column = at - Text.LastIndexOf('\n', Math.Max(0, at - 1));
        return $"{Name}:{line}:{column}";
    }
}
