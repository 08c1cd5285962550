using System.Globalization;
using System.Text;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A student's name as the class sees it: 1 to <see cref="Longest"/> characters, with at least one letter or digit, and
/// no control or formatting characters (zero-width spaces, right-to-left overrides), which would show a blank or a
/// spoofed name to the teacher. Two names are the same when they differ only in case or spacing.
/// </summary>
public static class StudentName
{
    public const int Longest = 40;

    /// <summary>What is wrong with <paramref name="name"/> (already trimmed), in words for the student; null when nothing is.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return "name: your name, as the class will see it; it is empty.";
        }

        if (name.Length > Longest)
        {
            return $"name: at most {Longest} characters; yours has {name.Length}.";
        }

        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || rune == Rune.ReplacementChar || (Rune.IsWhiteSpace(rune) && rune.Value != ' '))
            {
                return $"name: letters, digits, spaces and punctuation only; U+{rune.Value:X4} is none of them.";
            }
        }

        return name.EnumerateRunes().Any(Rune.IsLetterOrDigit) ? null : "name: it needs at least one letter or digit.";
    }

    /// <summary>The form two names are compared in: upper case, single spaces.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
