namespace AotAgent;

/// <summary>Where the agent sends its requests, and how the app says so.</summary>
/// <param name="BaseUri">The API root.</param>
/// <param name="ApiKey">The key to send.</param>
/// <param name="Description">One line for the output.</param>
internal sealed record Endpoint(Uri BaseUri, string ApiKey, string Description)
{
    /// <summary>The environment variable naming an emulator that already runs (its API root, ending in <c>/api/v1/</c>).</summary>
    public const string EmulatorUrlVariable = "TOOLKIT_EMULATOR_URL";

    /// <summary>The key a default emulator accepts.</summary>
    public const string EmulatorKey = "sk-or-v1-emulator-key";
}
