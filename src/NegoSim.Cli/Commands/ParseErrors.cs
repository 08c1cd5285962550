using System.Text.RegularExpressions;

namespace NegoSim.Cli.Commands;

/// <summary>
/// System.CommandLine's parse errors in negosim's words: the option, the value (shortened when long) and what is
/// allowed, without .NET's type names ("as expected type 'System.Nullable`1[System.Int32]'").
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>The longest value an error repeats in full; a longer one is shortened to its start and end.</summary>
    public const int LongestValue = 60;

    public static string Plain(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return NegoSim.Model.Excerpt.Of(message, 400);
        }

        var (value, option, type) = (match.Groups["value"].Value, match.Groups["option"].Value, match.Groups["type"].Value);
        var wanted = type switch
        {
            _ when type.Contains("UInt64", StringComparison.Ordinal) || type.Contains("UInt32", StringComparison.Ordinal) => "a whole number from 0",
            _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ => "a value of another kind (see negosim --help)",
        };
        return $"{option} {NegoSim.Model.Excerpt.Of(value, LongestValue)}: {wanted} is expected.";
    }


    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
