using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using NegoSim.Classroom;
using NegoSim.Hosting;
using NegoSim.Model;

namespace NegoSim.Cli.Commands;

/// <summary>
/// <c>negosim serve FILE</c>: the classroom. A web app and an embedded silo in this process; the teacher opens
/// <c>/teacher</c>, the students open <c>/</c> on the same network and join with the teacher's code (docs/classroom.md).
/// </summary>
internal static class ServeCommand
{
    /// <summary>The port served on without <c>--port</c>.</summary>
    public const int DefaultPort = 5000;

    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.ScenarioFile();
        var set = CommonOptions.Set();
        var port = new Option<int>("--port") { Description = $"The port to serve on (default: {DefaultPort}).", HelpName = "N", DefaultValueFactory = _ => DefaultPort };
        var local = new Option<bool>("--local") { Description = "Serve this machine only (127.0.0.1), not the network." };
        var data = new Option<string>("--data")
        {
            Description = $"The folder the classrooms are kept in (classroom.db), across restarts (default: {ClassroomSettings.DefaultDataFolder()}).",
            HelpName = "DIR",
        };
        var cluster = new Option<string?>("--cluster")
        {
            Description = "Serve on the NegoSim cluster whose membership is in this Redis (HOST:PORT; start its silos with negosim silo --cluster): the classrooms are kept in that Redis instead of --data, and their grains run on any silo.",
            HelpName = "HOST:PORT",
        };
        var command = new Command("serve", $"The classroom: students play the parties of a scenario in their browsers, the strategy grains play the empty seats; the teacher sees every table. The teacher's password comes from {ClassroomSettings.PasswordVariable}, or is made up and printed.")
        {
            file, set, port, local, data, cluster,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var number = parsed.GetValue(port);
            if (number is < 1 or > 65535)
            {
                throw new InputException($"--port {number}: a port from 1 to 65535.");
            }

            if (!FreePort.IsFree(number))
            {
                throw new InputException($"--port {number}: the port is in use (another negosim serve?); give another with --port.");
            }

            var given = Environment.GetEnvironmentVariable(ClassroomSettings.PasswordVariable);
            if (given is not null && given.Length < ClassroomSettings.ShortestPassword)
            {
                throw new InputException($"{ClassroomSettings.PasswordVariable}: the teacher's password needs at least {ClassroomSettings.ShortestPassword} characters; it has {given.Length}.");
            }

            var redis = parsed.GetValue(cluster);
            if (redis is not null)
            {
                RedisAddress.Check(redis);
                if (parsed.GetValue(data) is not null)
                {
                    throw new InputException("--data and --cluster: on a cluster the classrooms are kept in its Redis, not in a folder; give one of them.");
                }
            }

            var scenario = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set));
            var everyone = !parsed.GetValue(local);
            var here = everyone ? NetworkAddress() : "127.0.0.1";
            var folder = Path.GetFullPath(parsed.GetValue(data) ?? ClassroomSettings.DefaultDataFolder());
            var settings = new ClassroomSettings(folder, given ?? ClassroomSettings.NewPassword(), $"http://{here}:{number}", redis);
            ClassroomServer server;
            try
            {
                server = await ClassroomServer.StartAsync(scenario, $"http://{(everyone ? "0.0.0.0" : "127.0.0.1")}:{number}", settings, cancellation);
            }
            catch (IOException e)
            {
                throw new InputException(e.Message);
            }

            await using var served = server;
            await output.WriteLineAsync($"negosim serve: the classroom for \"{scenario.Scenario.Name}\" ({scenario.Path}).");
            await output.WriteLineAsync($"  Teacher:  http://{here}:{number}/teacher   (open and run sessions there; it shows the join code and a QR code)");
            await output.WriteLineAsync($"  Students: http://{here}:{number}/          (on the same network; they type the code and their name)");
            await output.WriteLineAsync(given is null
                ? $"  Teacher's password: {settings.TeacherPassword}   (shown once; set {ClassroomSettings.PasswordVariable} to choose your own)"
                : $"  Teacher's password: from {ClassroomSettings.PasswordVariable}");
            await output.WriteLineAsync(redis is null
                ? $"Classrooms are kept in {Path.Combine(folder, NegoSim.Classroom.Storage.ClassroomStorageExtensions.FileName)} until deleted on the teacher's page; Ctrl-C stops serving, and the next negosim serve --data {folder} has them back."
                : $"Classrooms are kept in the cluster's Redis at {redis} until deleted on the teacher's page; Ctrl-C stops serving, and the next negosim serve --cluster {redis} has them back.");
            try
            {
                await served.WaitForShutdownAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM.
            }

            await output.WriteLineAsync("negosim serve: stopped.");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The address students on the same network reach this machine at: its first IPv4 address that is not loopback.</summary>
    private static string NetworkAddress()
    {
        try
        {
            return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))?.ToString() ?? "127.0.0.1";
        }
        catch (SocketException)
        {
            return "127.0.0.1";
        }
    }
}
