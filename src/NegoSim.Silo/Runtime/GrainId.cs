namespace NegoSim.Silo.Runtime;

/// <summary>The identity of one activation: its grain class and key.</summary>
internal readonly record struct GrainId(GrainClass Class, string Key)
{
    public override string ToString() => $"{Class.Name}/{Key}";
}
