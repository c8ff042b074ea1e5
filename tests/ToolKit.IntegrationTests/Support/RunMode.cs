namespace ToolKit.IntegrationTests.Support;

/// <summary>How a test drives the agent: <c>RunAsync</c> (JSON responses) or <c>RunStreamingAsync</c> (SSE).</summary>
public enum RunMode
{
    NonStreaming,
    Streaming,
}
