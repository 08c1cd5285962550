namespace NegoSim.Model.Strategies;

/// <summary>How a tit-for-tat negotiator mirrors the other side's concessions (Faratin, Sierra and Jennings 1998's imitative tactics).</summary>
public enum Imitation
{
    /// <summary>It concedes, in its own utility, as much as the counterpart's latest offer gained it.</summary>
    Absolute,

    /// <summary>It concedes the average gain per offer over the counterpart's last <c>window</c> offers.</summary>
    Averaged,

    /// <summary>
    /// It concedes the same share of its room (target less reservation) as the counterpart's latest offer closed of the
    /// gap between its previous offer and this negotiator's target.
    /// </summary>
    Relative,
}
