using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// One source of a value: a node of a file (the scenario, or a file it <c>extends</c>), or a value set from outside
/// (<see cref="IsOverride"/>: then <see cref="Source"/> is the <c>--set</c> that gave it).
/// </summary>
internal sealed record Layer(YamlNode Yaml, string Source, bool IsOverride = false)
{
    public string Location => IsOverride ? Source : $"{Source}:{Yaml.Start.Line}:{Yaml.Start.Column}";
}
