using System.Text;
using System.Text.Json;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps;

/// <summary>
/// <c>sweep --rounds FILE.jsonl</c>: every round of every run of the sweep, one JSON line each, in run order —
/// <c>{"run", "point", "round", "time", "proposer", "deal": {TERM: VALUE} or null, "worth": {PARTY: u}, "target",
/// "responses": {PARTY: {"verdict", "worth", "target"}}}</c>. Written once the sweep's rows are complete, by playing
/// each run again in this process with its transcript kept: a run depends only on its point and its seed, so the
/// rounds are those of the rows whichever engine or cluster played them. The file is written beside its name and moved
/// into place whole.
/// </summary>
public static class SweepRounds
{
    /// <summary>How many runs are played at once between two writes.</summary>
    private const int Block = 1024;

    public static void Write(SweepPlan plan, string path, int workers, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(path);
        var temporary = NegoSim.Reports.OutputFile.Aside(path);
        try
        {
            using (var output = new StreamWriter(temporary, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                for (long start = 0; start < plan.Runs; start += Block)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var count = (int)Math.Min(Block, plan.Runs - start);
                    var lines = new string[count];
                    Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers), CancellationToken = cancellation }, i =>
                    {
                        var run = plan.RunAt(start + i);
                        var point = plan.PointOf(run);
                        CompiledScenario scenario;
                        try
                        {
                            scenario = plan.ScenarioAt(point);
                        }
                        catch (ScenarioException)
                        {
                            lines[i] = ""; // an error row: it has no rounds
                            return;
                        }

                        try
                        {
                            var result = AlternatingOffers.RunAsync(scenario.Tables, plan.SeedOf(run), new LocalParties(scenario.Tables)).AsTask().GetAwaiter().GetResult();
                            lines[i] = Lines(scenario.Scenario, run, point, result);
                        }
                        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                        {
                            lines[i] = ""; // as its row: an error, no rounds
                        }
                    });
                    foreach (var line in lines)
                    {
                        output.Write(line);
                    }
                }
            }

            NegoSim.Reports.OutputFile.Replace(temporary, path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Lines(Scenario scenario, long run, long point, NegotiationResult result)
    {
        var text = new StringBuilder();
        using var buffer = new MemoryStream();
        foreach (var round in result.Rounds)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteNumber("run", run);
                json.WriteNumber("point", point);
                json.WriteNumber("round", round.Round);
                json.WriteNumber("time", Math.Round(round.Time, 6));
                json.WriteString("proposer", round.Proposer);
                if (round.Offer < 0)
                {
                    json.WriteNull("deal");
                }
                else
                {
                    json.WriteStartObject("deal");
                    for (var t = 0; t < scenario.Space.Terms.Length; t++)
                    {
                        json.WriteString(scenario.Space.Terms[t].Name, scenario.Space.Terms[t].Label(scenario.Space.Digit(round.Offer, t)));
                    }

                    json.WriteEndObject();
                }

                json.WriteStartObject("worth");
                for (var n = 0; n < scenario.Negotiators.Length && n < round.Utilities.Length; n++)
                {
                    json.WriteNumber(scenario.Negotiators[n].Name, Math.Round(round.Utilities[n], 6));
                }

                json.WriteEndObject();
                json.WriteNumber("target", Math.Round(round.Target, 6));
                json.WriteStartObject("responses");
                foreach (var response in round.Responses)
                {
                    json.WriteStartObject(response.Responder);
                    json.WriteString("verdict", AlternatingOffers.VerdictName(response.Verdict));
                    json.WriteNumber("worth", Math.Round(response.Utility, 6));
                    json.WriteNumber("target", Math.Round(response.Target, 6));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            text.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
        }

        return text.ToString();
    }
}
