namespace NegoSim.Cli.Tests.Reports.Html;

/// <summary>The report tests share one headless Chromium.</summary>
[CollectionDefinition(nameof(ChromiumCollection))]
public sealed class ChromiumCollection : ICollectionFixture<HeadlessChromium>;
