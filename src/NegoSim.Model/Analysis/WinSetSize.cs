namespace NegoSim.Model.Analysis;

/// <summary>How many outcomes a ratifier would pass with full discipline, and their share of the space.</summary>
public sealed record WinSetSize(string Ratifier, int Size, double Share);
