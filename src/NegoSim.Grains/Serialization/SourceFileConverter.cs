using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="SourceFile"/> into its <see cref="SourceFileSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class SourceFileConverter : IConverter<SourceFile, SourceFileSurrogate>
{
    public SourceFile ConvertFromSurrogate(in SourceFileSurrogate surrogate) => new(surrogate.Path, surrogate.Name, surrogate.Text);

    public SourceFileSurrogate ConvertToSurrogate(in SourceFile value) => new(value.Path, value.Name, value.Text);
}
