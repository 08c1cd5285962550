namespace NegoSim.Model.Scenarios;

/// <summary>
/// One file of a scenario's text: <see cref="Path"/> is its full path (a relative <c>extends</c> is resolved against
/// it), <see cref="Name"/> is how errors name it, and <see cref="Text"/> is what it holds.
/// </summary>
public sealed record SourceFile(string Path, string Name, string Text);
