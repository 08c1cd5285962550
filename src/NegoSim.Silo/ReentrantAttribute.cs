namespace NegoSim.Silo;

/// <summary>Lets an activation interleave requests: a new call may start while another awaits.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
