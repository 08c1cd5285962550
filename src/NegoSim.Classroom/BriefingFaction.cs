namespace NegoSim.Classroom;

/// <summary>
/// What a faction's student knows of its parliament: its name, whose deals it ratifies and what it is, the faction's
/// seats of all the parliament's, the yes seats a deal needs, and the share of the faction's seats that follow its line.
/// </summary>
public sealed record BriefingFaction(string Ratifier, string Ratifies, string RatifierDescription, int Seats, int Of, int Threshold, double Discipline);
