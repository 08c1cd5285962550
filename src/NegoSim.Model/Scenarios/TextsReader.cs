using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads the <c>description:</c> and <c>briefing:</c> texts of terms, parties and factions (<see cref="ScenarioTexts"/>).</summary>
internal static class TextsReader
{
    public static ScenarioTexts Read(ScenarioNode terms, ScenarioNode parties)
    {
        var descriptions = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var briefings = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in terms.Fields().Entries)
        {
            Add(node, $"terms.{name}", descriptions, briefings);
        }

        foreach (var (name, node) in parties.Fields().Entries)
        {
            Add(node, $"parties.{name}", descriptions, briefings);
            if (node.Yaml is YamlMappingNode && node.Fields().Optional("factions") is { Yaml: YamlMappingNode } factions)
            {
                foreach (var (faction, factionNode) in factions.Fields().Entries)
                {
                    Add(factionNode, $"parties.{name}.factions.{faction}", descriptions, briefings);
                }
            }
        }

        return new ScenarioTexts(descriptions.ToImmutable(), briefings.ToImmutable());
    }

    private static void Add(ScenarioNode node, string path, ImmutableSortedDictionary<string, string>.Builder descriptions, ImmutableSortedDictionary<string, string>.Builder briefings)
    {
        if (node.Yaml is not YamlMappingNode)
        {
            return;
        }

        var fields = node.Fields();
        if (fields.Optional("description") is { } description)
        {
            descriptions[path] = description.Text().Trim();
        }

        if (fields.Optional("briefing") is { } briefing)
        {
            briefings[path] = briefing.Text().Trim();
        }
    }
}
