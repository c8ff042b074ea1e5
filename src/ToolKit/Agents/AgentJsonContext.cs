using System.Text.Json.Serialization;

namespace ToolKit;

/// <summary>Source-generated JSON for run state: no reflection, safe under Native AOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(AgentRunState))]
internal sealed partial class AgentJsonContext : JsonSerializerContext
{
}
