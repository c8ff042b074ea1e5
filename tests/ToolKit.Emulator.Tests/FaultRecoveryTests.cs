using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>Faults that fire N times and then recover, per header value, per fault model id, per model and per script.</summary>
public sealed class FaultRecoveryTests : EmulatorTest
{
    [Fact]
    public async Task A_header_fault_with_times_fires_that_often_then_recovers()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await ChatAsync(Requests.Chat(), "503;times=2")).Status);
        }

        Assert.Equal([503, 503, 200, 200], statuses);
    }

    [Fact]
    public async Task Different_header_values_count_separately()
    {
        var first = (await ChatAsync(Requests.Chat(), "503;times=1")).Status;
        var other = (await ChatAsync(Requests.Chat(), "429;times=1")).Status;
        var again = (await ChatAsync(Requests.Chat(), "503;times=1")).Status;

        Assert.Equal((503, 429, 200), (first, other, again));
    }

    [Fact]
    public async Task A_fault_model_id_with_times_recovers_and_reports_itself()
    {
        var (first, _) = await ChatAsync(Requests.Chat("emulator/fail-503;times=1"));
        var (second, body) = await ChatAsync(Requests.Chat("emulator/fail-503;times=1"));

        Assert.Equal((503, 200), (first, second));
        Assert.Equal("emulator/fail-503", JsonDocument.Parse(body).RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_model_fault_set_through_the_API_recovers_and_can_be_cleared()
    {
        Emulator.SetModelFault("openai/gpt-4.1", "429;times=1;retry-after=0");
        var (first, _) = await ChatAsync(Requests.Chat("openai/gpt-4.1"));
        var (second, _) = await ChatAsync(Requests.Chat("openai/gpt-4.1"));
        Emulator.SetModelFault("openai/gpt-4.1", "500");
        var (third, _) = await ChatAsync(Requests.Chat("openai/gpt-4.1"));
        Emulator.SetModelFault("openai/gpt-4.1", null);
        var (fourth, _) = await ChatAsync(Requests.Chat("openai/gpt-4.1"));

        Assert.Equal([429, 200, 500, 200], new[] { first, second, third, fourth });
    }

    [Fact]
    public async Task A_header_fault_firing_once_is_absorbed_by_the_models_fallback()
    {
        var request = Requests.With(Requests.Chat("openai/gpt-4.1"), "models", new System.Text.Json.Nodes.JsonArray("openai/gpt-4o"));

        var (status, body) = await ChatAsync(request, "502;times=1");

        Assert.Equal(200, status);
        Assert.Equal("openai/gpt-4o", JsonDocument.Parse(body).RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_stream_fault_with_times_recovers()
    {
        var (_, broken) = await ChatAsync(Requests.Chat(stream: true), "stream-error;times=1");
        var (_, whole) = await ChatAsync(Requests.Chat(stream: true), "stream-error;times=1");

        Assert.DoesNotContain("[DONE]", Sse.Data(broken));
        Assert.Equal("[DONE]", Sse.Data(whole)[^1]);
    }

    [Fact]
    public async Task Reset_forgets_counts_and_faults()
    {
        Emulator.SetModelFault("emulator/default", "500");
        var (first, _) = await ChatAsync(Requests.Chat(), "503;times=1");
        Emulator.Reset();
        var (second, _) = await ChatAsync(Requests.Chat(), "503;times=1");
        var (third, _) = await ChatAsync(Requests.Chat());

        Assert.Equal((503, 503, 200), (first, second, third));
    }
}
