using System.Net.Http.Headers;
using System.Text;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Tests;

/// <summary>
/// A real <c>negosim serve</c> of the flagship scenario in this process, on a free port of 127.0.0.1, keeping its
/// classrooms in a folder of its own (deleted at the end). <see cref="Http"/> is a student's client; <see cref="Teacher"/>
/// sends the teacher's password as HTTP Basic credentials.
/// </summary>
public sealed class Served : IAsyncLifetime
{
    public const string Password = "test-teacher-password";

    private ClassroomServer? _server;

    public string Address { get; private set; } = "";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"negosim-served-{Guid.NewGuid():N}");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    public HttpClient Teacher { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync()
    {
        _server = await ClassroomServer.StartAsync(ScenarioReader.Read(Files.Source(Files.Flagship)), "http://127.0.0.1:0", new ClassroomSettings(Folder, Password));
        Address = _server.Addresses.Single().TrimEnd('/');
        Http.BaseAddress = new Uri(Address);
        Teacher.BaseAddress = new Uri(Address);
        Teacher.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("teacher:" + Password)));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Teacher.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
