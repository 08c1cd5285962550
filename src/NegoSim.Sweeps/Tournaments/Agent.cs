using System.Collections.Immutable;
using NegoSim.Model;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// A contestant of a tournament: a name and the negotiator settings it brings to whichever role it plays
/// (<c>strategy</c>, <c>opponent-model</c>, <c>acceptance</c>, …), each a YAML value.
/// </summary>
public sealed record Agent(string Name, ImmutableArray<(string Key, string Value)> Settings)
{
    /// <summary>
    /// The strategies a bare name stands for: <c>--agent boulware</c> is <c>boulware=strategy=boulware</c>;
    /// <c>micro</c> is MiCRO as its author defined it, without an opponent model (<c>strategy=micro;opponent-model=none</c>).
    /// </summary>
    public static readonly ImmutableArray<string> Presets = ["boulware", "linear", "conceder", "hardliner", "tit-for-tat", "micro"];

    /// <summary>
    /// Reads <c>NAME</c> (a preset) or <c>NAME=KEY=VALUE[;KEY=VALUE…]</c>, e.g.
    /// <c>learner=strategy=boulware;opponent-model=frequency;acceptance={next: true}</c>.
    /// </summary>
    public static Agent Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return Presets.Contains(text)
                ? new Agent(text, text == "micro" ? [("strategy", text), ("opponent-model", "none")] : [("strategy", text)])
                : throw new InputException($"--agent {text}: not a preset ({string.Join(", ", Presets)}); give NAME=KEY=VALUE;KEY=VALUE…, e.g. learner=strategy=boulware;opponent-model=frequency.");
        }

        var name = text[..equals];
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new InputException($"--agent {text}: '{name}' is not a usable name: letters, digits, '-' and '_', starting with a letter.");
        }

        var settings = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var part in text[(equals + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new InputException($"--agent {text}: '{part}' is not KEY=VALUE.");
            }

            settings.Add((part[..at].Trim(), part[(at + 1)..].Trim()));
        }

        return settings.Count == 0 ? throw new InputException($"--agent {text}: give at least one KEY=VALUE.") : new Agent(name, settings.ToImmutable());
    }

    /// <summary>The <c>--set</c> values that make negotiator <paramref name="party"/> this agent.</summary>
    public IEnumerable<string> SetsFor(string party) => Settings.Select(s => $"parties.{party}.{s.Key}={s.Value}");
}
