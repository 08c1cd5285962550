namespace NegoSim.Sweeps.Sensitivity;

/// <summary>One parameter's Morris measures for one output: μ, μ* and σ of its elementary effects, and the half-width of μ*'s bootstrap 95 % interval.</summary>
public sealed record MorrisIndex(string Parameter, double Mu, double MuStar, double Sigma, double MuStarConf);
