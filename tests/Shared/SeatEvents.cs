using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NegoSim.Tests;

/// <summary>A seat's event stream (<c>/api/seats/{token}/events</c>) read as a browser reads it, with a deadline.</summary>
internal static class SeatEvents
{
    /// <summary>
    /// The views the stream sends, until it ends. Fails with <see cref="TimeoutException"/> once <paramref name="within"/>
    /// has passed: the server sends a keep-alive every 15 s, so a stream that never shows what a test waits for would
    /// otherwise be read for ever.
    /// </summary>
    public static async IAsyncEnumerable<JsonElement> Read(HttpClient http, string token, TimeSpan within, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(within);
        using var reader = new StreamReader(await http.GetStreamAsync($"/api/seats/{token}/events", deadline.Token));
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                throw new TimeoutException($"the seat's event stream did not show what was awaited within {within.TotalSeconds:F0} s.");
            }

            if (line is null)
            {
                yield break;
            }

            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                yield return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }
    }
}
