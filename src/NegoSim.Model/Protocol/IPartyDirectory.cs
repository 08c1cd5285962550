namespace NegoSim.Model.Protocol;

/// <summary>Finds the channel to each party of a run by name.</summary>
public interface IPartyDirectory
{
    INegotiatorChannel Negotiator(string name);

    IRatifierChannel Ratifier(string name);
}
