// A local NegoSim cluster in one command (docs/cluster.md): Debian's redis-server keeps the membership, N silos join
// it (`--silos N`, default 3; the first serves the Orleans Dashboard), and the Aspire dashboard receives every
// process's traces, metrics and logs (Aspire gives each silo OTEL_EXPORTER_OTLP_ENDPOINT). A sweep then runs against
// the cluster from any shell: negosim sweep FILE --cluster 127.0.0.1:6390 (the Redis port, `--redis-port`).
using NegoSim.AppHost;

var builder = DistributedApplication.CreateBuilder(args);
var settings = ClusterSettings.From(builder.Configuration);

var redis = builder.AddExecutable("redis", "redis-server", ".", "--port", settings.RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no");
for (var i = 1; i <= settings.Silos; i++)
{
    var silo = builder.AddProject<Projects.NegoSim_Cli>($"silo-{i}")
        .WithArgs(i == 1
            ? ["silo", "--cluster", settings.Redis, "--dashboard", settings.DashboardPort.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            : ["silo", "--cluster", settings.Redis])
        .WaitFor(redis);
    if (i == 1)
    {
        silo.WithHttpEndpoint(port: settings.DashboardPort, targetPort: settings.DashboardPort, name: "orleans-dashboard", isProxied: false);
    }
}

builder.Build().Run();
