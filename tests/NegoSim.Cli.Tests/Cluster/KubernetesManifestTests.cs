using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Cli.Tests.Cluster;

/// <summary>
/// deploy/kubernetes/negosim.yaml: its objects fit together (selectors, the Redis service the silos and the Job name,
/// the ports the silos listen on), and its commands work as written: a silo started with the Deployment's arguments
/// joins a real Redis, and the Job's sweep, given only NEGOSIM_CLUSTER, runs on it. (No Kubernetes validator is served
/// by the registries here, so the manifests are checked by what they say, not by a dry run of kubectl.)
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(ClusterSweepTests))]
public sealed class KubernetesManifestTests
{
    private static readonly string Manifests = Path.Combine(Cli.RepoRoot, "deploy", "kubernetes", "negosim.yaml");

    [Fact]
    public void The_objects_fit_together()
    {
        var objects = Objects();
        var redis = Single(objects, "Deployment", "redis");
        var service = Single(objects, "Service", "redis");
        var silo = Single(objects, "Deployment", "negosim-silo");
        var job = Single(objects, "Job", "negosim-sweep");

        foreach (var deployment in new[] { redis, silo })
        {
            var labels = Map(deployment, "spec", "template", "metadata", "labels");
            Assert.All(Map(deployment, "spec", "selector", "matchLabels"), l => Assert.Equal(l.Value, labels[l.Key]));
        }

        Assert.All(Map(service, "spec", "selector"), l => Assert.Equal(l.Value, Map(redis, "spec", "template", "metadata", "labels")[l.Key]));
        var servicePort = Port(service);
        Assert.Equal(servicePort.Target, ContainerPorts(redis).Single());

        // The silos and the Job find Redis through the service, by its name and port.
        foreach (var workload in new[] { silo, job })
        {
            Assert.Equal($"redis:{servicePort.Port}", Environment(workload)["NEGOSIM_CLUSTER"]);
        }

        // A silo listens on the ports its pod declares.
        var args = Args(silo);
        Assert.Equal(
            [int.Parse(args[args.IndexOf("--silo-port") + 1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[args.IndexOf("--gateway-port") + 1], System.Globalization.CultureInfo.InvariantCulture)],
            ContainerPorts(silo));
        Assert.Equal("$(POD_IP)", args[args.IndexOf("--advertise") + 1]);
    }

    [Fact]
    public async Task A_silo_started_as_the_deployment_says_joins_and_the_jobs_sweep_runs_on_it()
    {
        var objects = Objects();
        var siloArgs = Args(Single(objects, "Deployment", "negosim-silo"));
        var jobArgs = Args(Single(objects, "Job", "negosim-sweep"));
        await using var cluster = await LocalCluster.StartAsync(silos: 0);

        // As the pod runs it, on this machine: its address for $(POD_IP), free ports for the fixed ones.
        var args = siloArgs.Skip(1).Select(a => a == "$(POD_IP)" ? "127.0.0.1" : a).ToList();
        args[args.IndexOf("--silo-port") + 1] = $"{NegoSim.Hosting.FreePort.Find()}";
        args[args.IndexOf("--gateway-port") + 1] = $"{NegoSim.Hosting.FreePort.Find()}";
        await cluster.AddSiloAsync([.. args]);

        var output = Directory.CreateTempSubdirectory("k8s-out-").FullName;
        try
        {
            var sweep = jobArgs
                .Select(a => a.StartsWith("/scenarios/", StringComparison.Ordinal) ? Path.Combine(Cli.RepoRoot, "scenarios", a["/scenarios/".Length..]) : a)
                .Select(a => a.StartsWith("/out/", StringComparison.Ordinal) ? Path.Combine(output, a["/out/".Length..]) : a)
                .ToArray();
            var (exit, _, error) = await Cli.RunProcess(new Dictionary<string, string> { ["NEGOSIM_CLUSTER"] = cluster.Address }, sweep);

            Assert.True(exit == 0, error);
            var rows = Path.Combine(output, "sweep.csv");
            Assert.Equal(1 + (21 * 50), File.ReadAllLines(rows).Length);
            using var manifest = JsonDocument.Parse(File.ReadAllText(rows + ".json"));
            Assert.Equal(cluster.Address, manifest.RootElement.GetProperty("cluster").GetString());
            Assert.Equal(1, manifest.RootElement.GetProperty("silos").GetInt32());
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static List<YamlMappingNode> Objects()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Manifests))
        {
            stream.Load(reader);
        }

        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static YamlMappingNode Single(List<YamlMappingNode> objects, string kind, string name) =>
        Assert.Single(objects, o => Scalar(o, "kind") == kind && Scalar((YamlMappingNode)o["metadata"], "name") == name);

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static YamlNode At(YamlNode node, params string[] path) => path.Aggregate(node, (n, key) => ((YamlMappingNode)n)[key]);

    private static Dictionary<string, string> Map(YamlNode node, params string[] path) =>
        ((YamlMappingNode)At(node, path)).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);

    private static YamlMappingNode Container(YamlNode workload) =>
        (YamlMappingNode)((YamlSequenceNode)At(workload, "spec", "template", "spec", "containers")).Children.Single();

    private static List<string> Args(YamlNode workload) =>
        [.. ((YamlSequenceNode)Container(workload)["args"]).Children.Select(a => ((YamlScalarNode)a).Value!)];

    private static List<int> ContainerPorts(YamlNode workload) =>
        [.. ((YamlSequenceNode)Container(workload)["ports"]).Children.Select(p => int.Parse(Scalar((YamlMappingNode)p, "containerPort"), System.Globalization.CultureInfo.InvariantCulture))];

    private static Dictionary<string, string> Environment(YamlNode workload) =>
        ((YamlSequenceNode)Container(workload)["env"]).Children.Cast<YamlMappingNode>()
            .Where(e => e.Children.ContainsKey("value"))
            .ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));

    private static (int Port, int Target) Port(YamlNode service)
    {
        var port = (YamlMappingNode)((YamlSequenceNode)At(service, "spec", "ports")).Children.Single();
        return (int.Parse(Scalar(port, "port"), System.Globalization.CultureInfo.InvariantCulture), int.Parse(Scalar(port, "targetPort"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
