namespace NegoSim.Reports.Json;

/// <summary>
/// <c>opponent_models.NEGOTIATOR</c>: a learning negotiator's model, how many offers it learned from, and its accuracy
/// (Spearman's rank correlation between its estimate of the others' utility and the truth, over every outcome).
/// </summary>
public sealed record LearningReport(string Model, int Offers, double Accuracy);
