using NegoSim.Hosting.Telemetry;

namespace NegoSim.Hosting.Tests.Telemetry;

public sealed class TraceSessionTests
{
    [Theory]
    [InlineData("2000", 2.0)]
    [InlineData("30000", 30.0)]
    [InlineData("250", 0.25)]
    [InlineData(null, 3.0)]
    [InlineData("", 3.0)]
    [InlineData("0", 3.0)]
    [InlineData("-5", 3.0)]
    [InlineData("ten", 3.0)]
    [InlineData("1.5", 3.0)]
    public void The_final_flush_waits_as_long_as_OTEL_EXPORTER_OTLP_TIMEOUT_allows_else_three_seconds(string? variable, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TraceSession.FlushBudget(variable));
}
