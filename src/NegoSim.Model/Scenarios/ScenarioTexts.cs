using System.Collections.Immutable;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// The words of a scenario file for people, by path as <c>--set</c> names it (<c>terms.reimbursement</c>,
/// <c>parties.kyiv</c>, <c>parties.rada.factions.holos</c>): each <c>description:</c> and each <c>briefing:</c> (the
/// text a classroom shows the student at that seat). They change nothing in play.
/// </summary>
public sealed record ScenarioTexts(ImmutableSortedDictionary<string, string> Descriptions, ImmutableSortedDictionary<string, string> Briefings)
{
    public static ScenarioTexts None { get; } = new(ImmutableSortedDictionary<string, string>.Empty, ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>The description at <paramref name="path"/>, or "" when the file gives none.</summary>
    public string Description(string path) => Descriptions.GetValueOrDefault(path, "");

    /// <summary>The briefing at <paramref name="path"/>, or "" when the file gives none.</summary>
    public string Briefing(string path) => Briefings.GetValueOrDefault(path, "");
}
