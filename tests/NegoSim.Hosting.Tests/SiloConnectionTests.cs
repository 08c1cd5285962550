using NegoSim.Model.Protocol;

namespace NegoSim.Hosting.Tests;

public sealed class SiloConnectionTests
{
    [Fact]
    public async Task An_embedded_silo_plays_a_run_as_the_model_does_and_keeps_no_activation_after_it()
    {
        var file = ScenarioText.Read(ScenarioText.Valid, "greed=0.8");
        var direct = await AlternatingOffers.RunAsync(file.Tables, 5, new LocalParties(file.Tables));
        await using var silo = await SiloConnection.StartEmbeddedAsync();
        var before = await silo.CountActivationsAsync();

        var result = await silo.RunAsync(file, 5);

        Assert.Equal((direct.Status, direct.Round, direct.Deal), (result.Status, result.Round, result.Deal));
        Assert.Equal(direct.Rounds.Select(r => (r.Proposer, r.Offer, r.Target)), result.Rounds.Select(r => (r.Proposer, r.Offer, r.Target)));

        // Deactivation follows the run's Retire calls asynchronously: wait for it (bounded), without asserting how long it takes.
        var alive = await silo.CountActivationsAsync();
        for (var look = 0; alive > before && look < 200; look++)
        {
            await Task.Delay(50);
            alive = await silo.CountActivationsAsync();
        }

        Assert.Equal(before, alive);
    }

    [Fact]
    public async Task Two_embedded_silos_in_one_process_start_on_their_own_ports_and_each_plays_its_runs()
    {
        var file = ScenarioText.Read(ScenarioText.Valid);
        await using var first = await SiloConnection.StartEmbeddedAsync();
        await using var second = await SiloConnection.StartEmbeddedAsync();

        var results = await Task.WhenAll(first.RunAsync(file, 1), second.RunAsync(file, 1));

        // Each silo played with the scenario its connection lent it, and kept no compiled copy once the run was over.
        Assert.Equal(results[0].Deal, results[1].Deal);
        Assert.Equal((0, 0), (first.LocalCatalog!.Count, second.LocalCatalog!.Count));
    }
}
