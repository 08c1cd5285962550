namespace NegoSim.Sweeps.Sensitivity;

/// <summary>One parameter's Sobol' indices for one output: first order S1 and total ST, each with the half-width of its bootstrap 95 % interval.</summary>
public sealed record SobolIndex(string Parameter, double S1, double S1Conf, double ST, double STConf);
