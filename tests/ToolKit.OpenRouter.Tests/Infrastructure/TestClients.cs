namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>Builds clients over a <see cref="StubHandler"/>.</summary>
public static class TestClients
{
    /// <summary>A key that must never leak: tests search for it in exception text.</summary>
    public const string ApiKey = "sk-or-v1-0123456789abcdef0123456789abcdef-SECRET";

    /// <summary>The base URI the stub answers for (never contacted: the handler answers in-process).</summary>
    public static readonly Uri BaseUri = new("http://127.0.0.1:9/api/v1");

    /// <summary>A client with the test key, attribution headers and the given tweaks.</summary>
    public static OpenRouterClient Create(StubHandler handler, Action<OpenRouterOptions>? configure = null)
    {
        var options = new OpenRouterOptions
        {
            ApiKey = ApiKey,
            BaseUri = BaseUri,
            AppName = "ToolKit Tests",
            AppUrl = "https://toolkit.example/tests",
        };
        configure?.Invoke(options);
        return new OpenRouterClient(new HttpClient(handler), options);
    }
}
