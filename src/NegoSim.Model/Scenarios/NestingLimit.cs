namespace NegoSim.Model.Scenarios;

/// <summary>
/// Refuses YAML nested deeper than any scenario needs before the parser sees it: the parser recurses once per level,
/// and a 50,000-deep <c>[[[…]]]</c> overflowed the stack and killed the process.
/// </summary>
internal static class NestingLimit
{
    /// <summary>How many levels of <c>[</c> and <c>{</c> a text may nest (a scenario uses three or four).</summary>
    public const int MostLevels = 64;

    /// <exception cref="ScenarioException">The text nests deeper; the message gives where (<paramref name="origin"/>:line:col).</exception>
    public static void Check(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (depth, line, column) = (0, 1, 0);
        var quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column, comment) = (line + 1, 0, false);
                quote = quote == '"' ? quote : '\0';
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                quote = c == quote && !(quote == '"' && i > 0 && text[i - 1] == '\\') ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '[' or '{':
                    if (++depth > MostLevels)
                    {
                        throw new ScenarioException($"{origin}:{line}:{column}", "", $"nested more than {MostLevels} levels deep; a scenario needs a few.");
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
    }
}
