using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ToolKit.IntegrationTests.Support;

/// <summary>
/// Listens to every <see cref="ActivitySource"/> and <see cref="Meter"/> in the process (ToolKit's, HttpClient's and
/// Kestrel's alike) and keeps what they recorded as text, so a test can search all of it. Other tests running at the
/// same time add their own activities; searches are for values unique to the test.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<string> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;

    public TelemetryCapture()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.Start();
    }

    /// <summary>Every activity stopped since the capture began.</summary>
    public IReadOnlyList<Activity> Activities => _activities.ToArray();

    /// <summary>The activities of one source.</summary>
    public IReadOnlyList<Activity> From(string sourceName) => Activities.Where(a => a.Source.Name == sourceName).ToArray();

    /// <summary>The source names seen so far.</summary>
    public IReadOnlySet<string> SourceNames => Activities.Select(a => a.Source.Name).ToHashSet();

    /// <summary>Every name, tag, event, link and baggage item of every activity, and every metric tag, as text lines.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (Activity activity in Activities)
        {
            yield return $"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.StatusDescription}";
            foreach (KeyValuePair<string, object?> tag in activity.TagObjects)
            {
                yield return $"{tag.Key}={Text(tag.Value)}";
            }

            foreach (ActivityEvent e in activity.Events)
            {
                yield return e.Name;
                foreach (KeyValuePair<string, object?> tag in e.Tags)
                {
                    yield return $"{e.Name}.{tag.Key}={Text(tag.Value)}";
                }
            }

            foreach (KeyValuePair<string, string?> item in activity.Baggage)
            {
                yield return $"{item.Key}={item.Value}";
            }
        }

        foreach (string measurement in _measurements)
        {
            yield return measurement;
        }
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private static string Text(object? value) => value switch
    {
        string[] array => string.Join(",", array),
        System.Collections.IEnumerable items and not string => string.Join(",", items.Cast<object?>()),
        _ => value?.ToString() ?? "",
    };

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new System.Text.StringBuilder($"{instrument.Meter.Name} {instrument.Name}={value}");
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            text.Append(' ').Append(tag.Key).Append('=').Append(Text(tag.Value));
        }

        _measurements.Enqueue(text.ToString());
    }
}
