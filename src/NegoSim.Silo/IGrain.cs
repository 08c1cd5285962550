namespace NegoSim.Silo;

/// <summary>Marker for grain interfaces, as in Orleans.</summary>
public interface IGrain;
