namespace NegoSim.Silo.CodeGenerator;

/// <summary>The generated reference of one grain interface: its file and what the registration needs.</summary>
/// <param name="InterfaceName">The interface, fully qualified with <c>global::</c>.</param>
/// <param name="ReferenceName">The generated class, fully qualified with <c>global::</c>.</param>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Code">The generated file's text.</param>
internal sealed record GrainReferenceSource(string InterfaceName, string ReferenceName, string HintName, string Code);
