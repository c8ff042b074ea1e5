using System.Text;
using System.Text.Json;

namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>A request as the stub handler saw it.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string[]> Headers, byte[] Body)
{
    /// <summary>The body as text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON.</summary>
    public JsonElement Json => JsonElement.Parse(Body);

    /// <summary>The single value of a header; fails when it is missing or repeated.</summary>
    public string Header(string name)
    {
        Assert.True(Headers.TryGetValue(name, out string[]? values), $"header {name} is missing");
        return Assert.Single(values!);
    }
}
