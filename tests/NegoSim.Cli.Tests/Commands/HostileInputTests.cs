using NegoSim.Hosting;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// What a careless or hostile command line still broke (issue 35): each gets one clear line and exit 2, and nothing
/// on disk is replaced or left behind.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_report_is_never_written_over_a_pipe_a_device_or_a_link()
    {
        var pipe = Posix.MakeFifo(Path.Combine(_folder, "report.html"));
        var (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--report", pipe);
        Assert.Equal((2, $"negosim: --report {pipe} is not a regular file (a device, pipe or socket); negosim writes only regular files."), (exit, error.Trim()));
        Assert.Equal(NegoSim.Reports.FileKind.Other, NegoSim.Reports.FileKinds.Of(pipe, followLinks: false));

        (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--report", "/dev/null");
        Assert.Equal((2, "negosim: --report /dev/null is not a regular file (a device, pipe or socket); negosim writes only regular files."), (exit, error.Trim()));

        var link = Path.Combine(_folder, "link.html");
        File.CreateSymbolicLink(link, Path.Combine(_folder, "elsewhere.html"));
        (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--report", link);
        Assert.Equal(2, exit);
        Assert.Contains("is a symbolic link, which negosim does not replace", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "elsewhere.html")));
    }

    [Fact]
    public async Task A_scenario_that_is_a_pipe_is_refused_at_once_rather_than_waited_for()
    {
        var pipe = Posix.MakeFifo(Path.Combine(_folder, "scenario.yaml"));
        var (exit, _, error) = await Cli.Run("validate", pipe).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal((2, $"{pipe}: not a regular file (a device, pipe or socket); give a scenario file (.yaml)."), (exit, error.Trim()));

        var stage = Path.Combine(_folder, "stage.yaml");
        File.WriteAllText(stage, "extends: scenario.yaml\nname: a stage\n");
        (exit, _, error) = await Cli.Run("validate", stage).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(2, exit);
        Assert.EndsWith($"{pipe}: not a regular file (a device, pipe or socket); give a scenario file (.yaml).", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extends_path_with_a_NUL_is_one_line_at_its_place()
    {
        var stage = Path.Combine(_folder, "nul.yaml");
        File.WriteAllText(stage, "extends: \"base\\0.yaml\"\nname: x\n");
        var (exit, _, error) = await Cli.Run("validate", stage);
        Assert.Equal((2, $"{stage}:1:10: extends: the path holds a control character (such as a NUL or a line break); give the path of a scenario file."), (exit, error.Trim()));
    }

    [Theory]
    [InlineData("status", "term")]
    [InlineData("utility_x", "term")]
    [InlineData("yes_rada_holos", "term")]
    [InlineData("seed", "parameter")]
    [InlineData("round", "parameter")]
    public async Task A_term_or_parameter_named_like_a_column_of_a_sweeps_rows_is_refused_where_it_stands(string name, string what)
    {
        var file = Path.Combine(_folder, "reserved.yaml");
        var text = ScenarioText.Valid;
        text = what == "term"
            ? text.Replace("terms:\n", $"terms:\n  {name}: {{options: [a, b]}}\n", StringComparison.Ordinal)
            : text.Replace("parameters:\n", $"parameters:\n  {name}: {{default: 1}}\n", StringComparison.Ordinal);
        File.WriteAllText(file, text);
        var (exit, _, error) = await Cli.Run("validate", file);
        Assert.Equal(2, exit);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:\\d+:\\d+: ({(what == "term" ? "terms" : "parameters")}\\.{name}: )?'{name}' cannot name a {what}", error.Trim());
    }

    [Fact]
    public async Task Values_that_do_not_parse_say_what_is_expected_without_NET_type_names_and_long_ones_are_shortened()
    {
        var (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--runs", "abc");
        Assert.Equal(2, exit);
        Assert.Equal("negosim: --runs abc: a whole number is expected.", error.Split('\n')[0]);

        (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--seed", "-1");
        Assert.Equal("negosim: --seed -1: a whole number from 0 is expected.", error.Split('\n')[0]);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);

        // 8,000 values, one of them twice: the line names the value, not the whole list.
        var values = string.Join(',', Enumerable.Range(0, 8_000).Select(i => (i / 10_000.0).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))) + ",0.5";
        (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "rada_demand=" + values);
        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.InRange(error.Length, 1, 300);
        Assert.Contains("the value 0.5 is listed 2 times", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_whose_bytes_are_not_UTF8_is_refused_rather_than_written_under_another_name()
    {
        var (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--report", "r\uFFFD.html");
        Assert.Equal((2, "negosim: argument 4 (r\uFFFD.html) holds bytes that are not UTF-8; negosim cannot name such a file exactly: rename it, or give a path in UTF-8."), (exit, error.Trim()));
    }

    [Fact]
    public async Task A_silo_refuses_one_port_for_two_uses_and_a_malformed_cluster_address_is_one_line()
    {
        var port = FreePort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, _, error) = await Cli.Run("silo", "--silo-port", port, "--gateway-port", port);
        Assert.Equal((2, $"negosim silo: --silo-port and --gateway-port are both {port}: each needs a port of its own."), (exit, error.Trim()));

        foreach (var address in new[] { "not an address", "redis:", "redis:99999", "host:port" })
        {
            (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--cluster", address);
            Assert.Equal(2, exit);
            Assert.StartsWith($"negosim: --cluster {address}: ", error.Trim(), StringComparison.Ordinal);
            Assert.Single(error.Trim().Split('\n'));
        }
    }

    [Fact]
    public async Task A_sweep_output_whose_name_is_too_long_says_so_rather_than_blaming_another_sweep()
    {
        var out_ = Path.Combine(_folder, new string('x', 300) + ".csv");
        var (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "rada_demand=0.4,0.5", "--out", out_);
        Assert.Equal(2, exit);
        Assert.Contains("the name is too long for the file system", error, StringComparison.Ordinal);
        Assert.DoesNotContain("another sweep", error, StringComparison.Ordinal);
    }
}
