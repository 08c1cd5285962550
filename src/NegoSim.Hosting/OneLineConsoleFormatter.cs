using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace NegoSim.Hosting;

/// <summary>
/// A host's log on the console, one line an entry: <c>warn: Category: message (ExceptionType: its first line)</c>.
/// An exception's stack trace is a developer's business, not an operator's: a lost connection is one line, not forty.
/// </summary>
public sealed class OneLineConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "negosim-one-line";

    public override void Write<TState>(in LogEntry<TState> logEntry, Microsoft.Extensions.Logging.IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception) ?? "";
        var level = logEntry.LogLevel switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
        var line = $"{level}: {logEntry.Category}: {FirstLine(message)}";
        if (logEntry.Exception is { } exception)
        {
            line += $" ({exception.GetType().Name}: {FirstLine(exception.Message)})";
        }

        textWriter.WriteLine(line);
    }

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? text : text[..end]).Trim();
    }
}
