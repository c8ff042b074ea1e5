using System.Text.Json.Serialization;
using QuickStart;

namespace MeaiAotAgent;

/// <summary>
/// What AIFunctionFactory needs to bind arguments and write results without reflection: M.E.AI's documented AOT path.
/// Enums as snake_case strings, like the ToolKit schema.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(TemperatureUnit))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Forecast))]
[JsonSerializable(typeof(Conversion))]
internal sealed partial class PeerJsonContext : JsonSerializerContext;
