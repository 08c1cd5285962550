namespace NegoSim.Silo;

/// <summary>A grain identified by a string key. Every method must return <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrainWithStringKey : IGrain;
