using System.Text;
using NegoSim.Runner.Sweeps;

namespace NegoSim.Runner.Tests.Sweeps;

public sealed class SweepOutputTests
{
    [Fact]
    public void Rows_written_in_batches_reach_the_file_as_utf8_unchanged_however_the_batch_is_split()
    {
        // Values outside ASCII, and characters made of two UTF-16 units, land across the builder's internal chunks.
        var path = Path.Combine(Path.GetTempPath(), $"negosim-output-{Guid.NewGuid():N}.csv");
        var expected = new StringBuilder("run,party\n");
        try
        {
            using (var output = SweepOutput.ToFile(path, "run,party", resume: false, force: false))
            {
                for (var batch = 0; batch < 3; batch++)
                {
                    var lines = new StringBuilder();
                    for (var row = 0; row < 5_000; row++)
                    {
                        lines.Append(batch * 5_000 + row).Append(",Київ 🇺🇦 Rada ✓\n");
                    }

                    output.Write(lines);
                    expected.Append(lines);
                }
            }

            Assert.Equal(expected.ToString(), File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
