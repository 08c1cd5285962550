using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Tests;

/// <summary>A real <c>negosim serve</c> of the flagship scenario in this process, on a free port of 127.0.0.1.</summary>
public sealed class Served : IAsyncLifetime
{
    private ClassroomServer? _server;

    public string Address { get; private set; } = "";

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync()
    {
        _server = await ClassroomServer.StartAsync(ScenarioReader.Read(Files.Source(Files.Flagship)), "http://127.0.0.1:0");
        Address = _server.Addresses.Single().TrimEnd('/');
        Http.BaseAddress = new Uri(Address);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
