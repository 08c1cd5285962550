namespace NegoSim.Model.Parties;

/// <summary>
/// When a negotiator accepts an offer it could sign (worth its reservation, and not refused by a ratifier it heeds),
/// as conditions any one of which will do (Baarslag, Hindriks and Jonker 2014): <see cref="Next"/> (AC_next: worth at
/// least the offer it would make itself at that moment), <see cref="Constant"/> (AC_const: worth at least α), and
/// <see cref="Time"/> (AC_time: from time T on, anything it could sign). Without one, it accepts what reaches its
/// target (the default).
/// </summary>
public sealed record Acceptance(bool Next, double? Constant, double? Time);
