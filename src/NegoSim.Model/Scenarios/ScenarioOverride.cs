using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// A value set from outside the file (<c>--set NAME=VALUE</c>, a sweep's <c>--vary</c>, or an event's <c>set</c>):
/// NAME is a parameter or a dotted path into the document; VALUE is YAML (<c>0.4</c>, <c>conceder</c>, <c>{kind: boulware}</c>).
/// </summary>
/// <param name="Name">A parameter or a dotted path.</param>
/// <param name="Value">The value, as YAML.</param>
/// <param name="Origin">The command-line text that set it, named in errors; null for a value written in a file.</param>
/// <param name="File">The file a value written in a file comes from.</param>
public sealed record ScenarioOverride(string Name, YamlNode Value, string? Origin, string? File = null)
{
    /// <summary>Parses <c>NAME=VALUE</c> as written on the command line.</summary>
    /// <exception cref="ScenarioException">It is not of that form.</exception>
    public static ScenarioOverride Parse(string text, string option = "--set")
    {
        ArgumentNullException.ThrowIfNull(text);
        // Named in every error about it: a long value is cut, so a message stays one readable line.
        var origin = text.Length <= 120 ? $"{option} {text}" : $"{option} {text[..100]}… ({text.Length:N0} characters)";
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ScenarioException(origin, "", "expected NAME=VALUE, where NAME is a parameter or a dotted path such as parties.kyiv.reservation.");
        }

        return new ScenarioOverride(text[..equals].Trim(), ParseValue(text[(equals + 1)..], origin), origin);
    }

    /// <summary>
    /// True for a value YAML reads as a plain scalar of the same text, so that it needs no parser: a number
    /// (<c>0.45</c>, <c>-3</c>, <c>1e-4</c>) or a word of letters, digits, '-' and '_' starting with a letter.
    /// </summary>
    private static bool IsPlain(string value) =>
        ScenarioNode.IsName(value) || (value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E') && (char.IsAsciiDigit(value[0]) || (value.Length > 1 && value[0] is '-' or '+' or '.' && char.IsAsciiDigit(value[1]))));

    /// <summary>Reads a value as YAML, so that numbers, words, lists and mappings all work.</summary>
    public static YamlNode ParseValue(string value, string origin)
    {
        if (string.IsNullOrWhiteSpace(value) || IsPlain(value))
        {
            return new YamlScalarNode(value);
        }

        NestingLimit.Check(value, origin);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(value));
            return stream.Documents.Count == 0 ? new YamlScalarNode(value) : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new ScenarioException(origin, "", $"the value is not valid YAML: {e.Message}");
        }
    }
}
