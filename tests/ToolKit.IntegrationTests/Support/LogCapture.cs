using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ToolKit.IntegrationTests.Support;

/// <summary>One log event as an <see cref="ILogger"/> received it: level, event, formatted message and structured values.</summary>
public sealed record LogEntry(LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, Exception? Exception)
{
    /// <summary>Everything the entry holds as text, for searching.</summary>
    public string AllText =>
        string.Join(" | ", [Message, .. State.Select(kv => $"{kv.Key}={kv.Value}"), Exception?.ToString() ?? ""]);
}

/// <summary>An <see cref="ILogger"/> that keeps every entry at every level.</summary>
public sealed class LogCapture : ILogger
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <summary>The entries of one event name.</summary>
    public IReadOnlyList<LogEntry> Named(string eventName) => Entries.Where(e => e.EventId.Name == eventName).ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToArray() : [];
        _entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception), values, exception));
    }
}
