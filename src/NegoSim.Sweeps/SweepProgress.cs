using System.Diagnostics;
using System.Globalization;

namespace NegoSim.Sweeps;

/// <summary>
/// Progress on stderr: on a terminal, one line redrawn with a bar, the rate and the time left; otherwise (a log, a
/// batch job) a plain line at every tenth of the way.
/// </summary>
public sealed class SweepProgress(TextWriter error, long total, long alreadyDone, bool interactive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _startedAt = alreadyDone;
    private long _done = alreadyDone;
    private int _lastTenth = (int)(total == 0 ? 10 : alreadyDone * 10 / total);
    private TimeSpan _lastDraw = TimeSpan.Zero;

    public void Row()
    {
        _done++;
        if (interactive)
        {
            if (_clock.Elapsed - _lastDraw >= TimeSpan.FromMilliseconds(200) || _done == total)
            {
                _lastDraw = _clock.Elapsed;
                error.Write("\r" + Line(bar: true));
            }

            return;
        }

        var tenth = (int)(_done * 10 / Math.Max(1, total));
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            error.WriteLine("negosim sweep: " + Line(bar: false));
        }
    }

    public void End()
    {
        if (interactive)
        {
            error.WriteLine();
        }
    }

    private string Line(bool bar)
    {
        var share = total == 0 ? 1 : (double)_done / total;
        var newRuns = _done - _startedAt;
        var rate = newRuns / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var left = rate > 0 ? TimeSpan.FromSeconds((total - _done) / rate) : TimeSpan.Zero;
        var filled = (int)(share * 30);
        var drawn = bar ? $"[{new string('#', filled)}{new string('.', 30 - filled)}] " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{drawn}{share * 100,5:0.0}%  {_done:N0}/{total:N0} runs  {rate:N0} runs/s  ETA {left:hh\\:mm\\:ss}");
    }
}
