namespace NegoSim.Model.Scenarios;

/// <summary>The checked entries of one mapping, in document order.</summary>
internal sealed class ScenarioFields(ScenarioNode owner, IReadOnlyList<(string Key, ScenarioNode Value)> entries)
{
    public IReadOnlyList<(string Key, ScenarioNode Value)> Entries { get; } = entries;

    public ScenarioNode Owner { get; } = owner;

    public ScenarioNode? Optional(string key)
    {
        // A loop, not FirstOrDefault with a lambda: a sweep asks this dozens of times for every grid point.
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key == key)
            {
                return Entries[i].Value;
            }
        }

        return null;
    }

    public ScenarioNode Required(string key, string what) =>
        Optional(key) ?? throw Owner.Error($"missing '{key}': {what}.");
}
